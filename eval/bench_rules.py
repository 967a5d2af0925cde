"""Micro-benchmark: how long RuleBook.match_schemes takes per question (median over the gold questions).

Run: `.venv/bin/python -m eval.bench_rules [--rounds N]`. Prints figures; it asserts nothing (targets are for people).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import yaml

from assistant.rules.book import RuleBook
from assistant.settings import PROJECT_ROOT

GOLD_DIR = PROJECT_ROOT / "eval" / "gold"


def gold_questions(gold_dir: Path = GOLD_DIR) -> list[str]:
    """Every turn of every gold case: real questions of the kind the chat gets."""
    questions: list[str] = []
    for path in sorted(gold_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for case in data.get("cases", []):
            questions.extend(str(turn) for turn in case.get("turns", []))
    return questions


def time_matching(book: RuleBook, questions: list[str], rounds: int) -> list[float]:
    """Seconds per match_schemes call, one figure per question and round."""
    timings: list[float] = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter()
            book.match_schemes(question)
            timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5, help="Passes over the question set (default 5).")
    args = parser.parse_args()
    start = time.perf_counter()
    book = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")
    load_ms = (time.perf_counter() - start) * 1000
    questions = gold_questions()
    book.match_schemes(questions[0])  # warm-up: first-call costs are not what a conversation pays per turn
    timings = sorted(t * 1000 for t in time_matching(book, questions, args.rounds))
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(f"RuleBook.load: {load_ms:.1f} ms ({len(book.schemes)} schemes)")
    print(
        f"match_schemes over {len(questions)} gold questions × {args.rounds} rounds: "
        f"median {statistics.median(timings):.3f} ms, p95 {p95:.3f} ms, max {timings[-1]:.3f} ms"
    )


if __name__ == "__main__":
    main()
