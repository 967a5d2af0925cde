"""The day a question claims a deadline falls on."""

from __future__ import annotations

import pytest

from assistant.answers.date_claim import claimed_day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The report is due 1 March, right?", (1, 3)),
        ("Er fristen 15. februar?", (15, 2)),
        ("Is it March 1st?", (1, 3)),
        ("Må vi rapportere innen 01.04?", (1, 4)),
        # Codes, decimals and counts are no dates.
        ("Is 0765.73 due then?", None),
        ("1.5 FTE – is the deadline the same?", None),
        ("Vi har 2 stillinger. Er fristen i mars?", None),
    ],
)
def test_the_day_claimed(text: str, day: tuple[int, int] | None) -> None:
    assert claimed_day(text) == day
