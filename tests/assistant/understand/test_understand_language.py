"""Language detection: short questions, Norwegian names inside English questions, typos, default nb."""

from __future__ import annotations

import pytest

from assistant.understand import detect_language, language_scores

NORWEGIAN = [
    "Og tredje år?",
    "Kan vi søke?",
    "Hva med fylkeskommuner?",
    "Og Tiltak A?",
    "Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?",
    "kan fylkeskommuner søke om tilskudd",
    "HVEM KAN SØKE PÅ IPS OG JMO",
    "Hvem bestemmer?",
    "Nar er soknadsfristen?",  # no æøå at all
    "Hvor lenge kan vi få tilskudd?",
    "Er det klagerett på vedtaket?",
    "Hva betyr «eligible applicants»?",
    'Står det "who can apply" i teksten?',
    "hvor myee kan vi få",
    "Må søknaden undertegnes av rådmannen?",
    # "Totalt" is Norwegian, though it is one letter from "total".
    "Totalt i år 3?",
    "samlet for år 2 og 3?",
]
ENGLISH = [
    "What about year 3?",
    "Can we apply for Tiltak B?",
    "And year 4?",
    "What about 50 %?",
    "Who decides?",
    # A Norwegian name quoted at length is the document's words, not the asker's.
    "According to the 2019 call for 'Tilbud til voksne med langvarige og sammensatte tjenestebehov', could a county "
    "municipality apply?",
    'Is "Tilskudd til kommunalt rusarbeid – ny ordning" open to user organisations?',
    "Is there a right of appeal?",
    "How much for two positions in year three?",
    "What does Hvem kan søke say for Tiltak B?",
    "Can a kommune apply for tilskudd?",
    "Whta is the deadlnie?",
    "WHO CAN APPLY FOR IPS?",
    "what's the maximum for Tiltak A",
    "Does the regelverk for 0765.73 allow fylkeskommuner?",
    "How long can we receive funding?",
]


@pytest.mark.parametrize("text", NORWEGIAN)
def test_norwegian_questions(text: str) -> None:
    assert detect_language(text) == "nb"


@pytest.mark.parametrize("text", ENGLISH)
def test_english_questions(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["", "Tiltak B?", "IPS", "0765.73", "???", "300 000"])
def test_no_evidence_defaults_to_norwegian(text: str) -> None:
    assert detect_language(text) == "nb"
    nb, en = language_scores(text)
    assert nb == en == 0


def test_scores_show_evidence() -> None:
    nb, en = language_scores("Kan vi søke?")
    assert nb > en
    nb, en = language_scores("Can we apply?")
    assert en > nb
