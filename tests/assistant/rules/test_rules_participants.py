"""A cost per participant the tables state (the 2019 training programme), times the participants named."""

from __future__ import annotations

import pytest

from assistant.errors import InvalidInput, RuleNotFound
from assistant.rules.book import RuleBook
from assistant.rules.engine import participant_cost
from assistant.settings import PROJECT_ROOT

BOOK = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")


def test_the_cost_is_the_stated_rate_times_the_participants() -> None:
    calculation = participant_cost(BOOK, "voksne-langvarige", 6)
    assert calculation.amount == 168_000
    rate, total = calculation.lines
    assert rate.amount == 28_000 and rate.source is not None and "28 000 kr per deltaker" in rate.source.quote
    assert total.kind == "total" and total.amount == 168_000


def test_a_scheme_without_a_cost_per_participant_says_so() -> None:
    with pytest.raises(RuleNotFound):
        participant_cost(BOOK, "0765-73", 2)


def test_no_participants_is_refused() -> None:
    with pytest.raises(InvalidInput):
        participant_cost(BOOK, "voksne-langvarige", 0)
