"""Structure-aware chunking: section paths from the document's headings, lists never split, a size bound.

Modes by document structure: the regelverk template (numbered headings "3. Hvem kan søke" + labels "Tiltak B:"),
web pages (short heading lines without punctuation), slides (each slide a section titled by its first line) and the
2015 overview table (one chunk per scheme row, a row starting with the directorate's name).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from assistant.text import fold_whitespace
from assistant.types import Chunk, Document
from ingest.checkboxes import parse_checkbox_line, render_checkbox_lines
from ingest.normalise import is_list_item

TARGET_CHARS = 1200
MAX_CHARS = 2000
MIN_TAIL_CHARS = 200
SECTION_SEPARATOR = " › "
_TITLE_CHARS = 90

_NUMBERED_HEADING = re.compile(r"^(\d{1,2})\.\s+[A-ZÆØÅ]")
_KEYED_LABEL = re.compile(r"^([A-ZÆØÅ][\wæøåÆØÅ]*\s+[A-Z0-9]{1,2}):(?:\s|$)")
_LEAD_IN_VERBS = frozenset(
    {"skal", "kan", "må", "er", "har", "vil", "blir", "gis", "bør", "får", "ble", "kreves", "legges", "søkes"}
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«\"(])")
_DIRECTORATE_ROW = re.compile(r"^(Bufdir|Helsedir\.?|Avdir|IMDi|IMDI|Udir)(?=\s|$)\s*(.*)$")
# Words that start the description cell, where a row's name cell has run into it.
_DESCRIPTION_STARTS = frozenset({"Mål", "Målet", "Mål:", "Målgruppe", "Målgruppe:", "Formål", "Formålet", "Hovedmål:"})
_OVERVIEW_TABLE = re.compile(r"^Oversikt (\d)\s*\(")
_OVERVIEW_GROUP = re.compile(r"^\d\.\d\)\s+[A-ZÆØÅ]")
_SLIDE_START = re.compile(r"(?m)^ (?=[^\s•\-–*])")
# English glosses of the regelverk template's standard section names, added to search_text for English queries.
_SECTION_GLOSSES = {
    "mål og målgruppe": "purpose and target group",
    "kriterier for måloppnåelse": "criteria for goal achievement",
    "hvem kan søke": "who can apply, eligible applicants",
    "krav til søknaden": "application requirements",
    "tildelingskriterier": "award criteria, grant amounts",
    "saksbehandling": "application processing, deadline, decision, appeal",
    "krav til rapporteringen": "reporting requirements and deadline",
    "oppfølging, kontroll og evaluering": "follow-up, control and evaluation",
    "bortfall av tilskudd": "withdrawal of the grant and other sanctions",
    "klage på vedtaket": "right to appeal the decision",
}


@dataclass
class _Unit:
    start: int
    end: int
    text: str
    tight: bool  # separated from the previous unit by a single line break (same list)
    is_item: bool


@dataclass
class _Section:
    path: list[str]
    units: list[_Unit] = field(default_factory=list)
    heading_units: int = 0  # how many leading units are its own heading lines


def _units(text: str) -> list[_Unit]:
    units = []
    for match in re.finditer(r"[^\n]+", text):
        start = match.start()
        tight = start >= 2 and text[start - 1] == "\n" and text[start - 2] != "\n"
        units.append(_Unit(start, match.end(), match.group(0), tight, is_list_item(match.group(0))))
    return units


def _short(text: str, limit: int = _TITLE_CHARS) -> str:
    folded = fold_whitespace(text).rstrip(" :;")
    if len(folded) <= limit:
        return folded
    return folded[:limit].rsplit(" ", 1)[0] + "…"


def label_key(text: str) -> str | None:
    """The sub-heading a label line names ("Tiltak B:" → "Tiltak B"), or None if the line is not a label."""
    if is_list_item(text):
        return None
    keyed = _KEYED_LABEL.match(text)
    if keyed:
        return keyed.group(1)
    words = text.rstrip().rstrip(":").split()
    if (
        text.rstrip().endswith(":")
        and 1 <= len(words) <= 7
        and text[0].isupper()
        and not any(word.lower().strip(",") in _LEAD_IN_VERBS for word in words)
    ):
        return " ".join(words)
    return None


def _is_web_heading(unit: _Unit) -> bool:
    text = unit.text.strip()
    return (
        not unit.is_item
        and len(text) <= 60
        and len(text.split()) <= 6
        and text[0].isupper()
        and not re.search(r"[.,;!]$", text)
        and "(" not in text
        and ":" not in text
    )


def _numbered_headings(units: list[_Unit]) -> dict[int, str]:
    """Indices of the template's numbered section headings, which count up in order (gaps of up to 2 allowed)."""
    found: dict[int, str] = {}
    last = 0
    for index, unit in enumerate(units):
        match = _NUMBERED_HEADING.match(unit.text)
        if match is None or not last < int(match.group(1)) <= last + 3:
            continue
        in_list = unit.tight or (index + 1 < len(units) and units[index + 1].tight and units[index + 1].is_item)
        if in_list or len(unit.text.split()) > 12 or re.search(r"[.,;]$", unit.text.strip()):
            continue
        found[index] = fold_whitespace(unit.text)
        last = int(match.group(1))
    return found if len(found) >= 3 else {}


def _slide_starts(document: Document) -> set[int]:
    """Normalised offsets where a slide begins: its title line is indented by one space in the extraction."""
    starts = {0}
    for match in _SLIDE_START.finditer(document.original_text):
        starts.add(bisect_left(document.offset_map, match.end()))
    return starts


def _sections(document: Document, units: list[_Unit]) -> list[_Section]:
    if document.kind == "overview":
        return _overview_sections(units)
    numbered = _numbered_headings(units)
    slide_starts = _slide_starts(document) if document.kind == "slides" else set()
    sections: list[_Section] = [_Section(path=[])]
    top: list[str] = []
    for index, unit in enumerate(units):
        heading: list[str] | None = None
        if document.kind == "slides":
            if unit.start in slide_starts:
                top = [_short(unit.text)]
                heading = top
        elif numbered:
            if index in numbered:
                top = [numbered[index]]
                heading = top
        elif _is_web_heading(unit) and index + 1 < len(units):
            top = [_short(unit.text)]
            heading = top
        if heading is None and (key := label_key(unit.text)) is not None:
            heading = [*top, key]
        if heading is not None:
            sections.append(_Section(path=heading, units=[unit], heading_units=1))
        else:
            sections[-1].units.append(unit)
    return _merge_empty(sections)


def _overview_sections(units: list[_Unit]) -> list[_Section]:
    """One section per table row of the overview (a row starts with the directorate's name)."""
    sections: list[_Section] = [_Section(path=[_short(units[0].text)] if units else [])]
    table = ""
    for index, unit in enumerate(units):
        table_match = _OVERVIEW_TABLE.match(unit.text)
        row = _DIRECTORATE_ROW.match(unit.text)
        if table_match:
            table = f"Oversikt {table_match.group(1)}"
            sections.append(_Section(path=[table], units=[unit], heading_units=1))
        elif table and _OVERVIEW_GROUP.match(unit.text):
            # A group line ("2.1) Foreldre- og nærmiljøstøtte") heads the rows after it.
            sections.append(_Section(path=[table], units=[unit], heading_units=1))
        elif table and row and (row.group(2)[:1].isupper() or row.group(2).startswith("(")):
            directorate = row.group(1).rstrip(".")
            following = units[index + 1].text if index + 1 < len(units) else ""
            name = _scheme_name(row.group(2), following)
            sections.append(_Section(path=[table, directorate, name], units=[unit], heading_units=0))
        else:
            sections[-1].units.append(unit)
    return _merge_empty(sections)


def _scheme_name(rest: str, following: str) -> str:
    """Best-effort scheme name from a row's first line, where table cells run into each other."""
    rest = rest.strip()
    if rest.startswith("("):
        closing = rest.find(")")
        rest = rest[closing + 1 :].strip() if closing >= 0 else ""
        if not rest:
            rest = following
    if rest.endswith(":"):  # "Prosjektstøtteordning:" with the scheme's own name on the next line
        rest = f"{rest} {following}"
    words = rest.split()
    for position, word in enumerate(words[2:], start=2):
        if word in _DESCRIPTION_STARTS:
            words = words[:position]
            rest = " ".join(words)
            break
    # The name cell is often repeated at the start of the description cell: "Talenter for framtida Talenter for …".
    for cut in range(2, min(12, len(words) - 1)):
        if words[cut : cut + 2] == words[0:2]:
            return _short(" ".join(words[:cut]))
    end = re.search(r"[.)](?:\s|$)", rest)
    if end and end.start() < 80:
        return _short(rest[: end.start() + 1].rstrip("."))
    return _short(" ".join(words[:8]), limit=80)


def _merge_empty(sections: list[_Section]) -> list[_Section]:
    """A heading with nothing under it joins the section before it (labels) or the one after it (titles)."""
    merged: list[_Section] = []
    carried: list[_Unit] = []
    for section in sections:
        if carried:
            section.units = [*carried, *section.units]
            section.heading_units += len(carried)
            carried = []
        empty = len(section.units) == section.heading_units
        if empty and len(section.path) > 1 and merged:
            merged[-1].units.extend(section.units)
        elif empty and section.units:
            carried = section.units
        elif section.units:
            merged.append(section)
    if carried:
        if merged:
            merged[-1].units.extend(carried)
        else:
            merged.append(_Section(path=[], units=carried))
    return merged


def _blocks(section: _Section) -> list[list[_Unit]]:
    """Indivisible groups: a list (with its lead-in line) is one block; the heading joins the first block."""
    blocks: list[list[_Unit]] = []
    for index, unit in enumerate(section.units):
        same_list = unit.is_item and unit.tight and blocks and blocks[-1][-1].is_item
        lead_in = unit.is_item and blocks and not blocks[-1][-1].is_item and blocks[-1][-1].text.rstrip().endswith(":")
        under_heading = 0 < index <= section.heading_units
        if blocks and (same_list or lead_in or under_heading):
            blocks[-1].append(unit)
        else:
            blocks.append([unit])
    return blocks


def _pieces(block: list[_Unit], text: str) -> list[tuple[int, int]]:
    """(start, end) spans of a block, split only if it exceeds the hard maximum."""
    start, end = block[0].start, block[-1].end
    if end - start <= MAX_CHARS:
        return [(start, end)]
    if len(block) > 1:
        spans: list[tuple[int, int]] = []
        for unit in block:
            if spans and unit.end - spans[-1][0] <= TARGET_CHARS:
                spans[-1] = (spans[-1][0], unit.end)
            else:
                spans.extend(_pieces([unit], text))
        return spans
    return _split_paragraph(start, end, text)


def _split_paragraph(start: int, end: int, text: str) -> list[tuple[int, int]]:
    cuts = [start] + [m.start() for m in _SENTENCE_BREAK.finditer(text, start, end)] + [end]
    spans: list[tuple[int, int]] = []
    piece_start = start
    for previous, cut in pairwise(cuts):
        if cut - piece_start > TARGET_CHARS and previous > piece_start:
            spans.append((piece_start, previous))
            piece_start = previous
            while text[piece_start].isspace():
                piece_start += 1
    spans.append((piece_start, end))
    final: list[tuple[int, int]] = []
    for span_start, span_end in spans:
        while span_end - span_start > MAX_CHARS:  # one enormous sentence: cut at a space
            cut = text.rfind(" ", span_start, span_start + TARGET_CHARS)
            cut = cut if cut > span_start else span_start + TARGET_CHARS
            final.append((span_start, cut))
            span_start = cut + 1 if text[cut] == " " else cut
        final.append((span_start, span_end))
    return final


def _pack(section: _Section, text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for block in _blocks(section):
        for piece_start, piece_end in _pieces(block, text):
            if spans and piece_end - spans[-1][0] <= TARGET_CHARS:
                spans[-1] = (spans[-1][0], piece_end)
            else:
                spans.append((piece_start, piece_end))
    if len(spans) > 1 and spans[-1][1] - spans[-1][0] < MIN_TAIL_CHARS and spans[-1][1] - spans[-2][0] <= MAX_CHARS:
        spans[-2:] = [(spans[-2][0], spans[-1][1])]
    return spans


def _page_at(document: Document, offset: int) -> int | None:
    if not document.pages:
        return None
    starts = [page.start for page in document.pages]
    index = max(0, bisect_right(starts, offset) - 1)
    return document.pages[index].page


def _page_breaks(document: Document, start: int, end: int) -> list[tuple[int, int]]:
    """(offset within the chunk, page) of each page that starts inside document.text[start:end]."""
    return [(page.start - start, page.page) for page in document.pages if start < page.start < end]


def chunk_document(document: Document) -> list[Chunk]:
    """The document's chunks, in order; each chunk's text is exactly document.text[start:end]."""
    text = document.text
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for section in _sections(document, _units(text)):
        path = SECTION_SEPARATOR.join(part for part in section.path if part)
        for start, end in _pack(section, text):
            chunk_text = text[start:end]
            if not chunk_text.strip():
                continue
            chunk_id = _chunk_id(document.id, path, chunk_text, seen)
            checkboxes = [box for line in chunk_text.split("\n") if (box := parse_checkbox_line(line))]
            search_text = "\n".join(
                part for part in (document.short_title, _glossed(path), render_checkbox_lines(chunk_text, path)) if part
            )
            chunks.append(
                Chunk(
                    id=chunk_id,
                    document_id=document.id,
                    title=document.short_title,
                    kind=document.kind,
                    schemes=list(document.schemes),
                    version_date=document.version_date,
                    section=path,
                    page=_page_at(document, start),
                    page_end=_page_at(document, end - 1),
                    page_breaks=_page_breaks(document, start, end),
                    start=start,
                    end=end,
                    text=chunk_text,
                    search_text=search_text,
                    checkboxes=checkboxes,
                )
            )
    return chunks


def _glossed(section: str) -> str:
    """The section path with English glosses of the template's standard section names it contains."""
    lowered = section.lower()
    glosses = [gloss for name, gloss in _SECTION_GLOSSES.items() if name in lowered]
    return f"{section} ({'; '.join(glosses)})" if glosses else section


def _chunk_id(document_id: str, section: str, text: str, seen: set[str]) -> str:
    base = hashlib.sha256(f"{document_id}\x1f{section}\x1f{text}".encode()).hexdigest()[:20]
    chunk_id, n = base, 1
    while chunk_id in seen:  # identical text twice in one section: keep ids unique and stable
        n += 1
        chunk_id = f"{base}-{n}"
    seen.add(chunk_id)
    return chunk_id
