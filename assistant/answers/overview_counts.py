"""'How many of the schemes in the minimum overview belong to IMDi?': the 2015 overview's rows counted, from its
table as indexed (one section per row: «Oversikt 1 › IMDi › Jobbsjansen (JS)»), each row cited by its heading."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from assistant.answers.context import Context
from assistant.answers.writer import Writer
from assistant.types import Answer, Chunk, Passage
from assistant.understand.model import Understanding

# A row of the overview table: the overview's number, the directorate, the scheme's name (cut short with "…").
_ROW = re.compile(r"^Oversikt (?P<overview>\d) › (?P<body>[^›]+?) › (?P<name>.+)$")
_SCHEMES_COUNTED = re.compile(r"ordning|scheme|tilskudd|grant|programme|program", re.IGNORECASE)
_OVERVIEW_NAMED = re.compile(r"oversikt|overview|kartlegging|mapping", re.IGNORECASE)
_WHICH_OVERVIEW = {
    "1": re.compile(r"minimum|(?:oversikt|overview)\s*(?:nr\.?\s*)?1\b|first\s+overview|første\s+oversikt", re.I),
    "2": re.compile(r"utvid|extended|expanded|wider|(?:oversikt|overview)\s*(?:nr\.?\s*)?2\b|second\s+overview", re.I),
}
# A part of an overview the table's sections do not hold ("2.2 Tjenestestøtte"): no count from them.
_SUBCATEGORY = re.compile(
    r"\b2\.[123]\b|tjenestestøtte|foreldre-\s*og\s*nærmiljø|samhandling|service\s+support|parent", re.IGNORECASE
)
_BODIES = {
    "helsedir": re.compile(r"helsedir\w*|(?:norwegian\s+)?directorate\s+of\s+health|health\s+directorate", re.I),
    "imdi": re.compile(r"imdi\w*|integrerings-\s*og\s*mangfolds\w*|integration\s+and\s+diversity", re.I),
    "udir": re.compile(r"udir\w*|utdanningsdirektorat\w*|directorate\s+for\s+education", re.I),
    "bufdir": re.compile(r"bufdir\w*|barne-,?\s*ungdoms-\s*og\s*familiedirektorat\w*|children,\s+youth", re.I),
    "avdir": re.compile(r"avdir\w*|arbeids-\s*og\s*velferdsdirektorat\w*|labour\s+and\s+welfare", re.I),
}
_BODY_NAMES = ("Helsedir", "IMDi", "Udir", "Bufdir", "Avdir")
_OVERVIEW_NAMES = {
    "1": ("«Minimumsoversikt»", "the minimum overview"),
    "2": ("«Utvidet oversikt»", "the extended overview"),
}


class _Row(NamedTuple):
    overview: str
    body: str
    name: str
    chunk: Chunk


def _rows(ctx: Context) -> list[_Row]:
    """Every row of the overview tables, once each (the first chunk of its section), in document order."""
    rows: dict[str, _Row] = {}
    for document in ctx.locator.document_ids:
        for chunk in ctx.locator.chunks_of(document):
            m = _ROW.match(chunk.section)
            if m is not None and chunk.section not in rows:
                rows[chunk.section] = _Row(m["overview"], m["body"].strip(), m["name"].strip(), chunk)
    return list(rows.values())


# The longest opening line taken as a row's whole heading; a longer one runs on into the row's description. A
# section's name this long may have been cut short, and the line then completes it.
_HEADING_LINE = 120
_CUT_NAME = 40


def _heading(row: _Row) -> tuple[str, str]:
    """The row's heading as its text opens («IMDI Tilskudd til lokal forebygging av radikalisering og voldelig
    ekstremisme»), to quote, and the scheme's name in it (whole where the section's name was cut short)."""
    line = next((line.strip() for line in row.chunk.text.split("\n") if line.strip()), "")
    name = row.name.rstrip("…").strip()
    rest = line[len(row.body) :].strip() if line.lower().startswith(row.body.lower()) else ""
    if len(line) <= _HEADING_LINE and len(name) >= _CUT_NAME and rest.startswith(name):
        return line, rest
    start = row.chunk.text.find(name)
    quote = row.chunk.text[: start + len(name)].strip() if start >= 0 else line[:_HEADING_LINE]
    return quote, row.name


def _body_name(body: str) -> str:
    """The directorate as the overview mostly writes it ("IMDI" and "IMDi" are one)."""
    return next((name for name in _BODY_NAMES if name.lower() == body.lower()), body)


def overview_count_answer(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """The rows of the overview(s) asked, of the directorate asked, counted and listed; None unless the question
    counts schemes of the 2015 overview by what its table's sections hold."""
    text = u.clean_text or u.text
    # What is counted must be schemes: "Hvor mange studiepoeng … for lønnstilskudd …?" counts no rows.
    counted = " ".join(u.counted)
    if not u.has("count_question") or not _SCHEMES_COUNTED.search(counted) or not _OVERVIEW_NAMED.search(text):
        return None
    if _SUBCATEGORY.search(text):
        return None
    overviews = [number for number, named in _WHICH_OVERVIEW.items() if named.search(text)] or ["1", "2"]
    bodies = [body for body, named in _BODIES.items() if named.search(text)]
    rows = [row for row in _rows(ctx) if row.overview in overviews and (not bodies or row.body.lower() in bodies)]
    if not rows:
        return None
    by_body: dict[str, list[_Row]] = {}
    for row in rows:
        by_body.setdefault(_body_name(row.body), []).append(row)
    ranked = sorted(by_body.items(), key=lambda item: -len(item[1]))
    where = " og ".join(f"Oversikt {n} ({_OVERVIEW_NAMES[n][0]})" for n in overviews)
    where_en = " and ".join(f"Overview {n} ({_OVERVIEW_NAMES[n][1]})" for n in overviews)
    of = w.t(f" fra {ranked[0][0]}", f" from {ranked[0][0]}") if len(ranked) == 1 else ""
    split = "" if len(ranked) == 1 else ": " + ", ".join(f"{body} {len(listed)}" for body, listed in ranked)
    w.derived.extend([str(len(rows)), *(str(len(listed)) for _, listed in ranked)])
    w.add(
        w.t(
            f"{len(rows)} ordninger{of} står i {where} i oversikten over tilskuddsordninger for barn og unge fra "
            f"2015{split}.",
            f"{len(rows)} schemes{of} are listed in {where_en} of the 2015 overview of grant schemes for children "
            f"and young people{split}.",
        )
    )
    for body, listed in ranked:
        for row in listed:
            quote, name = _heading(row)
            w.add(f"- {body}: {name} {w.cite_chunk(row.chunk, quote)}")
    return w.answer("answered", passages)
