"""`regelverk eval` end to end on a small subset: tables printed, report files written; bad options rejected;
and the --url path against a real uvicorn server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from assistant.errors import InvalidInput
from assistant.settings import Settings
from eval.answerers import HttpAnswerer, answer_from_response
from eval.cli import run_eval_command
from eval.local_server import free_port
from eval.runner import run_system
from eval.schema import load_gold_set, select_cases


def test_eval_command_on_a_subset_with_the_bm25_baseline(corpus_settings: Settings, tmp_path: Path) -> None:
    console = Console(record=True, width=140)
    report = run_eval_command(
        subset=["conversation", "en"],
        baselines=["bm25"],
        settings=corpus_settings,
        reports_dir=tmp_path,
        console=console,
    )
    assert [s.name for s in report.systems] == ["assistant", "bm25"]
    assert all(s.summary.n == report.systems[0].summary.n > 0 for s in report.systems)
    output = console.export_text()
    assert "conversation" in output and "assistant" in output and "bm25" in output
    date = corpus_settings.current_date().isoformat()
    assert {p.name for p in tmp_path.iterdir()} == {f"{date}.json", f"{date}.md", f"{date}.png"}
    assert json.loads((tmp_path / f"{date}.json").read_text(encoding="utf-8"))["selection"] == ["conversation", "en"]


def test_eval_command_rejects_unknown_baseline_and_empty_selection(corpus_settings: Settings) -> None:
    with pytest.raises(InvalidInput, match="Unknown baseline"):
        run_eval_command(subset=["injection"], baselines=["gpt"], settings=corpus_settings, write_report=False)
    # A case id combined with a category it does not belong to selects nothing.
    with pytest.raises(InvalidInput, match="matches no gold case"):
        run_eval_command(
            subset=["amount", "oos-weather"], settings=corpus_settings, no_baselines=True, write_report=False
        )


def test_answer_from_response_follows_the_contract() -> None:
    answer = answer_from_response(
        {
            "conversation_id": "c1",
            "status": "answered",
            "language": "nb",
            "answer": "Nei [1].",
            "citations": [
                {"n": 1, "document_id": "d", "title": "t", "section": "s", "page": None, "quote": "q", "chunk_id": "k"}
            ],
            "calculation": None,
            "warnings": ["w"],
        }
    )
    assert answer.text == "Nei [1]." and answer.citations[0].quote == "q" and answer.warnings == ["w"]
    with pytest.raises(InvalidInput, match="API contract"):
        answer_from_response({"answer": "no status"})


def test_http_answerer_rejects_bad_urls_and_unreachable_servers() -> None:
    with pytest.raises(InvalidInput, match="http://"):
        HttpAnswerer("localhost:1234")
    with pytest.raises(InvalidInput, match="Cannot reach"):
        HttpAnswerer(f"http://127.0.0.1:{free_port()}", timeout=2).ask("Hei", None)


def test_eval_over_http_scores_a_running_server(live_server: str) -> None:
    cases = select_cases(load_gold_set(), ["conv-fylkeskommuner", "elig-0765-fylkeskommune-en", "oos-weather"])
    run = run_system(HttpAnswerer(live_server), cases)
    assert run.summary.n == 3
    assert run.summary.metrics["errors"] == 0.0
    assert all(r.status is not None and r.answer for r in run.results)
    assert all(r.retrieval_recall is None for r in run.results)  # passages are not part of the HTTP contract
