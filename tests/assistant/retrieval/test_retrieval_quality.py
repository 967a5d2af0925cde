"""Retrieval quality on the labelled set in eval/retrieval_queries.yaml (hybrid, real index)."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.retrieval.quality import LabelledQuery, first_relevant_rank, load_labelled_queries, score_ranks
from assistant.services import Services

RECALL_AT_5_TARGET = 0.9


@pytest.fixture(scope="module")
def queries() -> list[LabelledQuery]:
    return load_labelled_queries()


def test_labelled_set_is_broad(queries: list[LabelledQuery]) -> None:
    langs = Counter(q.lang for q in queries)
    splits = Counter(q.split for q in queries)
    assert len(queries) >= 40
    assert langs["nb"] >= 20 and langs["en"] >= 15
    assert len({q.document for q in queries}) == 5
    assert 0.25 <= splits["heldout"] / len(queries) <= 0.45


def test_every_label_matches_a_chunk_in_the_index(corpus_services: Services, queries: list[LabelledQuery]) -> None:
    chunks = corpus_services.retriever.chunks()
    unmatched = [q.id for q in queries if not any(q.matches(chunk) for chunk in chunks)]
    assert unmatched == []


def test_hybrid_recall_at_5(corpus_services: Services, queries: list[LabelledQuery]) -> None:
    retriever = corpus_services.retriever
    ranks = {q.id: first_relevant_rank(q, retriever.search(q.query, k=5, mode="hybrid")) for q in queries}
    scores = score_ranks(list(ranks.values()))
    misses = sorted(qid for qid, rank in ranks.items() if rank is None)
    assert scores.recall_at_5 >= RECALL_AT_5_TARGET, f"recall@5={scores.recall_at_5:.2f}, missed: {misses}"


def test_score_ranks() -> None:
    scores = score_ranks([1, 2, None, 6])
    assert scores.n == 4
    assert scores.recall_at_1 == pytest.approx(0.25)
    assert scores.recall_at_5 == pytest.approx(0.5)
    assert scores.mrr == pytest.approx((1 + 0.5 + 1 / 6) / 4)
    assert score_ranks([]).n == 0
