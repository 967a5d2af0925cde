"""Amounts read from how users say them: a whole position with its noun left out ("og en hel"), half positions
in English, a drop over a span of years, sums received that tell which years were had."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.services import Services
from assistant.types import Answer
from assistant.understand.quantities import extract_quantities
from eval.scoring import amounts_in


@pytest.mark.parametrize(
    ("text", "language", "staffing"),
    [
        ("to halve stillinger og en hel i overgangsordningen – hva blir maks?", "nb", [50.0, 50.0, 100.0]),
        ("two half positions and one full under the transition scheme – max?", "en", [50.0, 50.0, 100.0]),
        ("two half positions", "en", [50.0, 50.0]),
    ],
)
def test_positions_sized_in_words(text: str, language: str, staffing: list[float]) -> None:
    found = extract_quantities(text, "nb" if language == "nb" else "en")
    assert found.staffing == staffing
    assert found.positions == len(staffing)


def test_a_whole_position_said_with_its_noun_left_out_is_computed(corpus_services: Services) -> None:
    answer = corpus_services.pipeline.answer("to halve stillinger og en hel i overgangsordningen – hva blir maks?")[1]
    assert answer.calculation is not None and answer.calculation.amount == 660_000, answer.text


@pytest.mark.parametrize(
    ("question", "amount", "lead"),
    [
        # A span of years: its first year against its last, not the yearly step.
        (
            "How much does the per-position grant drop from year 2 to year 4 (2019 ACT/FACT)?",
            100_000,
            "100 000 NOK less",
        ),
        # Each year asked: the step.
        ("Med hvor mye trappes tiltak B ned for hvert år?", 150_000, "150 000 kr mindre for hvert år"),
    ],
)
def test_a_drop_over_a_span_against_a_drop_each_year(
    corpus_services: Services, question: str, amount: int, lead: str
) -> None:
    answer = corpus_services.pipeline.answer(question)[1]
    assert answer.text.startswith(lead), answer.text
    assert answer.calculation is not None and answer.calculation.amount == amount, answer.text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        # 450 000 is Tiltak B's year 3 for a full position: this year is year 4.
        (
            "We were granted 450,000 last year for our 100 % specialist under Tiltak B. What can we apply for this "
            "year?",
            300_000,
        ),
        # 1 200 000 is year 2's cap for three IPS positions: this year is year 3.
        ("Vi fikk 1 200 000 i fjor til IPS-prosjektet (3 stillinger). Hva er taket i år?", 900_000),
    ],
)
def test_a_sum_received_last_year_tells_the_year_had(corpus_services: Services, question: str, amount: int) -> None:
    answer = corpus_services.pipeline.answer(question)[1]
    assert answer.calculation is not None and answer.calculation.amount == amount, answer.text


def test_sums_had_in_order_are_the_first_years(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "What's Tiltak B's max in year 1 for a full-time specialist?",
        "we already got 750k and then 600k. what's left in total?",
    )
    # Years 3 and 4: 450 000 + 300 000.
    assert answer.calculation is not None and answer.calculation.amount == 750_000, answer.text


def test_the_rate_of_a_project_measure_is_per_position(converse: Callable[..., Answer]) -> None:
    # "satsen" asks the rate per position, not a project with the minimum staffing.
    answer = converse("Hva er satsen for nye IPS-prosjekter første driftsår?", "og tredje driftsår?")
    assert answer.calculation is not None and answer.calculation.amount == 300_000, answer.text


def test_a_projects_total_at_the_maximum_rates_has_the_minimum_staffing(corpus_services: Services) -> None:
    answer = corpus_services.pipeline.answer(
        "What's the total over all three years for a new IPS project at the maximum rates?"
    )[1]
    assert answer.calculation is not None and answer.calculation.amount == 3_600_000, answer.text


def test_a_salary_cost_told_before_stays_for_a_follow_up_year(converse: Callable[..., Answer]) -> None:
    answer = converse("Lønnskostnaden er 900 000. Hvor mye må vi finansiere selv første år i Tiltak B?", "og år 4?")
    assert answer.text.startswith("Dere må selv finansiere minst 600 000 kr"), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Someone told us the transitional scheme pays the full 330,000 even for a 50 % position. True?",
            "No – up to 165 000 NOK",
        ),
        ("I heard the 2019 adults scheme rate is 350,000 per position in year 1. Correct?", "No – up to 300 000 NOK"),
    ],
)
def test_a_sum_someone_claimed_is_checked_against_the_rates(
    corpus_services: Services, question: str, lead: str
) -> None:
    answer = corpus_services.pipeline.answer(question)[1]
    assert answer.text.startswith(lead), answer.text


def test_a_year_named_anew_in_a_follow_up_finds_the_scheme_of_that_year(converse: Callable[..., Answer]) -> None:
    answer = converse("How much did kommunalt rusarbeid have in 2015?", "and in 2023?")
    assert answer.status == "answered" and "230 million" in answer.text.split("\n")[0], answer.text


def test_a_total_budget_asked_after_a_rate_is_no_rate(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "Hvor mye gir Tiltak B første år for en hel stilling?", "og hva er totalbudsjettet for hele ordningen i år?"
    )
    assert answer.status == "not_found" and "samlede bevilgningen" in answer.text, answer.text


def test_a_2015_scheme_named_by_its_english_description(corpus_services: Services) -> None:
    answer = corpus_services.pipeline.answer(
        "Mapping and development work on neighbourhoods promoting public health: how much in 2015?"
    )[1]
    assert "15.7 million" in answer.text.split("\n")[0], answer.text


def test_positions_added_in_a_follow_up_count_with_those_before(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "We ran a FACT team with 10 positions under the 2019 adults scheme.",
        "How much could we get in year 2?",
        "And if we had added two more positions?",
    )
    # Twelve positions, of which the team cap funds ten: 3 000 000.
    assert answer.text.startswith("No, not for all the positions – the most is 3 000 000 NOK"), answer.text


def test_a_claimed_sum_of_no_scheme_named_is_not_answered_with_another_schemes_rate(
    corpus_services: Services,
) -> None:
    answer = corpus_services.pipeline.answer("I heard the 2019 rate is 350,000 per position in year 1. Correct?")[1]
    assert "800 000" not in answer.text, answer.text


def test_the_full_team_after_a_rate_per_position_is_the_measures_staffing(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "What's the max per full-time position in an IPS resource environment (Tiltak A)?",
        "And excluding training money, what's the max for the full team per year?",
    )
    # Tiltak A funds two positions: 2 × 800 000.
    assert answer.calculation is not None and answer.calculation.amount == 1_600_000, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "two years of tiltak b funding done, what's the max for the remaining years combined? full time position",
        "Vi har to år med tilskudd bak oss i tiltak B. Hva er maks for de gjenværende årene til sammen?",
    ],
)
def test_years_of_funding_told_as_finished_are_the_years_had(corpus_services: Services, question: str) -> None:
    answer = corpus_services.pipeline.answer(question)[1]
    # Years 3 and 4: 450 000 + 300 000.
    assert answer.calculation is not None and answer.calculation.amount == 750_000, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Our ACT team has 4 members at 100% and 3 at 50%. Year 1 under the 2019 rules — what's the maximum?",
        "Teamet vårt har 4 teammedlemmer i 100 % og 3 i 50 %. Hva er maks i år 1 for ACT-team etter 2019-reglene?",
    ],
)
def test_members_are_counted_as_positions(converse: Callable[..., Answer], question: str) -> None:
    answer = converse(question)
    assert amounts_in(answer.text.split("\n\n")[0])[:1] == [1_650_000], answer.text  # 5.5 × 300 000


def test_three_quarters_written_with_a_hyphen_is_a_75_percent_position(converse: Callable[..., Answer]) -> None:
    answer = converse("Hva får vi for en tre-kvart stilling i tiltak B år 1?")
    assert amounts_in(answer.text.split("\n")[0])[0] == 562_500, answer.text
