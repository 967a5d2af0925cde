"""Whom and what a sum is for: of a team listed by profession, only the staff the measure pays for; two measures
asked together, each for the staff its part of the question names; the training money asked "i tillegg"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.types import Answer
from tests.assistant.questions.answer_parts import first_amount


@pytest.mark.parametrize(
    ("question", "expected", "left_out"),
    [
        (
            "I FACT-teamet vårt har vi en sykepleier 100 %, en psykolog 100 % og en arbeidsspesialist i 60 %. "
            "Hvor mye kan vi få fra tiltak B i første driftsår?",
            450_000,
            ["sykepleier", "psykolog"],
        ),
        (
            "Our FACT team has two nurses at 100 %, a psychologist and an employment specialist at 80 %. "
            "What can we get from Tiltak B in year 3?",
            360_000,
            ["nurses", "psychologist"],
        ),
    ],
)
def test_of_a_team_listed_by_profession_only_the_funded_role_is_priced(
    converse: Callable[..., Answer], question: str, expected: int, left_out: list[str]
) -> None:
    answer = converse(question)
    assert answer.status == "answered"
    assert first_amount(answer) == expected
    assert answer.calculation is not None and answer.calculation.amount == expected
    assert all(role in answer.text for role in left_out)  # the answer says whom it left out


def test_a_team_leader_stays_where_the_measure_pays_for_one(converse: Callable[..., Answer]) -> None:
    # The IPS grant funds the team leader as well as the job specialists: only the nurse is left out.
    answer = converse(
        "Our IPS project has 2 job specialists at 100 %, a team leader at 100 % and a nurse at 50 %. "
        "What's the max in operating year 2?"
    )
    assert answer.calculation is not None
    assert "3 positions of 100 %" in answer.text
    assert "nurse" in answer.text


def test_a_team_named_by_positions_alone_is_not_narrowed(converse: Callable[..., Answer]) -> None:
    answer = converse("Hvor mye kan vi få fra tiltak B i år 1 for 2 stillinger à 50 %?")
    assert "gis det ikke tilskudd til" not in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "A kommune wants both: a Tiltak A resource environment with two full positions (no training money) and "
            "a full-time Tiltak B specialist in year 1. What's the combined maximum for that year?",
            2_350_000,  # 2 × 800 000 + 750 000
        ),
        (
            "Vi søker tiltak A med én stilling og tiltak B med en arbeidsspesialist i 50 %. Hva blir det til sammen "
            "i år 2?",
            1_100_000,  # 800 000 + 50 % of 600 000
        ),
    ],
)
def test_two_measures_asked_together_are_added_each_for_its_own_staff(
    converse: Callable[..., Answer], question: str, expected: int
) -> None:
    answer = converse(question)
    assert answer.status == "answered"
    assert first_amount(answer) == expected
    assert answer.calculation is not None and answer.calculation.amount == expected
    assert "Tiltak A" in answer.text and "Tiltak B" in answer.text


def test_two_measures_compared_are_not_added(converse: Callable[..., Answer]) -> None:
    answer = converse("Hva er forskjellen på tiltak A og tiltak B for en 100 % stilling i år 3?")
    assert first_amount(answer) == 350_000  # 800 000 − 450 000


def test_more_for_training_after_a_rate_per_position_is_the_training_money(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "Hvor mye kan et ressursmiljø få per stilling i tiltak A?", "og hvor mye kan vi få i tillegg til opplæring?"
    )
    assert first_amount(answer) == 400_000


def test_positions_in_addition_to_training_are_summed_with_it(converse: Callable[..., Answer]) -> None:
    answer = converse("Hvor mye kan vi få for to stillinger i tillegg til opplæring i tiltak A?")
    assert first_amount(answer) == 2_000_000


def test_a_scheme_named_by_its_two_measures_is_not_two_measures_added(converse: Callable[..., Answer]) -> None:
    # "the IPS/JMO grant" names one scheme: the IPS project's maximum, capped at 1 500 000, not IPS + JMO.
    answer = converse(
        "New IPS project with 4 job specialists and 1 team leader, all full-time. What's the combined max grant in "
        "the first year under the IPS/JMO grant?"
    )
    assert first_amount(answer) == 1_500_000


def test_a_measure_for_one_role_alone_leaves_out_the_team_leader(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "Kommunen vil søke tiltak B for en arbeids- og utdanningsspesialist og en teamleder. Hvor mye kan vi få "
        "første år?"
    )
    assert first_amount(answer) == 750_000
    assert not answer.text.startswith("Nei")  # one specialist asked for: not more than Tiltak B funds
    assert "teamleder" in answer.text


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("Hva får vi i tiltak B år 2 hvis spesialisten jobber 70 %?", "Og hvis vi heller har to på 50 %?"), 600_000),
        (("Tiltak A with two at 80 %: what is the max per year?",), 1_280_000),
        (
            ("Tiltak A: maks per stilling?", "vi har en på 100 % og en på 40 %, uten opplæringsmidler – hva blir det?"),
            1_120_000,
        ),
    ],
)
def test_people_counted_with_a_size_and_no_noun_are_positions(
    converse: Callable[..., Answer], questions: tuple[str, ...], expected: int
) -> None:
    assert first_amount(converse(*questions)) == expected


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Kan vi få mer enn 300 000 i tiltak B det fjerde året?", "Nei"),  # 300 000 is the most
        ("Is the Tiltak B grant in year 1 more than 700,000?", "Yes"),  # 750 000
        ("Blir tilskuddet i tiltak B under 500 000 i år 3?", "Ja"),  # 450 000
        ("Kan vi få 300 000 i tiltak B det fjerde året?", "Ja"),  # just the maximum
    ],
)
def test_a_sum_told_as_a_bound_is_checked_as_a_bound(
    converse: Callable[..., Answer], question: str, verdict: str
) -> None:
    assert converse(question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Hvor mye fikk ordningen for voksne med langvarige tjenestebehov i 2019?",
        "Hvor mye fikk tilskuddsordningen for voksne med langvarige og sammensatte tjenestebehov i 2019?",
    ],
)
def test_what_a_scheme_got_is_its_allocation_not_its_rates(converse: Callable[..., Answer], question: str) -> None:
    answer = converse(question)
    assert "185" in answer.text.split("\n")[0]


def test_a_team_under_a_scheme_funding_every_position_keeps_every_role(converse: Callable[..., Answer]) -> None:
    # "FACT" alone names Tiltak B, but the 2019 scheme (named by its year) funds every position of the team.
    answer = converse(
        "Our FACT team (2019 scheme) has 1 psychiatrist, 1 psychologist, 3 nurses, 1 social worker, 1 employment "
        "specialist and 1 peer worker, all full time. What's the max in year 2?"
    )
    assert first_amount(answer) == 2_400_000  # 8 × 300 000


@pytest.mark.parametrize(
    ("question", "verdict", "expected"),
    [
        (
            "Tiltak A trappes vel ned hvert år slik som tiltak B? Hva blir maks lønnstilskudd i år 3 for to hele "
            "stillinger da?",
            "Nei",
            1_600_000,
        ),
        (
            "Does Tiltak B step down each year? What is the year 3 amount for one full-time specialist?",
            "Yes",
            450_000,
        ),
    ],
)
def test_a_yes_or_no_asked_before_the_sum_leads_the_sum(
    converse: Callable[..., Answer], question: str, verdict: str, expected: int
) -> None:
    answer = converse(question)
    assert answer.text.startswith(verdict)
    assert first_amount(answer) == expected  # the sum asked last is the first amount, not the rate compared


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Two years each with its own "in year": the difference, not the first year's sum.
        ("What's the difference between what Tiltak B pays in year 1 and in year 2 for a 50 % position?", 75_000),
        # "For each year": the years one by one lead, not their total (450 000 + 480 000).
        (
            "We are an HF applying for Tiltak B for a specialist who will work 60 % in year 1 and 80 % in year 2. "
            "What is the max for each year?",
            450_000,
        ),
        # The team's sum asked first, the rate per position after it.
        (
            "For IPS, we'd have 2 job specialists and 1 team leader in year 3. How much can we get, and how much "
            "would that be per position?",
            900_000,
        ),
    ],
)
def test_the_sum_asked_first_leads(converse: Callable[..., Answer], question: str, expected: int) -> None:
    assert first_amount(converse(question)) == expected


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            ("IPS-prosjekt år 1 med minimumsbemanning – hvor mye?", "Og hvis vi legger til en jobbspesialist?"),
            1_500_000,
        ),
        (
            (
                "IPS project with the minimum staffing, year 2: how much?",
                "And if we add one more job specialist at 50 %?",
            ),
            1_200_000,  # 3 × 400 000 + 200 000, capped at 1 200 000
        ),
    ],
)
def test_staff_added_to_the_minimum_staffing_is_on_top_of_it(
    converse: Callable[..., Answer], questions: tuple[str, ...], expected: int
) -> None:
    answer = converse(*questions)
    assert not answer.text.startswith(("Nei", "No"))
    assert first_amount(answer) == expected


def test_a_premise_of_one_rate_every_year_is_corrected(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "Siden tiltak B gir 750 000 hvert år i fire år, blir det vel 3 millioner totalt for en hel stilling?"
    )
    assert answer.text.startswith("Nei")
    assert first_amount(answer) == 2_100_000
    assert "trappes ned" in answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [
                "Our employment specialist (100 %) only starts in July, so she'll work half of year 1. "
                "What's the maximum Tiltak B grant for that first year?"
            ],
            375_000,
        ),
        (
            ["En ny ressursstilling (100 %) i Tiltak A blir bare besatt i ni måneder i år. Hva er maks tilskudd?"],
            600_000,
        ),
        (
            [
                "FACT team under the 2019 adult scheme with 6 full-time positions.",
                "In year 2 we add 2 more positions from 1 July. What's the year-2 maximum?",
            ],
            2_100_000,
        ),
        (
            [
                "We plan to apply for Tiltak A at our health trust.",
                "Budget for 2026: two full-time positions plus training — what's the max?",
                "What if we drop the second position from 1 July? Total for 2026 including the training amount?",
            ],
            1_600_000,
        ),
    ],
)
def test_a_position_filled_part_of_the_year_is_pro_rated_by_months_as_an_assumption(
    converse: Callable[..., Answer], turns: list[str], expected: int
) -> None:
    answer = converse(*turns)
    assert first_amount(answer) == expected
    assert answer.calculation is not None and answer.calculation.amount == expected
    assert "12" in answer.text and any(word in answer.text for word in ("Assumption", "Antakelse"))
    assert not answer.text.startswith(("No", "Nei"))  # a change within the year is no verdict on a step-down


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("three-quarter position under the 2023 transitional scheme — max?", 247_500),
        ("tre firedels stilling i ar 1 tiltak b, hvor mye maks?", 562_500),
    ],
)
def test_three_quarters_of_a_position_is_one_position_at_75_percent(
    converse: Callable[..., Answer], question: str, expected: int
) -> None:
    answer = converse(question)
    assert answer.status == "answered", answer.text
    assert first_amount(answer) == expected
