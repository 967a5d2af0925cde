"""What the user says they lack decides a condition; a scheme named only as what they lack is not the one asked."""

from __future__ import annotations

import pytest

from assistant.rules.book import RuleBook
from assistant.settings import PROJECT_ROOT
from assistant.understand.entities import find_schemes
from assistant.understand.negation import said_unmet, without_denied

AGREEMENT = "Stiftelser kan søke hvis de har avtale med kommune og/eller RHF. Organisations with an agreement."


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load(PROJECT_ROOT / "corpus" / "rules")


ESTABLISHED = "Tiltaket er forbeholdt virksomheter med et veletablert fagmiljø innen IPS."
OLD_SCHEME = "Bare kommuner som fikk midler over denne ordningen «gammel ordning» kan søke."


@pytest.mark.parametrize(
    ("question", "condition", "unmet"),
    [
        ("We're an NGO with no agreement with the municipality. Can we apply?", AGREEMENT, True),
        ("Vi er en stiftelse uten avtale med kommunen. Kan vi søke?", AGREEMENT, True),
        ("Vi er en stiftelse med avtale med kommunen. Kan vi søke?", AGREEMENT, False),
        # A compound counts by its last part; an English word by its glossary translation.
        ("Vi er en kommune som aldri har fått rusmidler før. Kan vi søke?", OLD_SCHEME, True),
        ("We have never received funding from it. Can we apply?", OLD_SCHEME, True),
        # Funding had, denied in other words than the condition's ("hatt tilskudd" for «fikk midler»).
        ("Vi er en kommune som aldri har hatt tilskudd til kommunalt rusarbeid. Kan vi søke?", OLD_SCHEME, True),
        ("Vi er en kommune som aldri har hatt rustilskudd før. Kan vi søke?", OLD_SCHEME, True),
        ("We are a municipality that got money under the old scheme. Can we apply?", OLD_SCHEME, False),
        # A negation about something else says nothing of the condition.
        ("Vi har ikke søkt før. Kan vi søke?", OLD_SCHEME, False),
        # An acronym counts, short as it is; a short ordinary word does not.
        ("We have no IPS service yet. Can we apply?", ESTABLISHED, True),
        ("Vi har ikke noe tilbud ennå. Kan vi søke?", ESTABLISHED, False),
        # "innen" (within) is no typo of "ingen" (none).
        ("Kan et RHF søke om midler til ressursmiljø innen IPS?", ESTABLISHED, False),
    ],
)
def test_a_condition_the_user_says_they_do_not_meet(question: str, condition: str, unmet: bool) -> None:
    assert said_unmet(question, condition) is unmet


def test_the_words_a_negation_denies_are_blanked_in_place() -> None:
    text = "Vi er en kommune uten ACT-team. Kan vi søke Tiltak B?"
    blanked = without_denied(text)
    assert len(blanked) == len(text)
    assert "ACT" not in blanked and "Tiltak B" in blanked


def test_a_scheme_named_only_as_what_the_user_lacks_is_not_the_one_asked(book: RuleBook) -> None:
    found = find_schemes("Vi er en kommune uten ACT-team. Kan vi søke Tiltak B?", book)
    assert found.scheme_ids[0] == "0765-73"
    assert found.measure == "B"


@pytest.mark.parametrize(
    "question",
    [
        "Hva er satsen per årsverk i kommunalt rusarbeid, ikke overgangsordningen men den nye?",
        "Rates for kommunalt rusarbeid – the new scheme please, not the transitional one.",
    ],
)
def test_of_schemes_named_alike_the_one_denied_is_not_the_one_asked(book: RuleBook, question: str) -> None:
    # "kommunalt rusarbeid" names both; the words after the negation are the transitional scheme's own name.
    assert find_schemes(question, book).scheme_ids[0] == "rus-ny"
