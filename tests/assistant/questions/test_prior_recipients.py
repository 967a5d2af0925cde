"""Funding had before, and what it means for the next application: the rule on earlier recipients, led with the
verdict the question asks for."""

from __future__ import annotations

import pytest

from assistant.services import Services
from assistant.verify import unverified_numbers

RULE = "Tjenester som har mottatt tilskudd fra denne tilskuddsordningen tidligere kan prioriteres"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # "denne ordningen" names no scheme: the one whose documents have the rule.
        ("Vi fikk tilskudd fra denne ordningen i fjor. Blir vi prioritert når vi søker igjen?", "Det avhenger"),
        ("We received funding under this scheme last year. Does that give us any advantage?", "It depends"),
        ("Har det noen betydning at vi har fått tilskudd fra denne ordningen før?", "Det avhenger"),
        (
            "Vi hadde Tiltak B i fjor og har dokumentert god måloppnåelse – mange pasienter i jobb. Er det slik at "
            "tidligere tilskuddsmottakere kan bli prioritert når vi søker igjen?",
            "Det avhenger",
        ),
        (
            "Har vi større sjanse for å få tilskudd hvis vi har fått midler fra den samme ordningen (0765.73) før?",
            "Det",
        ),
        # Asked as a disadvantage: the rule says no.
        ("We got money from this scheme (0765.73) last year. Will that count against us when we apply again?", "No"),
        ("Vi har fått penger fra denne ordningen før, så vi blir vel nedprioritert nå?", "Nei"),
        # Whether funding had is required: no.
        ("Do we need to have had this grant before in order to get Tiltak B money? We're a new applicant.", "No"),
        # An older page named by the service ("our IPS service"): the scheme in force now is applied to again.
        (
            "We already got money from this scheme last year for our IPS service. Does that count against us, or "
            "could we actually be prioritised?",
            "No",
        ),
    ],
)
def test_earlier_recipients_are_told_the_rule(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered", answer.text
    assert answer.text.startswith(lead), answer.text
    assert RULE in answer.text and unverified_numbers(answer) == []


def test_priority_without_funding_had_is_no_question_of_the_rule(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hva prioriteres i tiltak B?", None)
    assert RULE not in answer.text


def test_a_year_asked_beyond_the_period_is_answered_by_the_period(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Vi har hatt tiltak B i fire år og har veldig god måloppnåelse. Kan vi få et femte år siden tidligere "
        "mottakere kan prioriteres?",
        None,
    )
    assert answer.text.startswith("Nei – året du spør om"), answer.text
