"""What the applicant tells of themselves decides who-may-apply questions: a population, against a scheme's rule
for small regions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.types import Answer


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Our DPS region only has about 12,000 inhabitants. Could we get 2019 funding for an outreach team that "
            "isn't ACT or FACT?",
            "Yes – In DPS regions with fewer than about 15 000 inhabitants",
        ),
        # Asked whether the full team is required: below the size, it is not.
        (
            "Vi er et lite DPS-område med rundt 12 000 innbyggere. Må vi ha et FACT-team for å få tilskudd etter "
            "2019-ordningen?",
            "Nei – I DPS-regioner med under om lag 15 000 innbyggere",
        ),
        (
            "DPS-området vårt har 40 000 innbyggere. Kan vi få 2019-midler til et annet oppsøkende team enn FACT?",
            "Nei – I DPS-regioner med under om lag 15 000 innbyggere",
        ),
    ],
)
def test_a_population_told_is_checked_against_the_rule_for_small_regions(
    converse: Callable[..., Answer], question: str, lead: str
) -> None:
    answer = converse(question)
    assert answer.text.startswith(lead), answer.text


def test_whether_a_type_is_listed_where_the_list_leaves_it_out_gets_a_no(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "Står kommuner oppført som søkere på Nasjonale tiltak for forebygging av selvmord og selvskading i "
        "2015-oversikten?"
    )
    assert answer.text.startswith("Nei – kommuner står ikke i listen over hvem som kan søke"), answer.text
    # Asked whether they may apply, the list's silence is no no.
    answer = converse("Kunne kommuner søke på Nasjonale tiltak for forebygging av selvmord og selvskading i 2015?")
    assert not answer.text.startswith("Nei"), answer.text


def test_the_requirements_on_an_applicant_for_a_measure_are_its_conditions(converse: Callable[..., Answer]) -> None:
    answer = converse("Hvilke krav stilles til virksomheten som søker tiltak A?")
    assert answer.text.startswith("Krav til den som søker"), answer.text
    assert "veletablert fagmiljø innen IPS" in answer.text.split("\n\n")[1], answer.text
