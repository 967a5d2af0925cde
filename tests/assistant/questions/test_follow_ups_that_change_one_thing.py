"""A follow-up changes one thing of the question before (the measure, the staff, the cost told) and keeps the rest;
a statement turn describes the team the next question is about. Also: two sums one sentence states, added or
taken one from the other when that is what is asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.types import Answer
from eval.scoring import amounts_in


def first_amount(answer: Answer) -> int | None:
    found = amounts_in(answer.text.split("\n")[0])
    return found[0] if found else None


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        # The staff told in a statement turn, in English words ("two full-timers").
        (
            (
                "Resource environment (Tiltak A), two full-timers.",
                "We've had it for three years. Max for the remaining years in total, without training?",
            ),
            4_800_000,
        ),
        # A salary told in a follow-up: the own share of the year and position asked before.
        (
            (
                "What's the Tiltak B amount in year 2 for a full-time specialist?",
                "We pay her 780,000 a year. How much do we need to cover ourselves?",
            ),
            180_000,
        ),
        # The minimum staffing told in a statement turn stays the team asked about.
        (
            (
                "IPS-prosjekt, minimumsbemanning, år 1",
                "hvis hver stilling koster 700 000, hvor mye må vi finansiere selv?",
            ),
            600_000,
        ),
        # "the total" after a rate per position for year 1: the team's total that year, capped per project.
        (
            (
                "Hvor mye får man per stilling i et nytt IPS-prosjekt år 1?",
                "Vi har 5 jobbspesialister og 1 teamleder, hva blir totalen?",
            ),
            1_500_000,
        ),
        # The other measure, for the same position and year.
        (("Tiltak B, full stilling, år 2?", "Hva om vi heller søker Tiltak A for den samme stillingen?"), 800_000),
        # One of two positions is leaving: the one left.
        (
            (
                "transition scheme, one 100% and one 75% position - 2023 grant?",
                "actually the 75% one is leaving, so just the full-time one",
            ),
            330_000,
        ),
    ],
)
def test_a_follow_up_changes_one_thing_and_keeps_the_rest(
    converse: Callable[..., Answer], questions: tuple[str, ...], expected: int
) -> None:
    answer = converse(*questions)
    assert answer.status == "answered", answer.text
    assert first_amount(answer) == expected, answer.text


def test_one_person_named_by_role_is_priced_as_one_position(converse: Callable[..., Answer]) -> None:
    # Not the minimum team of three: the team leader's position.
    answer = converse("hvor mye kan teamlederen i IPS-prosjektet finansieres med i 3. driftsår?")
    assert first_amount(answer) == 300_000, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Hvor mye var Jobbsjansen foreslått økt med fra 2015 til 2016?", 10_000_000),
        ("How much more was proposed for Jobbsjansen in 2016 than was set aside in 2015?", 10_000_000),
        (
            "Losfunksjoner for ungdom (Bufdir): hva var samlet ramme for 2015 når vi tar med styrkingen i RNB?",
            32_650_000,
        ),
    ],
)
def test_two_sums_of_one_sentence_are_combined_as_asked(
    converse: Callable[..., Answer], question: str, expected: int
) -> None:
    answer = converse(question)
    assert answer.status == "answered", answer.text
    assert first_amount(answer) == expected, answer.text
    # The sentence the sums come from is quoted, and the verifier let the result through.
    assert answer.citations, answer.text
    assert not any(w.startswith(("Fjernet", "Removed")) for w in answer.warnings), answer.warnings


@pytest.mark.parametrize(
    "question",
    [
        "Hvilken minimumsskår på IPS-kvalitetsskalaen må vi ha for å få tilskudd?",
        "How much does NAV itself contribute financially to IPS projects funded under the IPS/JMO grant?",
        "Bruker Helsedirektoratet et poengsystem med vekting når de vurderer søknadene?",
        # What a place received, asked after a long description of the allocation.
        "Hvor mye av de 230 millionene til kommunalt rusarbeid fikk Innlandet i 2023?",
    ],
)
def test_a_score_navs_own_contribution_or_a_place_s_share_is_not_in_the_documents(
    converse: Callable[..., Answer], question: str
) -> None:
    assert converse(question).status == "not_found"


def test_a_size_told_after_the_verb_of_its_year_sizes_that_year(converse: Callable[..., Answer]) -> None:
    # Year 1 full-time (750 000) and year 2 at 60 % of 600 000 (360 000).
    answer = converse(
        "Tiltak B: year 1 our specialist is full-time, then we cut to 60% in year 2. Total maximum across those two "
        "years?"
    )
    assert first_amount(answer) == 1_110_000, answer.text


def test_the_own_share_asked_with_a_cost_is_an_amount_question(converse: Callable[..., Answer]) -> None:
    # 6 000 000 less 8 positions' grant in year 4 (1 600 000): not the sentences on the rates.
    answer = converse(
        "ACT-team etter 2019-regelverket, 8 stillinger",
        "hva er egenandelen i år 4 hvis lønnskostnadene er 6 millioner?",
    )
    assert first_amount(answer) == 4_400_000, answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # The 2023 slides: «… statlige, og fylkeskommunale bedrifter (kommune må stå som hovedsøker …)».
        ("Kan en fylkeskommunal bedrift søke på barn og unge-ordningen (kap 765 post 60) i 2023?", "Ja, på vilkår"),
        (
            "Can a county-owned company apply for the 765.60 scheme for adults with long-term needs in 2023?",
            "Yes, on conditions",
        ),
        # A company, under a template whose «☐ Bedrifter» is unticked; and the county municipality itself.
        ("Kan en fylkeskommunal bedrift søke om tiltak B?", "Nei"),
        ("Kan fylkeskommunen søke om tiltak B?", "Nei"),
    ],
)
def test_a_county_owned_company_is_not_the_county_municipality(
    converse: Callable[..., Answer], question: str, lead: str
) -> None:
    answer = converse(question)
    assert answer.text.startswith(lead), answer.text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # The IPS/JMO page is undated ("before 2025") and names no year: its rates are no year's in particular.
        ("Hva var satsene per jobbspesialist for IPS-tilskuddet i 2012?", "udaterte"),
        ("What were the JMO rates in 2020?", "undated"),
        # «-Forebyggings- og behandlingsreform for rusfeltet kommer»: that it is coming, nothing of what it holds.
        ("Hva er innholdet i forebyggings- og behandlingsreformen for rusfeltet?", "kommer"),
        (
            "What concrete measures are in the new Opptrappingsplan for psykisk helse mentioned in 2023?",
            "is coming",
        ),
    ],
)
def test_what_the_documents_do_not_state_is_refused_with_the_reason(
    converse: Callable[..., Answer], question: str, reason: str
) -> None:
    answer = converse(question)
    assert answer.status == "not_found", answer.text
    assert reason in answer.text, answer.text


def test_whether_it_is_coming_is_answered_by_the_line_announcing_it(converse: Callable[..., Answer]) -> None:
    answer = converse("Kommer det en ny opptrappingsplan for psykisk helse?")
    assert answer.status == "answered", answer.text
    assert "Opptrappingsplan for psykisk helse kommer" in answer.text, answer.text
