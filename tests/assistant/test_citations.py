"""Citation keys resolved in code: numbering, de-duplication, spans and source-to-chunk lookup."""

from __future__ import annotations

import pytest

from assistant.citations import CitationCollector, SourceLocator, span_quote
from assistant.types import Chunk, Source


def _chunk(chunk_id: str, text: str, document_id: str = "doc", section: str = "3. Hvem kan søke") -> Chunk:
    return Chunk(
        id=chunk_id,
        document_id=document_id,
        title="Regelverk X (2025)",
        section=section,
        start=0,
        end=len(text),
        text=text,
        search_text=text,
    )


LIST = _chunk("c1", "☒ Kommuner\n☐ Fylkeskommuner\n☒ Interkommunale selskaper\n☐ Bedrifter")


def test_first_citation_is_one() -> None:
    collector = CitationCollector()
    assert collector.cite(LIST, "☒ Kommuner") == "[1]"


def test_same_chunk_and_quote_reuse_the_number() -> None:
    collector = CitationCollector()
    collector.cite(LIST, "☒ Kommuner")
    assert collector.cite(LIST, "☒  Kommuner ") == "[1]"
    assert len(collector.citations) == 1


def test_new_quote_gets_next_number() -> None:
    collector = CitationCollector()
    collector.cite(LIST, "☒ Kommuner")
    assert collector.cite(LIST, "☐ Bedrifter") == "[2]"


def test_citation_carries_chunk_metadata() -> None:
    collector = CitationCollector()
    collector.cite(LIST, "☐ Fylkeskommuner")
    (citation,) = collector.citations
    assert (citation.n, citation.chunk_id, citation.document_id, citation.section) == (
        1,
        "c1",
        "doc",
        "3. Hvem kan søke",
    )
    assert citation.quote == "☐ Fylkeskommuner"


def test_citations_list_is_a_copy() -> None:
    collector = CitationCollector()
    collector.cite(LIST, "☒ Kommuner")
    collector.citations.clear()
    assert len(collector.citations) == 1


@pytest.mark.parametrize(
    ("quotes", "expected"),
    [
        (["☒ Kommuner"], "☒ Kommuner"),
        (["☒ Kommuner", "☒ Interkommunale selskaper"], "☒ Kommuner ☐ Fylkeskommuner ☒ Interkommunale selskaper"),
        (["☐ Bedrifter", "☒ Kommuner"], "☒ Kommuner ☐ Fylkeskommuner ☒ Interkommunale selskaper ☐ Bedrifter"),
        (["not there", "☐ Bedrifter"], "☐ Bedrifter"),
        (["not there"], "not there"),
    ],
)
def test_span_quote_covers_first_to_last(quotes: list[str], expected: str) -> None:
    assert span_quote(LIST.text, quotes) == expected


def test_span_quote_of_nothing_is_empty() -> None:
    assert span_quote(LIST.text, []) == ""


def test_chunk_for_source_finds_the_chunk_with_the_quote() -> None:
    other = _chunk("c2", "Rapporteringsfrist er 01.04 året etter.", section="7. Krav til rapporteringen")
    source = Source(document_id="doc", section="7. Krav", quote="Rapporteringsfrist er 01.04")
    assert SourceLocator([LIST, other]).chunk_for(source) is other


def test_chunk_for_source_requires_the_same_document() -> None:
    source = Source(document_id="another-doc", quote="☒ Kommuner")
    assert SourceLocator([LIST]).chunk_for(source) is None


def test_chunk_for_source_prefers_the_named_section() -> None:
    a = _chunk("a", "Det må sendes inn søknad for hvert år.", section="5. Tildelingskriterier › Tiltak A")
    b = _chunk("b", "Det må sendes inn søknad for hvert år.", section="5. Tildelingskriterier › Tiltak B")
    source = Source(document_id="doc", section="5. Tildelingskriterier › Tiltak B", quote="søknad for hvert år")
    assert SourceLocator([a, b]).chunk_for(source) is b


def test_chunk_for_source_ignores_whitespace_differences() -> None:
    source = Source(document_id="doc", quote="☒ Kommuner\n  ☐ Fylkeskommuner")
    assert SourceLocator([LIST]).chunk_for(source) is LIST
