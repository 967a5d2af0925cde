"""A message asking two things gets both answered: where it splits, how the two answers join, and the whole path."""

from __future__ import annotations

import re

import pytest

from assistant.compound import adds_sources, join_answers, split_question
from assistant.services import Services
from assistant.types import Answer, Citation


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        (
            "Hvem kunne søke om tilskuddet, og hvor mye ble satt av i 2015?",
            "nb",
            ("Hvem kunne søke om tilskuddet?", "Og hvor mye ble satt av i 2015?"),
        ),
        (
            "When is the report due and what must it contain?",
            "en",
            ("When is the report due?", "And what must it contain?"),
        ),
        # Two sentences, each opening as a question.
        (
            "Does Tiltak A step down each year like Tiltak B does? What's the year-3 maximum for one position?",
            "en",
            ("Does Tiltak A step down each year like Tiltak B does?", "What's the year-3 maximum for one position?"),
        ),
    ],
)
def test_two_questions_joined_by_and_split(text: str, language: str, parts: tuple[str, str]) -> None:
    assert split_question(text, language) == parts  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kan NAV og helsetjenesten søke sammen?", "nb"),  # "og" joins two names, not two questions
        ("Hvor mye får Tiltak A og B i år 2?", "nb"),
        ("We run a FACT team and what we need is the rate.", "en"),  # no question first
        ("What is the rate, and how long, and who decides?", "en"),  # three parts: read as one
        ("Who can apply? And when is the deadline?", "en"),  # two question marks: already two sentences
        ("How much and when?", "en"),  # too short to stand alone
        ("Hvor lenge kunne tiltak få tilskudd, og hva om det var forprosjekt?", "nb"),  # a variation, not a second
        ("How long is the grant period, and what if we had a pre-project?", "en"),
    ],
)
def test_one_question_does_not_split(text: str, language: str) -> None:
    assert split_question(text, language) is None  # type: ignore[arg-type]


def _citation(n: int, quote: str) -> Citation:
    return Citation(n=n, document_id="doc", title="Doc", quote=quote, chunk_id=f"chunk-{quote}")


def test_joined_answers_number_their_citations_as_one_list() -> None:
    first = Answer(
        status="answered",
        language="nb",
        text="Første svar [1].\n\nOg mer [2].",
        citations=[_citation(1, "a"), _citation(2, "b")],
    )
    second = Answer(
        status="answered",
        language="nb",
        text="Og mer [2].\n\nAndre svar [1] og [2].",
        citations=[_citation(1, "c"), _citation(2, "b")],
    )
    joined = join_answers(first, second)
    # "b" keeps its number; "c" is the third citation; the paragraph said already is not repeated.
    assert joined.text == "Første svar [1].\n\nOg mer [2].\n\nAndre svar [3] og [2]."
    assert [(c.n, c.quote) for c in joined.citations] == [(1, "a"), (2, "b"), (3, "c")]
    assert adds_sources(first, second)
    assert not adds_sources(first, first)


def test_a_deadline_and_an_amount_asked_together_are_both_answered(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Hvor mye får vi for en 50 % stilling i andre driftsår under tiltak B, og når må vi rapportere?"
    )
    assert answer.status == "answered"
    assert answer.calculation is not None and answer.calculation.amount == 300_000
    # The reporting deadline of 0765.73: 1 April the year after.
    assert "01.04" in answer.text or "1. april" in answer.text
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == {c.n for c in answer.citations}


def test_who_could_apply_and_what_a_scheme_was_for_are_both_answered(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Hvem retter tilbudet Rask psykisk helsehjelp seg mot, og hvem kunne søke om tilskuddet?"
    )
    assert answer.status == "answered"
    assert "kommuner" in answer.text  # who could apply
    assert "angst" in answer.text  # what it was for: anxiety and depression, quoted in Norwegian


def test_a_second_part_that_names_nothing_goes_on_from_the_first(corpus_services: Services) -> None:
    # "og hva var tilbudet rettet mot?" names no scheme and no grant word: read on its own it is out of scope; it
    # goes on from the first part, and asks something else than who could apply.
    _, answer = corpus_services.pipeline.answer(
        "Hvem kunne søke om Rask psykisk helsehjelp, og hva var tilbudet rettet mot?"
    )
    assert "kommuner" in answer.text and "angst" in answer.text, answer.text


def test_one_question_asked_of_two_schemes_answers_both(corpus_services: Services) -> None:
    # The same question type, of two schemes: the part about the scheme the whole answer is not about is added.
    _, answer = corpus_services.pipeline.answer(
        "Kunne stiftelser søke IPS-tilskudd i 2015, og kan de søke 0765.73 i dag?"
    )
    assert answer.status == "answered"
    assert "Behandling og rehabilitering" in answer.text and "Individuell jobbstøtte" in answer.text, answer.text


def test_two_questions_in_two_sentences_are_both_answered(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Does Tiltak A step down each year like Tiltak B does? What's the year-3 maximum for one full-time Tiltak A "
        "position?",
        None,
    )
    assert "Up to six years" in answer.text and "800 000 NOK" in answer.text, answer.text


def test_one_question_asked_of_two_measures_answers_both(corpus_services: Services) -> None:
    # The same question type of two measures of one scheme: each measure's sum, not only the first's.
    _, answer = corpus_services.pipeline.answer(
        "Hva er totalt maks for tiltak A over seks år, og hvor mye for tiltak B over fire år?", None
    )
    assert answer.status == "answered"
    assert "4 800 000 kr" in answer.text and "2 100 000 kr" in answer.text, answer.text


def test_the_part_asked_first_leads(corpus_services: Services) -> None:
    # "hvor lang … perioden" weighs more than "få penger", but the sum is asked first.
    _, answer = corpus_services.pipeline.answer(
        "Vi planlegger et FACT-team etter 2019-ordningen for voksne. Kan vi få penger til forprosjekt også, og hvor "
        "lang blir perioden da?",
        None,
    )
    lead, *_ = answer.text.split("\n\n")
    assert lead.startswith("Ja") and "600 000" in lead, answer.text
    assert "fem år" in answer.text


def test_a_question_of_who_may_get_funding_asks_no_sum_first(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Which services can get Tiltak A funding as an IPS resource environment? Can any IPS service apply?", None
    )
    assert "within the period" not in answer.text, answer.text


def test_whether_a_named_applicant_may_apply_is_answered_beside_a_sum(corpus_services: Services) -> None:
    # The sum's answer says nothing of who may apply: the second part is answered too.
    _, answer = corpus_services.pipeline.answer(
        "Hva var beløpet for SLT-modellen i 2015, og kunne kommuner søke?", None
    )
    assert "13 millioner" in answer.text and "Kommuner kan søke" in answer.text, answer.text


def test_a_refusal_for_a_year_read_across_two_schemes_gives_way_to_each_part(corpus_services: Services) -> None:
    # "2019" belongs to the first part's scheme; the second ("den nå for 0765.73") asks the same of the regulation.
    _, answer = corpus_services.pipeline.answer(
        "Hva var rapporteringsfristen i 2019-utlysningen, og hva er den nå for 0765.73?", None
    )
    assert answer.status == "answered", answer.text
    assert "15. februar 2019" in answer.text and "01.04" in answer.text, answer.text
