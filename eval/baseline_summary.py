"""Refresh the committed baseline summary (eval/reports/baseline-summary.json) from a report JSON.

Usage: python -m eval.baseline_summary [eval/reports/<date>.json]   (default: the newest dated report)
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.errors import InvalidInput
from eval.report import BASELINE_SUMMARY, REPORTS_DIR, EvalReport, compact_summary, dumps


def latest_report(directory: Path = REPORTS_DIR) -> Path:
    """The newest dated report JSON in `directory`."""
    reports = sorted(p for p in directory.glob("????-??-??.json"))
    if not reports:
        raise InvalidInput(f"No report in {directory}: run `regelverk eval` first.")
    return reports[-1]


def save_baseline_summary(report_path: Path, target: Path = BASELINE_SUMMARY) -> Path:
    """Write the compact summary of `report_path` to `target`."""
    report = EvalReport.model_validate_json(report_path.read_text(encoding="utf-8"))
    target.write_text(dumps({"from_report": report_path.name, "systems": compact_summary(report)}), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> None:
    """Entry point for `python -m eval.baseline_summary`."""
    args = sys.argv[1:] if argv is None else argv
    source = Path(args[0]) if args else latest_report()
    print(f"Wrote {save_baseline_summary(source)} from {source}")


if __name__ == "__main__":
    main()
