"""How applications are weighed is answered by the regelverk's award criteria boxes (☒ discretion, ☐ quantifiable
criteria …), whatever question type the words suggest; a yes/no about one box gets its verdict first."""

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
    ("question", "lead"),
    [
        # "applications … assessed" would otherwise read as what an application contains; "is there … ?" after the
        # dash asks of one box, named twice ("formula or points system").
        (
            "How are 0765.73 applications assessed – is there a fixed formula or points system?",
            "No – «Kvantifiserbare tildelingskriterier» does not apply.",
        ),
        ("How are 0765.73 applications assessed?", "Award criteria under"),
        # A choice between two boxes: no verdict, the boxes answer.
        (
            "Er det faste poeng/kriterier som avgjør hvem som får 0765.73-tilskudd, eller er det skjønn?",
            "Tildelingskriterier etter",
        ),
        ("Is the 0765.73 grant calculated as a share of recorded expenses?", "No – «Andel av regnskapsførte"),
        ("Is there a points system for 0765.73 applications?", "No – «Kvantifiserbare tildelingskriterier»"),
        ("Er det skjønnsmessig vurdering av søknadene til tiltak B?", "Ja – «Skjønnsmessig vurdering"),
    ],
)
def test_how_applications_are_weighed_is_answered_by_the_award_criteria(
    corpus_services: Services, question: str, lead: str
) -> None:
    text = answer_text(corpus_services, question)
    assert text.startswith(lead), text
    assert "Skjønnsmessig vurdering med grunnlag i forventet måloppnåelse. (" in text


def test_a_scheme_without_award_criteria_boxes_is_answered_otherwise(corpus_services: Services) -> None:
    text = answer_text(corpus_services, "Hvordan ble søknadene om IPS-tilskudd vurdert?")
    assert "Tildelingskriterier etter" not in text


def test_formal_qualifications_are_no_formula(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Hvilke formelle kvalifikasjoner må en arbeids- og utdanningsspesialist ha for å få lønnstilskudd under "
        "tiltak B?",
        None,
    )
    assert "Tildelingskriterier etter" not in answer.text, answer.text
