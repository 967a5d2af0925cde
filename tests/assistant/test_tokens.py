"""Tokens and fuzzy word matching: typos allowed in proportion to length, never in short words."""

from __future__ import annotations

import pytest

from assistant.tokens import Lexicon, Token, fold, tokenize, within_distance, word_matches


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [
        ("søknad", "søknad", 0, True),
        ("søknad", "søkand", 1, True),  # adjacent swap counts as one edit
        ("deadline", "deadlnie", 1, True),
        ("kommune", "kommuner", 1, True),
        ("kommune", "komune", 1, True),
        ("tilskudd", "tilskud", 1, True),
        ("fylkeskommune", "kommune", 2, False),
        ("abc", "xyz", 2, False),
        ("", "ab", 2, True),
        ("", "abc", 2, False),
    ],
)
def test_within_distance(a: str, b: str, limit: int, expected: bool) -> None:
    assert within_distance(a, b, limit) is expected


@pytest.mark.parametrize(
    ("token", "word", "expected"),
    [
        ("frsit", "frist", True),
        ("mye", "mey", False),  # short words must be exact
        ("tak", "tok", False),
        ("lange", "mange", False),  # a different first letter is a different word
        ("rapportering", "raportering", True),
        ("rapporteringsfrist", "rapportreingsfrist", True),
        ("eligible", "elligible", True),
        ("stillinger", "stilling", False),  # two edits from an 8-letter word
        ("mcuh", "much", True),  # a swap in a 4-letter word
        ("mach", "much", False),
        ("arbeidsgiverr", "arbeidsgiver", True),
        ("including", "excluding", False),  # a wrong first letter is the only typo a long word may have
    ],
)
def test_word_matches(token: str, word: str, expected: bool) -> None:
    assert word_matches(token, word) is expected


def test_tokenize_lowercases_and_keeps_offsets() -> None:
    tokens = tokenize("Kan VI søke om ACT-team? What's up")
    assert [t.text for t in tokens] == ["kan", "vi", "søke", "om", "act", "team", "what's", "up"]
    assert tokens[1].original == "VI"
    assert "Kan VI søke"[tokens[2].start : tokens[2].end] == "søke"


def test_tokens_know_their_sentence() -> None:
    tokens = tokenize("Vi får 500 000 pr. år. Hva nå? Svar: ja; ca. 5 uker. 2 stillinger")
    by_word = {t.text: t.sentence for t in tokens}
    assert by_word["vi"] == by_word["pr"] == by_word["år"] == 0
    assert by_word["hva"] == by_word["nå"] == 1
    assert by_word["svar"] == 2
    assert by_word["ja"] == 3
    assert by_word["ca"] == by_word["5"] == 4  # a full stop before a small letter or a digit ends nothing
    assert by_word["stillinger"] == 4


@pytest.mark.parametrize(
    ("text", "pattern", "index"),
    [
        ("Når er søknadsfristen?", "*frist*", 2),
        ("Hva må søknaden inneholde", "søknad*", 2),
        ("how MUCH can we get", "how much", 0),
        ("we want to know how mcuh", "how much", 4),
        ("Hvem kan søke", "kan søke", 1),
        ("hvem kan soke", "kan søke", 1),  # typed without æøå
        ("ingenting her", "frist*", None),
        ("how", "how much", None),  # a pattern longer than the text
    ],
)
def test_lexicon_finds_pattern(text: str, pattern: str, index: int | None) -> None:
    lexicon = Lexicon([pattern, "unrelated words"])
    found = [i for i, p in lexicon.matches(tokenize(text)) if p == pattern]
    assert (found[0] if found else None) == index


def test_lexicon_prefers_longest_pattern_at_a_position() -> None:
    lexicon = Lexicon(["krav", "krav til søknad*"])
    tokens = tokenize("krav til søknaden")
    assert lexicon.starts(tokens, 0) == "krav til søknad*"
    assert lexicon.length("krav til søknad*") == 3
    assert lexicon.matched(tokens) == {"krav", "krav til søknad*"}
    assert lexicon.starts(tokenize("til krav"), 0) is None


def test_lexicon_custom_matcher_and_cache() -> None:
    calls: list[str] = []

    def exact(token: Token, word: str) -> bool:
        calls.append(token.text)
        return token.text == word

    lexicon = Lexicon(["kommune"], exact)
    assert lexicon.matched(tokenize("kommune kommune")) == {"kommune"}
    assert calls == ["kommune"]  # the second occurrence came from the cache
    assert not lexicon.matched(tokenize("kommuner"))


@pytest.mark.parametrize(("word", "folded"), [("søke", "soke"), ("år", "ar"), ("aar", "ar"), ("Være", "vaere")])
def test_fold(word: str, folded: str) -> None:
    assert fold(word) == folded


def test_a_hyphen_in_a_pattern_joins_the_tokens_it_is_split_into() -> None:
    lexicon = Lexicon(["co-funding", "e-post*", "pre project*"])
    assert lexicon.matched(tokenize("We need co-funding")) == {"co-funding"}
    assert lexicon.matched(tokenize("Send en e-postadresse")) == {"e-post*"}
    assert lexicon.matched(tokenize("with no pre-project")) == {"pre project*"}


@pytest.mark.parametrize(
    ("text", "pattern", "found"),
    [
        ("personvernerklæring", "personvern*", True),
        ("personvernet", "personvern*", True),
        ("persnvernet", "personvern*", True),  # one typo in a long prefix
        # A shorter word, or two letters off, is another word.
        ("personer", "personvern*", False),
        ("behandlingsteamet", "behandlingstid*", False),
    ],
)
def test_a_long_prefix_forgives_one_typo_in_a_word_at_least_as_long(text: str, pattern: str, found: bool) -> None:
    assert bool(Lexicon([pattern]).matched(tokenize(text))) is found
