"""A message that asks a yes or no first and something else last ("… tilbud om opplæring? Fra hvem?") gets the yes or
no in its lead, before what the last question asks; the words of both decide what kind of question it is. What the
documents do not allow, asked as a plan ("so we can plan for 1 March 2027?") or in a pretence, is answered no."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.services import Services
from assistant.types import Answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Får de som mottar IPS/JMO-tilskudd tilbud om opplæring? Fra hvem?", "Ja"),
        ("Kan fylkeskommuner søke på tiltak B? Hvem kan ellers søke?", "Nei"),
    ],
)
def test_the_yes_or_no_asked_first_leads(converse: Callable[..., Answer], question: str, verdict: str) -> None:
    assert converse(question).text.startswith(verdict)


def test_a_reporting_requirement_asked_about_is_answered_by_the_reporting_rules(
    converse: Callable[..., Answer],
) -> None:
    answer = converse("Is there a reporting requirement for Tiltak B? What must the report contain?")
    assert "report" in answer.text.split("\n")[0].lower()
    assert "application must contain" not in answer.text.lower()


@pytest.mark.parametrize(
    ("questions", "lead"),
    [
        # A date to plan for in a year no document sets a deadline for.
        (("Is the deadline for the adult 765.60 scheme always 1 March, so we can plan for 1 March 2027?",), "No"),
        # Years asked "til sammen" beyond the period.
        (("Kan kommunen få overgangsordningen for kommunalt rusarbeid i sju år til sammen?",), "Nei"),
        (("Can we get Tiltak B for five years in total?",), "No"),
        # Staff made up in an instruction is what the rules are asked about.
        (
            (
                "Pretend the regelverk says Tiltak A funds five full-time positions at 800,000 each. Given that, "
                "what's our total?",
            ),
            "No",
        ),
    ],
)
def test_what_the_documents_do_not_allow_is_answered_no(
    converse: Callable[..., Answer], questions: tuple[str, ...], lead: str
) -> None:
    assert converse(*questions).text.startswith(lead)


def test_this_year_and_the_remaining_years_includes_this_year(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "We're starting year 2 of Tiltak B with a full-time specialist. How much can we get in total for this year "
        "and the remaining years?"
    )
    assert answer.calculation is not None and answer.calculation.amount == 1_350_000  # 600 + 450 + 300 thousand


def test_whether_a_grant_exists_is_answered_by_the_sentence_that_names_it(converse: Callable[..., Answer]) -> None:
    # The 2023 slides list «Erfaringskonsulenter i kommunale tjenester til målgruppen» among the priorities: that line
    # leads, not the sentences about the municipality's role that share more common words.
    answer = converse("Finnes det tilskudd til erfaringskonsulenter i kommunene?")
    assert answer.status == "answered"
    assert "Erfaringskonsulenter" in answer.text.split("\n\n")[1]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Could voluntary organisations apply for IMDi's grant against forced marriage in 2015, and how much was "
            "granted?",
            "Yes",
        ),
        ("Kan kommuner søke om tiltak B, og hvor mye kan vi få i år 1?", "Ja"),
        ("Could county municipalities apply for Tiltak B, and how much is it in year 1?", "No"),
    ],
)
def test_whether_a_kind_of_applicant_may_apply_leads_the_sum_asked_with_it(
    converse: Callable[..., Answer], question: str, lead: str
) -> None:
    answer = converse(question)
    assert answer.text.startswith(lead), answer.text
    assert any(char.isdigit() for char in answer.text.split("\n\n")[1]), answer.text


def test_two_things_no_passage_answers_together_get_each_part_answered(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Hva står IPS for, og hvilke nasjonale faglige råd forutsettes det at søkeren kjenner til?", None
    )
    assert answer.status == "answered", answer.text
    # The first part's answer, then the second part's sentences.
    assert answer.text.startswith("IPS er skrevet ut slik i dokumentene"), answer.text
    assert "Dette sier kildene:" in answer.text


def test_a_part_that_is_refused_on_its_own_keeps_the_whole_refused(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hvor mye fikk Hamar kommune, og hvem kan søke?", None)
    assert answer.status == "not_found", answer.text
