"""A scheme's goal, asked, is quoted from its documents' goal section: not its target group, not the sentences that
happen to share a word with the question."""

from __future__ import annotations

import pytest

from assistant.services import Services
from assistant.verify import unverified_numbers


def answer_text(services: Services, question: str) -> str:
    _, answer = services.pipeline.answer(question, None)
    assert answer.status == "answered", answer.text
    assert unverified_numbers(answer) == []
    return answer.text


@pytest.mark.parametrize(
    ("question", "goal"),
    [
        ("Hva er målet med tilskuddsordningen 0765.73?", "Målet er å inkludere arbeidsdeltakelse"),
        # A compound the 2015 overview uses ("Hovedmål") is still the goal of the scheme named.
        (
            "Hva er hovedmålet med tilskuddsordningen Behandling og rehabilitering rettet mot arbeid, utdanning og "
            "meningsfull aktivitet?",
            "Målet er å inkludere arbeidsdeltakelse",
        ),
        ("What is the goal of the IPS/JMO grant scheme?", "komme i ordinært lønnet arbeid"),
        ("Hva var formålet med 2019-ordningen for voksne?", "Mål for ordningen er å styrke tilbudet"),
    ],
)
def test_the_goal_is_quoted_from_the_goal_section(corpus_services: Services, question: str, goal: str) -> None:
    text = answer_text(corpus_services, question)
    assert goal in text.split("\n\n")[1], text
    assert "Målgruppen" not in text


def test_sub_goals_are_listed_when_asked(corpus_services: Services) -> None:
    text = answer_text(corpus_services, "What are the sub-goals (delmål) of the 0765.73 scheme?")
    assert text.startswith("The goal of"), text
    assert "Styrke kvaliteten i eksisterende IPS-tilbud" in text
    assert "Styrke kvaliteten" not in answer_text(corpus_services, "Hva er målet med tilskuddsordningen 0765.73?")


def test_whether_goals_were_reached_is_no_question_of_what_they_are(corpus_services: Services) -> None:
    text = answer_text(
        corpus_services, "How will Helsedirektoratet judge whether our 0765.73 project reached its goals?"
    )
    assert not text.startswith("The goal of"), text


def test_who_administered_a_scheme_is_no_question_of_its_goal(corpus_services: Services) -> None:
    # "forvaltet" is one letter from a typo of "formål".
    text = answer_text(
        corpus_services, "Hvem forvaltet tilskuddet til voksne med langvarige og sammensatte tjenestebehov i 2019?"
    )
    assert not text.startswith("Målet med"), text


def test_the_goal_as_a_later_document_presented_it_is_that_documents(corpus_services: Services) -> None:
    # The 2023 slides state the purpose in a line of their own, not under a goal heading.
    text = answer_text(
        corpus_services,
        "Hva er formålet med 765.60 Tilbud til voksne med behov for langvarig oppfølging, slik det ble presentert i "
        "2023?",
    )
    assert "å styrke tilbudet til brukere med store tjenestebehov" in text, text


def test_sub_goals_under_a_heading_of_their_own_are_listed(corpus_services: Services) -> None:
    text = answer_text(corpus_services, "What are the sub-goals of the IPS/JMO grant?")
    assert "Bidra til nødvendig samarbeid mellom helsetjenesten, arbeidsgiver og NAV" in text, text


def test_the_purpose_of_something_the_scheme_does_is_no_question_of_its_goal(corpus_services: Services) -> None:
    text = answer_text(corpus_services, "What is the stated purpose of the step-down in Tiltak B funding?")
    assert not text.startswith("The goal of"), text
