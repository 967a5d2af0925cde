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
ENGLISH_MEASURE_ALIASES = [
    (s.id, m.id, alias) for s in BOOK.schemes.values() for m in s.measures.values() for alias in m.aliases_en
]
# Roles two measures fund under their own names: the IPS page's "jobbspesialist" is Tiltak B's role in ACT teams.
# Which one is meant, the conversation says (tests/assistant/questions/test_followups.py).
MEASURE_ROLES = [(s.id, m.id, role) for s in BOOK.schemes.values() for m in s.measures.values() for role in m.roles]


def test_no_measure_alias_is_shared_only_roles_are() -> None:
    aliases = [alias for _, _, alias in ENGLISH_MEASURE_ALIASES]
    assert len(aliases) == len(set(aliases))
    roles = [role for _, _, role in MEASURE_ROLES]
    assert {"jobbspesialist", "job specialist"} <= {role for role in roles if roles.count(role) > 1}


@pytest.mark.parametrize(("scheme_id", "measure_id", "role"), MEASURE_ROLES, ids=[r for _, _, r in MEASURE_ROLES])
def test_each_role_names_its_measure_by_role_only(scheme_id: str, measure_id: str, role: str) -> None:
    matches = BOOK.match_schemes(f"How much is the grant for a {role} in year 1?")
    assert (scheme_id, measure_id, True) in [(m.scheme_id, m.measure, m.by_role) for m in matches]


def test_every_scheme_has_english_aliases() -> None:
    assert {scheme_id for scheme_id, _ in ENGLISH_SCHEME_ALIASES} == set(BOOK.schemes)


@pytest.mark.parametrize(("scheme_id", "alias"), ENGLISH_SCHEME_ALIASES, ids=[a for _, a in ENGLISH_SCHEME_ALIASES])
def test_each_english_scheme_alias_names_its_scheme_first(scheme_id: str, alias: str) -> None:
    # An alias two schemes share ("municipal substance abuse work", as "kommunalt rusarbeid") names both, either
    # first: the words the user adds ("transitional", "new") tell them apart.
    sharing = {other for other, shared in ENGLISH_SCHEME_ALIASES if shared.lower() == alias.lower()}
    matches = BOOK.match_schemes(f"Can we apply for the {alias}? How much could we get?")
    assert matches and matches[0].scheme_id in sharing, [(m.scheme_id, m.alias) for m in matches]
    assert sharing <= {m.scheme_id for m in matches}


def test_a_shared_scheme_alias_with_a_word_of_one_schemes_own_names_that_scheme() -> None:
    matches = BOOK.match_schemes("Municipal substance abuse work, transitional scheme 2023: we have a 60% position.")
    assert matches[0].scheme_id == "rus-overgang"
    matches = BOOK.match_schemes("What is the new scheme for municipal substance abuse work?")
    assert matches[0].scheme_id == "rus-ny"


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


def test_a_measure_named_outranks_a_role_another_scheme_funds() -> None:
    text = "Our new IPS project will have three employment specialists. What can we apply for in year 2?"
    first, *rest = BOOK.match_schemes(text)
    assert (first.scheme_id, first.by_role) == ("ips-jmo", False)
    assert [(m.scheme_id, m.by_role) for m in rest] == [("0765-73", True)]
    # A bare acronym names a scheme less surely than the role does.
    assert BOOK.match_schemes("What IPS money is there per employment specialist?")[0].scheme_id == "0765-73"
    # A role with the measure's own name, or a scheme's long name written freely, is no role-only match.
    assert not BOOK.match_schemes("Tiltak B for an employment specialist")[0].by_role
    assert not BOOK.match_schemes("And for the new municipal substance-abuse scheme?")[0].by_role


def test_an_alias_and_most_of_the_full_name_name_a_scheme_surely() -> None:
    # "FACT-team" is an alias of two schemes; with most of one's full name besides, that one is named outright.
    text = "Hva er satsen per stilling i et FACT-team under Tilbud til voksne med langvarige tjenestebehov i 2025?"
    first = BOOK.match_schemes(text)[0]
    assert (first.scheme_id, first.score) == ("voksne-langvarige", 1.0)
    # Words another scheme's own name found also has are no further words of this one's: the adults' scheme's
    # "langvarige og sammensatte tjenestebehov" beside "barn/unge" does not make the children's scheme sure.
    text = "Når ble ordningen for langvarige og sammensatte tjenestebehov delt i en voksen- og en barn/unge-ordning?"
    assert all(match.score < 1.0 for match in BOOK.match_schemes(text) if match.scheme_id == "barn-unge-langvarige")
    # The alias alone names it less surely.
    assert BOOK.match_schemes("Hva er satsen per stilling i et FACT-team for voksne?")[0].score < 1.0


def test_the_post_alone_names_the_scheme_of_that_budget_post() -> None:
    # "post 73" is 0765.73's: the IPS named beside it is what that scheme funds, not the older IPS/JMO page.
    assert BOOK.match_schemes("IPS funding under post 73")[0].scheme_id == "0765-73"


def test_a_scheme_named_with_its_year_comes_before_the_same_name_undated() -> None:
    dated = BOOK.match_schemes("Hvem kunne få midler til jobbmestrende oppfølging i 2015?")
    assert [m.scheme_id for m in dated][:2] == ["oversikt-2015/jmo-2015", "ips-jmo"]
    undated = BOOK.match_schemes("Hvem kan få midler til jobbmestrende oppfølging?")
    assert [m.scheme_id for m in undated] == ["ips-jmo"]


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


@pytest.mark.parametrize(
    "question",
    ["Hvor mye gis per årsverk i behandlingsteamet det tredje året?", "Får et behandlingsteam på 12 stillinger mer?"],
)
def test_the_documents_own_word_for_an_act_team_names_its_measure(question: str) -> None:
    """The 2019 rules call the ACT/FACT team "behandlingsteamet" where they price its positions."""
    first = BOOK.match_schemes(question)[0]
    assert (first.scheme_id, first.measure) == ("voksne-langvarige", "act-fact")
