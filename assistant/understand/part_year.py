"""Positions filled for only part of a year: "starts 1 July", "bare besatt i ni måneder", "half of year 1"."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from assistant.understand.numbers import CARDINALS
from assistant.understand.quantities import MONTH_NAMES, MONTHS


class PartYear(BaseModel):
    """How much of the year some positions are filled, as a question tells it."""

    months: int = Field(ge=1, le=11, description="Months of the year the positions are filled.")
    ends: bool = Field(description="True if the positions end during the year ('drop … from 1 July'), not start.")
    last: int | None = Field(
        default=None, ge=1, description="How many of the positions named last it is said of ('2 more'); None: all."
    )


_CARDINALS = {**CARDINALS["nb"], **CARDINALS["en"]}
_COUNT_WORDS = "|".join(sorted(_CARDINALS, key=len, reverse=True))
# "1. juli", "the 1st of July", "September", "1.7.": a month, named or numbered.
_MONTH = (
    rf"(?:(?:the\s+)?\d{{1,2}}(?:\.|st|nd|rd|th)?\s*(?:of\s+)?)?(?P<month>{MONTH_NAMES})\b\.?"
    r"|\d{1,2}\.(?P<num>\d{1,2})\.?(?!\d)"
)
# "fra 1. juli", "starts in July", "from September", "fom 1.8.": the month a position is filled from.
_FROM = re.compile(
    rf"\b(?:fra(?:\s+og\s+med)?|f\.?\s?o\.?\s?m\.?|from|(?:starting|starts?|begin(?:s|ning)?)(?:\s+(?:in|on|from))?|"
    rf"(?:starter|begynner|tiltrer)(?:\s+(?:i|fra|den))?|kommer\s+(?:i|fra|den)|i\s+gang\s+(?:i|fra)|"
    rf"(?:besatt|ansatt|filled|hired|on\s+board)\s+(?:fra|from|in|i))\s+(?:{_MONTH})",
    re.IGNORECASE,
)
# "until 1 July", "frem til juli", "slutter i juni": the month a position is filled until.
_UNTIL = re.compile(
    rf"\b(?:until|till|to\s+the\s+end\s+of|through|(?:frem|fram)\s+til|til\s+og\s+med|t\.?\s?o\.?\s?m\.?|ut|"
    rf"(?:ends?|stops?|slutter|avsluttes|opphører)(?:\s+(?:in|on|i|den|fra|from))?)\s+(?:{_MONTH})",
    re.IGNORECASE,
)
# "drop/cut/end the second position from 1 July": a month from which a position is no longer filled.
_ENDING = re.compile(
    r"\b(?:drop\w*|cut\w*|end\w*|stop\w*|remov\w*|los(?:e|ing)|leav\w*|quit\w*|terminat\w*|clos\w*|"
    r"fjern\w*|kutt\w*|avslutt\w*|avvikl\w*|legg\w*\s+ned|slutt\w*|miste\w*|trekk\w*|sier\s+opp)\b",
    re.IGNORECASE,
)
# "ni måneder", "9 months", "six months of the year": months filled, said as a count.
# Not a deadline ("innen 3 måneder", "within six months after") or a course ("3 months training").
_MONTH_COUNT = re.compile(
    rf"(?<!innen )(?<!within )(?<!etter )(?<!after )(?<!før )(?<!before )"
    rf"\b(?P<n>\d{{1,2}}|{_COUNT_WORDS})\s*(?:måneder|mnd\.?|months?)\b"
    r"(?!\s+(?:etter|after|før|before|siden|ago|of\s+training|training|opplæring|kurs|course))",
    re.IGNORECASE,
)
# "half of year 1", "halve året", "et halvt år", "half a year": six months.
_HALF_YEAR = re.compile(
    r"\b(?:half\s+(?:of\s+)?(?:the\s+|that\s+|this\s+|a\s+)?(?:first\s+|calendar\s+)?year|"
    r"halve\s+(?:første\s+)?(?:året|driftsåret|prosjektåret)|et\s+halvt\s+år|halvåret|halvparten\s+av\s+året)(?!\w)",
    re.IGNORECASE,
)
# "2 more positions from 1 July", "to nye stillinger fra august": the positions the months are said of.
_LAST = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{_COUNT_WORDS})\s+(?:more|extra|additional|new|nye|ekstra|flere)\b", re.IGNORECASE
)
_THE_LAST_ONE = re.compile(
    r"\b(?:the\s+(?:second|third|fourth|last|new|extra|other)|den\s+(?:andre|tredje|fjerde|siste|nye|ekstra))\s+"
    r"(?:one|position|post|specialist|person|stilling\w*|spesialist\w*|\w*spesialist\w*)",
    re.IGNORECASE,
)


# "vi har hatt tilskudd i ni måneder", "we have been running for six months": time behind, not a part of a year.
_PAST = re.compile(
    r"\b(?:har\s+(?:hatt|drevet|holdt\s+på|vært|jobbet)|hadde|have\s+(?:had|been|run)|has\s+(?:had|been|run)|"
    r"had|for\s+the\s+(?:past|last)|de\s+siste|the\s+last|ago|siden)\b[^.!?]*$",
    re.IGNORECASE,
)
# "from September 2024": a month of a year named, when the text names a later year as well, is the past.
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _of_an_earlier_year(text: str, match: re.Match[str]) -> bool:
    after = _YEAR.match(text[match.end() :].lstrip(" ,"))
    years = [int(y) for y in _YEAR.findall(text)]
    return after is not None and any(year > int(after.group()) for year in years)


def _month(match: re.Match[str]) -> int | None:
    if match.group("month"):
        return MONTHS[match.group("month").lower()]
    number = int(match.group("num"))
    return number if 1 <= number <= 12 else None


def _count(word: str) -> int:
    lower = word.lower()
    return int(lower) if lower.isdigit() else _CARDINALS[lower]


def _months_and_end(text: str) -> tuple[int, bool] | None:
    until = _UNTIL.search(text)
    start = _FROM.search(text)
    if start is not None and (month := _month(start)) is not None and not _of_an_earlier_year(text, start):
        ending = bool(_ENDING.search(text[: start.start()]))
        return (month - 1, True) if ending else (13 - month, False)
    if until is not None and (month := _month(until)) is not None and not _of_an_earlier_year(text, until):
        return month - 1, True
    count = _MONTH_COUNT.search(text)
    if count is not None and not _PAST.search(text[: count.start()]):
        return _count(count.group("n")), False
    half = _HALF_YEAR.search(text)
    if half is not None and not _PAST.search(text[: half.start()]):
        return 6, False
    return None


def read_part_year(text: str) -> PartYear | None:
    """The part of a year positions are filled, if the question says it ("from 1 July" → 6 months); None for the
    whole year or for a month count that is not a part of one (12, 0)."""
    found = _months_and_end(text)
    if found is None or not 1 <= found[0] <= 11:
        return None
    months, ends = found
    last: int | None = None
    if (more := _LAST.search(text)) is not None:
        last = _count(more.group("n")) or None
    elif _THE_LAST_ONE.search(text):
        last = 1
    return PartYear(months=months, ends=ends, last=last)
