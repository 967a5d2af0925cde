"""Which part of a document several schemes share belongs to which scheme, told by its heading.

The 2023 slides present the new substance-use scheme and the transitional one under headings of their own
(«Kommunalt rusarbeid – ny ordning», «Kommunalt rusarbeid- overgangsordning»): a question about one of them is not
answered by a sentence under the other's heading («Det gis ikke tilskudd til nye tiltak gjennom overgangsordningen»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.rules.book import RuleBook
from assistant.rules.model import Scheme
from assistant.types import Passage

# Shorter names ("SLT", "IPS") stand inside too many headings to tell whose part one is.
MIN_NAME = 6


def _folded(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def _names(scheme: Scheme) -> list[str]:
    folded = [_folded(name) for name in (scheme.name, *scheme.aliases, *scheme.aliases_en)]
    return [name for name in folded if len(name) >= MIN_NAME + 2]


def _distinctive(scheme: Scheme, others: Sequence[Scheme]) -> list[str]:
    """The scheme's names that are part of no other scheme's name ("overgangsordning", not "kommunalt rusarbeid")."""
    theirs = [name for other in others for name in _names(other)]
    return [name for name in _names(scheme) if not any(name in other for other in theirs)]


def _names_one(text: str, scheme: Scheme, others: Sequence[Scheme]) -> bool:
    return _names_any(text, _distinctive(scheme, others))


def _names_any(text: str, names: Sequence[str]) -> bool:
    folded = _folded(text)
    return any(name in folded for name in names)


# How far into a passage its heading may stand ("Udir Tilskudd til …" under the heading "Tilskudd til …").
HEADING_REACH = 60


def _opens_with_its_heading(passage: Passage) -> bool:
    """The passage's text opens with (the last part of) its section heading: the heading is its own."""
    heading = _folded(passage.chunk.section.split("›")[-1])[: HEADING_REACH // 2]
    return heading.strip() != "" and heading.strip() in _folded(passage.chunk.text[: HEADING_REACH * 2])


def without_other_schemes_parts(
    book: RuleBook, scheme_ids: Sequence[str], question: str, passages: list[Passage]
) -> list[Passage]:
    """The passages, less those under the heading of a scheme that shares the asked scheme's document but is not
    asked about (all of them when nothing else is left), when the question names the scheme by a name of its own. A
    scheme found besides the first counts as asked only when the question names it so too ("kommunalt rusarbeid"
    names both substance-use schemes)."""
    if not scheme_ids:
        return passages
    first = book.scheme(scheme_ids[0])
    sharing = [s for s in book.schemes.values() if s.id != first.id and set(s.documents) & set(first.documents)]
    if not _names_one(question, first, sharing):
        return passages  # the scheme found first may be a guess ("765.60", "IPS"): every part may answer
    asked = [first, *(s for s in sharing if s.id in scheme_ids[1:] and _names_one(question, s, [first]))]
    not_asked = [s for s in sharing if s not in asked]
    # Each side's own names, worked out once for all the passages.
    asked_names = [name for scheme in asked for name in _distinctive(scheme, not_asked)]
    their_names = [name for scheme in not_asked for name in _distinctive(scheme, asked)]

    def of_another(passage: Passage) -> bool:
        # A passage that names the scheme asked stays, and so does one whose text does not open with its heading:
        # the layout may have put it under the heading of the part before (a programme of the 2015 overview).
        if _names_any(f"{passage.chunk.section} {passage.chunk.text}", asked_names):
            return False
        if not _opens_with_its_heading(passage):
            return False
        return _names_any(passage.chunk.section, their_names)

    kept = [passage for passage in passages if not of_another(passage)]
    return kept or passages
