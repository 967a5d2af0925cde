"""HybridRetriever over the real corpus index: ranking, modes, filters, errors and generation reload."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ChunkNotFound, IndexNotBuilt, InvalidInput
from assistant.retrieval.hybrid import HybridRetriever
from assistant.services import Services
from assistant.settings import Settings
from ingest.embedders import Embedder, get_embedder

REGELVERK = "regelverk-0765-73-2025"


@pytest.fixture(scope="module")
def retriever(corpus_services: Services) -> HybridRetriever:
    return corpus_services.retriever


@pytest.mark.parametrize(
    "query",
    [
        "Can a county municipality apply for Tiltak B?",
        pytest.param(
            "Kan en fylkeskommune søke om tilskudd til Tiltak B?",
            marks=pytest.mark.xfail(
                strict=True,
                reason="Known weakness: BM25 ranks the passage 1st but e5 vectors only ~12th; RRF lands it ~6th.",
            ),
        ),
    ],
)
def test_who_may_apply_passage_is_in_top_3(retriever: HybridRetriever, query: str) -> None:
    passages = retriever.search(query, k=3)
    found = [(p.chunk.document_id, p.chunk.section) for p in passages]
    assert any(doc == REGELVERK and "3. Hvem kan søke" in section for doc, section in found), found


def test_passages_are_ranked_and_carry_both_ranks(retriever: HybridRetriever) -> None:
    passages = retriever.search("Hvor mye kan vi få i 2. driftsår for Tiltak B?", k=6)
    assert [p.rank for p in passages] == list(range(1, 7))
    scores = [p.score for p in passages]
    assert scores == sorted(scores, reverse=True)
    assert all(p.dense_rank is not None or p.lexical_rank is not None for p in passages)
    assert any(p.dense_rank is not None and p.lexical_rank is not None for p in passages)
    assert all(p.chunk.text and p.chunk.document_id for p in passages)


def test_default_k_comes_from_settings(retriever: HybridRetriever, corpus_settings: Settings) -> None:
    assert len(retriever.search("tilskudd")) == corpus_settings.retrieval.top_k


def test_dense_mode_uses_only_embeddings(retriever: HybridRetriever) -> None:
    passages = retriever.search("who decides on the applications", k=5, mode="dense")
    assert len(passages) == 5
    assert all(p.lexical_rank is None and p.dense_rank == p.rank for p in passages)
    assert all(-1.0 <= p.score <= 1.0 for p in passages)


def test_bm25_mode_uses_only_lexical_ranks(retriever: HybridRetriever) -> None:
    passages = retriever.search("rapporteringsfrist", k=5, mode="bm25")
    assert passages
    assert all(p.dense_rank is None and p.lexical_rank == p.rank for p in passages)
    assert "rapporteringsfrist" in passages[0].chunk.text.lower()


def test_modes_rank_differently(retriever: HybridRetriever) -> None:
    query = "What happens if the money is not used as agreed?"
    rankings = {mode: [p.chunk.id for p in retriever.search(query, k=5, mode=mode)] for mode in ("dense", "bm25")}
    assert rankings["dense"] != rankings["bm25"]


def test_bm25_mode_does_not_load_the_embedder(corpus_settings: Settings) -> None:
    built: list[Embedder] = []

    def factory() -> Embedder:
        built.append(get_embedder(corpus_settings.embedder))
        return built[-1]

    fresh = HybridRetriever(corpus_settings, embedder_factory=factory)
    assert fresh.search("klagerett", k=3, mode="bm25")
    assert built == []
    assert fresh.search("klagerett", k=3, mode="dense")
    fresh.search("søknadsfrist", k=3, mode="hybrid")
    assert len(built) == 1


def test_document_filter(retriever: HybridRetriever) -> None:
    for mode in ("hybrid", "dense", "bm25"):
        passages = retriever.search("Hvem kan søke?", k=5, mode=mode, document_ids=["ips-jmo-soknad"])
        assert passages, mode
        assert {p.chunk.document_id for p in passages} == {"ips-jmo-soknad"}


def test_filtered_dense_search_still_fills_k(retriever: HybridRetriever) -> None:
    # The filter runs in the store: k results even for a document far down the unfiltered ranking.
    doc = "voksne-langvarige-2019"
    available = sum(1 for chunk in retriever.chunks() if chunk.document_id == doc)
    k = min(5, available)
    passages = retriever.search("Can a county municipality apply for Tiltak B?", k=k, mode="dense", document_ids=[doc])
    assert len(passages) == k
    assert {p.chunk.document_id for p in passages} == {doc}


@pytest.mark.parametrize(
    ("schemes", "expected_documents"),
    [
        (["0765-73"], {REGELVERK}),
        (["0765.73"], {REGELVERK}),
        (["rus-overgang"], {"tilskuddskonferansen-2023"}),
        (["voksne-langvarige"], {"voksne-langvarige-2019", "tilskuddskonferansen-2023"}),
    ],
)
def test_scheme_filter(retriever: HybridRetriever, schemes: list[str], expected_documents: set[str]) -> None:
    passages = retriever.search("søknadsfrist og hvem kan søke", k=8, schemes=schemes)
    assert passages
    assert {p.chunk.document_id for p in passages} <= expected_documents
    assert all(set(p.chunk.schemes) & {s.replace(".", "-") for s in schemes} for p in passages)


def test_document_and_scheme_filters_combine(retriever: HybridRetriever) -> None:
    both = retriever.search("søknadsfrist", k=5, document_ids=["voksne-langvarige-2019"], schemes=["voksne-langvarige"])
    assert both and {p.chunk.document_id for p in both} == {"voksne-langvarige-2019"}
    assert retriever.search("søknadsfrist", k=5, document_ids=[REGELVERK], schemes=["ips-jmo"]) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"document_ids": ["no-such-doc"]}, "no-such-doc"),
        ({"schemes": ["no-such-scheme"]}, "no-such-scheme"),
        ({"mode": "fuzzy"}, "fuzzy"),
        ({"k": 0}, "at least 1"),
    ],
)
def test_bad_arguments_are_invalid_input(retriever: HybridRetriever, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        retriever.search("søknadsfrist", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_empty_query_is_invalid_input(retriever: HybridRetriever, query: str) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        retriever.search(query)


def test_chunk_lookup(retriever: HybridRetriever) -> None:
    chunks = retriever.chunks()
    assert len({c.document_id for c in chunks}) == 5
    first = chunks[0]
    assert retriever.chunk(first.id) == first
    with pytest.raises(ChunkNotFound):
        retriever.chunk("no-such-chunk")


def test_missing_index_raises_index_not_built(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "empty", corpus_dir=tmp_path / "corpus")
    fresh = HybridRetriever(settings, embedder_factory=lambda: get_embedder(settings.embedder))
    with pytest.raises(IndexNotBuilt, match="regelverk ingest"):
        fresh.search("søknadsfrist")
    with pytest.raises(IndexNotBuilt):
        fresh.chunks()


def test_reloads_after_reingest(tmp_path: Path) -> None:
    from ingest.run import run_ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "fisk.txt").write_text(
        "Tilskudd til fiskeoppdrett\n\n1. Hvem kan søke\n\nKommuner kan søke om tilskudd til fiskeoppdrett.\n",
        encoding="utf-8",
    )
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    run_ingest(settings)
    fresh = HybridRetriever(settings, embedder_factory=lambda: get_embedder(settings.embedder))
    before = fresh.generation
    assert {p.chunk.document_id for p in fresh.search("fiskeoppdrett", k=3, mode="bm25")} == {"fisk"}
    assert fresh.search("birøkt honning", k=3, mode="bm25") == []

    (corpus / "bier.txt").write_text(
        "Tilskudd til birøkt\n\n1. Hvem kan søke\n\nFrivillige organisasjoner kan søke om tilskudd til birøkt og "
        "honning.\n",
        encoding="utf-8",
    )
    run_ingest(settings)
    assert fresh.generation != before
    hits = fresh.search("birøkt honning", k=3)
    assert hits and hits[0].chunk.document_id == "bier"
    assert {c.document_id for c in fresh.chunks()} == {"fisk", "bier"}
