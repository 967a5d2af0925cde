"""Who may apply, asked in the negative or as "only": "Are counties excluded?" is answered yes when they may not
apply; "Is it only municipalities?" no when others may apply too. Asked plainly, the verdict is unchanged."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.types import Answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Are county municipalities excluded from applying for Tiltak B?", "Yes"),
        ("Er fylkeskommuner utestengt fra tiltak B?", "Ja"),
        ("Are municipalities excluded from Tiltak B?", "No"),
        ("Kan fylkeskommuner søke på tiltak B?", "Nei"),  # asked plainly
        ("Er det bare kommuner som kan søke om IPS-tilskudd?", "Nei"),
        ("Is it only municipalities that can apply for Tiltak B?", "No"),
        ("Can municipalities only apply for Tiltak B?", "Yes"),  # "only" limits the measure here
        ("Er det ikke slik at bare kommuner kan søke tiltak B? HF-et vårt lurer", "Nei"),
        # "Only municipalities" as a premise about another applicant: no "not only them" verdict.
        ("Siden bare kommuner kan søke 0765.73, er det vel ingen vits i at vi som HF søker om tiltak B?", "Ja"),
        # "Only … or also …?" asks which of two, not whether others may apply.
        ("Gjelder «statlige foretak» i hvem-kan-søke bare HF, eller kan også et RHF søke 0765.73?", "Ja"),
    ],
)
def test_the_verdict_answers_the_question_as_asked(
    converse: Callable[..., Answer], question: str, verdict: str
) -> None:
    assert converse(question).text.startswith(verdict)


def test_not_only_them_names_the_others(converse: Callable[..., Answer]) -> None:
    lead = converse("Is it only municipalities that can apply for Tiltak B?").text.split("\n")[0]
    assert "inter-municipal companies" in lead and "state enterprises" in lead
