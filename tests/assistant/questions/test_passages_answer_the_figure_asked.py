"""Questions no rule table answers, which the document sentences do: the document the question points at, a size
given in positions, and a long describing word that names nothing missing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.services import Services
from assistant.types import Answer


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        # "ifølge oversikten" points at the 2015 overview, where the share who get a job is stated.
        (
            "Hvor mange kommer i jobb med IPS sammenlignet med tradisjonell attføring, ifølge oversikten?",
            "Opp mot 60 prosent av deltakerne kommer i arbeid",
        ),
        # "hvor stor ressurs" asks a size in positions, which «0,5 ressurs» states.
        (
            "I prosjektet Helhetlig oppfølging av lavinntektsfamilier, hvor stor ressurs var NAV-kontoret selv "
            "forventet å stille med i fase 2?",
            "0,5 ressurs",
        ),
    ],
)
def test_the_sentence_stating_the_figure_answers(converse: Callable[..., Answer], question: str, quoted: str) -> None:
    answer = converse(question)
    assert answer.status == "answered", answer.text
    assert quoted in answer.text, answer.text


def test_a_long_describing_word_no_document_uses_names_nothing_missing(converse: Callable[..., Answer]) -> None:
    # «forskjellige» describes the municipalities; the question is about cooperating on one IPS application.
    answer = converse("kan to kommuner i forskjellige fylker samarbeide om en felles IPS-søknad?")
    assert answer.status == "answered", answer.text


@pytest.mark.parametrize(
    ("question", "names"),
    [
        # The sentence that answers speaks of "4 folkehøgskoler"; the names stand a few lines after it.
        (
            "which folk high schools got the special grant for having many disabled students (2015)?",
            ["Lundheim", "Peder Morset", "Soltun"],
        ),
        ("Who presented at the Innlandet grant conference on 6 January 2023?", ["Stenseth", "Bækkevold"]),
    ],
)
def test_a_which_or_who_question_gets_the_names(corpus_services: Services, question: str, names: list[str]) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered"
    assert all(name in answer.text for name in names), answer.text


def test_the_sentence_stating_the_sum_asked_leads_not_the_one_the_remark_names(
    converse: Callable[..., Answer],
) -> None:
    # «Avsatt ramme for 2015: 22, 65 mill» is retrieved first; "til fordeling" is what is asked, and "Jeg vet at
    # rammen var høyere" is a remark.
    answer = converse(
        "Hvor mye var det faktisk til fordeling i 2015 på Bufdirs ordning Støtte til oppfølgings- og losfunksjoner "
        "for ungdom? Jeg vet at rammen var høyere."
    )
    first = answer.text.split("\n\n")[0]
    assert "12,3 mill til fordeling" in first, answer.text


def test_where_applications_are_sent_finds_the_sentence_in_english_words(converse: Callable[..., Answer]) -> None:
    answer = converse("According to the 2023 Innlandet conference slides, where should applications be sent?")
    assert "Alle søknader skal sendes Statsforvalterens postmottak" in answer.text.split("\n\n")[1], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hvordan fikk Statsforvalteren midlene til fordeling i voksne-ordningen 765.60 i 2023?",
        "How were the 765.60 funds distributed to the county governors in 2023?",
        "For the 765.60 adults scheme in 2023, how was the money split between the regional Statsforvalter offices?",
    ],
)
def test_how_an_allocation_was_made_is_answered_by_the_sentence_saying_so(
    converse: Callable[..., Answer], question: str
) -> None:
    # A year the scheme's 2019 figures do not cover, but the 2023 slides give that year's way of allocating.
    answer = converse(question)
    assert answer.status == "answered", answer.text
    assert "utmåler en fordeling av midlene til Statsforvalteren" in answer.text
    assert "185" not in answer.text
