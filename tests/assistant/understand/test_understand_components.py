"""Parts of a grant bound to what the question says about them: excluded, alone, included, given or already used."""

from __future__ import annotations

import pytest

from assistant.rules.book import RuleBook
from assistant.settings import PROJECT_ROOT
from assistant.understand import understand


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load(PROJECT_ROOT / "corpus" / "rules")


@pytest.mark.parametrize(
    "text",
    [
        "Tiltak A, én stilling, men vi trenger ikke kompetansemidler — hva er maks per år?",
        "Hvor mye kan vi få i Tiltak A uten opplæringsmidlene?",
        "What is the maximum for Tiltak A excluding the training money?",
        "Tiltak A without training funds: how much per year?",
        "Hva er maks i Tiltak A uten at vi har hatt opplæring?",  # five words from "uten"
    ],
)
def test_excluded_training(book: RuleBook, text: str) -> None:
    found = understand(text, book).components
    assert found.excluded == ["training"]
    assert found.only == []


@pytest.mark.parametrize(
    "text",
    [
        "Hvor mye kan vi få kun til opplæring i Tiltak A?",
        "Only the training part of Tiltak A: how much?",
    ],
)
def test_training_alone(book: RuleBook, text: str) -> None:
    found = understand(text, book).components
    assert found.only == ["training"]
    assert found.excluded == []


def test_user_given_training_amount_is_kept(book: RuleBook) -> None:
    found = understand("Tiltak A med én stilling og 120 000 kr til kurs og opplæring — hva blir totalen?", book)
    assert found.components.amounts == {"training": 120_000}


def test_training_already_granted(book: RuleBook) -> None:
    text = "We have already been granted NOK 150 000 for training in Tiltak A. How much more training money can we get?"
    found = understand(text, book).components
    assert found.used == {"training": 150_000}
    assert "training" not in found.amounts


@pytest.mark.parametrize(
    "text",
    [
        "Could we receive 600,000 NOK for training and competence measures under Tiltak A?",
        "Can we receive NOK 600 000 for training in Tiltak A?",
    ],
)
def test_a_sum_one_could_receive_is_asked_for_not_had(book: RuleBook, text: str) -> None:
    found = understand(text, book).components
    assert found.amounts == {"training": 600_000}
    assert found.used == {}


def test_a_salary_cost_is_not_a_training_amount(book: RuleBook) -> None:
    found = understand("Lønnskostnaden er 900 000 kr for én stilling i Tiltak A. Hvor mye må vi finansiere selv?", book)
    assert "training" not in found.components.amounts
    assert found.components.amounts.get("salary_cost") == 900_000


def test_no_components_named(book: RuleBook) -> None:
    found = understand("Hvor mye kan vi få for to stillinger i Tiltak A?", book).components
    assert (found.excluded, found.only, found.included, found.amounts, found.used) == ([], [], [], {}, {})
