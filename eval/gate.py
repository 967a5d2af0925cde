"""The CI gate's threshold (eval/threshold.yaml) and the check against it."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

from assistant.errors import InvalidInput
from eval.scoring import Summary

THRESHOLD_FILE = Path(__file__).resolve().parent / "threshold.yaml"


class Threshold(BaseModel):
    """What `make test` requires of the assistant on the full gold set."""

    model_config = {"extra": "forbid"}

    min_overall_score: float = Field(ge=0.0, le=1.0, description="Lowest acceptable overall score.")
    max_unverified_numbers: int = Field(default=0, ge=0, description="Most unverified numbers allowed.")


def load_threshold(path: Path = THRESHOLD_FILE) -> Threshold:
    """Read and validate the threshold file."""
    try:
        return Threshold.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise InvalidInput(f"{path}: {exc}") from exc


def gate_failures(summary: Summary, threshold: Threshold) -> list[str]:
    """Why a run fails the gate (empty when it passes)."""
    problems = []
    if summary.score < threshold.min_overall_score:
        problems.append(f"overall score {summary.score:.3f} is below the threshold {threshold.min_overall_score:.3f}")
    unverified = int(summary.metrics.get("unverified_numbers") or 0)
    if unverified > threshold.max_unverified_numbers:
        problems.append(f"{unverified} unverified number(s) in answers (allowed: {threshold.max_unverified_numbers})")
    return problems
