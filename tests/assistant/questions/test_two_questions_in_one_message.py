"""A message that asks a yes or no first and something else last ("… tilbud om opplæring? Fra hvem?") gets the yes or
no in its lead, before what the last question asks; the words of both decide what kind of question it is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

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
