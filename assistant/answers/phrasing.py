"""Phrases several answer kinds share: lists, sentences, scheme and measure names, durations, status notes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from assistant.answers.writer import Writer
from assistant.rules.engine import pct
from assistant.rules.model import Measure, Scheme
from assistant.types import Language
from assistant.understand.quantities import EN_MONTHS, NB_MONTHS

# Positions this many or fewer are listed one by one.
_LISTED_ONE_BY_ONE = 4
# A paragraph that opens with a verdict ("Nei – …", "Yes. …").
VERDICT_LEAD = re.compile(r"(?:Ja|Nei|Yes|No|Det avhenger|It depends)\b")


def long_date(day: date, language: Language) -> str:
    """'1. april 2027' / '1 April 2027'."""
    if language == "nb":
        return f"{day.day}. {NB_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {EN_MONTHS[day.month - 1].capitalize()} {day.year}"


def with_verdict(verdict: str, paragraph: str) -> str:
    """'Ja – inntil 750 000 kr …': the verdict put before a paragraph that went on without one."""
    return f"{verdict} – {paragraph[:1].lower()}{paragraph[1:]}"


def join(items: Sequence[str], language: Language) -> str:
    """'a, b og c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    word = "and" if language == "en" else "og"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def sizes_listed(shares: Sequence[float], language: Language) -> str:
    """'50 %, 100 % og 100 %'; past a handful of positions, by size: '1 × 50 % og 9 × 100 %'."""
    if len(shares) <= _LISTED_ONE_BY_ONE:
        return join([pct(share, language) for share in shares], language)
    sizes = list(dict.fromkeys(shares))
    return join([f"{shares.count(size)} × {pct(size, language)}" for size in sizes], language)


def capitalised(text: str) -> str:
    """The text with its first letter in capitals, the rest as written ("statlige foretak (f.eks. RHF/HF)")."""
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    """The text stripped and ending in punctuation."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", ":")) else text + "."


def scheme_name(scheme: Scheme, language: Language) -> str:
    return (scheme.name_en or scheme.name) if language == "en" else scheme.name


def topic_names(scheme: Scheme) -> str:
    """The scheme's and its measures' names: the topic of a question about it, not what is asked."""
    names = [scheme.name, scheme.name_en or "", *scheme.aliases, *scheme.aliases_en]
    return " ".join([*names, *(measure.name for measure in scheme.measures.values())])


def measure_label(measure: Measure, language: Language) -> str:
    return (measure.label_en or measure.label) if language == "en" else measure.label


def duration_sentence(w: Writer, measure: Measure) -> str:
    """How long the measure may be funded, cited."""
    assert measure.duration is not None
    value = measure.duration
    text = value.text_en if w.language == "en" and value.text_en else value.text
    if not text:
        text = w.t(f"Inntil {value.value} år.", f"Up to {value.value} years.")
    return f"{sentence(text)} {w.cite(value.source)}"


def status_warning(w: Writer, scheme: Scheme) -> None:
    """Warn when the scheme's rules come from an old or expired source."""
    if scheme.status == "current":
        return
    note = (scheme.status_note_en or scheme.status_note) if w.language == "en" else scheme.status_note
    w.warn(
        w.t(
            f"Merk: dette bygger på en eldre eller utløpt kilde — {note}",
            f"Note: this is based on an old or expired source — {note}",
        )
    )
