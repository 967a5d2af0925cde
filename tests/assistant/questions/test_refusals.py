"""What the documents cannot answer is refused with the reason (status not_found), not answered from the tables:
a named organisation's grant, a year the documents do not cover, an allocation they do not state, a date they do
not give. What they do cover, in the same words, is still answered."""

from __future__ import annotations

import pytest

from assistant.services import Services
from assistant.types import Answer


def ask(services: Services, question: str) -> Answer:
    return services.pipeline.answer(question, None)[1]


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("How much did Oslo kommune receive under Tiltak B in 2025?", "not what individual applicants"),
        ("Hvor mye fikk Gjøvik kommune i tilskudd fra Statsforvalteren i Innlandet i 2022?", "ikke hva enkelte"),
        ("What will the Tiltak B rates per position be in 2027?", "years to come"),
        ("Hva er satsen per 100 % stilling i overgangsordningen for kommunalt rusarbeid i 2026?", "tidligere periode"),
        ("Hvor stor er den totale bevilgningen til tilskuddsordningen 0765.73 i 2025?", "samlede bevilgningen"),
        ("What is the application deadline for the IPS/JMO grant?", "gives no date"),
        # Subjects regulations often leave out (vocabulary.yaml `subjects`), where these documents say nothing.
        ("Må helseforetaket betale moms av tilskuddet til Tiltak B?", "skatt eller merverdiavgift"),
        ("Can we sue Helsedirektoratet if our Tiltak A funding is cut?", "legal action or courts"),
        ("What pay grade should an IPS job specialist be placed on?", "salary levels"),
        ("Is Tiltak B paid in quarterly instalments?", "when and how the grant is paid out"),
        ("What is the phone number of the people handling the IPS grant?", "contact details"),
        ("Hva fikk FACT Nord-Gudbrandsdal i tilskudd?", "ikke hva enkelte"),
        ("Which municipalities got money for Tiltak A last year?", "not what individual applicants"),
        ("Hvilke satser gjelder for kapittel 0765 post 71?", "kapittelet og den posten"),
        ("What's the per-position rate in the new municipal substance-abuse scheme?", "no rate per position"),
        ("What hourly wage should an IPS job specialist get?", "salary levels"),
        ("Hvilke kommuner i Innlandet fikk tilskudd fra overgangsordningen i 2023?", "ikke hva enkelte"),
        ("Hva var beløpet for tilskuddet til skolehelsetjeneste i videregående skole i 2016?", "tidligere periode"),
    ],
)
def test_refused_with_the_reason(corpus_services: Services, question: str, reason: str) -> None:
    answer = ask(corpus_services, question)
    assert answer.status == "not_found", answer.text
    lead = answer.text.split("\n")[0]
    assert reason in lead, lead
    assert answer.calculation is None


@pytest.mark.parametrize(
    "question",
    [
        # Same words, but covered: a municipality's own situation, a year a document speaks of, a date in the call.
        "Our municipality received funding under the old municipal substance abuse scheme. Can we apply for the "
        "transitional scheme in 2023?",
        "Hva var rapporteringsfristen for tilskudd til voksne med langvarige og sammensatte tjenestebehov for 2018?",
        "What's the application deadline for Tiltak B in 2027?",
        "Hva skjer hvis IPS-søknaden vår kommer inn etter fristen?",
        "Hvor mye kan vi få for én stilling i Tiltak A i 2026?",
        # A subject, post or team the documents do speak of.
        "Får vi utsettelse på rapporteringsfristen for kommunalt rusarbeid?",
        "Hvilke satser gjelder for kapittel 765 post 60?",
        "Who receives grants for ACT and FACT teams under the 2019 scheme?",
        # A question that points at a document is on topic, however few of its words the corpus has.
        "Hva menes med «utvidet oversikt» i kartleggingen fra 2015?",
        "In the 2015 overview, what is the comprehensive follow-up project for low-income families about?",
    ],
)
def test_covered_questions_are_still_answered(corpus_services: Services, question: str) -> None:
    answer = ask(corpus_services, question)
    assert answer.status == "answered", answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hvor mange pasienter kan en arbeids- og utdanningsspesialist maks følge opp samtidig etter regelverket?",
        "What share of applications to 0765.73 were approved last year?",
        "What is the maximum number of participants one job specialist may follow under Tiltak B?",
    ],
)
def test_a_count_the_documents_never_give_is_refused(corpus_services: Services, question: str) -> None:
    answer = ask(corpus_services, question)
    assert answer.status == "not_found", answer.text
    assert answer.calculation is None


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # The slides count adult FACT teams in Innlandet: not youth teams, not IPS projects.
        ("Hvor mange FACT ung-team er det i Innlandet?", False),
        ("Hvor mange IPS-prosjekter fikk tilskudd i fjor?", False),
        ("Hvor mange FACT voksen-team hadde Innlandet ifølge tilskuddskonferansen?", True),
    ],
)
def test_a_count_is_answered_only_by_a_sentence_counting_that(
    corpus_services: Services, question: str, answered: bool
) -> None:
    answer = ask(corpus_services, question)
    assert (answer.status == "answered") is answered, answer.text
    if answered:
        assert "9 FACT voksen team" in answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Hvor mange FACT-team finnes det i Vestland?", "Vestland"),
        ("How many FACT teams are there in Norway?", "Norway"),
    ],
)
def test_a_name_no_document_mentions_is_refused_with_it(corpus_services: Services, question: str, name: str) -> None:
    answer = ask(corpus_services, question)
    assert answer.status == "not_found", answer.text
    assert f"«{name}»" in answer.text


def test_a_month_is_no_unknown_name(corpus_services: Services) -> None:
    answer = ask(
        corpus_services, "How many adult FACT teams did Innlandet have according to the January 2023 conference?"
    )
    assert answer.status == "answered", answer.text


def test_a_count_of_positions_is_still_a_rules_question(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Hvor mange stillinger kan vi få tilskudd til i Tiltak A?")
    assert answer.status == "answered"
    assert "to 100" in answer.text


def test_too_late_and_still_open_get_opposite_answers(corpus_services: Services) -> None:
    late = ask(
        corpus_services,
        "Er det for sent å søke tilskudd for 2019 til voksne med langvarige og sammensatte tjenestebehov?",
    )
    assert late.text.startswith("Ja – fristene"), late.text


def test_how_much_with_no_figure_in_the_documents_is_refused(corpus_services: Services) -> None:
    answer = ask(corpus_services, "How much money was in the 2015 IMDi grant for local prevention of radicalisation?")
    assert answer.status == "not_found", answer.text
    assert "do not give that number" in answer.text


def test_how_much_with_the_figure_in_the_documents_quotes_it_first(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Hvor mye var til fordeling i 2015 til støtte til oppfølgings- og losfunksjoner?")
    assert answer.status == "answered", answer.text
    assert "12,3" in answer.text.split("\n\n")[1], answer.text


def test_allocated_by_a_method_is_no_allocation_question(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Is 0765.73 funding allocated by a fixed formula or by discretionary assessment?")
    assert answer.status == "answered", answer.text


@pytest.mark.parametrize(
    "question",
    [
        "We got money from this scheme (0765.73) before. Does that count against us when we apply again?",
    ],
)
def test_near_misses_of_refusal_words_are_still_answered(corpus_services: Services, question: str) -> None:
    answer = ask(corpus_services, question)
    assert answer.status != "not_found", answer.text
    assert "County municipalities" not in answer.text
