"""What an abbreviation stands for is answered by the sentence that spells it out, found in any document."""

from __future__ import annotations

import pytest

from assistant.answers.abbreviations import spelled_out
from assistant.citations import SourceLocator
from assistant.services import Services
from assistant.types import Chunk


def _chunk(document_id: str, text: str) -> Chunk:
    return Chunk(
        id=f"{document_id}-1",
        document_id=document_id,
        title=document_id,
        start=0,
        end=len(text),
        text=text,
        search_text=text,
    )


def test_an_abbreviation_is_spelled_out_by_its_initials_before_any_other_name() -> None:
    locator = SourceLocator(
        [
            _chunk("a", "Vi har 9 FACT-team. Teamene arbeider etter Fleksibelt oppsøkende tilbud (FACT) i regionen."),
            _chunk("b", "Tilskudd gis til team etter FACT-modellen (Flexible ACT). Andre team kan også søke."),
        ]
    )
    unit = spelled_out(locator, "FACT", [])
    assert unit is not None
    assert unit.text == "Tilskudd gis til team etter FACT-modellen (Flexible ACT)."


def test_a_name_before_the_abbreviation_counts_when_no_initials_match() -> None:
    locator = SourceLocator([_chunk("a", "Les mer om metoden. Målet er Individuell jobbstøtte (IPS) for flere.")])
    unit = spelled_out(locator, "IPS", [])
    assert unit is not None and "Individuell jobbstøtte (IPS)" in unit.text
    assert spelled_out(locator, "JMO", []) is None


@pytest.mark.parametrize(
    ("question", "spelled"),
    [
        ("hva står FACT for?", "Flexible ACT"),
        ("What does JMO stand for?", "Jobbmestrende Oppfølging (JMO)"),
        ("What does TSB stand for in the 0765.73 regelverk?", "tverrfaglig spesialisert rusbehandling (TSB)"),
        ("What do ACT and FACT stand for according to the 2019 announcement?", "Assertive Community Treatment"),
    ],
)
def test_what_an_abbreviation_stands_for_quotes_the_sentence_spelling_it_out(
    corpus_services: Services, question: str, spelled: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered"
    assert spelled in answer.text.split("\n\n")[0], answer.text


def test_several_abbreviations_one_sentence_names_are_answered_together(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hva står IPS og JMO for?", None)
    lead = answer.text.split("\n\n")[0]
    assert lead.startswith("IPS og JMO er skrevet ut slik")
    assert "Individuell jobbstøtte (IPS)" in lead and "Jobbmestrende oppfølging (JMO)" in lead


def test_an_abbreviation_asked_with_another_question_leaves_the_answer_to_both(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("What does JMO stand for, and what must JMO projects follow?", None)
    assert "spell out" not in answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # Used in the 2019 call («etter modell av LASSO») and never spelled out.
        ("Hva står LASSO for?", "Dokumentene bruker LASSO, men skriver ikke ut hva det står for."),
        ("What does ROP stand for in the 2019 call?", "The documents use ROP but do not spell out"),
    ],
)
def test_an_abbreviation_used_but_never_spelled_out_is_refused_with_the_reason(
    corpus_services: Services, question: str, lead: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "not_found", answer.text
    assert lead in answer.text.split("\n")[0]


def test_an_abbreviation_asked_with_no_scheme_is_spelled_out(corpus_services: Services) -> None:
    # "NAPHA" names no scheme: the sentence spelling it out still answers.
    _, answer = corpus_services.pipeline.answer("What does NAPHA stand for?", None)
    assert answer.status == "answered", answer.text
    assert "Nasjonalt kompetansesenter for psykisk helsearbeid (NAPHA)" in answer.text


@pytest.mark.parametrize(
    ("question", "spelled"),
    [
        ("What is NAPHA?", "Nasjonalt kompetansesenter for psykisk helsearbeid (NAPHA)"),
        # Asked what it is: the sentence saying what it is, before a link that only names it.
        ("what does IPS mean in these documents?", "Individuell jobbstøtte (IPS) er en kunnskapsbasert"),
    ],
)
def test_what_an_abbreviation_is_asked_alone_is_answered_by_its_spelling_out(
    corpus_services: Services, question: str, spelled: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered", answer.text
    assert spelled in answer.text
