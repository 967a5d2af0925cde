"""The Norwegian analyser: splitting, stemming, stop words, numbers, compounds and glossary expansion."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.retrieval.tokenize import Glossary, NorwegianAnalyzer, default_analyzer, load_glossary


@pytest.fixture(scope="module")
def analyzer() -> NorwegianAnalyzer:
    return default_analyzer()


def test_lower_cases_and_keeps_norwegian_letters(analyzer: NorwegianAnalyzer) -> None:
    tokens = analyzer.tokens("SØKNADSBEHANDLING Årsverk Bækkevold")
    assert all(token == token.lower() for token in tokens)
    assert any("ø" in token for token in tokens)
    assert any(token.startswith("år") for token in tokens)
    assert any("æ" in token for token in tokens)


def test_hyphenated_compounds_split_into_parts(analyzer: NorwegianAnalyzer) -> None:
    assert analyzer.tokens("FACT-team") == ["fact", "team"]
    assert "utdanningsspesialist" in analyzer.tokens("arbeids-/utdanningsspesialist")


def test_inflected_forms_share_a_stem(analyzer: NorwegianAnalyzer) -> None:
    assert analyzer.tokens("kommuner") == analyzer.tokens("kommune") == analyzer.tokens("kommunen")
    assert analyzer.tokens("fylkeskommuner") == analyzer.tokens("fylkeskommune")
    # A county municipality is not a municipality: the stems stay apart.
    assert analyzer.tokens("kommuner") != analyzer.tokens("fylkeskommuner")


def test_checkboxes_and_stop_words_are_dropped(analyzer: NorwegianAnalyzer) -> None:
    assert analyzer.tokens("☒ Kommuner ☐ Fylkeskommuner") == analyzer.tokens("Kommuner Fylkeskommuner")
    assert analyzer.tokens("og i på the of") == []


def test_negation_and_question_words_are_kept(analyzer: NorwegianAnalyzer) -> None:
    tokens = analyzer.tokens("Hvem kan ikke søke")
    assert "hvem" in tokens
    assert "ikk" in tokens or "ikke" in tokens


def test_thousands_separators_join_numbers(analyzer: NorwegianAnalyzer) -> None:
    assert "750000" in analyzer.tokens("kr. 750 000")
    assert "230000000" in analyzer.tokens("kr. 230.000.000")
    assert analyzer.tokens("Rapporteringsfrist er 01.04")[-2:] == ["01", "04"]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Beløp25 mill.", ["beløp", "25", "mill"]),
        ("tiltak1post2", ["tiltak", "1", "post", "2"]),
        ("1 250 000 kr", ["1250000", "kr"]),
        ("12 34", ["12", "34"]),
        ("x 2 000 000y", ["x", "2000000", "y"]),
    ],
)
def test_words_run_into_numbers_are_split_and_grouped_numbers_joined(
    analyzer: NorwegianAnalyzer, text: str, tokens: list[str]
) -> None:
    assert analyzer.tokens(text) == tokens


def test_a_word_gives_the_same_tokens_every_time(analyzer: NorwegianAnalyzer) -> None:
    first = analyzer.tokens("Søknadsfristen for kommunene")
    assert analyzer.tokens("søknadsfristen for kommunene") == first == analyzer.tokens("Søknadsfristen for kommunene")


def test_compounds_also_yield_their_head(analyzer: NorwegianAnalyzer) -> None:
    tokens = analyzer.tokens("søknadsfristen")
    assert tokens[0].startswith("søknadsfrist")
    assert "frist" in tokens
    # A word that is only the head is not doubled.
    assert analyzer.tokens("frist") == ["frist"]


def test_english_query_is_expanded_to_norwegian_terms(analyzer: NorwegianAnalyzer) -> None:
    tokens = analyzer.query_tokens("Can a county municipality apply for Tiltak B?")
    assert analyzer.tokens("fylkeskommuner")[0] in tokens
    assert analyzer.tokens("søke")[0] in tokens
    # "municipality" inside the longer phrase is not expanded on its own.
    assert analyzer.tokens("kommuner")[0] not in tokens


def test_phrases_match_on_word_boundaries_only(analyzer: NorwegianAnalyzer) -> None:
    assert analyzer.expand("counties") != "counties"
    assert analyzer.expand("discount") == "discount"


def test_custom_glossary_is_used(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yaml"
    path.write_text("expansions:\n  whale: [hval]\ncompound_heads: []\nstop_words: {}\n", encoding="utf-8")
    glossary = load_glossary(path)
    assert isinstance(glossary, Glossary)
    custom = NorwegianAnalyzer(glossary)
    assert "hval" in custom.query_tokens("blue whale")


def test_packaged_glossary_maps_english_to_norwegian() -> None:
    glossary = load_glossary()
    assert len(glossary.expansions) > 50
    assert all(terms for terms in glossary.expansions.values())
    assert all(phrase == phrase.lower() for phrase in glossary.expansions)
