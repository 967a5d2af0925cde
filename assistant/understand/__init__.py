"""Question understanding: language, question type, qualifiers and entities of one message (pure, fast, no model)."""

from assistant.understand.analyse import understand
from assistant.understand.entities import find_applicant_types, find_schemes
from assistant.understand.injection import InjectionCheck, check_injection
from assistant.understand.language import detect_language, language_scores
from assistant.understand.model import Understanding
from assistant.understand.quantities import Quantities, extract_quantities

__all__ = [
    "InjectionCheck",
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
