"""The question-type and qualifier vocabulary (vocabulary.yaml), compiled into fast matchers.

Understanding reads types and qualifiers from here; nothing else searches a question's text for cue words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

from assistant.errors import InvalidSettings
from assistant.tokens import Lexicon, Token, exact_word_matches, pattern_words, tokenize

VOCABULARY_FILE = Path(__file__).resolve().parent / "vocabulary.yaml"
# In a qualifier pattern, "..." lets any words stand between two parts ("hvem ... søk*").
GAP = "..."
# The qualifiers naming public bodies start so ("body_directorate", "body_county_governor" …).
_BODY = "body_"
# A type counts as secondary when it scores at least this much (one clear cue).
SECONDARY_MIN_SCORE = 2.0


class _Cues(BaseModel):
    model_config = {"extra": "forbid"}

    nb: dict[str, float] = Field(default_factory=dict)
    en: dict[str, float] = Field(default_factory=dict)
    # The least weight of cues that names this type in a question with no quantity of its own.
    min_score: float = 0.0


class _Words(BaseModel):
    model_config = {"extra": "forbid"}

    nb: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    # False for a qualifier read only at one place of a question (the first word, the word after "how many"):
    # found elsewhere, it means nothing.
    anywhere: bool = True


class _Label(BaseModel):
    model_config = {"extra": "forbid"}

    nb: str
    en: str


class _Subject(_Words):
    label: _Label
    evidence: list[str] = Field(min_length=1)
    # Question types for which the cues name something else: "brukes til kursavgifter" asks what the money may
    # pay for, not what a course costs.
    not_for_types: list[str] = Field(default_factory=list)


class _VocabularyFile(BaseModel):
    model_config = {"extra": "forbid"}

    types: dict[str, _Cues]
    domain: list[str]
    qualifiers: dict[str, _Words]
    subjects: dict[str, _Subject] = Field(default_factory=dict)


@dataclass(frozen=True)
class Qualifier:
    """Patterns (either language) whose parts may be separated by gaps; matched on a question's tokens."""

    name: str
    patterns: tuple[tuple[str, ...], ...]
    lexicon: Lexicon
    anywhere: bool = True

    def spans(self, tokens: Sequence[Token]) -> list[tuple[int, int]]:
        """(first, last) token indexes of every match, in text order; a match lies within one sentence."""
        by_start: dict[str, list[int]] = {}
        for index, part in self.lexicon.matches(tokens):
            by_start.setdefault(part, []).append(index)
        found: list[tuple[int, int]] = []
        for parts in self.patterns:
            for start in by_start.get(parts[0], ()):
                end = start + self.lexicon.length(parts[0]) - 1
                for part in parts[1:]:
                    sentence = tokens[end].sentence
                    later = [i for i in by_start.get(part, ()) if i > end and tokens[i].sentence == sentence]
                    if not later:
                        break
                    end = later[0] + self.lexicon.length(part) - 1
                else:
                    found.append((start, end))
        return sorted(set(found))

    def found(self, tokens: Sequence[Token]) -> bool:
        return bool(self.spans(tokens))


@dataclass(frozen=True)
class Subject:
    """Something a question may be about that regulations often leave out (tax, courts, salary levels …)."""

    name: str
    label_nb: str
    label_en: str
    cues: Qualifier
    # Any of the evidence words at a word start in a document's text: the document speaks of the subject.
    evidence: re.Pattern[str]
    not_for_types: frozenset[str] = frozenset()

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_nb


@dataclass(frozen=True)
class Vocabulary:
    """Type cues with weights, in tie-breaking order, and the qualifiers."""

    type_names: tuple[str, ...]
    min_scores: dict[str, float]
    cue_lexicon: Lexicon
    cue_weights: dict[str, list[tuple[str, float]]]
    # The cues with a gap ("use ... money"), each matched as a qualifier is.
    gapped_cues: tuple[Qualifier, ...]
    domain: Lexicon
    qualifiers: dict[str, Qualifier]
    subjects: dict[str, Subject]
    known_words: Lexicon  # every word of a type's or qualifier's cues, as written

    def knows(self, word: str) -> bool:
        """Whether the word is one the question types and qualifiers are told by ("told", "informed", "sign"):
        a question in such words is about grants, whatever the corpus calls the same things."""
        tokens = tokenize(word)
        return len(tokens) == 1 and bool(self.known_words.words(tokens[0]))

    def type_scores(self, tokens: Sequence[Token]) -> dict[str, float]:
        """Sum of the weights of the cues found (each cue once, anywhere: word order does not matter)."""
        scores: dict[str, float] = {}
        gapped = {cue.name for cue in self.gapped_cues if cue.found(tokens)}
        # In a fixed order, and typed in the vocabulary's order: a set's order varies from run to run, and so would
        # the sums' last digits and which of two equal scores comes first.
        for pattern in sorted(self.cue_lexicon.matched(tokens) | gapped):
            for name, weight in self.cue_weights[pattern]:
                scores[name] = scores.get(name, 0.0) + weight
        return {name: scores[name] for name in self.type_names if name in scores}

    def rank_types(self, scores: dict[str, float]) -> list[str]:
        """Types by score, ties broken by vocabulary order; only the top one and those with a clear cue."""
        ranked = sorted(scores, key=lambda name: (-scores[name], self.type_names.index(name)))
        return [name for i, name in enumerate(ranked) if i == 0 or scores[name] >= SECONDARY_MIN_SCORE]

    def cue_words(self, type_name: str) -> str:
        """The words that name a type ("frist søknadsfrist deadline …"), without wildcards."""
        return " ".join(
            pattern.replace("*", "")
            for pattern, weights in self.cue_weights.items()
            if any(name == type_name for name, _ in weights)
        )

    def named_without_quantities(self, scores: dict[str, float]) -> dict[str, float]:
        """The scores of the types whose cues are strong enough to name them in a question giving no quantity."""
        return {name: score for name, score in scores.items() if score >= self.min_scores.get(name, 0.0)}

    def in_domain(self, tokens: Sequence[Token]) -> bool:
        """True if any token belongs to the grant-regulation vocabulary."""
        return any(self.domain.words(token) for token in tokens)

    def qualifier(self, name: str) -> Qualifier:
        return self.qualifiers[name]

    def in_document(self, name: str) -> Qualifier:
        """The qualifier matched without typos, for a document's sentences."""
        return _as_written(self.qualifiers[name])

    def found_qualifiers(self, tokens: Sequence[Token]) -> frozenset[str]:
        """Names of the qualifiers the tokens contain."""
        return frozenset(name for name, q in self.qualifiers.items() if q.anywhere and q.found(tokens))

    def bodies_named(self, text: str) -> frozenset[str]:
        """The public bodies a text names, as their qualifiers ("body_directorate" …): who decides, where to send."""
        return bodies(self.found_qualifiers(tokenize(text)))

    def found_subjects(self, tokens: Sequence[Token], question_type: str = "other") -> list[str]:
        """Names of the subjects the tokens speak of, in vocabulary order, for a question of this type."""
        return [
            name
            for name, subject in self.subjects.items()
            if question_type not in subject.not_for_types and subject.cues.found(tokens)
        ]


def bodies(qualifiers: Iterable[str]) -> frozenset[str]:
    """The qualifiers among `qualifiers` that name a public body."""
    return frozenset(name for name in qualifiers if name.startswith(_BODY))


@cache
def _as_written(qualifier: Qualifier) -> Qualifier:
    """The same patterns matched as written (built the first time a document's sentence needs it)."""
    lexicon = Lexicon((part for parts in qualifier.patterns for part in parts), exact_word_matches)
    return replace(qualifier, lexicon=lexicon)


def _qualifier(name: str, words: _Words) -> Qualifier:
    patterns = tuple(
        tuple(part.strip() for part in pattern.split(GAP) if part.strip()) for pattern in [*words.nb, *words.en]
    )
    lexicon = Lexicon(part for parts in patterns for part in parts)
    return Qualifier(name=name, patterns=patterns, lexicon=lexicon, anywhere=words.anywhere)


def _subject(name: str, data: _Subject) -> Subject:
    # A word at a word start ("skatt" not in "beskatning"); a sign anywhere ("@" inside an e-mail address); a
    # figure in its words ("under # år": "under 35 år").
    evidence = "|".join(
        (rf"(?<!\w){re.escape(word)}" if word[:1].isalnum() else re.escape(word)).replace("\\#", r"\d+")
        for word in data.evidence
    )
    return Subject(
        name=name,
        label_nb=data.label.nb,
        label_en=data.label.en,
        cues=_qualifier(name, data),
        evidence=re.compile(evidence, re.IGNORECASE),
        not_for_types=frozenset(data.not_for_types),
    )


@lru_cache(maxsize=1)
def vocabulary(path: Path = VOCABULARY_FILE) -> Vocabulary:
    """The compiled vocabulary (read once)."""
    try:
        data = _VocabularyFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise InvalidSettings(f"{path}: {exc}") from exc
    weights: dict[str, list[tuple[str, float]]] = {}
    for name, cues in data.types.items():
        # A pattern listed under both languages of a type counts once.
        merged = {**cues.en, **cues.nb}
        for pattern, weight in merged.items():
            weights.setdefault(pattern, []).append((name, weight))
    qualifiers = {name: _qualifier(name, words) for name, words in data.qualifiers.items()}
    every_pattern = [*weights, *(part for q in qualifiers.values() for parts in q.patterns for part in parts)]
    return Vocabulary(
        type_names=tuple(data.types),
        min_scores={name: cues.min_score for name, cues in data.types.items()},
        cue_lexicon=Lexicon(pattern for pattern in weights if GAP not in pattern),
        cue_weights=weights,
        gapped_cues=tuple(_qualifier(pattern, _Words(nb=[pattern])) for pattern in weights if GAP in pattern),
        domain=Lexicon(data.domain),
        qualifiers=qualifiers,
        subjects={name: _subject(name, subject) for name, subject in data.subjects.items()},
        known_words=Lexicon({word for pattern in every_pattern for word in pattern_words(pattern)}, exact_word_matches),
    )
