"""A yearly deadline worked out for the year of a grant the user says was received ("We received funds for 2026.
When is our report due?" → 1 April 2027), for the deadline and reporting answers alike."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.phrasing import long_date
from assistant.answers.writer import Writer
from assistant.rules.results import DeadlineInfo
from assistant.understand.model import Understanding
from assistant.understand.quantities import GOT_VERB

# "Vi fikk tilskudd for 2025", "We got our grant in 2026", "We received a Tiltak B grant for 2025.": the calendar
# year told with the grant received (read here, as the question's calendar year may be dropped as history told).
# "tilskudd for 2026 under tiltak b – rapportfrist?", "the grant for 2025": the year a grant is for, named with it.
_GRANT_YEAR = re.compile(
    rf"\b(?:{GOT_VERB}|mottatt|fått|awarded|granted|given|tildelt|innvilget|bevilget|gitt)\b(?:[^.?!]|\.(?=\d)){{0,60}}?\b(?P<year>20\d\d)\b"
    r"|\b(?:tilskudd(?:et|ene)?|midler|midlene|grants?|funding|funds|money)\s+for\s+(?P<year_for>20\d\d)\b",
    re.IGNORECASE,
)


def grant_year(u: Understanding) -> int | None:
    """The calendar year of a grant the user says was received, unless the application deadline is what is asked
    ("We got our grant in 2026 – so which exact date?" follows a question about the reporting deadline)."""
    found = _GRANT_YEAR.search(u.clean_text or u.text)
    if found is None or u.has("application_kind"):
        return None
    return int(found.group("year") or found.group("year_for"))


def due_for_the_grant(w: Writer, year: int | None, infos: Sequence[DeadlineInfo]) -> None:
    """'For tilskudd for 2026 er rapporteringsfristen 1. april 2027.' — the yearly date the engine worked out for
    the grant's `year` (see `grant_year`), first; the engine's statement is what lets its numbers through the
    verifier."""
    for info in infos:
        if info.kind != "reporting" or info.for_grant_year is None or year is None:
            continue
        due = long_date(info.for_grant_year, w.language)
        w.derived += [str(year), due]
        w.add(
            w.t(
                f"For tilskudd for {year} er rapporteringsfristen {due} {w.cite(info.source)}.",
                f"For a grant for {year}, the report is due on {due} {w.cite(info.source)}.",
            )
        )
