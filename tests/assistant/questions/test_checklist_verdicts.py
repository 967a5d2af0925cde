"""A yes/no question about one line of a ☒/☐ list is answered by its box, first; other questions get the list."""

from __future__ import annotations

import pytest

from assistant.rules.book import RuleBook
from assistant.services import Services
from assistant.settings import PROJECT_ROOT
from assistant.understand import understand


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Må regnskapet for tilskudd under 0765.73 være revisorattestert?", "Nei – Revisorattestasjon"),
        ("Skal rapporten for 0765.73 omfatte måloppnåelse?", "Ja – Måloppnåelse"),
        ("Må søknaden for Tiltak B inneholde egenfinansiering?", "Ja – Egenfinansiering"),
    ],
)
def test_the_box_answers(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


def test_a_question_that_is_not_yes_no_gets_the_list(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hva må rapporten for 0765.73 inneholde?", None)
    assert answer.text.startswith("Rapportering etter"), answer.text


@pytest.mark.parametrize(
    ("text", "yes_no"),
    [
        ("Må regnskapet være revisorattestert?", True),
        ("Vi har byttet bankkonto. Må vi gi beskjed?", True),
        ("Do we need to report on results?", True),
        ("Hva må søknaden inneholde?", False),
        ("What must the report cover?", False),
    ],
)
def test_yes_no_questions(text: str, yes_no: bool) -> None:
    book = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")
    assert understand(text, book).has("yes_no") is yes_no
