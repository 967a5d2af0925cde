"""A cost per participant the tables state (the 2019 training programme), times the participants named."""

from __future__ import annotations

import pytest

from assistant.errors import InvalidInput, RuleNotFound
from assistant.rules.book import RuleBook
from assistant.rules.engine import less_participant_cost, max_grant, participant_cost
from assistant.services import Services
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


def test_what_is_left_of_a_grant_once_the_participants_are_paid() -> None:
    grant = max_grant(BOOK, "voksne-langvarige", "act-fact", 1, positions=5).calculation
    left = less_participant_cost(grant, participant_cost(BOOK, "voksne-langvarige", 3))
    assert (grant.amount, left.amount) == (1_500_000, 1_416_000)
    assert left.lines[-1].kind == "total" and "1 500 000 kr − 84 000 kr = 1 416 000 kr" in left.lines[-1].text
    assert len(left.sources) == len(grant.sources) + 1


def test_the_grant_less_the_training_is_answered_with_its_reading(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "2019-ordningen, år 2 med 6 hele stillinger. Vi bruker 5 x 28 000 på det nasjonale opplæringsprogrammet. "
        "Hvor mye er igjen av maks tilskudd til lønn og drift?",
        None,
    )
    assert answer.text.startswith("Inntil 1 660 000 kr blir igjen"), answer.text
    assert answer.calculation is not None and answer.calculation.amount == 1_660_000
