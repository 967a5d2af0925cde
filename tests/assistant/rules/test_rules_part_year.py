"""Positions filled for only part of a year: the yearly amount pro-rated by months, as an assumption."""

from __future__ import annotations

import pytest

from assistant.errors import InvalidInput
from assistant.rules.book import RuleBook
from assistant.rules.engine import max_grant, plan
from assistant.settings import PROJECT_ROOT

BOOK = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")


def test_a_position_filled_six_months_gets_half_the_yearly_amount() -> None:
    result = max_grant(BOOK, "0765-73", "B", 1, percents=[100], months=[6])
    assert (result.amount, result.months) == (375_000, [6])
    prorate = [line for line in result.calculation.lines if line.kind == "prorate"]
    assert len(prorate) == 1 and "6/12" in prorate[0].text and prorate[0].source is not None
    assert any("måneder" in assumption for assumption in result.calculation.assumptions)


def test_months_and_a_part_time_share_multiply() -> None:
    assert max_grant(BOOK, "0765-73", "B", 2, percents=[80], months=[10]).amount == 400_000


def test_only_the_positions_said_of_are_pro_rated() -> None:
    # Six positions all year and two from 1 July, year 2 of the 2019 ACT/FACT rates (300 000 each).
    result = max_grant(BOOK, "voksne-langvarige", "act-fact", 2, positions=8, months=[12] * 6 + [6] * 2)
    assert result.amount == 6 * 300_000 + 2 * 150_000
    assert sum(1 for line in result.calculation.lines if line.kind == "prorate") == 2


def test_a_whole_year_is_no_assumption() -> None:
    result = max_grant(BOOK, "0765-73", "B", 1, percents=[100], months=[12])
    assert result.amount == 750_000 and result.months == [] and not result.calculation.assumptions


def test_a_plan_pro_rates_only_the_year_given() -> None:
    result = plan(BOOK, "0765-73", "B", percents=[100], months_by_year={1: [4]})
    assert [year.amount for year in result.years] == [250_000, 600_000, 450_000, 300_000]
    assert result.total == 1_600_000
    assert any("År 1 (100 % i 4/12 mnd.)" in line.text for line in result.calculation.lines)


@pytest.mark.parametrize("months", [[0], [13], [6, 6]])
def test_months_outside_a_year_or_not_one_per_position_are_refused(months: list[int]) -> None:
    with pytest.raises(InvalidInput):
        max_grant(BOOK, "0765-73", "B", 1, percents=[100], months=months)
