"""What a regelverk says of judging the scheme itself: the data sources it lists besides the reports, and how often
it is evaluated. Quoted from the regulation, whatever question type ("reporting", "decision") the words suggest."""

from __future__ import annotations

import pytest

from assistant.services import Services
from assistant.verify import unverified_numbers


def answer(services: Services, question: str) -> str:
    _, answered = services.pipeline.answer(question, None)
    assert answered.status == "answered", answered.text
    assert unverified_numbers(answered, trusted_texts=[question]) == []
    return answered.text


@pytest.mark.parametrize(
    "question",
    [
        "Besides the recipients' reports, what other data sources does Helsedirektoratet use to assess the scheme?",
        "Apart from grantee reports, what other data sources does Helsedirektoratet use for 0765.73?",
        "Hvilke datakilder bruker Helsedirektoratet i tillegg til rapportene for å vurdere 0765.73?",
    ],
)
def test_the_data_sources_besides_the_reports_are_the_regulations_list(
    corpus_services: Services, question: str
) -> None:
    text = answer(corpus_services, question)
    assert "«I tillegg innhentes informasjon fra:»" in text, text
    assert "IS-24/8" in text and "NAPHA" in text and "Arbeids- og velferdsdirektoratet" in text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # A fixed interval guessed: none is set.
        ("Hvor ofte blir tilskuddsordningen evaluert? Er det hvert tredje år?", "Nei – regelverket setter ingen fast"),
        ("Will the 0765.73 scheme itself be evaluated, and how often?", "Yes – the scheme is to be evaluated"),
        ("Hvor ofte blir tilskuddsordningen 0765.73 evaluert?", "Om evaluering av ordningen"),
    ],
)
def test_how_often_the_scheme_is_evaluated_is_the_regulations_rule(
    corpus_services: Services, question: str, lead: str
) -> None:
    text = answer(corpus_services, question)
    assert text.startswith(lead), text
    assert "risiko og vesentlighet" in text


def test_evaluating_ones_own_project_is_no_question_of_the_schemes_evaluation(corpus_services: Services) -> None:
    assert "Om evaluering av ordningen" not in answer(corpus_services, "Må vi evaluere prosjektet vårt?")


def test_funding_from_other_sources_is_no_data_source(corpus_services: Services) -> None:
    text = answer(
        corpus_services,
        "do we need to include info about funding from other sources in the application, or only what we want from "
        "Hdir?",
    )
    assert "I tillegg innhentes informasjon fra" not in text, text


def test_whether_other_sources_are_used_gets_a_yes_with_them(corpus_services: Services) -> None:
    text = answer(
        corpus_services,
        "Bruker Helsedirektoratet andre kilder enn tilskuddsmottakernes rapporter når de vurderer resultatene av "
        "0765.73?",
    )
    assert text.startswith("Ja. Helsedirektoratet innhenter informasjon fra disse kildene"), text
