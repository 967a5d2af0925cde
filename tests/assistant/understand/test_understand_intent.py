"""Intent detection from the cue tables: nb and en, word order, casing, typos, primary and secondary intents."""

from __future__ import annotations

import pytest

from assistant.understand.intent import INTENT_CUES, Intent, has_domain_term, intent_scores, rank_intents
from assistant.understand.tokens import tokenize


def ranked(text: str) -> list[Intent]:
    return rank_intents(intent_scores(tokenize(text)))


PRIMARY: list[tuple[str, Intent]] = [
    # eligibility
    ("Kan vi søke om Tiltak B?", "eligibility"),
    ("Can we apply for Tiltak B?", "eligibility"),
    ("Hvem kan søke?", "eligibility"),
    ("søke, hvem kan?", "eligibility"),
    ("Who is eligible?", "eligibility"),
    ("Kan fylkeskommuner søke?", "eligibility"),
    ("are universities ELIGIBLE", "eligibility"),
    ("Er frivillige organisasjoner berettiget til tilskudd?", "eligibility"),
    ("hvem kan soke", "eligibility"),
    ("Who may apply for IPS funding?", "eligibility"),
    # amount
    ("Hvor mye kan vi få for Tiltak B?", "amount"),
    ("hvor mye kan vi søke om", "amount"),
    ("How much can we get in year 3?", "amount"),
    ("What is the maximum amount per position?", "amount"),
    ("Maksimalt tilskuddsbeløp for en 100 % stilling?", "amount"),
    ("Maksimalt tilskudsbeløp?", "amount"),
    ("HVOR MYE FÅR VI", "amount"),
    ("how mcuh money", "amount"),
    ("Beregn tilskuddet for to stillinger", "amount"),
    # duration
    ("Hvor lenge kan vi få tilskudd?", "duration"),
    ("How long can we receive funding?", "duration"),
    ("Hvor mange år varer Tiltak A?", "duration"),
    ("What is the duration of the grant period?", "duration"),
    ("Kan tilskuddet forlenges?", "duration"),
    # deadline
    ("Når er søknadsfristen?", "deadline"),
    ("When is the deadline?", "deadline"),
    ("When can we apply?", "deadline"),
    ("søknadsfristen, når er den?", "deadline"),
    ("whta is the deadlnie", "deadline"),
    ("nar er soknadsfristen", "deadline"),
    ("What is the reporting deadline?", "deadline"),
    # application requirements
    ("Hva må søknaden inneholde?", "application_requirements"),
    ("What must the application contain?", "application_requirements"),
    ("How do we apply?", "application_requirements"),
    ("Hvem må undertegne søknaden?", "application_requirements"),
    ("Which attachments are required?", "application_requirements"),
    ("Krav til søknaden for Tiltak A", "application_requirements"),
    # reporting
    ("Hva skal rapporteringen inneholde?", "reporting"),
    ("What do we need to report?", "reporting"),
    ("Må vi sende regnskap?", "reporting"),
    ("Kreves revisorattestasjon?", "reporting"),
    ("Hva skjer ved mislighold?", "decision_appeal"),  # follow-up and sanctions group with decisions
    ("Can Helsedirektoratet check how we use the money?", "decision_appeal"),
    ("Hvordan vurderes søknadene?", "decision_appeal"),
    ("Hva er det meste vi kan få?", "amount"),
    ("Hva koster opplæringen per deltaker?", "amount"),
    ("Until when are grants given?", "duration"),
    # decision / appeal
    ("Kan vi klage på vedtaket?", "decision_appeal"),
    ("Is there a right of appeal?", "decision_appeal"),
    ("Who decides?", "decision_appeal"),
    ("Hvem fatter vedtak?", "decision_appeal"),
    ("Er avslag et enkeltvedtak?", "decision_appeal"),
    ("Can we APPEAL a rejection?", "decision_appeal"),
    # overview
    ("Hva er formålet med ordningen?", "overview"),
    ("What is the purpose of the scheme?", "overview"),
    ("Hva er målgruppen?", "overview"),
    ("What is IPS?", "overview"),
    ("Tell me about the ACT scheme", "overview"),
    ("Hva kan tilskuddet brukes til?", "overview"),
    ("Who is the target group?", "overview"),
    ("Hva betyr egenfinansiering?", "overview"),
]


@pytest.mark.parametrize(("text", "intent"), PRIMARY)
def test_primary_intent(text: str, intent: Intent) -> None:
    assert ranked(text)[0] == intent


@pytest.mark.parametrize(
    ("text", "primary", "secondary"),
    [
        ("Når må vi rapportere?", "deadline", "reporting"),
        ("What is the reporting deadline and how much can we get?", "amount", "deadline"),
        ("Hvem kan søke, og hva er søknadsfristen?", "eligibility", "deadline"),
        ("How long and how much?", "amount", "duration"),
    ],
)
def test_secondary_intents(text: str, primary: Intent, secondary: Intent) -> None:
    intents = ranked(text)
    assert intents[0] == primary
    assert secondary in intents[1:]


def test_weak_cues_are_not_secondary() -> None:
    # "kan vi" (eligibility, weight 1) must not become a secondary intent of an amount question.
    assert ranked("Hvor mye kan vi få for Tiltak B?") == ["amount"]


@pytest.mark.parametrize("text", ["", "Tiltak B", "Who won the football match?", "Hei"])
def test_no_cue_no_intent(text: str) -> None:
    assert ranked(text) == []


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Kan vi søke om tilskudd til idrettsanlegg?", True),
        ("Can we get a grant?", True),
        ("Hva er rapporteringsfristen?", True),
        ("Gjelder dette ACT-team?", True),
        ("Hva er været i morgen?", False),
        ("What's the weather tomorrow?", False),
        ("Who won the football match?", False),
        ("Gi meg en oppskrift på pannekaker", False),
    ],
)
def test_domain_terms(text: str, domain: bool) -> None:
    assert has_domain_term(tokenize(text)) is domain


def test_every_intent_has_cues_in_both_languages() -> None:
    # A crude check that no table is one-sided: each has a cue with æøå-free English-looking words and a nb one.
    english_markers = ("how", "what", "who", "apply", "amount", "deadline", "report", "appeal", "purpose", "form")
    for intent, cues in INTENT_CUES.items():
        patterns = " ".join(p for p, _ in cues)
        assert any(marker in patterns for marker in english_markers), intent
        assert len(cues) >= 8, intent
