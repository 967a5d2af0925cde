"""Runs gold cases through an answerer (each turn in one conversation) and scores the last turn."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from pydantic import BaseModel, Field

from assistant.types import Answer
from assistant.verify import unverified_numbers
from eval.answerers import Answerer
from eval.schema import GoldCase
from eval.scoring import CaseResult, Summary, score_case, summarise


class SystemRun(BaseModel):
    """One system's results on a set of gold cases."""

    name: str = Field(description="assistant, naive-rag, bm25 …")
    summary: Summary = Field(description="Aggregated metrics.")
    results: list[CaseResult] = Field(description="Per case, in gold-set order.")


def ask_case(answerer: Answerer, case: GoldCase) -> tuple[Answer, float]:
    """Ask every turn of a case in one conversation; return the last answer and its latency in ms."""
    conversation_id: str | None = None
    answer: Answer | None = None
    elapsed = 0.0
    for turn in case.turns:
        started = time.perf_counter()
        conversation_id, answer = answerer.ask(turn, conversation_id)
        elapsed = (time.perf_counter() - started) * 1000
    assert answer is not None  # turns has at least one item (schema)
    return answer, elapsed


def run_case(answerer: Answerer, case: GoldCase) -> CaseResult:
    """Ask and score one case; a system that raises fails the case (with the error) instead of stopping the run."""
    try:
        answer, latency_ms = ask_case(answerer, case)
    except Exception as exc:  # the eval must report any failure of the system under test, not crash on it
        return score_case(case, None, error=f"{type(exc).__name__}: {exc}")
    unverified = unverified_numbers(answer, trusted_texts=case.turns)
    return score_case(case, answer, latency_ms=latency_ms, unverified=unverified)


def run_system(
    answerer: Answerer, cases: Sequence[GoldCase], progress: Callable[[GoldCase], None] | None = None
) -> SystemRun:
    """Run and score every case, then aggregate."""
    results = []
    for case in cases:
        results.append(run_case(answerer, case))
        if progress:
            progress(case)
    return SystemRun(name=answerer.name, summary=summarise(results), results=results)
