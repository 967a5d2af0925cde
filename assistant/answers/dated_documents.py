"""A document named by a year no document of its kind has: "the grant conference in January 2024" when the only
conference slides are from 2023, "kartleggingen fra 2016" when the overview is from 2015."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.questions.vocabulary import vocabulary
from assistant.tokens import Token, tokenize
from assistant.types import Chunk
from assistant.understand.quantities import MONTHS

# Qualifiers (vocabulary.yaml) that point at a kind of document.
DOCUMENT_KIND_QUALIFIERS = {
    "document_overview": "overview",
    "document_slides": "slides",
    "document_announcement": "announcement",
}
# Qualifiers that name a later version of a kind of document ("a 2026 revision of the regelverk"): a year after every
# document of the kind is one no document speaks for (an earlier year may be the one a revision happened in).
_LATER_VERSION_QUALIFIERS = {"document_revision": "regelverk"}
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A number that is no year (a day, "0765.73") is part of the name or the date, not a word between name and year.
_CODE = re.compile(r"^\d+$")
# Words that may stand between a document's name and its year ("the conference held in January 2024",
# "konferansen i januar 2024"); any other word ends the name.
_BETWEEN = frozenset(
    {
        "in",
        "i",
        "fra",
        "from",
        "of",
        "for",
        "held",
        "holdt",
        "avholdt",
        "on",
        "den",
        "the",
        "grant",
        "av",
        "regelverket",
        "regelverk",
        "regulation",
        "regulations",
        "ordningen",
        "scheme",
    }
)
# Words that may stand between a year and the document's name after it ("the 2024 grant conference").
_GRANT_WORDS = frozenset({"grant", "grants", "funding", "tilskudds"})
# How many words after the name its year may come.
_REACH = 4


@dataclass(frozen=True)
class DatedDocument:
    title: str
    year: int


def dated_documents(chunks: Iterable[Chunk]) -> dict[str, list[DatedDocument | None]]:
    """For each kind of document, its documents with their year (None for an undated one)."""
    seen: dict[str, DatedDocument | None] = {}
    kinds: dict[str, str] = {}
    for chunk in chunks:
        year = chunk.version_date.year if chunk.version_date is not None else None
        seen[chunk.document_id] = DatedDocument(chunk.title, year) if year is not None else None
        kinds[chunk.document_id] = chunk.kind
    by_kind: dict[str, list[DatedDocument | None]] = {}
    for document, kind in kinds.items():
        by_kind.setdefault(kind, []).append(seen[document])
    return by_kind


def _year_beside(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The year written right before a document's name ("the 2024 conference", "the 2024 grant conference") or a few
    words after it."""
    before = first - 2 if first > 1 and tokens[first - 1].text.lower() in _GRANT_WORDS else first - 1
    if before >= 0 and _YEAR.match(tokens[before].text):
        return int(tokens[before].text)
    words = 0
    for token in tokens[last + 1 :]:
        word = token.text.lower()
        if _YEAR.match(word):
            return int(word)
        if _CODE.match(word):
            continue  # a day ("5. januar") or a code ("0765.73"): no word between
        words += 1
        if words > _REACH or (word not in _BETWEEN and word not in MONTHS):
            return None
    return None


def other_year_named(text: str, by_kind: dict[str, list[DatedDocument | None]]) -> list[DatedDocument] | None:
    """The dated documents of the kind a document is named as, when it is named by a year none of them has."""
    tokens = tokenize(text)
    for qualifier, kind in DOCUMENT_KIND_QUALIFIERS.items():
        documents = by_kind.get(kind, [])
        dated = [document for document in documents if document is not None]
        if not documents or len(dated) < len(documents):
            continue  # an undated document of the kind may be of any year
        if any(all(document.year != year for document in dated) for year in _years_named(qualifier, tokens)):
            return dated
    for qualifier, kind in _LATER_VERSION_QUALIFIERS.items():
        dated = [document for document in by_kind.get(kind, []) if document is not None]
        if dated and any(all(document.year < year for document in dated) for year in _years_named(qualifier, tokens)):
            return dated
    return None


def _years_named(qualifier: str, tokens: Sequence[Token]) -> list[int]:
    """The years written beside each mention of a document the qualifier names."""
    spans = vocabulary().qualifier(qualifier).spans(tokens)
    return [year for first, last in spans if (year := _year_beside(tokens, first, last)) is not None]
