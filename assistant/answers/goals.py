"""What a scheme is for: the goal its documents state under their goal heading ("Mål for ordningen", "1. Mål og
målgruppe for ordningen"), and its sub-goals when asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.dated_documents import DOCUMENT_KIND_QUALIFIERS
from assistant.answers.phrasing import scheme_name, topic_names
from assistant.answers.writer import Writer
from assistant.extractive import split_units, without_list_mark
from assistant.rules.model import Scheme
from assistant.types import Answer, Chunk, Passage, Source
from assistant.understand.model import Understanding

# A goal section: "Mål for ordningen", "1. Mål og målgruppe for ordningen" (not "Målgruppe").
_GOAL_SECTION = re.compile(r"^(?:\d+\.\s*)?Mål\b(?!gruppe)", re.IGNORECASE)
_SUB_GOALS = re.compile(r"(?:^|›\s*)Delmål\b", re.IGNORECASE)
# Who the scheme is for is its target group, said in the same section: not its goal.
_TARGET_GROUP = re.compile(r"^Målgrupp", re.IGNORECASE)
# "Does Helsedirektoratet judge whether we reached the goals?", "måloppnåelse": whether goals were met, not what
# they are.
_ATTAINMENT = re.compile(
    r"\b(?:nå|nådd|når|nås|oppnå\w*|måloppnåelse\w*|reach\w*|achiev\w*|attain\w*|met|meet|judge\w*|assess\w*|"
    r"vurder\w*|evaluat\w*|measur\w*|mål(?:es|te)\b)",
    re.IGNORECASE,
)


def goal_answer(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The scheme's goal as its documents state it, then its sub-goals when they are asked; None when the question
    asks whether goals were met, or no document of the scheme has a goal section."""
    text = u.clean_text or u.text
    if not u.has("goal") or _ATTAINMENT.search(text) or _of_something_else(text, scheme):
        return None
    # Sub-goals stand under the goal ("1. Mål og målgruppe › Delmål") or under a heading of their own ("Delmål").
    chunks = [
        chunk
        for document in scheme.documents
        for chunk in ctx.locator.chunks_of(document)
        if _GOAL_SECTION.match(chunk.section) or _SUB_GOALS.match(chunk.section)
    ]
    # "… at the 2023 conference", "slik det ble presentert i 2023": the goal as a document of the kind or the year
    # named states it (the slides have no goal heading; their sentences answer).
    named = {kind for qualifier, kind in DOCUMENT_KIND_QUALIFIERS.items() if u.has(qualifier)}
    year = u.calendar_year
    chunks = [
        chunk
        for chunk in chunks
        if (not named or chunk.kind in named)
        and (year is None or chunk.version_date is None or chunk.version_date.year == year)
    ]
    main = [chunk for chunk in chunks if not _SUB_GOALS.search(chunk.section)]
    sub = [chunk for chunk in chunks if _SUB_GOALS.search(chunk.section)] if u.has("sub_goals") else []
    goal = [line for chunk in main[:1] for line in _statements(chunk)]
    items = [line for chunk in sub[:1] for line in _statements(chunk) if line[1].startswith("•")]
    if not goal and not items:
        return None
    document = (goal or items)[0][0].document_id
    name, title = scheme_name(scheme, w.language), ctx.document_title(document)
    w.add(
        w.t(
            f"Målet med «{name}» ({title}):",
            f"The goal of «{name}» ({title}), as the document states it in Norwegian:",
        )
    )
    for chunk, line in goal:
        w.add(f"«{line}» {w.cite(Source(document_id=chunk.document_id, quote=line))}")
    if items:
        w.add(w.t("Delmål:", "Sub-goals:"))
        for chunk, item in items:
            said = without_list_mark(item)
            w.add(f"- «{said}» {w.cite(Source(document_id=chunk.document_id, quote=said))}")
    return w.answer("answered", passages)


# What a goal is said to be of: "the goal of the IPS/JMO grant", "formålet med nedtrappingen".
_GOAL_OF = re.compile(
    r"\b(?:goals?|purpose|aims?|objectives?|sub-goals?|mål(?:et|ene)?|hovedmålet|formål(?:et)?|delmål(?:ene)?)"
    r"(?:\s*\([^)]*\))?\s+(?:of|with|for|behind|med|for|bak)\s+(?:the\s+|this\s+|det\s+|den\s+|denne\s+)?"
    r"(?P<what>[\w./-]+(?:\s+[\w./-]+)?)",
    re.IGNORECASE,
)
_GRANT_WORDS = re.compile(r"ordning|tilskudd|grant|scheme|programme|program|fund|tiltak|regelverk|\d", re.IGNORECASE)


def _of_something_else(text: str, scheme: Scheme) -> bool:
    """'What is the purpose of the step-down in Tiltak B?': the goal asked is of something the scheme does, not of
    the scheme (whose names, or a word for a grant, would follow)."""
    names = {word.lower() for word in re.findall(r"[\w-]+", topic_names(scheme))}
    for match in _GOAL_OF.finditer(text):
        words = re.findall(r"[\w./-]+", match.group("what"))
        if not any(_GRANT_WORDS.search(word) or word.lower() in names for word in words):
            return True
    return False


def _statements(chunk: Chunk) -> list[tuple[Chunk, str]]:
    """The chunk's sentences and list items under its heading, but its target group."""
    units = [unit.text for unit in split_units(chunk, 0)]
    return [
        (chunk, line)
        for line in units
        if line.strip().rstrip(":") not in chunk.section and not _TARGET_GROUP.match(line) and not line.endswith(":")
    ]
