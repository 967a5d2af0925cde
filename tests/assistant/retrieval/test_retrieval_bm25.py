"""BM25 over hand-made chunks: ranking, filtering, no-match queries."""

from __future__ import annotations

import pytest

from assistant.retrieval.bm25 import Bm25Index
from assistant.types import Chunk


def make_chunk(chunk_id: str, text: str, *, section: str = "", document_id: str = "doc") -> Chunk:
    search_text = f"{section}\n{text}" if section else text
    return Chunk(
        id=chunk_id,
        document_id=document_id,
        title=document_id,
        section=section,
        start=0,
        end=len(text),
        text=text,
        search_text=search_text,
    )


CHUNKS = [
    make_chunk("goal", "Målet er å inkludere arbeidsdeltakelse i behandling.", section="1. Mål og målgruppe"),
    make_chunk(
        "who",
        "Kommuner: kan søke (may apply).\nFylkeskommuner: kan ikke søke (may not apply).",
        section="3. Hvem kan søke",
    ),
    make_chunk(
        "amounts",
        "Maksimalt tilskuddsbeløp for en 100% stilling er: 1. prosjekt-/driftsår: kr. 750 000",
        section="5. Tildelingskriterier › Tiltak B",
    ),
    make_chunk("report", "Rapporteringsfrist er 01.04 året etter.", section="7. Krav til rapporteringen"),
    make_chunk("appeal", "Innvilgelse er ikke et enkeltvedtak. Det er ikke klagerett.", section="6. Saksbehandling"),
]


@pytest.fixture(scope="module")
def index() -> Bm25Index:
    return Bm25Index(CHUNKS)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kan fylkeskommuner søke?", "who"),
        ("Can a county municipality apply?", "who"),
        ("hva er rapporteringsfristen", "report"),
        ("reporting deadline", "report"),
        ("How much per position in the first year?", "amounts"),
        ("750000 kr", "amounts"),
        ("Can we appeal the decision?", "appeal"),
        ("målgruppen", "goal"),
    ],
)
def test_best_chunk_for_query(index: Bm25Index, query: str, expected: str) -> None:
    hits = index.search(query, k=3)
    assert hits, f"no hits for {query!r}"
    assert hits[0][0] == expected


def test_scores_are_positive_and_descending(index: Bm25Index) -> None:
    hits = index.search("søke kommuner tilskuddsbeløp stilling", k=5)
    scores = [score for _, score in hits]
    assert all(score > 0 for score in scores)
    assert scores == sorted(scores, reverse=True)


def test_k_limits_results(index: Bm25Index) -> None:
    assert len(index.search("søke stilling rapporteringsfrist klagerett mål", k=2)) == 2


def test_no_matching_terms_returns_nothing(index: Bm25Index) -> None:
    assert index.search("zebra giraffe", k=5) == []
    assert index.search("og i på", k=5) == []


def test_allowed_ids_restrict_results(index: Bm25Index) -> None:
    hits = index.search("Kan fylkeskommuner søke?", k=5, allowed_ids={"amounts", "report"})
    assert {chunk_id for chunk_id, _ in hits} <= {"amounts", "report"}
    assert index.search("Kan fylkeskommuner søke?", k=5, allowed_ids=set()) == []


def test_empty_index() -> None:
    empty = Bm25Index([])
    assert len(empty) == 0
    assert empty.search("søke", k=5) == []


def test_a_query_typed_without_aeoa_finds_the_words_written_with_them() -> None:
    index = Bm25Index(
        [
            *CHUNKS,
            make_chunk("plan", "Søknaden må vise til en gjennomføringsplan med milepæler.", section="4. Krav"),
        ]
    )
    assert index.search("gjennomforingsplan", k=3)[0][0] == "plan"
    assert index.search("malgruppe", k=3)[0][0] == "goal"
