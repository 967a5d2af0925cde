"""Norwegian analyser for BM25: lower-case, unicode word split, stop words, Snowball stemming, compound heads.

Queries additionally get lexical expansion from `glossary.yaml` (English and colloquial terms → Norwegian corpus
vocabulary), so an English question can match Norwegian text without a translation model.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from assistant.applicants import APPLICANTS
from assistant.tokens import max_typos, within_distance

GLOSSARY_PATH = Path(__file__).with_name("glossary.yaml")

# Letters and digits only: hyphens, slashes and punctuation split words, so "FACT-team" → fact, team.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Thousands written with spaces or dots ("750 000", "230.000.000") become one number token.
_THOUSANDS = re.compile(r"(\d)[ \u00a0.](?=\d{3}(?!\d))")
# A word run into a number ("Beløp25 mill." in the 2015 table, "100%") is two tokens. (Two consuming patterns:
# zero-width look-arounds at every position made this the slowest step of indexing a large corpus.)
_LETTER_THEN_DIGIT = re.compile(r"([^\W\d_])(?=\d)")
_DIGIT_THEN_LETTER = re.compile(r"(\d)(?=[^\W\d_])")
_CHECKBOXES = re.compile("[☒☐✓•−]")
_MIN_COMPOUND_PREFIX = 3
# Words remembered as typos or not of the glossary's words (a long-running server sees a bounded vocabulary).
_MEMO_LIMIT = 100_000


class EligibilityRule(BaseModel):
    """A question naming an applicant type and one of `triggers` asks who may apply: add `add`."""

    triggers: list[str] = Field(description="Words of applying, nb and en.")
    add: list[str] = Field(description="Terms added to the query.")


class Glossary(BaseModel):
    """Expansion terms, compound heads and stop words (see glossary.yaml)."""

    expansions: dict[str, list[str]] = Field(description="Phrase → Norwegian terms added to a query.")
    compound_heads: list[str] = Field(default_factory=list, description="Last parts of Norwegian compounds.")
    stop_words: dict[str, list[str]] = Field(default_factory=dict, description="Function words per language.")
    eligibility: EligibilityRule | None = Field(default=None, description="Who-may-apply question expansion.")


def load_glossary(path: Path = GLOSSARY_PATH) -> Glossary:
    """Read and validate a glossary file."""
    return Glossary.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def _normalise(text: str) -> str:
    text = _THOUSANDS.sub(r"\1", _CHECKBOXES.sub(" ", text))
    return _DIGIT_THEN_LETTER.sub(r"\1 ", _LETTER_THEN_DIGIT.sub(r"\1 ", text)).lower()


class NorwegianAnalyzer:
    """Turns chunk texts and queries into BM25 tokens."""

    def __init__(self, glossary: Glossary | None = None) -> None:
        import Stemmer

        glossary = glossary or load_glossary()
        self._stemmer = Stemmer.Stemmer("norwegian")
        self._stop = {word.lower() for words in glossary.stop_words.values() for word in words}
        # Stemming each word once: a corpus has tens of thousands of distinct words but millions of tokens.
        self._word_tokens: dict[str, tuple[str, ...]] = {}
        self._heads = sorted({self._stem(head.lower()) for head in glossary.compound_heads}, key=len, reverse=True)
        # Phrases match on English stems, so "misused" finds "misuse" and "applies" finds "apply".
        self._english = Stemmer.Stemmer("english")
        self._phrases: dict[tuple[str, ...], list[str]] = {}
        for phrase, terms in glossary.expansions.items():
            known = self._phrases.setdefault(self._phrase_key(phrase), [])
            known.extend(term for term in terms if term not in known)
        self._longest = max((len(key) for key in self._phrases), default=0)
        # One-word glossary phrases by first letter, for typo look-ups.
        self._glossary_words: dict[str, set[str]] = {}
        for phrase in glossary.expansions:
            words = _WORD.findall(_normalise(phrase))
            if len(words) == 1:
                self._glossary_words.setdefault(words[0][:1], set()).add(words[0])
        self._misspelt: dict[str, bool] = {}
        rule = glossary.eligibility
        self._eligibility_add = rule.add if rule else []
        self._eligibility_triggers = {self._phrase_key(word) for word in rule.triggers} if rule else set()
        self._applicant_keys = {
            self._phrase_key(name) for info in APPLICANTS.values() for name in [*info.synonyms, info.nb_plural]
        }

    def _phrase_key(self, text: str) -> tuple[str, ...]:
        return tuple(self._english.stemWords(_WORD.findall(_normalise(text))))

    def _stem(self, word: str) -> str:
        stem: str = self._stemmer.stemWord(word)
        return stem

    def tokens(self, text: str) -> list[str]:
        """Index tokens of a text: stems of its non-stop words, plus the head of each compound."""
        out: list[str] = []
        memo = self._word_tokens
        for word in _WORD.findall(_normalise(text)):
            found = memo.get(word)
            if found is None:
                found = memo[word] = self._analyse_word(word)
            out.extend(found)
        return out

    def _analyse_word(self, word: str) -> tuple[str, ...]:
        """A word's tokens: none for a stop word, else its stem and maybe its compound head."""
        if word in self._stop:
            return ()
        stem = self._stem(word)
        head = self._compound_head(stem)
        return (stem, head) if head else (stem,)

    def _compound_head(self, stem: str) -> str | None:
        for head in self._heads:
            if len(stem) >= len(head) + _MIN_COMPOUND_PREFIX and stem.endswith(head):
                return head
        return None

    def is_glossary_phrase(self, text: str) -> bool:
        """True if the whole text is one glossary phrase ("right of appeal", "deadline")."""
        return self._phrase_key(text) in self._phrases

    def misspells_glossary_word(self, word: str) -> bool:
        """True if the English word is a typo of a one-word glossary phrase ("employmnet" of "employment"): one that
        keeps the first letter, as typos do ("dental" is no "rental")."""
        word = word.lower()
        found = self._misspelt.get(word)
        if found is None:
            limit = max_typos(len(word))
            found = limit > 0 and any(
                abs(len(known) - len(word)) <= limit and within_distance(word, known, limit)
                for known in self._glossary_words.get(word[:1], ())
            )
            if len(self._misspelt) < _MEMO_LIMIT:
                self._misspelt[word] = found
        return found

    def _phrases_in(self, words: tuple[str, ...]) -> list[tuple[int, int, list[str]]]:
        """The glossary phrases among the (English-stemmed) `words`, longest first at each place: (start, end,
        terms); a word in no phrase is (i, i + 1, [])."""
        found: list[tuple[int, int, list[str]]] = []
        i = 0
        while i < len(words):
            for length in range(min(self._longest, len(words) - i), 0, -1):
                terms = self._phrases.get(words[i : i + length])
                if terms is not None:
                    found.append((i, i + length, terms))
                    i += length
                    break
            else:
                found.append((i, i + 1, []))
                i += 1
        return found

    def expand(self, query: str) -> str:
        """The query followed by the glossary terms of every phrase it contains (longest phrase first)."""
        words = self._phrase_key(query)
        added = [term for _, _, terms in self._phrases_in(words) for term in terms]
        if self._asks_who_may_apply(words):
            added.extend(self._eligibility_add)
        # A Norwegian word can share its stem with an English glossary phrase ("rehabilitering"): don't add it twice.
        present = set(self.tokens(query))
        added = [term for term in dict.fromkeys(added) if not set(self.tokens(term)) <= present]
        return " ".join([query, *added]) if added else query

    def _asks_who_may_apply(self, words: tuple[str, ...]) -> bool:
        if not self._eligibility_add or not any((word,) in self._eligibility_triggers for word in words):
            return False
        spans = {words[i : i + n] for n in range(1, 4) for i in range(len(words) - n + 1)}
        return not spans.isdisjoint(self._applicant_keys)

    def query_tokens(self, query: str) -> list[str]:
        """Tokens of a query after glossary expansion."""
        return self.tokens(self.expand(query))

    def query_groups(self, query: str) -> list[tuple[list[str], list[str]]]:
        """The query's tokens grouped by what they translate, as (its own tokens, its translations' tokens): a
        glossary phrase and its terms are one group ("new": ny, nye, nytt — one word asked, whichever form a sentence
        uses); any other token is a group of its own, with no translations."""
        words = _WORD.findall(_normalise(query))
        keys = self._phrase_key(query)  # the same words, English-stemmed
        groups: list[tuple[list[str], list[str]]] = []
        for start, end, terms in self._phrases_in(keys):
            own = self.tokens(" ".join(words[start:end]))
            if terms:
                groups.append((own, self.tokens(" ".join(terms))))
            else:
                groups.extend(([token], []) for token in own)
        if self._asks_who_may_apply(keys):
            groups.append(([], self.tokens(" ".join(self._eligibility_add))))
        return groups


@cache
def default_analyzer() -> NorwegianAnalyzer:
    """The analyser built from the packaged glossary (shared; it is immutable)."""
    return NorwegianAnalyzer()
