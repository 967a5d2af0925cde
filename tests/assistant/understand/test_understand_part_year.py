"""Reading how much of a year positions are filled: a start or end month, a month count, half a year."""

from __future__ import annotations

import pytest

from assistant.understand.part_year import read_part_year


@pytest.mark.parametrize(
    ("text", "months", "ends", "last"),
    [
        ("Our specialist only starts in July.", 6, False, None),
        ("Stillingen blir besatt fra 1. september.", 4, False, None),
        ("The position starts 1 September in year 1.", 4, False, None),
        ("Den nye stillingen tiltrer 1.8.", 5, False, 1),
        ("En ressursstilling blir bare besatt i ni måneder i år.", 9, False, None),
        ("She'll work half of year 1.", 6, False, None),
        ("What if we drop the second position from 1 July?", 6, True, 1),
        ("Jobbspesialisten slutter 1. mai i år 4.", 4, True, None),
        ("In year 2 we add 2 more positions from 1 July.", 6, False, 2),
    ],
)
def test_a_part_of_a_year_is_read(text: str, months: int, ends: bool, last: int | None) -> None:
    found = read_part_year(text)
    assert found is not None
    assert (found.months, found.ends, found.last) == (months, ends, last)


@pytest.mark.parametrize(
    "text",
    [
        "We got Tiltak B from September 2024 – how much can we get in 2026?",  # a start years ago
        "Vi har hatt tilskudd i ni måneder. Hva får vi i år 2?",  # time behind
        "Rapporten skal sendes innen 3 måneder.",  # a deadline
        "Tiltak A with 3 months training – what's the max?",  # a course
        "Vi har et halvt årsverk i Tiltak B.",  # a size, not a part of the year
        "The position is filled from January.",  # the whole year
        "We apply in May for year 2.",  # a month, but nothing filled from it
    ],
)
def test_what_is_no_part_of_a_year_is_not_read_as_one(text: str) -> None:
    assert read_part_year(text) is None
