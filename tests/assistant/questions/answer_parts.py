"""Parts of an answer the question tests check."""

from __future__ import annotations

from assistant.types import Answer
from eval.scoring import amounts_in


def first_amount(answer: Answer) -> int | None:
    """The first sum the answer's lead names."""
    found = amounts_in(answer.text.split("\n")[0])
    return found[0] if found else None
