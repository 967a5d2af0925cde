"""Normalise extracted text for chunking and quoting, keeping a map back to the original offsets.

What it does: re-joins lines wrapped by the PDF/web extraction into paragraphs; re-joins words hyphenated at a line
break (but keeps Norwegian elided compounds such as "Helse- og omsorgsdepartementet" and hyphenated compounds such as
"NAV-veileder"); drops lone page numbers, bare URL/mailto lines and a line repeating one just before it; keeps every
bullet, checkbox and numbered item on its own line; separates paragraphs with a blank line; folds runs of spaces.
It never rewrites words, so every normalised character maps to a character of the original (or to the whitespace a
joined line break or paragraph break replaced).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from assistant.text import fold_whitespace

# A line starting with one of these is a list item (and so starts its own line).
_ITEM_MARKER = re.compile(
    r"^(?:(?P<box>[☒☐])|(?P<bullet>[•−–✓▪◦●■►➢\uf0b7\uf0a7*])|(?P<dash>-)(?=\s*\S)"
    r"|(?P<num>\d{1,2}[.)])(?=\s)|(?P<alpha>[a-zæøå]\))(?=\s)|(?P<sub>\d{1,2}\.\d{1,2}\)?)(?=\s))"
)
_PAGE_NUMBER = re.compile(r"^(?:\d{1,3}|(?:side|page)\s+\d{1,3}(?:\s+(?:av|of)\s+\d{1,3})?|-\s*\d{1,3}\s*-)$", re.I)
_BARE_URL = re.compile(r"^(?:https?://|mailto:|www\.)\S*$", re.I)
_LABEL_START = re.compile(r"^[A-ZÆØÅ][^:.]{0,80}:(?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?][)»”\"']*$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LEADING_WORD = re.compile(r"[^\W\d_]+")
_TRAILING_WORD = re.compile(r"([^\W\d_]+)-$")

# "Helse- og omsorgsdepartementet": the first part of an elided compound keeps its hyphen and the space.
_ELIDED_JOINERS = frozenset({"og", "eller", "samt", "til", "enn", "and", "or"})
_CONTINUING_WORDS = frozenset(
    {"og", "eller", "i", "av", "for", "til", "med", "på", "om", "fra", "som", "samt", "ved", "etter", "mellom", "under"}
)
_HYPHENS = "-\u2010\u00ad"
# Only a line repeating the line just kept is an extraction artefact (slides and PDFs repeat a line in place); the
# same sentence a few lines later is content (two measures granted "for ett år av gangen … i totalt fire år").
_REPEAT_WINDOW = 1
_REPEAT_MIN_CHARS = 20


@dataclass
class _Line:
    start: int  # offset of the first non-space character in the original
    end: int  # offset one past the last non-space character
    text: str
    indent: int
    gap_before: bool  # a blank or dropped line separates it from the previous kept line
    marker: str | None  # list-item marker class, None for ordinary lines


def _marker_class(text: str) -> str | None:
    match = _ITEM_MARKER.match(text)
    if match is None:
        return None
    kind = match.lastgroup or "bullet"
    # Different bullet characters are different lists ("•" items vs "✓" items).
    return f"bullet:{match.group(0)}" if kind == "bullet" else kind


def is_list_item(line: str) -> bool:
    """True if the (normalised) line starts with a bullet, checkbox or list number."""
    return _marker_class(line.lstrip()) is not None


def _split_lines(original: str, drop_lines: Collection[str]) -> list[_Line]:
    lines: list[_Line] = []
    recent: list[str] = []
    gap = False
    position = 0
    for raw in re.split(r"[\n\f]", original):
        line_start = position
        position += len(raw) + 1
        stripped = raw.strip()
        if not stripped or stripped.replace("\u200b", "").replace("\ufeff", "") == "":
            gap = True
            continue
        folded = fold_whitespace(stripped)
        repeated = len(folded) >= _REPEAT_MIN_CHARS and folded in recent
        # A URL line is a footer or link annotation unless it ends a sentence begun on the line above.
        footer_url = _BARE_URL.match(folded) and (gap or not lines or _SENTENCE_END.search(lines[-1].text))
        if _PAGE_NUMBER.match(folded) or footer_url or folded in drop_lines or repeated:
            gap = True
            continue
        indent = len(raw) - len(raw.lstrip())
        start = line_start + indent
        lines.append(_Line(start, start + len(stripped), stripped, indent, gap, _marker_class(stripped)))
        recent = [*recent, folded][-_REPEAT_WINDOW:]
        gap = False
    return lines


def _is_heading_like(unit_first: _Line, previous: _Line) -> bool:
    """A numbered heading line ("3. Hvem kan søke") must not swallow the paragraph under it."""
    return (
        unit_first is previous
        and unit_first.marker in {"num", "sub"}
        and len(previous.text.split()) <= 10
        and not _SENTENCE_END.search(previous.text)
    )


def _continues(unit_first: _Line, previous: _Line, line: _Line) -> bool:
    """Whether `line` continues the unit whose last line so far is `previous`."""
    if line.marker is not None or line.text.startswith("#") or previous.text.startswith("#"):
        return False  # list items and Markdown headings stand on their own line
    first = line.text[0]
    ends_hyphen = previous.text[-1] in _HYPHENS and not previous.text.endswith(" -")
    if line.gap_before:
        # Bullets and page breaks leave blank lines inside a sentence; a lower-case start shows it goes on.
        if previous.text.endswith(","):
            return True  # a list item going on after a page break
        return first.islower() and (ends_hyphen or not re.search(r"[.!?:;][)»”\"']*$", previous.text))
    if ends_hyphen or first.islower():
        return True
    if unit_first.marker is not None:
        # A list item goes on with a capital only after a comma or a word that needs a continuation.
        last_word = previous.text.rsplit(None, 1)[-1].lower()
        return previous.text.endswith(",") or last_word in _CONTINUING_WORDS
    if line.indent > previous.indent and not first.isdigit():
        return False  # slide titles and page starts come indented
    if _SENTENCE_END.search(previous.text) or previous.text.endswith(":"):
        return False
    if _LABEL_START.match(line.text):
        return False  # "Innstilling fremmes av: …" lines stay one per line
    return not _is_heading_like(unit_first, previous)


class _Builder:
    """Accumulates normalised characters and, for each, its offset in the original."""

    def __init__(self, original: str, vocabulary: set[str]) -> None:
        self.original = original
        self.vocabulary = vocabulary
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def emit(self, char: str, offset: int) -> None:
        self.chars.append(char)
        self.offsets.append(offset)

    def emit_line(self, line: _Line) -> None:
        for offset in range(line.start, line.end):
            char = self.original[offset]
            if char.isspace():
                if self.chars and self.chars[-1] != " ":
                    self.emit(" ", offset)
            elif char not in "\u00ad\u200b\ufeff":
                self.emit(char, offset)

    def join(self, previous: _Line, line: _Line) -> None:
        """Join `line` onto the unit ending with `previous`, deciding what a line-end hyphen means."""
        if previous.text[-1] not in _HYPHENS or previous.text.endswith(" -"):
            self.emit(" ", previous.end)
            return
        if previous.text[-1] == "\u00ad":
            return  # a soft hyphen marks a typographic break: the word continues
        head = _LEADING_WORD.match(line.text)
        next_word = head.group(0) if head else ""
        if next_word.lower() in _ELIDED_JOINERS:
            self.emit(" ", previous.end)
            return
        if self._keeps_hyphen(previous.text, next_word):
            return
        self.chars.pop()
        self.offsets.pop()

    def _keeps_hyphen(self, previous_text: str, next_word: str) -> bool:
        last_token = previous_text.rsplit(None, 1)[-1]
        if not next_word or any(mark in last_token for mark in "/@.:") or next_word[0].isupper():
            return True  # URLs, paths, "/-" forms and "NAV-Kontoret" keep their hyphen
        tail = _TRAILING_WORD.search(previous_text)
        if tail is None:
            return True
        prefix = tail.group(1)
        if f"{prefix}-{next_word}".lower() in self.vocabulary:
            return True
        if f"{prefix}{next_word}".lower() in self.vocabulary:
            return False
        # Acronym compounds (NAV-veileder, IPS-tilbud) are written with a hyphen in Norwegian.
        return any(char.isupper() for char in prefix[1:]) or prefix.isupper()

    def separate(self, previous: _Line, same_list: bool) -> None:
        for _ in range(1 if same_list else 2):
            self.emit("\n", previous.end)


def normalise(original: str, drop_lines: Collection[str] = ()) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the offset of the character it comes from in `original`.

    `drop_lines` are whitespace-folded lines to remove wherever they occur (e.g. a PDF's running header).
    """
    lines = _split_lines(original, drop_lines)
    vocabulary = {word.lower() for word in _WORD.findall(original)}
    builder = _Builder(original, vocabulary)
    unit_first: _Line | None = None
    previous: _Line | None = None
    for line in lines:
        if previous is None or unit_first is None:
            unit_first = line
        elif _continues(unit_first, previous, line):
            builder.join(previous, line)
        else:
            same_list = line.marker is not None and line.marker == unit_first.marker
            builder.separate(previous, same_list)
            unit_first = line
        builder.emit_line(line)
        previous = line
    return "".join(builder.chars), builder.offsets
