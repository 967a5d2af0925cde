"""A yes or a no read from the sentence quoted first, for a yes/no question no rule table answers.

"Må søknaden ha en gjennomføringsplan?" → «Søknaden må beskrive behovet … og vise til en gjennomføringsplan med
milepæler.»: the sentence states the rule asked about, so the answer leads with "Ja". A verdict is read only from a
statement (a heading states nothing) that covers much of what is asked, and only for a question that denies
nothing ("Trenger vi ikke …?" has no safe yes) and offers no choice ("drift, eller bare lønn?"). The sentence's
polarity is that of its main clause: in «Direktoratet kan stanse utbetaling … ved mistanke om at en mottaker …
ikke oppfyller vilkårene» the "ikke" belongs to the condition. A sentence that sets a condition the question does
not state answers "it depends".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.extractive import ExtractiveAnswerer
from assistant.questions.vocabulary import vocabulary
from assistant.tokens import Token, tokenize

PassageVerdict = Literal["yes", "no", "conditional"]

# The share of the question's focus terms (IDF-weighted) the sentence must contain to speak to what is asked.
VERDICT_COVERAGE = 0.4
# A quote a table answer cites was chosen for what the table says, not for the question: it must cover more.
CITED_COVERAGE = 0.5
CLEFT_COVERAGE = 0.5
# The words after a negation it denies.
DENIAL_REACH = 2
# Fewer words than this is a label or a list item, not a rule.
MIN_STATEMENT_WORDS = 5
_CHECKED, _UNCHECKED = "☒", "☐"
# Sentences of a quote: after . ! ? and a space, or at a line break.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ•–-])|\n+")


def _found(name: str, tokens: list[Token]) -> bool:
    """In the question (typos forgiven)."""
    return vocabulary().qualifier(name).found(tokens)


def _stated(name: str, tokens: list[Token]) -> bool:
    """In a document's sentence (as written: "innen" is no "ingen")."""
    return vocabulary().in_document(name).found(tokens)


def _main_clause(tokens: list[Token], in_question: bool = False) -> list[Token]:
    """The tokens before the first subordinate clause."""
    clause_end = vocabulary().qualifier("clause_end") if in_question else vocabulary().in_document("clause_end")
    spans = clause_end.spans(tokens)
    return tokens[: spans[0][0]] if spans else tokens


def _denies_what_is_asked(
    extractive: ExtractiveAnswerer, sentence: str, tokens: list[Token], question_terms: set[str]
) -> bool:
    """A negation right before a word of the question, in any clause: «… egenerklæring og ikke revisorattestert
    regnskap» answers "Må regnskapet være revisorattestert?" with a no."""
    denial = vocabulary().in_document("denial")
    for index, token in enumerate(tokens):
        if not denial.found([token]):
            continue
        following = tokens[index + 1 : index + 1 + DENIAL_REACH]
        if following and question_terms & set(
            extractive.focus_terms(sentence[following[0].start : following[-1].end], "", translate=False)
        ):
            return True
    return False


def _condition_met(
    extractive: ExtractiveAnswerer, sentence: str, tokens: list[Token], question_terms: set[str]
) -> bool:
    """Whether the question speaks of what the sentence's condition is about ("Vi har fått nytt bankkontonummer"
    for «… dersom adresse, bankkontonummer eller organisasjonsnummeret er endret»): of the condition's own words,
    not those it shares with the rule ("Tjenester … kan prioriteres dersom tjenesten vurderes …")."""
    spans = vocabulary().in_document("condition").spans(tokens)
    if not spans:
        return True
    start = tokens[spans[0][0]].start
    rule = set(extractive.focus_terms(sentence[:start], "", translate=False))
    condition = set(extractive.focus_terms(sentence[start:], "", translate=False)) - rule
    return bool(question_terms & condition)


@dataclass(frozen=True)
class Reading:
    """A verdict read from one sentence, and how much of the question that sentence covers."""

    verdict: PassageVerdict
    coverage: float
    sentence: str


def passage_verdict(
    extractive: ExtractiveAnswerer, question: str, sentence: str, topic: str, english: bool
) -> PassageVerdict | None:
    """The verdict `sentence` gives on the yes/no `question`, or None when it gives none that is safe to lead with.

    `topic` holds the words that name what the question is about (the scheme's names): they are no evidence that
    the sentence answers it.
    """
    reading = _read(extractive, question, sentence, topic, english)
    return reading.verdict if reading is not None else None


def strongest_verdict(
    extractive: ExtractiveAnswerer, question: str, quotes: Sequence[str], topic: str, english: bool
) -> tuple[Reading, int] | None:
    """Of every sentence in `quotes` (the quotes a table answer cites), the verdict of the one that covers most of
    the question, with the index of its quote; None when no sentence gives one."""
    readings = [
        (reading, index)
        for index, quote in enumerate(quotes)
        for part in _SENTENCE_BREAK.split(quote)
        if (reading := _read(extractive, question, part, topic, english, cited=True)) is not None
    ]
    return max(readings, key=lambda item: item[0].coverage, default=None)


def _cleft_focus_stated(
    extractive: ExtractiveAnswerer, question: str, tokens: list[Token], statement: str, english: bool
) -> bool:
    """'Er det statsforvalteren som fatter vedtak?': what the cleft puts first (statsforvalteren) must be in the
    sentence; «vedtak fattes av: Helsedirektoratet» answers another question."""
    spans = vocabulary().qualifier("cleft").spans(tokens)
    if not spans:
        return True
    first, last = spans[0]
    inner = question[tokens[min(first + 2, last)].start : tokens[last].start]
    terms = extractive.focus_terms(inner, "", translate=english)
    return not terms or extractive.coverage(terms, statement) >= CLEFT_COVERAGE


def _read(
    extractive: ExtractiveAnswerer,
    question: str,
    sentence: str,
    topic: str,
    english: bool,
    cited: bool = False,
) -> Reading | None:
    question_tokens = tokenize(question)
    if _found("denial", question_tokens) or _found("alternative", question_tokens):
        return None
    text = sentence.strip()
    if text.startswith((_CHECKED, _UNCHECKED)):
        statement = text[1:]
    else:
        statement = text
        tokens = tokenize(text)
        if len(tokens) < MIN_STATEMENT_WORDS or text.endswith(":") or not _stated("statement_verb", tokens):
            return None
    focus = extractive.focus_terms(question, topic, translate=english)
    coverage = extractive.coverage(focus, statement) if focus else 0.0
    if cited:
        # Words no document or glossary knows ("does that count in our favour") are asked too, and a quote chosen
        # for another purpose has none of them.
        unknown, content = extractive.uncovered_words(question)
        coverage *= 1 - len(unknown) / max(content, 1)
    if coverage < (CITED_COVERAGE if cited else VERDICT_COVERAGE) or not _cleft_focus_stated(
        extractive, question, question_tokens, statement, english
    ):
        return None
    return Reading(_polarity(extractive, question, question_tokens, text, english), coverage, text)


def _polarity(
    extractive: ExtractiveAnswerer, question: str, question_tokens: list[Token], text: str, english: bool
) -> PassageVerdict:
    if text.startswith(_UNCHECKED):
        return "no"
    if text.startswith(_CHECKED):
        return "yes"
    tokens = tokenize(text)
    question_terms = set(extractive.focus_terms(question, "", translate=english))
    # What the question's own main clause asks about ("Kan direktoratet stanse utbetalingen", not "mens de
    # undersøker om vi har brukt pengene feil").
    head = _main_clause(question_tokens, in_question=True)
    asked = question[: head[-1].end] if head else question
    asked_terms = set(extractive.focus_terms(asked, "", translate=english))
    if _stated("denial", _main_clause(tokens)) or _denies_what_is_asked(extractive, text, tokens, asked_terms):
        return "no"
    if _found("condition", question_tokens) or _condition_met(extractive, text, tokens, question_terms):
        return "yes"
    return "conditional"
