"""The report writer: stable JSON, Markdown with every failing case, a PNG chart, and the baseline summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.types import Answer
from eval.baseline_summary import latest_report, save_baseline_summary
from eval.gate import Threshold, gate_failures, load_threshold
from eval.report import EvalReport, format_metric, report_json, write_report
from eval.runner import SystemRun
from eval.schema import GoldCase, split_for
from eval.scoring import score_case, summarise


def _case(case_id: str, category: str, verdict: str) -> GoldCase:
    return GoldCase.model_validate(
        {
            "id": case_id,
            "split": split_for(case_id),
            "category": category,
            "language": "nb",
            "turns": ["Kan fylkeskommuner søke?", "Og kommuner?"],
            "expect": {"status": "answered", "verdict": verdict},
        }
    )


def _run(name: str, text: str) -> SystemRun:
    cases = [_case("r-one", "eligibility", "no"), _case("r-two", "conversation", "yes")]
    results = [score_case(case, Answer(status="answered", language="nb", text=text), latency_ms=5.0) for case in cases]
    return SystemRun(name=name, summary=summarise(results), results=results)


@pytest.fixture
def report() -> EvalReport:
    return EvalReport(
        date="2026-11-23", target="in-process", systems=[_run("assistant", "Nei, ikke slik."), _run("bm25", "Ja.")]
    )


def test_write_report_writes_json_md_and_png(report: EvalReport, tmp_path: Path) -> None:
    json_path, md_path, png_path = write_report(report, tmp_path)
    assert [p.name for p in (json_path, md_path, png_path)] == ["2026-11-23.json", "2026-11-23.md", "2026-11-23.png"]
    assert png_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert [s["name"] for s in data["systems"]] == ["assistant", "bm25"]
    assert "latency_ms" not in data["systems"][0]["results"][0]
    markdown = md_path.read_text(encoding="utf-8")
    assert "![score per category](2026-11-23.png)" in markdown
    assert "| eligibility | 1 |" in markdown
    # The assistant's failing case is listed with its question, answer and reason; baselines get counts.
    assert "### r-two (conversation, nb," in markdown
    assert "Kan fylkeskommuner søke? → Og kommuner?" in markdown
    assert "> Nei, ikke slik." in markdown
    assert "verdict no" in markdown
    assert "## Failing cases: bm25 (1 of 2)" in markdown


def test_report_json_is_stable_and_sorted(report: EvalReport) -> None:
    first = report_json(report)
    assert first == report_json(EvalReport.model_validate_json(first))
    data = json.loads(first)
    assert list(data) == sorted(data)


def test_baseline_summary_roundtrip_and_delta(report: EvalReport, tmp_path: Path) -> None:
    json_path, _, _ = write_report(report, tmp_path)
    assert latest_report(tmp_path) == json_path
    summary_path = save_baseline_summary(json_path, tmp_path / "baseline-summary.json")
    saved = json.loads(summary_path.read_text(encoding="utf-8"))
    assert saved["systems"]["assistant"]["overall"] == pytest.approx(report.systems[0].summary.score, abs=1e-4)
    assert set(saved["systems"]["bm25"]["by_category"]) == {"eligibility", "conversation"}
    _, md_path, _ = write_report(report, tmp_path)
    markdown = md_path.read_text(encoding="utf-8")
    assert f"| assistant | {100 * report.systems[0].summary.score:.1f} |" in markdown
    assert markdown.count("+0.0 |") == 2  # unchanged against the summary just saved, for both systems


def test_gate_checks_score_and_unverified_numbers(report: EvalReport) -> None:
    summary = report.systems[0].summary
    assert gate_failures(summary, Threshold(min_overall_score=0.5)) == []
    assert "below the threshold" in gate_failures(summary, Threshold(min_overall_score=0.9))[0]
    dirty = summary.model_copy(update={"metrics": {**summary.metrics, "unverified_numbers": 2.0}})
    assert "2 unverified number(s)" in gate_failures(dirty, Threshold(min_overall_score=0.0))[0]


def test_committed_threshold_loads() -> None:
    threshold = load_threshold()
    assert 0.0 < threshold.min_overall_score <= 1.0
    assert threshold.max_unverified_numbers == 0


def test_a_blind_sets_first_report_is_never_overwritten(report: EvalReport, tmp_path: Path) -> None:
    blind = report.model_copy(update={"case_set": "b"})
    first, _, _ = write_report(blind, tmp_path)
    first_text = first.read_text(encoding="utf-8")
    second, second_md, _ = write_report(blind, tmp_path)
    assert (first.name, second.name) == ("2026-11-23-b.json", "2026-11-23-b-run2.json")
    assert first.read_text(encoding="utf-8") == first_text
    assert "![score per category](2026-11-23-b-run2.png)" in second_md.read_text(encoding="utf-8")


def test_counts_are_not_shown_as_percentages() -> None:
    assert format_metric("wrong_amounts", 3.0) == "3"
    assert format_metric("refusal_recall", 0.069) == "6.9"
    assert format_metric("latency_p50_ms", 34.2) == "34.2"
