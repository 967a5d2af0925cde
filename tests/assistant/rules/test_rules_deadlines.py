"""Yearly deadlines worked out for the calendar year of a grant."""

from __future__ import annotations

from datetime import date

from assistant.rules import engine
from assistant.rules.book import RuleBook
from assistant.settings import PROJECT_ROOT

TODAY = date(2026, 12, 5)


def test_a_report_due_the_year_after_is_dated_for_the_grant_year() -> None:
    book = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")
    infos = {i.kind: i for i in engine.deadlines(book, "0765-73", TODAY, grant_year=2026)}
    assert infos["reporting"].for_grant_year == date(2027, 4, 1)
    assert infos["application"].for_grant_year is None  # "given in the call": no date to work out


def test_without_a_grant_year_no_date_is_worked_out() -> None:
    book = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")
    assert all(i.for_grant_year is None for i in engine.deadlines(book, "0765-73", TODAY))
