"""A name the documents use only in passing is not explained by quoting the sentences that mention it."""

from __future__ import annotations

import pytest

from assistant.services import Services


@pytest.mark.parametrize(
    "question",
    [
        "Hva er egentlig HelseIArbeid?",
        "What exactly is HelseIArbeid?",
        "What does the HelseIArbeid method actually involve?",
        # Named as a model to follow («etter modell av LASSO»), never described.
        "What is LASSO?",
        # Where it was seen, and how it works, asked too; the name compounded with "modellen".
        "What is the LASSO model mentioned in the 2019 announcement, and how does it work?",
        "Hva er LASSO-modellen som er nevnt i utlysningen, og hvordan fungerer den?",
    ],
)
def test_a_name_mentioned_only_in_passing_is_refused(corpus_services: Services, question: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "not_found", answer.text
    assert "only in passing" in answer.text or "bare i forbifarten" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # Described where the overview names it, or spelled out and described: answered.
        "Hva er Jobbsjansen?",
        "Hva er Talenter for framtida?",
        "What is IPS?",
    ],
)
def test_a_name_the_documents_describe_is_answered(corpus_services: Services, question: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered", answer.text


@pytest.mark.parametrize(
    "question",
    ["Hvilke stillingstyper kunne man søke IPS/JMO-midler til?", "Which position types could the IPS/JMO grant fund?"],
)
def test_position_types_are_the_positions_the_documents_fund(corpus_services: Services, question: str) -> None:
    # "stillingstyper" is no term the documents lack: the positions they fund answer it.
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered", answer.text
    assert "Jobbspesialister" in answer.text
