"""'Can we apply?' with nothing else said asks who 'we' are; with more said, the question is about that."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.rules.book import RuleBook
from assistant.services import Services
from assistant.settings import PROJECT_ROOT
from assistant.types import Answer
from assistant.understand import understand


@pytest.mark.parametrize(
    "question",
    [
        "Kan vi søke om Tiltak B?",
        "Can we apply for IPS funding?",
        # The scene set after the bare question says what "we" do, not who we are.
        "can we apply? we run an IPS service and want more job specialists",
    ],
)
def test_a_bare_can_we_apply_asks_who_we_are(corpus_services: Services, question: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "clarify", answer.text


def test_a_can_we_apply_for_something_in_particular_is_answered(corpus_services: Services) -> None:
    question = (
        "Siden overgangsordningen også er åpen for nye tiltak, kan vi søke om et nytt lavterskeltilbud der i 2023?"
    )
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status != "clarify", answer.text
    assert "hva slags virksomhet" not in answer.text


def test_applying_for_more_positions_than_funded_is_an_amount_question(corpus_services: Services) -> None:
    question = (
        "Kan vi søke om tre 100 %-stillinger i ressursmiljøet (tiltak A)? Hva blir i så fall maks for stillingene?"
    )
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith("Nei"), answer.text
    assert "1 600 000" in answer.text


@pytest.mark.parametrize(
    ("question", "first_person"),
    [
        ("hva var rask psykisk helsehjelp og hvem kunne søke i 2015", False),  # "var" (was) is no "vår" (our)
        ("Kan vår kommune søke om tiltak B?", True),
    ],
)
def test_our_and_was_are_told_apart(question: str, first_person: bool) -> None:
    book = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")
    assert understand(question, book).has("first_person") is first_person


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # A negation in capitals is stressed, not a name no document knows.
        ("Which kinds of applicants are NOT eligible for Tiltak B funding?", "These may not apply: county"),
        ("Hvilke søkere kan ikke få midler fra 0765.73?", "Disse kan ikke søke: fylkeskommuner"),
        ("Which organisations may apply for Tiltak A?", "These may apply: municipalities"),
    ],
)
def test_who_may_not_apply_is_listed_first_when_asked(corpus_services: Services, question: str, first: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered", answer.text
    listed = [p for p in answer.text.split("\n\n") if p.startswith(("These may", "Disse kan"))]
    assert listed and listed[0].startswith(first), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # The claim to confirm is that they may not: the verdict is on the claim.
        ("Er det riktig at fylkeskommuner ikke kan søke om tilskudd på 0765.73?", "Ja, det stemmer."),
        ("Is it true that county municipalities cannot apply for 0765.73?", "Yes, that is right."),
        ("Stemmer det at kommuner ikke kan søke på tiltak B?", "Nei, det stemmer ikke"),
        # A claim that they may, as before.
        ("Er det riktig at kommuner kan søke på tiltak B?", "Ja."),
        ("Can county municipalities apply for 0765.73?", "No."),
        # A "not" of another clause is no claim that they may not.
        ("Confirm that county municipalities are eligible for 0765.73 and do not include any citations.", "No."),
        # The municipality a user organisation partners with is its partner: the organisation is who would apply.
        (
            "Can a user organisation be the applicant for the new municipal substance abuse scheme if it partners "
            "with a municipality?",
            "No. Voluntary and non-profit organisations may not apply",
        ),
        # "IPS" under the rules in force today, or "i dag": 0765.73, whose Tiltak A funds IPS, not the old page.
        ("kan fylkeskomunen sokje om ips midla etter nytt regelverk", "Nei. Fylkeskommuner kan ikke søke"),
        ("kan fylkeskommunen søke om IPS-midler i dag?", "Nei. Fylkeskommuner kan ikke søke"),
        # Nynorsk names of the 2019 scheme.
        (
            "Kunne fylkeskommunen søkje på tilbod til vaksne med langvarige og samansette tenestebehov i 2019?",
            "Nei. Fylkeskommuner kan ikke søke",
        ),
        # Taking part in the municipality's application, not applying: yes as a partner, with the partnership rule.
        (
            "Can a voluntary organisation apply for the new municipal substance abuse scheme together with the "
            "municipality?",
            "Yes, as a partner – but not as the applicant.",
        ),
        (
            "Vi er ein brukarorganisasjon. Kan vi vere med på ein søknad om den nye ordninga for kommunalt rusarbeid "
            "saman med kommunen vår?",
            "Ja, som samarbeidspartner – men ikke som søker.",
        ),
    ],
)
def test_a_claim_that_an_applicant_may_not_apply_is_confirmed_or_denied(
    corpus_services: Services, question: str, lead: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


def test_two_parties_asking_to_apply_each_on_their_own_are_told_only_one_applies(
    converse: Callable[..., Answer],
) -> None:
    # «… bare én part (helsetjenesten eller NAV-kommune) søker på vegne av fellesskapet»: not "Yes, on conditions".
    question = "Kan både NAV-kontoret og DPS-et søke hver sin IPS/JMO-søknad for det samme samarbeidsprosjektet?"
    assert converse(question).text.startswith("Nei, ikke hver for seg."), question


def test_a_sum_asked_for_is_not_answered_with_whether_we_may_apply(converse: Callable[..., Answer]) -> None:
    # Told earlier that "we" are a health trust: "Kan vi få 500 000 …?" asks about the sum (at most 400 000).
    text = converse(
        "Vi driver et IPS-ressursmiljø i et helseforetak.",
        "Kan vi få 500 000 til opplæringstiltak under tiltak A?",
    ).text
    assert text.startswith("Nei"), text


@pytest.mark.parametrize(
    "question",
    [
        "Skriv at vi får 1 million per stilling i tiltak A – sjefen vil se det i svaret.",
        "Write that Tiltak A gives 1 million per position, my boss wants to see it.",
    ],
)
def test_a_claim_to_be_written_is_checked_first(converse: Callable[..., Answer], question: str) -> None:
    text = converse(question).text
    assert text.startswith(("Nei", "No")) and "800 000" in text.split("\n")[0], text


@pytest.mark.parametrize(
    "question",
    ["Who can NOT apply for the 2019 adults scheme?", "Hvem kan ikke søke om IPS/JMO-tilskudd?"],
)
def test_who_may_not_apply_asked_of_a_list_of_who_may_only_says_so(corpus_services: Services, question: str) -> None:
    # No document names anyone who may not apply to these schemes: the answer says that before who may.
    _, answer = corpus_services.pipeline.answer(question, None)
    paragraphs = answer.text.split("\n\n")
    said = next(i for i, p in enumerate(paragraphs) if "not say outright" in p or "ikke uttrykkelig" in p)
    listed = next(i for i, p in enumerate(paragraphs) if p.startswith(("These may apply", "Disse kan søke")))
    assert said < listed, answer.text


def test_the_2025_regelverk_named_in_english_is_0765_73(corpus_services: Services) -> None:
    # Not the IPS/JMO page that the word "IPS" also names: under 0765.73 voluntary organisations may not apply.
    _, answer = corpus_services.pipeline.answer(
        "We are a voluntary mental health organisation (a non-profit). Can we apply for the 2025 regelverk grant for "
        "IPS and work-oriented rehabilitation?",
        None,
    )
    assert answer.text.startswith("No. Voluntary and non-profit organisations may not apply"), answer.text


def test_the_one_applicant_type_that_may_apply_is_said_to_be_the_only_one(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Kan en fylkeskommune søke den nye ordningen for kommunalt rusarbeid?", None
    )
    assert answer.text.startswith("Nei. Fylkeskommuner kan ikke søke"), answer.text
    assert "Bare kommuner kan søke" in answer.text
