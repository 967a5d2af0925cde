"""Two sums one sentence states, added or one taken from the other: "Hvor mye var Jobbsjansen foreslått økt med fra
2015 til 2016?" over «satt av 87 millioner i 2015 og forslått 97 millioner for 2016» is 10 millioner, which no
sentence states. The result is derived from the quote, so the verifier is told it (Writer.derived)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from assistant.rules.engine import kr
from assistant.understand.model import Understanding

Operation = Literal["difference", "sum"]

# A sum in millions or in kroner: "87 millioner", "22, 65 mill kroner" and "6, 115 mill kroner" (a decimal comma
# the PDF text set a space after: 6,115 millions), "kr. 230.000.000".
_SUM = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3}(?:,\s?\d{1,3})?)\s*(?P<scale>millioner|million|mill)\b\.?"
    r"|(?:kr\.?\s*)(?P<kr>\d{1,3}(?:[ .]\d{3})+)(?![\d])",
    re.IGNORECASE,
)
_MILLION = Decimal(1_000_000)


@dataclass(frozen=True)
class StatedSum:
    """One sum as the sentence writes it, and its value in kroner."""

    written: str
    value: Decimal


def operation_asked(u: Understanding) -> Operation | None:
    """A difference ("hvor mye mer … enn", "økt med") or a total with a part added ("samlet … når vi tar med
    styrkingen i RNB", "including"), or neither."""
    if u.has("difference") or u.has("changed_by"):
        return "difference"
    if u.has("total") and u.has("inclusion"):
        return "sum"
    return None


def two_sums(sentence: str) -> tuple[StatedSum, StatedSum] | None:
    """The two sums a sentence states, when it states exactly two of the same kind (millions, or kroner)."""
    found: list[StatedSum] = []
    for m in _SUM.finditer(sentence):
        if m.group("n"):
            number = Decimal(re.sub(r",\s?", ".", m.group("n")))
            # As the documents write it, but "22, 65" read as the one number it is.
            found.append(StatedSum(re.sub(r"(\d),\s(\d)", r"\1,\2", m.group().strip()), number * _MILLION))
        else:
            found.append(StatedSum(m.group().strip(), Decimal(re.sub(r"[ .]", "", m.group("kr")))))
    return (found[0], found[1]) if len(found) == 2 else None


def spaced_decimal(text: str) -> StatedSum | None:
    """The first sum of millions the text writes with a space after its decimal comma («6, 115 mill kroner»), which
    reads as two numbers: as the one number it is."""
    for m in _SUM.finditer(text):
        if m.group("n") and re.search(r",\s\d", m.group("n")):
            return StatedSum(m.group().strip(), Decimal(re.sub(r",\s?", ".", m.group("n"))) * _MILLION)
    return None


def combined(pair: tuple[StatedSum, StatedSum], operation: Operation) -> Decimal:
    """The two sums added, or the larger less the smaller."""
    first, second = pair
    return first.value + second.value if operation == "sum" else abs(second.value - first.value)


def written(value: Decimal, english: bool) -> str:
    """A sum as the documents write it: in millions ("10 millioner", "32,65 millioner"), below one in kroner."""
    millions = (value / _MILLION).normalize()
    # Below a million, or with more than two decimals ("18,115 millioner" reads as thousands of millions): kroner.
    if value < _MILLION or millions != millions.quantize(Decimal("0.01")):
        return f"{kr(int(value))} NOK" if english else f"{kr(int(value))} kr"
    number = f"{millions:f}"
    return f"NOK {number} million" if english else f"{number.replace('.', ',')} millioner kroner"
