"""CI gate: the full gold set, in-process over the real index, must reach the recorded threshold (eval/threshold.yaml)
and no answer may contain an unverified number."""

from __future__ import annotations

from assistant.services import Services
from eval.answerers import PipelineAnswerer
from eval.gate import gate_failures, load_threshold
from eval.runner import run_system
from eval.schema import load_gold_set


def test_eval_gate_full_gold_set(corpus_services: Services) -> None:
    run = run_system(PipelineAnswerer(corpus_services), load_gold_set())
    unverified = {r.id: r.unverified_numbers for r in run.results if r.unverified_numbers}
    problems = gate_failures(run.summary, load_threshold())
    assert problems == [], f"{problems}; unverified numbers by case: {unverified}"
