"""What the deterministic pipeline hands the model for one message (kept free of heavy imports)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.conversation import Focus
from assistant.types import Language, Passage


@dataclass(frozen=True)
class ModelTurn:
    """The question (injected instructions cut), its language and schemes, the conversation focus and passages."""

    question: str
    language: Language
    scheme_ids: Sequence[str]
    focus: Focus | None
    passages: Sequence[Passage]
