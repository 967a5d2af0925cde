"""The gold-set schema: one pydantic model per case, validated when the YAML files load."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from assistant.errors import InvalidInput
from assistant.types import AnswerStatus, Language

GOLD_DIR = Path(__file__).resolve().parent / "gold"

Category = Literal[
    "eligibility",
    "amount",
    "duration",
    "deadline",
    "application",
    "reporting",
    "decision_appeal",
    "definition",
    "overview_2015",
    "out_of_scope",
    "injection",
    "conversation",
]
Split = Literal["dev", "heldout"]
Verdict = Literal["yes", "no", "conditional"]

CATEGORIES: tuple[Category, ...] = get_args(Category)

# One case in four is held out; the rule depends on the id only, so nobody chooses which.
HELDOUT_MODULUS = 4


def split_for(case_id: str) -> Split:
    """The fixed split rule: held out when sha256(id) is divisible by HELDOUT_MODULUS."""
    digest = int(hashlib.sha256(case_id.encode("utf-8")).hexdigest()[:8], 16)
    return "heldout" if digest % HELDOUT_MODULUS == 0 else "dev"


class ExpectedSource(BaseModel):
    """A place in the corpus a citation must support: document plus a section and/or a verbatim snippet."""

    model_config = {"extra": "forbid"}

    document: str = Field(description="Document id as in corpus/manifest.yaml.")
    section: str | None = Field(default=None, description="Substring of the citation's section path (any case).")
    quote: str | None = Field(default=None, description="Verbatim snippet from the document the citation quotes.")

    @model_validator(mode="after")
    def _section_or_quote(self) -> ExpectedSource:
        if not self.section and not self.quote:
            raise ValueError("a source needs a section or a quote snippet")
        return self


class Expectation(BaseModel):
    """What a correct answer to the last turn contains."""

    model_config = {"extra": "forbid"}

    status: list[AnswerStatus] = Field(description="Acceptable statuses (a single value is allowed in YAML).")
    verdict: list[Verdict] | None = Field(default=None, description="Acceptable leads for yes/no questions.")
    amount: int | None = Field(default=None, ge=0, description="The direct answer in NOK: the first amount stated.")
    facts: list[list[str]] = Field(
        default_factory=list,
        description="Each fact is a list of alternatives (nb/en wordings); one of them must appear.",
    )
    forbidden: list[str] = Field(default_factory=list, description="Strings that must not appear in the answer.")
    no_amount: bool = Field(
        default=False, description="The question calls for no amount: the answer must state no NOK amount."
    )
    sources: list[ExpectedSource] = Field(default_factory=list, description="Sources a citation must support.")

    @field_validator("status", "verdict", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @field_validator("facts", mode="before")
    @classmethod
    def _fact_alternatives(cls, value: object) -> object:
        if not isinstance(value, list):
            return value
        return [[item] if isinstance(item, str) else item for item in value]

    @field_validator("facts")
    @classmethod
    def _no_empty_fact(cls, value: list[list[str]]) -> list[list[str]]:
        if any(not alternatives or not all(a.strip() for a in alternatives) for alternatives in value):
            raise ValueError("every fact needs at least one non-empty alternative")
        return value


class GoldCase(BaseModel):
    """One gold question (possibly a conversation) and its expected answer."""

    model_config = {"extra": "forbid"}

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Unique, stable id (lower-case, dashes).")
    split: Split = Field(description="dev or heldout; must equal split_for(id) (filled in from the id when left out).")
    category: Category = Field(description="What the case tests.")
    language: Language = Field(description="Language of the question (the answer must use it).")
    turns: list[str] = Field(min_length=1, max_length=3, description="Questions in order; the last one is scored.")
    expect: Expectation = Field(description="Expected answer to the last turn.")
    notes: str | None = Field(default=None, description="Why the expectation is what it is.")

    @model_validator(mode="before")
    @classmethod
    def _split_from_id(cls, data: object) -> object:
        if isinstance(data, dict) and "split" not in data and isinstance(data.get("id"), str):
            return {**data, "split": split_for(data["id"])}
        return data

    @model_validator(mode="after")
    def _split_follows_rule(self) -> GoldCase:
        if self.split != split_for(self.id):
            raise ValueError(f"split must be {split_for(self.id)!r} for id {self.id!r} (fixed hash rule)")
        return self

    @property
    def question(self) -> str:
        """The scored (last) turn."""
        return self.turns[-1]


class GoldFile(BaseModel):
    """One YAML file of gold cases."""

    model_config = {"extra": "forbid"}

    cases: list[GoldCase]


def load_gold_file(path: Path) -> list[GoldCase]:
    """Load and validate one gold YAML file; errors name the file and the problem."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return GoldFile.model_validate(raw).cases
    except yaml.YAMLError as exc:
        raise InvalidInput(f"{path}: not valid YAML ({exc})") from exc
    except ValidationError as exc:
        raise InvalidInput(f"{path}: {exc}") from exc


def load_gold_set(gold_dir: Path = GOLD_DIR) -> list[GoldCase]:
    """All gold cases from every *.yaml file in gold_dir, sorted by id; ids must be unique."""
    files = sorted(gold_dir.glob("*.yaml"))
    if not files:
        raise InvalidInput(f"No gold files (*.yaml) in {gold_dir}.")
    cases: dict[str, GoldCase] = {}
    for path in files:
        for case in load_gold_file(path):
            if case.id in cases:
                raise InvalidInput(f"{path}: duplicate case id {case.id!r}.")
            cases[case.id] = case
    return [cases[case_id] for case_id in sorted(cases)]


def select_cases(cases: list[GoldCase], subset: list[str] | None) -> list[GoldCase]:
    """Cases matching `subset`: values of one kind (category, split, language, id) are OR-ed, kinds are AND-ed."""
    if not subset:
        return cases
    wanted = {item.strip().lower() for item in subset}
    kinds: dict[str, set[str]] = {
        "category": set(CATEGORIES),
        "split": {"dev", "heldout"},
        "language": {"nb", "en"},
        "id": {case.id for case in cases},
    }
    unknown = sorted(wanted - set().union(*kinds.values()))
    if unknown:
        raise InvalidInput(
            f"Unknown subset {', '.join(unknown)}: use a category ({', '.join(CATEGORIES)}), "
            "a split (dev, heldout), a language (nb, en) or a case id."
        )
    filters = {kind: wanted & values for kind, values in kinds.items() if wanted & values}
    return [c for c in cases if all(str(getattr(c, kind)) in values for kind, values in filters.items())]
