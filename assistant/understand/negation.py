"""What the user says they do not have or do: "we have no agreement with the RHF", "aldri fått midler"."""

from __future__ import annotations

from assistant.questions.vocabulary import vocabulary
from assistant.retrieval.tokenize import default_analyzer
from assistant.tokens import tokenize

# The words after a negation that it denies ("no formal agreement with …").
NEGATION_REACH = 4
# Stems this short, or the words every grant question uses, tie a negation to no condition in particular.
MIN_STEM = 4
_GENERIC = ("tilskudd", "tilskuddet", "søke", "søker", "ordningen", "apply", "grant", "scheme")


def said_unmet(question: str, condition: str) -> bool:
    """True if the question denies something the condition requires: a word right after a negation ("ikke",
    "aldri", "uten", "no", "never", "without") is one of the condition's (stem, compound head or translation)."""
    analyzer = default_analyzer()
    generic = {stem for word in _GENERIC for stem in analyzer.tokens(word)}
    required = {stem for stem in analyzer.tokens(condition) if len(stem) >= MIN_STEM} - generic
    negation = vocabulary().qualifier("negation")
    tokens = tokenize(question)
    for i, token in enumerate(tokens):
        if not negation.found([token]):
            continue
        # English words count by their glossary translations ("funding" → midler).
        denied = {stem for t in tokens[i + 1 : i + 1 + NEGATION_REACH] for stem in analyzer.query_tokens(t.text)}
        # A compound counts by its last part: "aldri fått rusmidler" denies "fikk midler".
        if any(stem.endswith(part) for stem in denied for part in required):
            return True
    return False
