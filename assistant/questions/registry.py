"""Question types as declared units.

Each module of this package declares one `QuestionType`: what it answers, which parts of a question it takes into
account, whether a follow-up inherits it, the Norwegian words that retrieve its section, and its handler. Its words
live in vocabulary.yaml. `understand` picks types from the vocabulary, `compose` dispatches through `handler_for`,
follow-ups consult `inherits`, and the eval maps types to its categories with `category`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.questions.vocabulary import vocabulary

if TYPE_CHECKING:
    from assistant.answers.context import Context
    from assistant.answers.writer import Writer
    from assistant.rules.model import Scheme
    from assistant.types import Answer, Passage
    from assistant.understand.model import Understanding

# A rule-table answer for one question type, or None when the tables do not cover the question.
Handler = Callable[["Context", "Writer", "Understanding", "Scheme", "Sequence[Passage]"], "Answer | None"]

# What a question may name besides its type; a handler lists the ones its answer takes into account.
MENTIONS = frozenset(
    {
        "applicant",
        "year",
        "years",
        "calendar_year",
        "percent",
        "positions",
        "amount",
        "training",
        "preproject",
        "salary_cost",
        "exclusion",
        "date",
    }
)


@dataclass(frozen=True)
class QuestionType:
    """One kind of question and how it is answered."""

    name: str
    description: str
    category: str  # the eval category its questions belong to
    handler: Handler
    consumes: frozenset[str] = field(default_factory=frozenset)
    inherit: bool = True  # a follow-up that names only entities ("Og år 3?") keeps this type
    retrieval_terms: str = ""  # Norwegian words that make a rewritten follow-up retrieve the right section
    fallback: str | None = None  # the type that answers when this handler finds nothing in the rule tables
    # A table answer (a list of deadlines, requirements …) that leaves what the question asks about uncovered gives
    # way to the sentence that covers it; False for computed answers (amounts).
    yields_to_evidence: bool = True

    def __post_init__(self) -> None:
        unknown = self.consumes - MENTIONS
        if unknown:
            raise ValueError(f"question type {self.name!r}: unknown mentions {sorted(unknown)}")
        if self.name not in vocabulary().type_names:
            raise ValueError(f"question type {self.name!r} has no entry in vocabulary.yaml")


_REGISTRY: dict[str, QuestionType] = {}
_LOADED: list[bool] = []  # set once every type module has been imported
# Modules of this package that are infrastructure, not question types.
_NOT_TYPES = frozenset({"registry", "vocabulary"})


def register(question_type: QuestionType) -> QuestionType:
    """Add a question type (each type module calls this once, at import)."""
    if question_type.name in _REGISTRY:
        raise ValueError(f"question type {question_type.name!r} registered twice")
    _REGISTRY[question_type.name] = question_type
    return question_type


def registered() -> dict[str, QuestionType]:
    """Every question type by name, in vocabulary order (importing the type modules on first use).

    Imported lazily: the type modules import the answer writers, which import `understand`, which reads the
    vocabulary of this package — importing them with the package would be circular.
    """
    if not _LOADED:
        # Every module, even when one was imported directly before (a test importing a helper of its type).
        package = __name__.rsplit(".", 1)[0]
        for module in pkgutil.iter_modules(importlib.import_module(package).__path__):
            if module.name not in _NOT_TYPES and not module.name.startswith("_"):
                importlib.import_module(f"{package}.{module.name}")
        _LOADED.append(True)
        missing = set(vocabulary().type_names) - set(_REGISTRY)
        if missing:
            raise ValueError(f"vocabulary.yaml names types no module declares: {sorted(missing)}")
    order = vocabulary().type_names
    return {name: _REGISTRY[name] for name in order}


def question_type(name: str) -> QuestionType | None:
    """The registered type of this name (None for 'other', 'out_of_scope' and unknown names)."""
    return registered().get(name)
