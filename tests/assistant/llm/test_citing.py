"""The model's [n] markers → verbatim citations, and the stream a reader sees while the model writes."""

from __future__ import annotations

import pytest

from assistant.citations import SourceLocator
from assistant.llm.citing import MarkerNumbering, cite
from assistant.llm.sources import SourceList
from assistant.llm.stream_guard import StreamGuard
from assistant.text import contains_quote
from assistant.types import Chunk, Source

RATES = Chunk(
    id="c-rates",
    document_id="doc",
    title="Regelverk X (2025)",
    section="5. Tildelingskriterier",
    start=0,
    end=120,
    text="Tilskudd gis per stilling. 1. prosjekt-/driftsår: kr. 750 000\n3. prosjekt-/driftsår: kr. 450 000\n"
    "Tilskuddet gis for ett år av gangen.",
    search_text="",
)
WHO = Chunk(
    id="c-who",
    document_id="doc",
    title="Regelverk X (2025)",
    section="3. Hvem kan søke",
    start=120,
    end=160,
    text="☒ Kommuner ☐ Fylkeskommuner",
    search_text="",
)


def sources() -> SourceList:
    listed = SourceList(SourceLocator([RATES, WHO]))
    listed.add_passage(WHO)
    listed.add_passage(RATES)
    return listed


def test_citations_are_numbered_by_first_use_and_unknown_markers_go() -> None:
    text, citations = cite("Maksimalt 450 000 kr i 3. år [2]. Kommuner kan søke [1][7].", sources())
    assert text == "Maksimalt 450 000 kr i 3. år [1]. Kommuner kan søke [2]."
    assert [(c.n, c.chunk_id) for c in citations] == [(1, "c-rates"), (2, "c-who")]


def test_a_passage_is_quoted_with_the_sentences_holding_the_cited_numbers() -> None:
    _, citations = cite("I tredje år er taket 450 000 kr [2].", sources())
    quote = citations[0].quote
    assert "450 000" in quote and "750 000" not in quote
    assert contains_quote(RATES.text, quote)


def test_a_rule_source_is_quoted_as_the_rule_table_quotes_it() -> None:
    listed = sources()
    n = listed.add_rule_source(Source(document_id="doc", section="3. Hvem kan søke", quote="☐ Fylkeskommuner"))
    assert n == 3
    _, citations = cite(f"Fylkeskommuner kan ikke søke [{n}].", listed)
    assert citations[0].quote == "☐ Fylkeskommuner" and citations[0].chunk_id == "c-who"


def test_a_rule_source_in_no_indexed_chunk_gets_no_number() -> None:
    assert sources().add_rule_source(Source(document_id="doc", quote="not in any chunk")) is None


def stream(pieces: list[str]) -> str:
    shown: list[str] = []
    listed = sources()
    guard = StreamGuard(shown.append, MarkerNumbering(listed), listed.evidence_texts)
    for piece in pieces:
        guard.feed(piece)
    guard.finish()
    assert "".join(shown) == guard.streamed
    return guard.streamed


@pytest.mark.parametrize(
    ("pieces", "shown"),
    [
        (["Kommuner ", "kan ", "søke [", "1", "]. "], "Kommuner kan søke [1]. "),
        (["Taket er ", "450 ", "000 kr [2", "]. Mer."], "Taket er 450 000 kr [1]. Mer."),
        (["Taket er ", "999 ", "000 kr [2]. ", "Kommuner kan søke [1]."], "Taket er Kommuner kan søke [1]."),
        (["```json\n{", '"name": "calculate"}', "\n```"], ""),
    ],
)
def test_stream_shows_text_as_written_but_no_untraced_number(pieces: list[str], shown: str) -> None:
    assert stream(pieces) == shown


def test_stream_streams_words_before_the_sentence_ends() -> None:
    shown: list[str] = []
    listed = sources()
    guard = StreamGuard(shown.append, MarkerNumbering(listed), listed.evidence_texts)
    guard.feed("Kommuner kan")
    assert shown == ["Kommuner kan"]
