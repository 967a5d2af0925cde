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


@pytest.mark.parametrize(
    ("question", "first", "point"),
    [
        ("Hva skal rapporten for Tiltak B spesifikt belyse?", "For Tiltak B skal rapporten spesifikt belyse", "NAV"),
        ("What must the report for a Tiltak A resource environment cover?", "For Tiltak A the report", "veiledning"),
    ],
)
def test_a_measures_own_reporting_points_come_first(
    corpus_services: Services, question: str, first: str, point: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    paragraphs = answer.text.split("\n\n")
    assert paragraphs[0].startswith(first), answer.text
    assert point in "\n".join(paragraphs[1:4])


def test_without_a_measure_the_report_names_the_measures_with_their_own_points(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hva må rapporten for 0765.73 inneholde?", None)
    assert "Tiltak A og Tiltak B har egne punkter" in answer.text
