"""A scheme's target group, asked, is quoted from its documents; a milder group than the one named ("lett angst",
"mild depression") gets a no, whichever words ("include", "gjelder det også") route the question elsewhere."""

from __future__ import annotations

import pytest

from assistant.services import Services
from assistant.verify import unverified_numbers


def answer_text(services: Services, *turns: str) -> str:
    conversation_id: str | None = None
    for turn in turns:
        conversation_id, answer = services.pipeline.answer(turn, conversation_id)
    assert answer.status == "answered", answer.text
    assert unverified_numbers(answer) == []
    return answer.text


@pytest.mark.parametrize(
    ("question", "group"),
    [
        ("Hvem er målgruppen for 0765.73?", "Målgruppen er pasienter som er i behandling"),
        ("What was the target group of the IPS/JMO grant?", "Mennesker med moderate til alvorlige psykiske"),
        ("Hvem var målgruppen for voksne-ordningen i 2019?", "Voksne med alvorlige psykiske helseutfordringer"),
    ],
)
def test_the_target_group_is_quoted_from_the_schemes_document(
    corpus_services: Services, question: str, group: str
) -> None:
    text = answer_text(corpus_services, question)
    assert text.startswith(("Målgruppen for", "The target group of")), text
    assert group in text


@pytest.mark.parametrize(
    "turns",
    [
        ("Who is the target group of Tiltak B? Does it include people with mild anxiety?",),
        ("Who is the target group of Tiltak B?", "Does it include people with mild anxiety?"),
        ("Hvem er målgruppen for 0765.73? Gjelder det også folk med lett angst?",),
        ("Does Tiltak B include patients with mild depression?",),
    ],
)
def test_a_milder_group_than_the_one_named_gets_a_no(corpus_services: Services, turns: tuple[str, ...]) -> None:
    text = answer_text(corpus_services, *turns)
    assert text.startswith(("No.", "Nei.")), text
    assert "moderate til alvorlige psykiske lidelser" in text
    assert "Søknaden må inneholde" not in text  # "include" asks no application contents here


def test_a_yes_no_question_on_another_group_is_left_to_the_passages(corpus_services: Services) -> None:
    text = answer_text(corpus_services, "Er personer med rusmiddelproblemer en del av målgruppen for tiltak B?")
    assert not text.startswith("Målgruppen for"), text
