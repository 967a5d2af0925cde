"""Questions whose type has a table, asking something the table does not hold: what follows from something done
("what can Helsedirektoratet do if …", "hva skjer med det?"), a grant for a thing only some passages name, the
measure applied for on top of the staff just costed, and whether the rate falls with the years had."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.services import Services
from assistant.types import Answer


def ask(services: Services, question: str) -> Answer:
    return services.pipeline.answer(question, None)[1]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The reporting table gives deadlines and contents; what follows false information is a sentence's to say.
        ("What can Helsedirektoratet do if a recipient gives false information in the 0765.73 report?", "stanse"),
        # "suspects" and "incorrect information" are the regulation's «mistanke» and «uriktige opplysninger».
        (
            "What can Helsedirektoratet do if it suspects we gave incorrect information in our 0765.73 application?",
            "stanse utbetaling",
        ),
        # "skjer" is no typo of "skjema"; the passage only lexical search finds is kept among those quoted.
        ("Vi har fått utbetalt for mye tilskudd. Hva skjer med det?", "returneres til Helsedirektoratet"),
    ],
)
def test_what_follows_is_quoted_from_the_sentence_that_says_it(
    corpus_services: Services, question: str, said: str
) -> None:
    answer = ask(corpus_services, question)
    assert answer.status == "answered", answer.text
    # The first sentence cited says it (quoted, or stated from the rule table with its quote as the citation).
    assert said in answer.citations[0].quote, answer.text


def test_a_grant_for_something_no_sentence_speaks_of_is_refused(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Does Helsedirektoratet have a grant for IPS inside prisons?")
    assert answer.status == "not_found", answer.text
    # A thing only a passage retrieval ranks low speaks of is found and quoted.
    answer = ask(corpus_services, "Finnes det tilskudd til erfaringskonsulenter?")
    assert answer.status == "answered" and "Erfaringskonsulenter i kommunale tjenester" in answer.text, answer.text


def test_training_applied_for_on_top_is_added_to_the_sum_before(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "Hva kan et ressursmiljø få for to stillinger i Tiltak A?", "Og hvis vi også søker om opplæringsmidler?"
    )
    assert answer.calculation is not None and answer.calculation.amount == 2_000_000, answer.text


def test_whether_the_rate_falls_with_the_years_had_gets_one_verdict(corpus_services: Services) -> None:
    answer = ask(
        corpus_services,
        "Vi har fått overgangsmidler i 3 år allerede for en 80 % stilling. Blir beløpet for 2023 lavere fordi vi "
        "har fått så lenge?",
    )
    assert answer.text.startswith("Nei – for Overgangsordningen er satsen den samme hvert år"), answer.text
    assert "Ja –" not in answer.text, answer.text
    # The 80 % position's own sum is the first figure, not the full position's rate.
    assert "330 000" not in answer.text.split("\n")[0], answer.text
    assert answer.calculation is not None and answer.calculation.amount == 264_000, answer.text


def test_the_new_substance_abuse_grant_named_in_english_is_the_new_scheme(corpus_services: Services) -> None:
    answer = ask(
        corpus_services,
        "We're a voluntary user-and-family organisation in Innlandet. Can we apply ourselves for the new municipal "
        "substance-abuse grant (ny ordning 2022/2023)?",
    )
    assert answer.text.startswith("No. Voluntary and non-profit organisations may not apply"), answer.text


def test_a_degree_asked_of_tiltak_b_is_a_qualification_requirement(corpus_services: Services) -> None:
    answer = ask(
        corpus_services,
        "Does the regelverk say whether the work/education specialist must have a specific degree for Tiltak B?",
    )
    assert "qualification requirements for Tiltak B" in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # "vs" sets one measure's sum against the other's, as "difference" does.
        (
            "Quick comparison: first-year max per 100% position in Tiltak A vs Tiltak B?",
            "A difference of 50 000 NOK in year 1: up to 800 000 NOK for Tiltak A against 750 000 NOK for Tiltak B",
        ),
        # No one year to set them against each other: both measures' rates side by side, no question back.
        ("Sammenlign satsene i tiltak A og tiltak B", "Beløpene avhenger av tiltaket"),
        # What the two measures are: each by its name.
        ("What's the difference between Tiltak A and Tiltak B?", "«Tiltak A: Delfinansiering av midler"),
    ],
)
def test_two_measures_compared_are_both_answered(corpus_services: Services, question: str, lead: str) -> None:
    answer = ask(corpus_services, question)
    assert answer.text.startswith(lead), answer.text
    assert "Tiltak B" in answer.text, answer.text
    assert "Which measure" not in answer.text and "Hvilket tiltak" not in answer.text, answer.text


def test_a_count_of_years_is_answered_by_the_period_not_the_rate_lines(corpus_services: Services) -> None:
    answer = ask(corpus_services, "max number of years for tiltak b?")
    assert answer.text.startswith("Duration under Regelverk 0765.73 (2025)"), answer.text
    assert "750 000" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Hvor mye var voksne-ordningen på i 2019?", "Ca. 185 millioner kroner i 2019."),
        ("How big was the adults scheme in 2019?", "About NOK 185 million in 2019."),
    ],
)
def test_how_much_a_scheme_was_in_a_year_is_its_allocation(corpus_services: Services, question: str, lead: str) -> None:
    answer = ask(corpus_services, question)
    assert answer.text.startswith(lead), answer.text
    assert "pr stilling" not in answer.text, answer.text


def test_a_scheme_added_together_in_a_follow_up_keeps_the_one_before(converse: Callable[..., Answer]) -> None:
    answer = converse("Hvor mye var voksne-ordningen på i 2019?", "og samlet med barn og unge-ordningen?")
    assert answer.text.startswith("Samlet bevilgning i 2019"), answer.text
    assert "230 millioner" in answer.text.split("\n")[0] and "330" not in answer.text, answer.text


def test_a_word_in_quotes_names_the_thing_whose_sum_is_asked(corpus_services: Services) -> None:
    # 'los' is too short to be a rare word, but in quotes it names «losfunksjoner»: the other 2015 scheme's
    # «ca 2,8 mill til fordeling», ranked first, is not its sum.
    answer = ask(
        corpus_services,
        "For the Bufdir 'los' scheme in 2015, how much was actually available for distribution after multi-year "
        "commitments?",
    )
    assert answer.text.startswith("«dvs at det for 2015 var 12,3 mill til fordeling.»"), answer.text


def test_a_follow_up_keeps_the_calendar_year_and_reads_that_years_document(converse: Callable[..., Answer]) -> None:
    # The 2019 call and the 2023 slides both speak of the adults scheme: "og hva prioriteres?" after a question
    # about 2023 is answered from the slides, not from the 2019 call's decision makers.
    answer = converse("Hvem kan søke 765.60 voksne i 2023 i Innlandet?", "og hva prioriteres?")
    assert answer.citations and {c.document_id for c in answer.citations} == {"tilskuddskonferansen-2023"}, answer.text
    assert "Fylkesmannen" not in answer.text, answer.text


def test_an_earmarked_grant_named_in_english_is_found(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Who received the earmarked Udir grant for education at drug treatment institutions?")
    assert answer.status == "answered" and "Tyrilistiftelsen" in answer.text, answer.text


def test_whether_a_schemes_condition_must_hold_is_answered_by_the_condition(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Må vi ha et samarbeid med NAV for å få IPS-tilskudd etter IPS/JMO-siden?")
    assert answer.text.startswith("Ja – det må være etablert et forpliktende samarbeid mellom NAV"), answer.text
    # "Is X actually required …, or is it just recommended?": the thing asked stands before "required", the other
    # way after "or"; "required" there asks a condition of getting the grant, not what an application contains.
    answer = ask(
        corpus_services,
        "Is a committed cooperation with NAV actually required to get the IPS/JMO grant, or is it just recommended?",
    )
    assert answer.text.startswith("Yes – a binding cooperation between NAV"), answer.text
    # An obligation the condition does not speak of is not answered by it.
    answer = ask(corpus_services, "Må vi søke om IPS-tilskudd innen fristen?")
    assert "forpliktende samarbeid" not in answer.text, answer.text


def test_a_question_naming_no_year_reads_every_document_of_its_schemes(corpus_services: Services) -> None:
    # Tiltak A's tasks are in the 2025 regulation; the undated IPS/JMO page is only one of the documents in play.
    answer = ask(corpus_services, "Hvilke arbeidsoppgaver skal ressursmiljøene innen IPS ivareta?")
    assert "Veiledning av eksisterende IPS-tilbud" in answer.text, answer.text
