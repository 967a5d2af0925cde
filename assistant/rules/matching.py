"""Text normalisation for matching questions to scheme and measure aliases (case, punctuation, kapittel/post)."""

from __future__ import annotations

import re

# "0765.73", "765-73", "kap. 765 post 73", "kapittel 0765, post 73", "0765 post 73" → one token "kap765post73".
_KAP_POST = [
    re.compile(r"\bkap(?:ittel)?\.?\s*0?(\d{3})\s*,?\s*(?:post\s*)?(\d{2})\b"),
    re.compile(r"\b0?(\d{3})\s*,?\s*post\s*(\d{2})\b"),
    re.compile(r"\b0?(\d{3})[.\-/](\d{2})\b"),
]
_NON_WORD = re.compile(r"[^0-9a-zæøåéü]+")
_NON_WORD_CASED = re.compile(r"[^0-9a-zæøåéüA-ZÆØÅÉÜ]+")
_ASCII_LETTERS = str.maketrans({"å": "a", "ø": "o", "æ": "ae", "é": "e", "ü": "u"})


def kapittel_post_token(chapter: str, post: str) -> str:
    """The canonical token for a budget chapter and post."""
    return f"kap{int(chapter)}post{int(post)}"


def normalise(text: str) -> str:
    """Lower-case without Norwegian letters (names are often typed without them: "ressursmiljo"), kapittel/post
    folded to one token, punctuation to single spaces."""
    folded = text.lower().translate(_ASCII_LETTERS)
    for pattern in _KAP_POST:
        folded = pattern.sub(lambda m: f" {kapittel_post_token(m.group(1), m.group(2))} ", folded)
    return " ".join(_NON_WORD.sub(" ", folded).split())


def normalise_cased(text: str) -> str:
    """Punctuation to single spaces, case kept: for acronyms that are also ordinary words ('ACT', 'FACT')."""
    return " ".join(_NON_WORD_CASED.sub(" ", text).split())


def phrase_score(phrase_norm: str) -> float:
    """How specific a matched phrase is: kapittel/post and long names score high, short abbreviations low."""
    if phrase_norm.startswith("kap") and "post" in phrase_norm and " " not in phrase_norm:
        return 1.0
    return min(1.0, 0.4 + len(phrase_norm) / 40)
