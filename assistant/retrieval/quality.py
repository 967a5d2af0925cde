"""Retrieval quality over a labelled query set (eval/retrieval_queries.yaml): relevance, recall@k and MRR."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, field_validator, model_validator

from assistant.settings import PROJECT_ROOT
from assistant.text import fold_whitespace
from assistant.types import Chunk, Passage

LABELLED_QUERIES_PATH = PROJECT_ROOT / "eval" / "retrieval_queries.yaml"


class LabelledQuery(BaseModel):
    """One query with the passage it must retrieve (schema documented in the YAML file)."""

    model_config = {"extra": "forbid"}

    id: str = Field(description="Unique id.")
    query: str = Field(min_length=1, description="The query as a user would type it.")
    lang: Literal["nb", "en"] = Field(description="Language of the query.")
    document: str = Field(description="Expected document id.")
    section: list[str] = Field(default_factory=list, description="Acceptable section-path substrings.")
    text: list[str] = Field(default_factory=list, description="Acceptable verbatim snippets of the chunk text.")
    split: Literal["dev", "heldout"] = Field(description="dev (tuned against) or heldout (never tuned against).")

    @field_validator("section", "text", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _has_label(self) -> LabelledQuery:
        if not self.section and not self.text:
            raise ValueError(f"query {self.id}: give `section` or `text` (or both)")
        return self

    def matches(self, chunk: Chunk) -> bool:
        """True if the chunk is a right answer for this query."""
        if chunk.document_id != self.document:
            return False
        if self.section and not any(s.lower() in chunk.section.lower() for s in self.section):
            return False
        folded = fold_whitespace(chunk.text).lower()
        return not self.text or any(fold_whitespace(t).lower() in folded for t in self.text)


def load_labelled_queries(path: Path = LABELLED_QUERIES_PATH) -> list[LabelledQuery]:
    """Read and validate the labelled set; ids must be unique."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    queries = [LabelledQuery.model_validate(item) for item in data["queries"]]
    ids = [q.id for q in queries]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{path}: duplicate query ids {duplicates}")
    return queries


def first_relevant_rank(query: LabelledQuery, passages: Sequence[Passage]) -> int | None:
    """1-based rank of the first relevant passage, or None if none is relevant."""
    for position, passage in enumerate(passages, start=1):
        if query.matches(passage.chunk):
            return position
    return None


class QualityScores(BaseModel):
    """Recall@1, recall@5 and mean reciprocal rank over a set of queries."""

    n: int = Field(description="Number of queries scored.")
    recall_at_1: float = Field(description="Share of queries with a relevant passage at rank 1.")
    recall_at_5: float = Field(description="Share of queries with a relevant passage in the top 5.")
    mrr: float = Field(description="Mean of 1/rank of the first relevant passage (0 when none was found).")


def score_ranks(ranks: Sequence[int | None]) -> QualityScores:
    """Aggregate first-relevant ranks into quality figures."""
    n = len(ranks)
    if n == 0:
        return QualityScores(n=0, recall_at_1=0.0, recall_at_5=0.0, mrr=0.0)
    return QualityScores(
        n=n,
        recall_at_1=sum(1 for r in ranks if r is not None and r <= 1) / n,
        recall_at_5=sum(1 for r in ranks if r is not None and r <= 5) / n,
        mrr=sum(1.0 / r for r in ranks if r is not None) / n,
    )
