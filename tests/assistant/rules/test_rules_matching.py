"""Matching questions to schemes: ordinary words name no scheme; English names and acronyms do."""

from __future__ import annotations

import pytest

from assistant.rules.book import RuleBook
from assistant.settings import PROJECT_ROOT

BOOK = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")

# Questions that name no scheme: the words of any amount, deadline or eligibility question, in nb and en.
ORDINARY = [
    "Hvor mye får vi per stilling?",
    "How much per position?",
    "Hvor mange årsverk kan vi få tilskudd til?",
    "Hvor mye får vi for en 50 % stilling i år 2?",
    "Kan vi få penger til en teamleder og en veileder?",
    "Finnes det en veileder for søknaden?",
    "Hva er søknadsfristen?",
    "Kan vi klage på vedtaket?",
    "Hvem kan søke om tilskudd?",
    "Hvor mye egenfinansiering må vi ha?",
    "Gir dette arbeidsinkludering?",
    "Kan vi prøve nye metoder?",
    "How much can we get for a team leader?",
    "What is the application deadline?",
    "In fact, how much can we get per position in year 1?",
    "Does the Public Administration Act give us a right of appeal?",
    "Who decides, and can we appeal?",
    "Can a municipality apply for a grant for a new project?",
    "What is the maximum grant per full-time position?",
    "Can we get a grant for a resource team?",
    "Do I need to act before the deadline?",
]


@pytest.mark.parametrize("question", ORDINARY)
def test_ordinary_questions_match_no_scheme(question: str) -> None:
    assert BOOK.match_schemes(question) == []


ENGLISH_SCHEME_ALIASES = [(s.id, alias) for s in BOOK.schemes.values() for alias in s.aliases_en]
_ALL_MEASURE_ALIASES = [
    (s.id, m.id, alias) for s in BOOK.schemes.values() for m in s.measures.values() for alias in m.aliases_en
]
# A role two measures fund under their own names: the IPS page's "job specialist" (nb "jobbspesialist", not checked
# here) is Tiltak B's role in ACT teams.
# Which one is meant, the conversation says (tests/assistant/questions/test_followups.py).
SHARED_MEASURE_ALIASES = {"job specialist", "job specialists"}
ENGLISH_MEASURE_ALIASES = [item for item in _ALL_MEASURE_ALIASES if item[2] not in SHARED_MEASURE_ALIASES]


def test_only_the_listed_measure_aliases_are_shared() -> None:
    seen: dict[str, int] = {}
    for _, _, alias in _ALL_MEASURE_ALIASES:
        seen[alias] = seen.get(alias, 0) + 1
    assert {alias for alias, count in seen.items() if count > 1} == SHARED_MEASURE_ALIASES


def test_every_scheme_has_english_aliases() -> None:
    assert {scheme_id for scheme_id, _ in ENGLISH_SCHEME_ALIASES} == set(BOOK.schemes)


@pytest.mark.parametrize(("scheme_id", "alias"), ENGLISH_SCHEME_ALIASES, ids=[a for _, a in ENGLISH_SCHEME_ALIASES])
def test_each_english_scheme_alias_names_its_scheme_first(scheme_id: str, alias: str) -> None:
    matches = BOOK.match_schemes(f"Can we apply for the {alias}? How much could we get?")
    assert matches and matches[0].scheme_id == scheme_id, [(m.scheme_id, m.alias) for m in matches]


@pytest.mark.parametrize(
    ("scheme_id", "measure_id", "alias"), ENGLISH_MEASURE_ALIASES, ids=[a for _, _, a in ENGLISH_MEASURE_ALIASES]
)
def test_each_english_measure_alias_names_its_scheme_and_measure(scheme_id: str, measure_id: str, alias: str) -> None:
    matches = BOOK.match_schemes(f"How much is the grant for {alias} in year 1?")
    assert (matches[0].scheme_id, matches[0].measure) == (scheme_id, measure_id), [
        (m.scheme_id, m.measure, m.alias) for m in matches
    ]


@pytest.mark.parametrize(
    ("question", "scheme_id"),
    [
        ("How long does the transitional scheme for municipal substance abuse work run?", "rus-overgang"),
        ("Who may apply for municipal substance abuse work grants?", "rus-ny"),
        ("Can a municipality apply for services for adults with long-term and complex needs?", "voksne-langvarige"),
        ("What does the IPS and JMO grant require?", "ips-jmo"),
        ("Is the work and education rehabilitation grant still open?", "0765-73"),
        ("Hvor lenge varer overgangsordningen for kommunalt rusarbeid?", "rus-overgang"),
    ],
)
def test_english_and_norwegian_names_prefer_the_longest_name(question: str, scheme_id: str) -> None:
    assert BOOK.match_schemes(question)[0].scheme_id == scheme_id


def test_acronyms_that_are_english_words_only_match_in_capitals() -> None:
    assert BOOK.match_schemes("in fact, what is an act?") == []
    found = {m.scheme_id: m.measure for m in BOOK.match_schemes("How much does a FACT team get in year 3?")}
    assert found.get("voksne-langvarige") == "act-fact"
    assert found.get("0765-73") == "B"
    assert [m.scheme_id for m in BOOK.match_schemes("Hva er ACT?")] == ["voksne-langvarige"]


def test_abbreviations_match_whole_words_only() -> None:
    assert BOOK.match_schemes("Har dere noen tips til søknaden?") == []
    assert BOOK.match_schemes("maks for nytt ips prosjekt andre driftsår?")[0].scheme_id == "ips-jmo"


def test_measure_lookup_accepts_the_id_typed_with_norwegian_letters() -> None:
    scheme = BOOK.scheme("rus-overgang")
    assert BOOK.measure(scheme, "årsverk").id == "arsverk"
    assert BOOK.measure(scheme, "Tilskudd til spesifiserte årsverk (overgangsordningen)").id == "arsverk"


def test_scheme_lookup_accepts_english_names() -> None:
    assert BOOK.scheme("IPS and JMO grant").id == "ips-jmo"
    assert BOOK.scheme("Services for adults with long-term and complex needs").id == "voksne-langvarige"


def test_match_measure_uses_cased_acronyms_in_context() -> None:
    assert BOOK.match_measure("voksne-langvarige", "Og FACT?") == "act-fact"
    assert BOOK.match_measure("voksne-langvarige", "and in fact?") is None


def test_with_a_thousand_schemes_a_question_finds_the_one_it_names() -> None:
    """Matching goes through word indexes at scale; it must still find the scheme named by name or budget line."""
    from eval.synthetic.generate import generate_document

    generated = [generate_document(0, index) for index in range(1000)]
    book = RuleBook({truth.id: truth for _, _, truth, _ in generated})
    for spec, _, _, cases in generated[::37]:
        assert book.match_schemes(f"Hvem kan søke om tilskudd fra «{spec.name}»?")[0].scheme_id == spec.scheme_id
        assert book.match_schemes(f"Frister under kap. {spec.chapter} post {spec.post}")[0].scheme_id == spec.scheme_id
        # A name written with a word added still names it (a near match), ahead of every other scheme.
        words = spec.name.split()
        if len(words) >= 6:
            near = " ".join([words[0], "gode", *words[1:]])
            assert book.match_schemes(near)[0].scheme_id == spec.scheme_id, near
        for case in cases:
            assert spec.scheme_id in [m.scheme_id for m in book.match_schemes(case.question)], case.question


@pytest.mark.parametrize(
    ("question", "scheme_id"),
    [
        ("Hvem kan søke om overgangsordningspenger?", "rus-overgang"),
        ("Er overgangsordningsbeløpet likt hvert år?", "rus-overgang"),
    ],
)
def test_a_compound_that_starts_with_a_schemes_name_names_the_scheme(question: str, scheme_id: str) -> None:
    assert [m.scheme_id for m in BOOK.match_schemes(question)][:1] == [scheme_id]
