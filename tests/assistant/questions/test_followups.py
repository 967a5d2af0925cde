"""Follow-ups are read for what they ask, with the conversation's scheme and measure kept."""

from __future__ import annotations

from assistant.services import Services
from eval.scoring import amounts_in


def conversation(services: Services, *turns: str) -> str:
    cid = None
    text = ""
    for turn in turns:
        cid, answer = services.pipeline.answer(turn, cid)
        text = answer.text
    return text


def test_a_part_of_the_grant_singled_out_asks_how_much(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "What can an IPS resource environment get under Tiltak A?",
        "And if we only apply for the training part?",
    )
    assert amounts_in(text.split("\n")[0]) == [400_000]


def test_can_we_still_apply_asks_whether_the_deadline_has_passed(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Tell me briefly about the grant for adults with long-term and complex service needs.",
        "Can we still apply for it?",
    )
    assert text.startswith("No – the deadlines"), text


def test_a_false_premise_about_who_may_apply_is_corrected_first(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Since voluntary organisations are eligible under the 2025 regelverk 0765.73, what do we need to include "
        "in our application?",
    )
    assert text.startswith("No: voluntary and non-profit organisations may not apply"), text


def test_an_applicant_described_earlier_is_told_first_that_it_may_not_apply(corpus_services: Services) -> None:
    text = conversation(corpus_services, "Vi er en fylkeskommune.", "Hva må søknaden om Tiltak B inneholde?")
    assert text.startswith("Nei: fylkeskommuner kan ikke søke"), text


def test_this_year_and_next_year_count_from_the_year_described(corpus_services: Services) -> None:
    pipeline = corpus_services.pipeline
    conversation, _ = pipeline.answer("Vi er i år 2 av Tiltak B, én stilling på 60 %.", None)
    _, answer = pipeline.answer("Hvor mye får vi i år og neste år til sammen?", conversation)
    assert answer.text.startswith("Til sammen inntil 630 000 kr for år 2 og 3"), answer.text
    conversation, _ = pipeline.answer("Vi er i år 2 av Tiltak B, én stilling på 60 %.", None)
    _, answer = pipeline.answer("Hva får vi neste år?", conversation)
    assert answer.text.startswith("Inntil 270 000 kr for Tiltak B i 3."), answer.text  # 60 % of 450 000
