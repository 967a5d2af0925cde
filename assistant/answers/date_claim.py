"""A day the question claims a deadline falls on ("The 0765.73 report is due 1 March, right?"), checked against the
deadlines the tables give, for the deadline and reporting answers alike. The verdict names no date: the claimed one
is in no source, and the deadlines listed after it give the right one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.rules.results import DeadlineInfo
from assistant.understand.model import Understanding
from assistant.understand.quantities import MONTH_NAMES, MONTHS

# "1. mars", "1 March", "March 1st", "01.04".
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})\.?\s+(?P<month>{MONTH_NAMES})\b\.?"
    rf"|\b(?P<month_first>{MONTH_NAMES})\.?\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"|(?<![\d.,])(?P<dd>\d\d)\.(?P<mm>\d\d)(?![\d,]|\.\d\d\d)",
    re.IGNORECASE,
)


def claimed_day(text: str) -> tuple[int, int] | None:
    """The (day, month) of the last date the text names, if any."""
    found: tuple[int, int] | None = None
    for m in _DAY_MONTH.finditer(text):
        if m.group("dd"):
            day, month = int(m.group("dd")), int(m.group("mm"))
        elif m.group("month_first"):
            day, month = int(m.group("day_after")), MONTHS[m.group("month_first").lower()]
        else:
            day, month = int(m.group("day")), MONTHS[m.group("month").lower()]
        if 1 <= day <= 31 and 1 <= month <= 12:
            found = (day, month)
    return found


def claim_holds(u: Understanding, infos: Sequence[DeadlineInfo]) -> bool | None:
    """Whether the day a yes/no question claims is a deadline's day among `infos`; None when it claims no day or
    none of the deadlines is dated."""
    if not (u.has("yes_no") or u.has("statement_question") or u.has("asks_confirmation")):
        return None
    claimed = claimed_day(u.clean_text or u.text)
    days = {(d.day, d.month) for i in infos for d in (i.due, i.next_date, i.for_grant_year) if d is not None}
    if claimed is None or not days:
        return None
    return claimed in days
