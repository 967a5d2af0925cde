"""Text helpers shared by ingest, the rules quote check, the verifier, evidence selection and question reading."""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")
# A word that makes a sentence ask for something (not a yes or a no).
QUESTION_WORD = re.compile(r"\b(?:hvem|hva|hvilk\w*|når|hvor|hvordan|who|what|which|when|where|how)\b", re.IGNORECASE)
# A capitalised word that does not start the sentence: a name ("Tøyen", "Arts Council"; "allowance (AAP)" names one).
NAME = re.compile(r"(?:(?<=[\w,;:] )|(?<= \())[A-ZÆØÅ][\wÆØÅæøå-]+")


def fold_whitespace(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def contains_quote(source: str, quote: str) -> bool:
    """True if `quote` occurs verbatim in `source`, ignoring only differences in whitespace."""
    folded = fold_whitespace(quote)
    return bool(folded) and folded in fold_whitespace(source)


def quote_offset(source: str, quote: str) -> int | None:
    """Where `quote` starts in `source`, ignoring only differences in whitespace (None if it is not there)."""
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(word) for word in words), source)
    return match.start() if match else None


# Abbreviations whose full stop ends no sentence ("f.eks. nye lokaler").
ABBREVIATIONS = (
    "f.eks.", "kr.", "pr.", "nr.", "ca.", "jf.", "bl.a.", "mill.", "evt.", "ev.", "dvs.", "inkl.", "eks.",
    "osv.", "mv.", "e.g.", "i.e.",
)  # fmt: skip


# A number with the full stop of a Norwegian ordinal right before the split ("Var fristen 1. april?").
_ORDINAL_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\.$")


def sentence_spans(text: str, end: re.Pattern[str], ordinals: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, split where `end` matches except right after an abbreviation (or,
    with `ordinals`, a Norwegian ordinal number: a question's "1. april" ends no sentence)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in end.finditer(text):
        if text[start : match.start()].lower().endswith(ABBREVIATIONS):
            continue
        ordinal = ordinals and _ORDINAL_BEFORE.search(text, 0, match.start()) is not None
        if ordinal and text[match.end() : match.end() + 1].islower():
            continue  # "1. april", "2. år": an ordinal number, no sentence's end
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


# A question's sentences end at . ! ? or : and a space, whatever follows ("hva med år 3? og år 4?").
_QUESTION_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")


def asking_sentences(text: str) -> list[str]:
    """The sentences that end in a question mark (else the last sentence): what a message asks, after any
    statements that set the scene."""
    text = text.strip()
    sentences = [text[a:b] for a, b in sentence_spans(text, _QUESTION_SENTENCE_END, ordinals=True) if b > a]
    return [part for part in sentences if part.endswith("?")] or sentences[-1:]


def asking_start(text: str) -> int:
    """Where the first sentence ending in a question mark starts, when statements come before it (else 0)."""
    for start, end in sentence_spans(text, _QUESTION_SENTENCE_END, ordinals=True):
        if text[start:end].rstrip().endswith("?"):
            return start
    return 0


def without_trailing_remarks(text: str) -> str:
    """The text up to its last sentence ending in a question mark: statements after it ("Seems like overkill for one
    position.") remark on the question, they ask nothing."""
    ends = [
        end
        for start, end in sentence_spans(text, _QUESTION_SENTENCE_END, ordinals=True)
        if text[start:end].rstrip().endswith("?")
    ]
    return text[: ends[-1]] if ends else text
