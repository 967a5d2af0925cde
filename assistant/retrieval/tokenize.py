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

GLOSSARY_PATH = Path(__file__).with_name("glossary.yaml")

# Letters and digits only: hyphens, slashes and punctuation split words, so "FACT-team" → fact, team.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Thousands written with spaces or dots ("750 000", "230.000.000") become one number token.
_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0.](?=\d{3}(?!\d))")
_CHECKBOXES = str.maketrans({"☒": " ", "☐": " ", "✓": " ", "•": " ", "−": " "})
_MIN_COMPOUND_PREFIX = 3


class Glossary(BaseModel):
    """Expansion terms, compound heads and stop words (see glossary.yaml)."""

    expansions: dict[str, list[str]] = Field(description="Phrase → Norwegian terms added to a query.")
    compound_heads: list[str] = Field(default_factory=list, description="Last parts of Norwegian compounds.")
    stop_words: dict[str, list[str]] = Field(default_factory=dict, description="Function words per language.")


def load_glossary(path: Path = GLOSSARY_PATH) -> Glossary:
    """Read and validate a glossary file."""
    return Glossary.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def _normalise(text: str) -> str:
    return _THOUSANDS.sub("", text.translate(_CHECKBOXES)).lower()


class NorwegianAnalyzer:
    """Turns chunk texts and queries into BM25 tokens."""

    def __init__(self, glossary: Glossary | None = None) -> None:
        import Stemmer

        glossary = glossary or load_glossary()
        self._stemmer = Stemmer.Stemmer("norwegian")
        self._stop = {word.lower() for words in glossary.stop_words.values() for word in words}
        self._heads = sorted({self._stem(head.lower()) for head in glossary.compound_heads}, key=len, reverse=True)
        # Longest phrase first, so "county municipality" wins over "municipality".
        phrases = sorted(glossary.expansions, key=lambda p: (-len(p), p))
        self._expansions = {p.lower(): terms for p, terms in glossary.expansions.items()}
        self._phrase_re = (
            re.compile(r"(?<![^\W_])(" + "|".join(re.escape(p.lower()) for p in phrases) + r")(?![^\W_])")
            if phrases
            else None
        )

    def _stem(self, word: str) -> str:
        stem: str = self._stemmer.stemWord(word)
        return stem

    def tokens(self, text: str) -> list[str]:
        """Index tokens of a text: stems of its non-stop words, plus the head of each compound."""
        out: list[str] = []
        for word in _WORD.findall(_normalise(text)):
            if word in self._stop:
                continue
            stem = self._stem(word)
            out.append(stem)
            head = self._compound_head(stem)
            if head:
                out.append(head)
        return out

    def _compound_head(self, stem: str) -> str | None:
        for head in self._heads:
            if len(stem) >= len(head) + _MIN_COMPOUND_PREFIX and stem.endswith(head):
                return head
        return None

    def expand(self, query: str) -> str:
        """The query followed by the glossary terms of every phrase it contains."""
        if self._phrase_re is None:
            return query
        lowered = _normalise(query)
        added = [term for match in self._phrase_re.finditer(lowered) for term in self._expansions[match.group(1)]]
        return " ".join([query, *added]) if added else query

    def query_tokens(self, query: str) -> list[str]:
        """Tokens of a query after glossary expansion."""
        return self.tokens(self.expand(query))


@cache
def default_analyzer() -> NorwegianAnalyzer:
    """The analyser built from the packaged glossary (shared; it is immutable)."""
    return NorwegianAnalyzer()
