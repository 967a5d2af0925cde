"""'Hva er egentlig HelseIArbeid?': a name the documents use only in passing («… de nasjonale faglige rådene for IPS
og HelseIArbeid»), never saying what it is. Quoting the sentences that mention it would answer nothing."""

from __future__ import annotations

import re

from assistant.answers.context import Context
from assistant.extractive import sentences_in

# "Hva er (egentlig) X?", "What (exactly) is X?", "What does the X method (actually) involve?", "What is the X model
# mentioned in …, and how does it work?": what a name means.
_WHAT_IS = re.compile(
    r"^\s*(?:hva\s+(?:er|betyr|innebærer)|what\s+(?:exactly\s+|actually\s+)?(?:is|are|does)|what's)\s+"
    r"(?:egentlig\s+|exactly\s+|actually\s+)?"
    r"(?:the\s+|en\s+|et\s+|a\s+)?(?P<term>(?-i:[A-ZÆØÅ])[\wæøåÆØÅ-]*(?:\s+(?-i:[A-ZÆØÅ])[\wæøåÆØÅ-]*)?)"
    r"(?:\s+(?:method|metoden|model|modellen|programme|programmet))?(?:\s+(?:actually|egentlig))?"
    r"(?:\s+(?:involve|mean|innebære))?"
    # "… mentioned in the 2019 announcement, and how does it work?": where it was seen, and how it works, asked too.
    r"(?:,?\s+(?:som\s+(?:er\s+|blir\s+)?)?(?:mentioned|referred\s+to|named|nevnt|omtalt)\b[^?,]*)?"
    r"(?:,?\s+(?:and|og)\s+(?:how\s+does\s+it\s+work|what\s+does\s+it\s+(?:involve|mean)|hvordan\s+fungerer\s+"
    r"(?:den|det)|hva\s+innebærer\s+(?:den|det)))?\s*\?",
    re.IGNORECASE,
)
# A name mentioned in this few sentences or fewer is one the documents pass by.
_FEW_MENTIONS = 4


def mentioned_only(ctx: Context, text: str) -> str | None:
    """The name a "what is X?" question asks about, when the documents mention it in a few sentences and none of
    them says what it is (nor spells it out); else None."""
    match = _WHAT_IS.match(text.strip())
    if match is None:
        return None
    # "LASSO-modellen": the name, not the compound of it with "model".
    term = re.sub(r"-(?:modell\w*|metode\w*|model|method|programm?\w*)$", "", match.group("term"), flags=re.IGNORECASE)
    mention = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", re.IGNORECASE)
    said = [
        sentence.text
        for document in ctx.locator.document_ids
        for chunk in ctx.locator.chunks_of(document)
        for sentence in sentences_in(chunk)
        if mention.search(sentence.text)
    ]
    if not said or len(said) > _FEW_MENTIONS:
        return None
    defined = re.compile(
        rf"(?<![\w-]){re.escape(term)}(?![\w-])\s*(?:\([^)]{{1,80}}\)\s*)?(?:[\w-]+\s+)?"
        r"(?:er|is|are|betyr|means|innebærer|står\s+for|stands\s+for)\b|\(\s*" + re.escape(term) + r"\s*\)",
        re.IGNORECASE,
    )
    return None if any(defined.search(sentence) for sentence in said) else term
