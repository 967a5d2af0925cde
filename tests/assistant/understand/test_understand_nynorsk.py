"""Nynorsk questions are read in their bokmål form, the way the cue words, rule tables and documents are written."""

from __future__ import annotations

import pytest

from assistant.services import Services
from assistant.understand.nynorsk import as_bokmal, is_nynorsk


@pytest.mark.parametrize(
    ("text", "bokmal"),
    [
        ("Kor mykje kan ein få i tilskot?", "Hvor mye kan en få i tilskudd?"),
        ("Vi har bytt bankkonto etter at vi fekk tilskotsbrevet. Må vi seie frå?",
         "Vi har bytt bankkonto etter at vi fikk tilskuddsbrevet. Må vi si fra?"),
        ("Kan kommunen søkje tilskot frå Statped-løyvinga?", "Kan kommunen søke tilskudd fra Statped-bevilgningen?"),
    ],
)  # fmt: skip
def test_nynorsk_words_get_their_bokmal_form(text: str, bokmal: str) -> None:
    assert as_bokmal(text) == bokmal


@pytest.mark.parametrize(
    "text",
    [
        "Hvor mye kan en kommune få i tilskudd?",  # bokmål: "en" stays
        "Can me and my colleague apply for Tiltak B?",  # English "me" is no nynorsk "we"
        "Kor er søknadsskjemaet?",  # "kor" alone is a marker, but a bokmål reader sees the same question
    ],
)
def test_text_without_nynorsk_words_is_left_alone_or_read_the_same(text: str) -> None:
    if not is_nynorsk(text):
        assert as_bokmal(text) == text
    else:
        assert as_bokmal(text) == "Hvor er søknadsskjemaet?"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Kor mykje kunne ein få til forprosjekt i 2019-ordninga for vaksne med samansette behov?",
            "Inntil 600 000 kr",
        ),
        ("Vi har bytt bankkonto etter at vi fekk tilskotsbrevet. Må vi seie frå?", "Ja"),
        ("Kan kommunen søkje tilskot frå Statped-løyvinga?", "Nei"),
        # "tre kvart stilling" is three quarters of one position ("kvart år" is "hvert år").
        ("tre kvart stilling på overgangsordninga 2023, kor mykje?", "Inntil 247 500 kr"),
    ],
)
def test_nynorsk_questions_are_answered_in_norwegian(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered"
    assert answer.language == "nb"
    assert answer.text.startswith(lead), answer.text
