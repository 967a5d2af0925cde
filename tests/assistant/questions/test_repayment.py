"""Money paid out in excess, a grant demanded back and the consequences of misuse are answered by the rule table's
facts, whatever the question's other words (an unfilled position, a sum, "what happens now?") suggest."""

from __future__ import annotations

import pytest

from assistant.services import Services
from assistant.verify import unverified_numbers


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Vi har fått utbetalt for mye fordi stillingen sto ubesatt i fire måneder. Hva skjer nå?",
            "For mye utbetalt tilskudd skal returneres til Helsedirektoratet",
        ),
        (
            "It turns out we were overpaid by NOK 50,000 on our grant last year. What happens now?",
            "Grant paid out in excess must be returned",
        ),
        ("Can Helsedirektoratet demand that we pay the grant back?", "It depends on conditions. Helsedirektoratet may"),
        # Money not used up is money paid out beyond what was spent; moving it to next year is another question.
        ("Hva skjer hvis vi ikke bruker opp tilskuddet i Tiltak B?", "For mye utbetalt tilskudd skal returneres"),
        ("What happens to unspent Tiltak A money at year end?", "Grant paid out in excess must be returned"),
        # Demanded back on a condition: misuse documented.
        ("Kan Helsedirektoratet kreve tilskuddet tilbakebetalt?", "Det avhenger av vilkår. Helsedirektoratet kan"),
        # The condition told (false information given): yes.
        (
            "Kan helsedir kreve pengene tilbake hvis vi har gitt feil opplysninger i søknaden?",
            "Ja. Helsedirektoratet kan kreve tilskuddet tilbakebetalt",
        ),
        # In the order asked: the law first.
        (
            "Can misuse of grant funds have legal consequences, or is repayment the worst case?",
            "Yes. Misuse of grant funds may also have legal consequences.",
        ),
    ],
)
def test_excess_payment_and_repayment_are_answered_by_the_rules(
    corpus_services: Services, question: str, lead: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered", answer.text
    assert answer.text.startswith(lead), answer.text
    assert unverified_numbers(answer, trusted_texts=[question]) == []


def test_legal_words_without_misuse_ask_nothing_of_it(corpus_services: Services) -> None:
    # "legal" alone (an applicant's legal form) is no question about the consequences of misuse.
    _, answer = corpus_services.pipeline.answer("Which legal forms can apply for the IPS/JMO grant?", None)
    assert "legal consequences" not in answer.text
