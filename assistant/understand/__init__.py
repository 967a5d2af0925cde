"""Question understanding: language, intent and entities of one message (pure and fast; no model needed)."""

from assistant.understand.analyse import understand
from assistant.understand.entities import find_applicant_types, find_schemes
from assistant.understand.injection import InjectionCheck, check_injection
from assistant.understand.intent import Intent
from assistant.understand.language import detect_language, language_scores
from assistant.understand.model import Understanding
from assistant.understand.quantities import Quantities, extract_quantities

__all__ = [
    "InjectionCheck",
    "Intent",
    "Quantities",
    "Understanding",
    "check_injection",
    "detect_language",
    "extract_quantities",
    "find_applicant_types",
    "find_schemes",
    "language_scores",
    "understand",
]
