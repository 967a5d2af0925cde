"""The baselines run on the real corpus and answer questions the way they claim to."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.services import Services
from assistant.settings import Settings
from assistant.text import contains_quote
from eval.baselines.bm25 import bm25_baseline
from eval.baselines.naive_rag import NaiveRagBaseline
from eval.runner import run_system
from eval.schema import load_gold_set, select_cases

QUESTIONS = [
    "Kan fylkeskommuner søke om Tiltak B?",
    "Hvor mye kan et ACT-team få per stilling i år 3?",
    "What is the reporting deadline for 0765.73?",
]


@pytest.fixture(scope="module")
def naive(tmp_path_factory: pytest.TempPathFactory, corpus_settings: Settings) -> NaiveRagBaseline:
    return NaiveRagBaseline(corpus_settings, tmp_path_factory.mktemp("naive-rag"))


@pytest.mark.parametrize("question", QUESTIONS)
def test_naive_rag_answers_with_the_top_chunk_verbatim(
    naive: NaiveRagBaseline, corpus_settings: Settings, question: str
) -> None:
    conversation_id, answer = naive.ask(question, "keep-me")
    assert conversation_id == "keep-me"
    assert answer.status == "answered"
    assert [c.n for c in answer.citations] == [1]
    top = answer.passages[0].chunk
    assert answer.text == f"{top.text} [1]"
    assert answer.citations[0].quote == top.text
    assert [p.rank for p in answer.passages] == list(range(1, len(answer.passages) + 1))
    source = (corpus_settings.corpus_dir / _file_of(corpus_settings, top.document_id)).read_text(encoding="utf-8")
    assert source[top.start : top.end] == top.text


def test_naive_rag_finds_the_checkbox_list_for_an_eligibility_question(naive: NaiveRagBaseline) -> None:
    _, answer = naive.ask("Hvem kan søke? Kommuner, fylkeskommuner, interkommunale selskaper", None)
    assert any(contains_quote(p.chunk.text, "☐ Fylkeskommuner") for p in answer.passages)


def _file_of(settings: Settings, document_id: str) -> str:
    import yaml

    manifest = yaml.safe_load((settings.corpus_dir / "manifest.yaml").read_text(encoding="utf-8"))
    return next(str(d["file"]) for d in manifest["documents"] if d["id"] == document_id)


def test_bm25_baseline_is_the_pipeline_with_bm25_retrieval(corpus_settings: Settings) -> None:
    baseline = bm25_baseline(corpus_settings)
    assert baseline.name == "bm25"
    assert isinstance(baseline.services, Services)
    assert baseline.services.settings.retrieval.mode == "bm25"
    assert corpus_settings.retrieval.mode == "hybrid"  # the shared settings are not changed
    _, answer = baseline.ask(QUESTIONS[1], None)
    assert answer.text
    assert all(p.dense_rank is None for p in answer.passages)


def test_baselines_are_scored_by_the_same_runner(naive: NaiveRagBaseline, tmp_path: Path) -> None:
    cases = select_cases(load_gold_set(), ["eligibility", "nb"])[:5]
    run = run_system(naive, cases)
    assert run.name == "naive-rag" and run.summary.n == len(cases)
    # The top chunk never leads with a verdict, so the naive baseline cannot pass an eligibility case.
    assert all(r.checks.get("verdict", 0.0) == 0.0 for r in run.results)
    assert run.summary.metrics["unverified_numbers"] == 0.0
