"""Numbers written as digits or words (nb/en), ordinals, and amounts in NOK."""

from __future__ import annotations

import re

from assistant.types import Language

# fmt: off
CARDINALS: dict[Language, dict[str, int]] = {
    "nb": {"en": 1, "ett": 1, "én": 1, "ei": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7,
           "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12},
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12},
}
ORDINALS: dict[Language, dict[str, int]] = {
    "nb": {"første": 1, "andre": 2, "annet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuende": 7,
           "syvende": 7, "åttende": 8, "niende": 9, "tiende": 10},
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
           "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6},
}
# fmt: on

# A number with optional thousands groups ("300 000", "300.000", "1,500,000") or a decimal part ("1,5").
NUMBER = r"\d{1,3}(?:[ \u00a0.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
_NUMBER_RE = re.compile(NUMBER)
# "1.5M" as budget sheets write it (a capital M right after the number; "5 m" may be metres).
_MILLION = r"(?:mill(?:ion(?:er|s)?)?\.?|mnok|mln\.?|(?<=\d)(?-i:M)(?![\w]))"
_CURRENCY_BEFORE = r"(?:kr\.?|kroner|nok)"
_CURRENCY_AFTER = r"(?:kr\b\.?|kroner|nok\b|,-)"
# Thousands as people write them in a hurry: "800k", "750 tusen", "400'" (not "the 2010's").
_THOUSAND = r"(?:(?:k|tusen|thousand)\b|(?<=\d)['’](?![\wæøåÆØÅ]))"
# "kr 1,5 mill", "1.5 million", "3 mill. kroner", "300 000 kr", "NOK 300,000", "kr. 750 000", "800k".
AMOUNT_RE = re.compile(
    rf"(?:{_CURRENCY_BEFORE}\s*)?(?P<num>{NUMBER})\s*(?:(?P<mill>{_MILLION})|(?P<thousand>{_THOUSAND}))?"
    rf"(?:\s*{_CURRENCY_AFTER})?",
    re.IGNORECASE,
)


# A sum of money as documents write it: with a currency or "mill.", or in thousands groups ("300 000").
_SUM_RE = re.compile(
    rf"{_CURRENCY_BEFORE}\s*(?:{NUMBER})|(?:{NUMBER})\s*(?:{_MILLION}|{_CURRENCY_AFTER})"
    r"|\b\d{1,3}(?:[ \u00a0]\d{3})+\b",
    re.IGNORECASE,
)


def states_sum(text: str) -> bool:
    """True if the text states a sum of money (not only a date, a year or a count)."""
    return bool(_SUM_RE.search(text))


def parse_number(text: str) -> float | None:
    """A digit string as a number: '300 000' and '300.000' are thousands, '1,5' and '1.5' decimals."""
    raw = text.replace("\u00a0", " ").strip()
    if not _NUMBER_RE.fullmatch(raw):
        return None
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", raw) and not re.fullmatch(r"\d{1,3}[.,]\d{3}", raw):
        return float(re.sub(r"[ .,]", "", raw))
    if re.fullmatch(r"\d{1,3}[.,]\d{3}", raw):
        # "300.000" or "1,500" reads as thousands in an amount; decimals with three digits are rare in questions.
        return float(re.sub(r"[.,]", "", raw))
    return float(raw.replace(",", "."))


def word_number(word: str, language: Language) -> int | None:
    """A cardinal written as a word in the question's language ('to' is only 'two' in Norwegian)."""
    return CARDINALS[language].get(word.lower())


def ordinal_number(word: str, language: Language) -> int | None:
    """An ordinal word ('tredje', 'third', '3rd') in the question's language."""
    return ORDINALS[language].get(word.lower())
