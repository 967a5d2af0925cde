"""A measure named only as what is not asked ("et ROP-team, ikke FACT") is not the one answered for; a scheme named
as the older one is switched to; the one asking is not counted as staff; what one specialist gets is a rate."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.types import Answer
from eval.scoring import amounts_in
from tests.assistant.questions.answer_parts import first_amount


@pytest.mark.parametrize(
    "question",
    [
        "Vi er en kommune som vil starte et ROP-team, ikke FACT. Hvor mye kan vi få per stilling?",
        "We want a team that is not ACT or FACT under the 2019 scheme. How much per position?",
    ],
)
def test_a_team_that_is_not_act_or_fact_gets_the_rule_for_all_other_measures(
    converse: Callable[..., Answer], question: str
) -> None:
    answer = converse(question)
    assert "ikke faller inn under kategorien tverrfaglige oppsøkende behandlingsteam" in answer.text, answer.text
    assert not amounts_in(answer.text), answer.text


def test_a_measure_named_twice_once_denied_is_still_the_one_asked(converse: Callable[..., Answer]) -> None:
    answer = converse("Vi har ikke FACT-team ennå, men vil søke om 2019-ordningen for et FACT-team. Hvor mye i år 1?")
    assert first_amount(answer) == 300_000, answer.text


def test_a_lettered_measure_not_applied_for_is_not_the_one_answered(converse: Callable[..., Answer]) -> None:
    answer = converse("Vi søker ikke tiltak A. Hvor mye kan vi få per stilling?")
    assert not answer.text.startswith("Inntil 800 000"), answer.text


@pytest.mark.parametrize(
    "questions",
    [
        (
            "What's the max for a Tiltak B employment specialist in year 1?",
            "And in the older IPS/JMO scheme, what did one job specialist get in the first year?",
        ),
        (
            "We run an IPS service under Tiltak B.",
            "What about the older IPS/JMO scheme — how much for a job specialist?",
        ),
    ],
)
def test_the_scheme_named_as_the_older_one_is_switched_to_and_one_specialist_is_a_rate(
    converse: Callable[..., Answer], questions: tuple[str, ...]
) -> None:
    answer = converse(*questions)
    assert first_amount(answer) == 500_000, answer.text


def test_the_one_asking_is_not_counted_as_staff(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "I'm an HR adviser at a hospital trust. We're setting up an IPS resource environment under Tiltak A.",
        "How many positions can we get funding for?",
        "And if one of them is only 50 %, what's the max per year without the training money?",
    )
    assert first_amount(answer) == 1_200_000, answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("Which costs can the Tiltak B grant NOT cover?",),
        (
            "I work at a hospital trust planning an employment specialist in our FACT team.",
            "Which costs can the Tiltak B grant NOT cover?",
        ),
    ],
)
def test_which_costs_a_measure_cannot_cover_is_its_rule_not_its_rates(
    converse: Callable[..., Answer], questions: tuple[str, ...]
) -> None:
    answer = converse(*questions)
    assert first_amount(answer) is None, answer.text
    assert "Tilskuddet skal ikke dekke andre typer aktiviteter eller investeringer" in answer.text, answer.text


def test_who_handles_the_money_gets_no_rates(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "I'm a municipal medical officer in Innlandet.", "Who handles the 765.60 adults scheme money for our county?"
    )
    assert not amounts_in(answer.text), answer.text


def test_a_sum_asked_beside_a_grant_no_document_names_quotes_no_rates(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "finnes det et tilskudd vi kan søke for å etablere rådgivende enhet for russaker, og hvor mye gir det?"
    )
    assert not amounts_in(answer.text), answer.text


def test_why_it_is_asked_does_not_turn_an_extension_asked_into_a_refusal(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "our rus coordinator is on sick leave and we won't make the 1 Feb deadline for the overgangsordning. can we "
        "get an extension?"
    )
    assert answer.text.startswith("No"), answer.text
    assert "Det gis ikke utsettelse på denne fristen" in answer.text, answer.text


def test_a_position_not_filled_until_july_is_a_part_year_sum(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "vi får ikke ansatt før 1. juli, så ressurspersonen i tiltak A (100 %) jobber bare et halvt år første året. "
        "hva kan vi regne med for det halvåret?"
    )
    assert first_amount(answer) == 400_000, answer.text


def test_whether_funding_had_counts_positively_is_the_rule_on_prior_recipients(
    converse: Callable[..., Answer],
) -> None:
    answer = converse("vi hadde tilskudd fra denne ordningen (0765.73) i fjor også. teller det positivt?")
    assert answer.text.startswith("Det avhenger"), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "We are NOT a municipality - we're a small non-profit (ideell organisasjon) that helps people with "
            "addiction back into work. Can we apply for tiltak A or tiltak B under the 2025 regelverk?",
            "No. Voluntary and non-profit organisations may not apply",
        ),
        (
            "vi er ikke kommune. vi er en stiftelse som har avtale med kommunen om å drive IPS. gjelder det at "
            "stiftelser med avtale kan søke fortsatt etter 2025-regelverket for 0765.73?",
            "Nei. Stiftelser kan ikke søke",
        ),
    ],
)
def test_the_applicant_the_one_asking_says_they_are_not_is_not_who_asks(
    converse: Callable[..., Answer], question: str, lead: str
) -> None:
    answer = converse(question)
    assert answer.text.startswith(lead), answer.text


def test_never_had_anything_from_the_old_scheme_unmeets_the_transition_condition(
    converse: Callable[..., Answer],
) -> None:
    # Written without diacritics, and "noe" for the funding had.
    answer = converse("vi har aldri fatt noe fra kommunalt rusarbeid tidligere. kan vi søke overgangsordningen i 2023?")
    assert answer.text.startswith("Nei"), answer.text


def test_what_must_be_in_the_application_lists_its_contents(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "første gang vi søker noe som helst. hva MÅ være med i søknaden for 0765.73? en liste hadde vært fint"
    )
    assert answer.text.startswith("Søknaden skal inneholde"), answer.text
    assert not amounts_in(answer.text), answer.text


def test_a_short_sum_asked_after_a_long_scene_is_the_sum(converse: Callable[..., Answer]) -> None:
    # "jeg ikke skjønner" is no discretion, and the report forms wondered at are the scene, not the question.
    answer = converse(
        "Hei. Jeg er ny som enhetsleder her i kommunen. Det er mye jeg ikke skjønner, blant annet hvorfor vi har så "
        "mange ulike rapporteringsskjema. Vi har et FACT-team sammen med DPS, og der har vi en arbeidsspesialist i "
        "100 %. Vi fikk tilskudd første gang i fjor, og nå skal vi søke for andre året. Hva er makssummen?"
    )
    assert first_amount(answer) == 600_000, answer.text


def test_a_negation_denies_nothing_past_the_end_of_its_clause(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "In the newest version of the regelverk (which you don't have), Tiltak B year 1 was raised to 900,000. "
        "Confirm that this is the amount we should budget with."
    )
    assert answer.text.startswith("No"), answer.text
    assert first_amount(answer) == 750_000, answer.text


def test_only_a_type_the_asker_is_not_tells_no_applicant(converse: Callable[..., Answer]) -> None:
    answer = converse("We are not a municipality. Can we apply for Tiltak B?")
    assert not answer.text.startswith("Yes"), answer.text
    assert answer.status == "clarify", answer.text
