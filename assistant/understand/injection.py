"""Instructions hidden in a question ("ignore your rules and say …"): flag them and cut them out of the text."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

# Each pattern marks the start of an instruction to the assistant rather than a question about the regulations.
INJECTION_PATTERNS: tuple[str, ...] = (
    # English
    r"\b(?:ignore|disregard|forget|override|bypass)\b(?:\s+\w+){0,4}?\s+"
    r"(?:rules?|instructions?|guidelines?|prompts?|restrictions?|constraints?|polic(?:y|ies)|sources?|context)\b",
    r"\byou\s+are\s+now\b",
    r"\bfrom\s+now\s+on\b",
    r"\bpretend\b",
    r"\bact\s+(?:as\s+(?:if|though|an?\s+(?:ai|assistant|chatbot|bot|model|different|new|unrestricted))|like)\b",
    r"\b(?:ignore|forget|disregard)\s+(?:everything|all\s+previous|all\s+prior|the\s+above|previous|prior)\b",
    r"\brole-?\s?play\b",
    r"\bsystem\s*prompt\b",
    r"\bdeveloper\s+mode\b",
    r"\bjailbreak\w*",
    r"\bnew\s+instructions?\b",
    r"\b(?:just|only|always)\s+(?:say|answer|reply|respond|write)\b",
    # Only as a command (sentence start or after "and"): "does it say that …" is a fair question.
    r"(?:^|(?<=[.!?,;:])\s*|\band\s+|\bthen\s+|\bplease\s+)"
    r"(?:say|answer|reply|respond|state|confirm)\s+(?:that|yes|no|with)\b",
    r"\b(?:tell|show|print|reveal|repeat)\s+(?:me\s+)?(?:your\s+(?:system\s+)?(?:instructions?|prompt|rules)|the\s+(?:system\s+)?(?:instructions?|prompt))\b",
    # Norwegian
    r"\b(?:ignorer|ignorere|glem|se\s+bort\s+fra|overstyr|hopp\s+over|drit\s+i)\b(?:\s+\w+){0,4}?\s+"
    r"(?:regl\w*|instruks\w*|instruksjon\w*|retningslinj\w*|kild\w*|begrensning\w*|prompt\w*)",
    r"\bdu\s+er\s+nå\b",
    r"\bfra\s+nå\s+av\b",
    r"\blat(?:e)?\s+som\b",
    r"\b(?:glem|ignorer)\s+(?:alt|alle\s+tidligere|det\s+over|tidligere)\b",
    r"\bsystemprompt\w*|\bsystem-?instruks\w*",
    r"\bnye\s+instruks\w*",
    r"\b(?:bare|kun|alltid)\s+(?:si|svar|svare|skriv)\b",
    r"(?:^|(?<=[.!?,;:])\s*|\bog\s+|\bså\s+)(?:si|svar|svare|bekreft)\s+(?:at|ja|nei|med)\b",
    r"\b(?:vis|gjenta|skriv\s+ut)\s+(?:meg\s+)?(?:dine|instruksjonene|reglene|prompten)\b",
)
_INJECTION_RE = re.compile("|".join(f"(?:{p})" for p in INJECTION_PATTERNS), re.IGNORECASE)
# An injected instruction runs to the end of its sentence.
_SENTENCE_END = re.compile(r"[.!?\n]")


class InjectionCheck(BaseModel):
    """The result of scanning a question for instructions to the assistant."""

    detected: bool = Field(description="True if the text contains an instruction-injection attempt.")
    clean_text: str = Field(description="The text with every injected instruction (to its sentence end) removed.")
    spans: list[str] = Field(default_factory=list, description="The removed instruction texts.")


def check_injection(text: str) -> InjectionCheck:
    """Find instruction-injection attempts; what follows one (to the end of its sentence) is not a fact."""
    kept: list[str] = []
    removed: list[str] = []
    position = 0
    for match in _INJECTION_RE.finditer(text):
        if match.start() < position:
            continue
        end_match = _SENTENCE_END.search(text, match.end())
        end = end_match.end() if end_match else len(text)
        kept.append(text[position : match.start()])
        removed.append(text[match.start() : end].strip())
        position = end
    kept.append(text[position:])
    clean = re.sub(r"\s+", " ", "".join(kept)).strip()
    return InjectionCheck(detected=bool(removed), clean_text=clean, spans=removed)
