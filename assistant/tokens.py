"""Tokens and fuzzy word matching shared by the language, intent and entity detectors."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

# Letters (incl. æøå and accents), digits and the in-word joiners that Norwegian compounds use ("ACT-team").
_TOKEN = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][a-z]+)?")
# Where a sentence (or a clause after a colon or semicolon) ends: "all full-time. What's the max in year 1?" holds
# no "all … years". A full stop ends one only before a capital, so "pr. år" and "ca. 5" do not.
_SENTENCE_END = re.compile(r"[?!;:](?=\s)|\.(?=\s+[A-ZÆØÅ«\"“])")


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Lower-cased spelling without æøå, as typed on a keyboard without them ("soke", "aar", "vaere")."""
    return word.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("aa", "a")


@dataclass(frozen=True)
class Token:
    """One word of a question: lower-cased, folded (no æøå), the original spelling, and its offsets."""

    text: str
    folded: str
    original: str
    start: int
    end: int
    # Which sentence of the text the word is in (counted from 0): a pattern's gap does not reach into the next one.
    sentence: int = 0


def tokenize(text: str) -> list[Token]:
    """Split text into word tokens (letters or digits), lower-cased, with offsets."""
    tokens = []
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    sentence = 0
    for m in _TOKEN.finditer(text):
        while sentence < len(ends) and ends[sentence] < m.start():
            sentence += 1
        lowered = m.group().lower().replace("’", "'")
        tokens.append(Token(lowered, fold(lowered), m.group(), m.start(), m.end(), sentence))
    return tokens


def max_typos(length: int) -> int:
    """How many edits a word of this length may contain and still count as the same word."""
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    return 2


def within_distance(a: str, b: str, limit: int) -> bool:
    """True if the Damerau-Levenshtein (adjacent swap) distance between a and b is at most `limit`."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > limit:
        return False
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return False
        previous2, previous = previous, current
    return previous[-1] <= limit


def word_matches(token: str, word: str) -> bool:
    """True if `token` is `word`, allowing typos in proportion to the word's length (never in short words)."""
    if token == word:
        return True
    token, word = fold(token), fold(word)
    if token == word:
        return True
    if token[:1] != word[:1]:
        # A wrong first letter usually means a different word ("mange" vs "lange"); in a long compound it may be
        # the only typo, never one of two ("including" is not "excluding").
        return len(word) >= 9 and within_distance(token, word, 1)
    if len(word) == 4 and sorted(token) == sorted(word):
        # Short words get no typos except two swapped letters ("mcuh" → "much").
        return within_distance(token, word, 1)
    return within_distance(token, word, max_typos(len(word)))


def cue_word_matches(token: Token, word: str) -> bool:
    """One word of a cue pattern against one token.

    A plain word is matched with typos allowed (`word_matches`); `word*` is a prefix (Norwegian inflection and
    compounds: `søknad*` matches "søknaden", "søknadsskjema"); `*word*` may sit anywhere inside the token
    ("rapporteringsfristen" contains "frist"); `^word` only in capitals; `=word` only as spelt.
    """
    if word.startswith("^"):
        # Short acronyms and the English pronoun "I" only in capitals.
        return token.original.isupper() and token.text == word[1:]
    if word.startswith("="):
        # As spelt, æøå included: "=vår" (our) is not "var" (was).
        return token.text == word[1:]
    if word.startswith("*") and word.endswith("*"):
        return fold(word[1:-1]) in token.folded
    if word.endswith("*"):
        stem = fold(word[:-1])
        # A typo in a long prefix, but only one, and only in a token at least as long ("personer" is no
        # "personvern*", "behandlingsteamet" no "behandlingstid*"); the stem's last letter must be there, or the
        # token goes on into another compound ("behandlingstilbudet" is no "behandlingstid*").
        folded = token.folded
        return folded.startswith(stem) or (
            len(stem) >= 6
            and len(folded) >= len(stem)
            and stem[-1] in folded[len(stem) - 2 : len(stem) + 1]
            and any(within_distance(folded[:size], stem, 1) for size in (len(stem) - 1, len(stem), len(stem) + 1))
        )
    return word_matches(token.text, word)


def exact_word_matches(token: Token, word: str) -> bool:
    """One word of a pattern against a token of a document's text, which has no typos: as written, or as a
    prefix (`word*`). "innen" is no "ingen" here."""
    if word.endswith("*"):
        return token.folded.startswith(fold(word[:-1]))
    return token.folded == fold(word)


# A hyphen inside a pattern joins two words, as tokenize() splits them ("co-funding", "e-post*", "ID-porten").
_PATTERN_SPLIT = re.compile(r"\s+|(?<=\w)-(?=\w)")


def pattern_words(pattern: str) -> tuple[str, ...]:
    """The words of a cue pattern, one per token it must match."""
    return tuple(word for word in _PATTERN_SPLIT.split(pattern) if word)


WordMatcher = Callable[[Token, str], bool]
# Enough distinct tokens for a long-running server; the cache is cleared when full.
_CACHE_LIMIT = 50_000


class Lexicon:
    """A set of (multi-word) patterns matched against questions fast.

    Each distinct token is compared with the pattern words once (cached, and only with words that could match it),
    so scoring a question against hundreds of cues costs a few set look-ups per token.
    """

    def __init__(self, patterns: Iterable[str], matcher: WordMatcher = cue_word_matches) -> None:
        self.patterns = tuple(dict.fromkeys(patterns))
        self._matcher = matcher
        self._words = {pattern: pattern_words(pattern) for pattern in self.patterns}
        self._by_first: dict[str, list[str]] = {}
        for pattern in self.patterns:
            self._by_first.setdefault(self._words[pattern][0], []).append(pattern)
        self._buckets: dict[str, list[str]] = {}
        for word in {w for words in self._words.values() for w in words}:
            core = fold(word.strip("*^~="))
            # Infixes, long words (typos allowed in the first letter) and empty cores are tried for every token.
            key = "" if word.startswith("*") or len(core) >= 9 or not core else core[0]
            self._buckets.setdefault(key, []).append(word)
        self._cache: dict[tuple[str, bool], frozenset[str]] = {}

    def words(self, token: Token) -> frozenset[str]:
        """The pattern words this token matches."""
        key = (token.text, token.original.isupper())
        found = self._cache.get(key)
        if found is None:
            candidates = [*self._buckets.get(token.folded[:1], ()), *self._buckets.get("", ())]
            found = frozenset(word for word in candidates if self._matcher(token, word))
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = found
        return found

    def matches(self, tokens: Sequence[Token]) -> list[tuple[int, str]]:
        """Every (token index, pattern) where a pattern matches, in text order; patterns may overlap."""
        per_token = [self.words(token) for token in tokens]
        found: list[tuple[int, str]] = []
        for index, words in enumerate(per_token):
            for first in words:
                for pattern in self._by_first.get(first, ()):
                    rest = self._words[pattern][1:]
                    if index + len(rest) < len(tokens) and all(
                        word in per_token[index + 1 + offset] for offset, word in enumerate(rest)
                    ):
                        found.append((index, pattern))
        found.sort(key=lambda item: item[0])
        return found

    def matched(self, tokens: Sequence[Token]) -> set[str]:
        """The patterns that match anywhere in the tokens."""
        return {pattern for _, pattern in self.matches(tokens)}

    def starts(self, tokens: Sequence[Token], index: int = 0) -> str | None:
        """The longest pattern matching at `index`, or None."""
        here = [pattern for i, pattern in self.matches(tokens) if i == index]
        return max(here, key=lambda p: len(self._words[p]), default=None)

    def length(self, pattern: str) -> int:
        """Number of words in a pattern."""
        return len(self._words[pattern])
