"""Facts a regelverk states about itself are answered with the line that states them, not with its title."""

from __future__ import annotations

import pytest

from assistant.services import Services
from assistant.text import contains_quote


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("Hva er tilskuddskoden for ordningen Behandling og rehabilitering rettet mot arbeid?", "Tilskuddskode 870419"),
        ("When was the current version of regelverk 0765.73 approved, and by whom?", "Godkjent av HOD 19.09.2025"),
        ("Which budget chapter and post is regelverk 0765.73 under?", "Kapittel 0765 post 73"),
        ("Hvilken versjon erstatter regelverket for 0765.73?", "Erstatter tidligere versjon av 18.11.24"),
        (
            "Hvilket kapittel og post hørte Tilbud til voksne med langvarige og sammensatte tjenestebehov til?",
            "Kapittel 765 post 60",
        ),
    ],
)
def test_the_line_that_states_it(corpus_services: Services, question: str, line: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered"
    assert line in answer.text.split("\n")[0], answer.text
    chunks = corpus_services.pipeline.chunk_map
    assert any(line in c.quote and contains_quote(chunks[c.chunk_id].text, c.quote) for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # A body and a year claimed, checked against the line: HOD, 2025.
        ("Regelverket for 0765.73 ble godkjent av Helsedirektoratet i november 2024, ikke sant?", "Nei – «Godkjent"),
        ("Ble regelverket for 0765.73 godkjent i 2025?", "Ja – «Godkjent"),
    ],
)
def test_a_claim_about_the_line_is_answered_yes_or_no(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


def test_a_year_beside_who_may_apply_is_no_claim_about_the_approval(corpus_services: Services) -> None:
    # Who "we" are leads (foundations may not apply); "the regulation approved in 2025" only says which one.
    question = (
        "Vi er en ideell stiftelse med avtale med kommunen. Kan vi søke tiltak B etter regelverket som ble godkjent "
        "i 2025?"
    )
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith("Nei"), answer.text


def test_a_code_asked_for_what_the_asker_needs_it_for_is_given(corpus_services: Services) -> None:
    # The accounting system is why the code is needed, not a subject of the question.
    _, answer = corpus_services.pipeline.answer(
        "Our accounting system needs the grant code (tilskuddskode) for the 0765.73 scheme. What is it?", None
    )
    assert answer.status == "answered" and "870419" in answer.text, answer.text
