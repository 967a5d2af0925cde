"""Writes an eval run as a diffable JSON file, a Markdown report and a bar chart (PNG) per category."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from eval.runner import SystemRun
from eval.schema import CATEGORIES
from eval.scoring import GroupScore

REPORTS_DIR = Path(__file__).resolve().parent / "reports"
BASELINE_SUMMARY = REPORTS_DIR / "baseline-summary.json"
ANSWER_PREVIEW_CHARS = 700


class EvalReport(BaseModel):
    """Everything one `regelverk eval` run measured."""

    date: str = Field(description="Run date (Settings.current_date), ISO.")
    target: str = Field(description="'in-process' or the server URL that was scored.")
    selection: list[str] = Field(default_factory=list, description="The --subset filters (empty: all cases).")
    case_set: str = Field(default="gold", description="Which cases were scored: 'gold' or a blind set's folder name.")
    systems: list[SystemRun] = Field(description="The assistant first, then the baselines.")


def percent(value: float | None) -> str:
    """A rate (0–1) as a percentage with one decimal."""
    return "–" if value is None else f"{100 * value:.1f}"


COUNT_METRICS = frozenset({"unverified_numbers", "wrong_amounts", "cases_with_unverified_numbers", "errors"})


def format_metric(metric: str, value: float | None) -> str:
    """A count or a time as it is, a rate as a percentage."""
    if value is None:
        return "–"
    return f"{value:g}" if metric.endswith("_ms") or metric in COUNT_METRICS else percent(value)


def compact_summary(report: EvalReport) -> dict[str, Any]:
    """Per system: overall, dev, heldout and per-category scores (rounded): what the committed baseline keeps."""
    return {
        run.name: {
            "n": run.summary.n,
            "overall": round(run.summary.score, 4),
            "pass_rate": round(run.summary.pass_rate, 4),
            "splits": {k: round(v.score, 4) for k, v in run.summary.by_split.items()},
            "by_category": {k: round(v.score, 4) for k, v in run.summary.by_category.items()},
        }
        for run in report.systems
    }


def load_baseline_summary(path: Path = BASELINE_SUMMARY) -> dict[str, Any] | None:
    """Per-system figures of the committed baseline summary, if there is one."""
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    systems: dict[str, Any] = data.get("systems", {})
    return systems


def dumps(data: Any) -> str:
    """Stable JSON: sorted keys, two-space indent, UTF-8 text, trailing newline."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def report_json(report: EvalReport) -> str:
    """The report as stable JSON; per-case latencies are left out so reruns diff cleanly (p50/p95 stay)."""
    data = report.model_dump(mode="json")
    for system in data["systems"]:
        for result in system["results"]:
            result.pop("latency_ms", None)
    return dumps(data)


def write_chart(report: EvalReport, path: Path) -> Path:
    """Grouped bar chart: score per category (and overall) for each system."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    categories = [c for c in CATEGORIES if any(c in run.summary.by_category for run in report.systems)]
    labels = ["overall", *categories]
    width = 0.8 / max(1, len(report.systems))
    fig, ax = plt.subplots(figsize=(max(8, 1.1 * len(labels)), 4.8))
    for i, run in enumerate(report.systems):
        values = [run.summary.score] + [
            run.summary.by_category[c].score if c in run.summary.by_category else 0.0 for c in categories
        ]
        positions = [x + (i - (len(report.systems) - 1) / 2) * width for x in range(len(labels))]
        ax.bar(positions, [100 * v for v in values], width, label=run.name)
    ax.set_xticks(range(len(labels)), labels, rotation=35, ha="right")
    ax.set_ylabel("score (%)")
    ax.set_ylim(0, 100)
    ax.set_title(f"Regelverk eval {report.date}: assistant vs baselines per category")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), ncols=len(report.systems), frameon=False)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _group_table(
    systems: Sequence[SystemRun], attr: str, keys: Sequence[str], label: str, names: Sequence[str]
) -> list[str]:
    """Markdown rows of each system's score per group (category or language)."""
    first: dict[str, GroupScore] = getattr(systems[0].summary, attr)
    rows = [
        [key, str(first[key].n)]
        + [
            percent(getattr(run.summary, attr)[key].score if key in getattr(run.summary, attr) else None)
            for run in systems
        ]
        for key in keys
    ]
    return _table([label, "n", *names], rows)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _delta(current: float, previous: Any) -> str:
    if not isinstance(previous, int | float):
        return "–"
    return f"{100 * (current - previous):+.1f}"


def report_markdown(report: EvalReport, chart_name: str, baseline: dict[str, Any] | None) -> str:
    """The human report: headline table, per category/language, metrics, chart and every failing case."""
    systems = report.systems
    names = [run.name for run in systems]
    lines = [f"# Regelverk eval report {report.date}", ""]
    lines.append(
        f"Target: {report.target}. Case set: {report.case_set}. Cases: {systems[0].summary.n} "
        f"({', '.join(f'{k} {v.n}' for k, v in systems[0].summary.by_split.items())})"
        + (f", subset: {', '.join(report.selection)}" if report.selection else "")
        + ". Scores are mean case scores in % (eval/README.md). The baselines are deliberately simple systems."
    )
    lines += ["", "## Overall", ""]
    rows = []
    for run in systems:
        s = run.summary
        previous = (baseline or {}).get(run.name, {})
        rows.append(
            [
                run.name,
                percent(s.score),
                percent(s.by_split["dev"].score if "dev" in s.by_split else None),
                percent(s.by_split["heldout"].score if "heldout" in s.by_split else None),
                percent(s.pass_rate),
                _delta(s.score, previous.get("overall")),
            ]
        )
    lines += _table(["system", "overall", "dev", "heldout", "pass rate", "Δ overall vs baseline-summary"], rows)
    lines += ["", "## Per category", "", f"![score per category]({chart_name})", ""]
    categories = [c for c in CATEGORIES if c in systems[0].summary.by_category]
    lines += _group_table(systems, "by_category", categories, "category", names)
    lines += ["", "## Per language", ""]
    lines += _group_table(systems, "by_language", sorted(systems[0].summary.by_language), "language", names)
    lines += ["", "## Metrics", ""]
    metric_names = list(systems[0].summary.metrics)
    rows = []
    for metric in metric_names:
        cells = []
        for run in systems:
            value = run.summary.metrics.get(metric)
            cells.append(format_metric(metric, value))
        rows.append([metric, *cells])
    lines += _table(["metric", *names], rows)
    for run in systems:
        failing = [r for r in run.results if not r.passed]
        lines += ["", f"## Failing cases: {run.name} ({len(failing)} of {len(run.results)})", ""]
        if run is not systems[0]:
            counts = {c: sum(r.category == c for r in failing) for c in categories}
            lines.append("Per category: " + ", ".join(f"{c} {n}" for c, n in counts.items() if n) + ".")
            continue
        for r in failing:
            answer = r.answer if len(r.answer) <= ANSWER_PREVIEW_CHARS else r.answer[:ANSWER_PREVIEW_CHARS] + " …"
            lines += [
                f"### {r.id} ({r.category}, {r.language}, {r.split}): score {percent(r.score)}",
                "",
                "**Question:** " + " → ".join(r.turns),
                "",
                f"**Answer** ({r.status or 'error'}):",
                "",
                *["> " + line for line in (answer or "(empty)").splitlines()],
                "",
                "**Why it failed:** " + "; ".join(r.failures),
                "",
            ]
    return "\n".join(lines).rstrip() + "\n"


def write_report(report: EvalReport, directory: Path = REPORTS_DIR) -> tuple[Path, Path, Path]:
    """Write <date>.json, .md and .png (<date>-<set>.* for a set other than gold) into `directory`; return them.

    A blind set's report is never overwritten (its first run is the honest figure): a later run the same day is
    written as <date>-<set>-run2.*, -run3.* …
    """
    directory.mkdir(parents=True, exist_ok=True)
    stem = report.date if report.case_set == "gold" else f"{report.date}-{report.case_set}"
    if report.case_set != "gold":
        base, run = stem, 1
        while (directory / f"{stem}.json").exists():
            run += 1
            stem = f"{base}-run{run}"
    json_path = directory / f"{stem}.json"
    md_path = directory / f"{stem}.md"
    png_path = directory / f"{stem}.png"
    json_path.write_text(report_json(report), encoding="utf-8")
    write_chart(report, png_path)
    # The committed baseline summary describes the gold set; other sets are not compared with it.
    baseline = load_baseline_summary(directory / BASELINE_SUMMARY.name) if report.case_set == "gold" else None
    md_path.write_text(report_markdown(report, png_path.name, baseline), encoding="utf-8")
    return json_path, md_path, png_path
