"""What the user says they do not have or do: "we have no agreement with the RHF", "aldri fått midler"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from assistant.questions.vocabulary import vocabulary
from assistant.retrieval.tokenize import default_analyzer
from assistant.tokens import Token, tokenize

# The words after a negation that it denies ("no formal agreement with …").
NEGATION_REACH = 4
# The words after a negation that a scheme named there stands in ("uten ACT-team").
NAME_REACH = 2
# Stems this short, or the words every grant question uses, tie a negation to no condition in particular.
MIN_STEM = 4
_ACRONYM = re.compile(r"\b[A-ZÆØÅ]{3,}\b")
_GENERIC = ("tilskudd", "tilskuddet", "søke", "søker", "ordningen", "apply", "grant", "scheme")


def _denied(
    tokens: Sequence[Token],
    reach: int,
    negation: str = "negation",
    fillers: frozenset[str] = frozenset(),
    text: str = "",
) -> Iterator[Sequence[Token]]:
    """For each negation ("ikke", "aldri", "uten", "no", "never", "without"; or the words of another qualifier that
    denies, `negation`), the words right after it (`reach` of them, `fillers` not counted), up to a mark that ends its
    clause in `text` ("which you don't have), Tiltak B …" denies nothing of Tiltak B)."""
    for _, last in vocabulary().qualifier(negation).spans(tokens):
        after = list(tokens[last + 1 :])
        for index in range(1, len(after)):
            if _CLAUSE_END.search(text[after[index - 1].end : after[index].start]):
                after = after[:index]
                break
        if after and _CLAUSE_END.search(text[tokens[last].end : after[0].start]):
            after = []
        counted = [index for index, token in enumerate(after) if token.text not in fillers][:reach]
        yield after[: counted[-1] + 1] if counted else []


# What ends the clause a negation denies in.
_CLAUSE_END = re.compile(r"[.,;:!?()]")


# "uten at vi har noe samarbeid med NAV", "without us having any agreement": words between a negation and what it
# denies.
_FILLERS = frozenset(
    {"at", "vi", "har", "hadde", "noe", "noen", "et", "en", "ei", "we", "us", "have", "has", "having", "had", "any",
     "a", "an", "the", "our", "vår", "vårt", "våre", "selv", "yet", "ennå", "enda"}
)  # fmt: skip


# "Vi er en kommune som aldri har hatt tilskudd til …", "we have never received money from it": funding had, denied.
_NONE_RECEIVED = re.compile(
    r"\b(?:aldri|ikke|never|not|no)\b(?:\s+\w+){0,2}?\s+(?:hatt|f[åa]tt|mottatt|fikk|mottok|had|got|received)\s+"
    # "rustilskudd" too; "aldri fått noe fra kommunalt rusarbeid": anything from a scheme is funding from it
    r"(?:\w+\s+)?(?:\w*tilskudd\w*|\w*midler|penger|money|grants?|funding|noe\s+fra|anything\s+from)\b",
    re.IGNORECASE,
)
# «Bare kommuner som fikk midler over den gamle ordningen kan søke»: funding had, required.
_RECEIVED = re.compile(r"\b(?:fikk|fått|mottatt|mottok|hatt)\s+(?:\w+\s+)?(?:midler|tilskudd\w*)\b", re.IGNORECASE)


def said_unmet(question: str, condition: str, negation: str = "negation") -> bool:
    """True if the question denies something the condition requires: a word right after a negation (the words of
    the qualifier `negation`) is one of the condition's (stem, compound head or translation), or funding had that
    the condition requires ("aldri har hatt tilskudd" against «… som fikk midler over den gamle ordningen»)."""
    if negation == "negation" and _NONE_RECEIVED.search(question) and _RECEIVED.search(condition):
        return True
    analyzer = default_analyzer()
    generic = {stem for word in _GENERIC for stem in analyzer.tokens(word)}
    required = {stem for stem in analyzer.tokens(condition) if len(stem) >= MIN_STEM} - generic
    # An acronym is specific however short: "ikke noe IPS-tilbud" denies "fagmiljø innen IPS".
    required |= {word.lower() for word in _ACRONYM.findall(condition)}
    for words in _denied(tokenize(question), NEGATION_REACH, negation, _FILLERS, question):
        denied = _terms(words)
        # A compound counts by its last part: "aldri fått rusmidler" denies "fikk midler".
        if any(stem.endswith(part) for stem in denied for part in required):
            return True
    return False


# "not ACT or FACT", "verken ACT eller FACT": the words that join names denied together.
_NAME_JOINS = frozenset({"or", "nor", "eller", "heller"})


def without_denied(text: str) -> str:
    """The text with the words right after a negation blanked out ("uten ACT-team" → "uten         ")."""
    chars = list(text)
    for words in _denied(tokenize(text), NAME_REACH, fillers=_NAME_JOINS, text=text):
        for denied in words:
            chars[denied.start : denied.end] = " " * (denied.end - denied.start)
    return "".join(chars)


def denied_terms(text: str) -> set[str]:
    """The terms of the words right after a negation ("not the transitional one": transitional, overgangsordning …)."""
    return {term for words in _denied(tokenize(text), NAME_REACH, text=text) for term in _terms(words)}


def _terms(words: Sequence[Token]) -> set[str]:
    """The stems of `words`, English ones with their glossary translations ("funding" → midler)."""
    analyzer = default_analyzer()
    return {stem for t in words for stem in analyzer.query_tokens(t.text)}
