"""`regelverk eval --llm`: the deterministic answerer and LLM mode side by side on the same cases.

Both run in-process over the same index; LLM mode uses the REGELVERK_LLM__* endpoint. Besides the usual scores it
counts how each LLM-mode answer ended: the model's answer as written, cut by the verifier, the deterministic refusal
standing, or a fallback (unverified, uncited, timeout, unreachable, error).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field
from rich.table import Table

from assistant.errors import InvalidInput
from assistant.services import Services
from assistant.settings import LLMSettings, Settings
from assistant.types import Answer
from eval.answerers import PipelineAnswerer
from eval.runner import SystemRun, run_system
from eval.schema import GoldCase

# What the comparison table shows, in order: (label, metric key or None for the score, plain number?).
_ROWS: list[tuple[str, str | None, bool]] = [
    ("score", None, False),
    ("amount exact", "amount_exact_match", False),
    ("wrong amounts", "wrong_amounts", True),
    ("verdict accuracy", "verdict_accuracy", False),
    ("citation recall", "citation_recall", False),
    ("refusal precision", "refusal_precision", False),
    ("refusal recall", "refusal_recall", False),
    ("unverified numbers", "unverified_numbers", True),
    ("latency p50 (ms)", "latency_p50_ms", True),
    ("latency p95 (ms)", "latency_p95_ms", True),
]


class LLMComparison(BaseModel):
    """Deterministic vs LLM mode on one case set."""

    date: str = Field(description="Run date, ISO.")
    case_set: str = Field(description="'gold' or a blind set's folder name.")
    model: str = Field(description="REGELVERK_LLM__MODEL.")
    base_url: str = Field(description="REGELVERK_LLM__BASE_URL.")
    timeout_s: float = Field(description="REGELVERK_LLM__TIMEOUT.")
    systems: list[SystemRun] = Field(description="deterministic, then llm.")
    outcomes: dict[str, str] = Field(description="Case id → how the LLM-mode answer of its last turn ended.")


class OutcomeRecorder:
    """The in-process pipeline in LLM mode, noting how each answer ended."""

    def __init__(self, services: Services) -> None:
        if services.llm is None:
            raise InvalidInput("LLM mode is off: set REGELVERK_LLM__BASE_URL and REGELVERK_LLM__MODEL.")
        self.name = "llm"
        self.services = services
        self.llm = services.llm
        self.last = ""

    def ask(self, message: str, conversation_id: str | None) -> tuple[str | None, Answer]:
        before = Counter(self.llm.outcomes)
        answer = PipelineAnswerer(self.services).ask(message, conversation_id)
        changed = Counter(self.llm.outcomes) - before
        self.last = next(iter(changed), "none")
        return answer


def sample(cases: list[GoldCase], size: int | None) -> list[GoldCase]:
    """`size` cases spread evenly over the (id-sorted, so category-mixed) list; all when size is None."""
    if size is None or size >= len(cases):
        return cases
    step = len(cases) / size
    return [cases[int(i * step)] for i in range(size)]


def run_comparison(
    settings: Settings,
    cases: list[GoldCase],
    case_set: str,
    progress: Callable[[GoldCase], None] | None = None,
) -> LLMComparison:
    """Score the deterministic answerer and LLM mode on `cases` (`progress` after each case of either)."""
    if not settings.llm.enabled:
        raise InvalidInput("eval --llm needs a model: set REGELVERK_LLM__BASE_URL and REGELVERK_LLM__MODEL.")
    deterministic = PipelineAnswerer(Services(settings.model_copy(update={"llm": LLMSettings()})), name="deterministic")
    recorder = OutcomeRecorder(Services(settings))
    outcomes: dict[str, str] = {}

    def record(case: GoldCase) -> None:
        outcomes[case.id] = recorder.last
        if progress:
            progress(case)

    runs = [run_system(deterministic, cases, progress=progress), run_system(recorder, cases, progress=record)]
    return LLMComparison(
        date=settings.current_date().isoformat(),
        case_set=case_set,
        model=settings.llm.model or "",
        base_url=settings.llm.base_url or "",
        timeout_s=settings.llm.timeout,
        systems=runs,
        outcomes=outcomes,
    )


def _cell(value: float | None, plain: bool) -> str:
    if value is None:
        return "–"
    return f"{value:g}" if plain else f"{100 * value:.1f} %"


def comparison_rows(comparison: LLMComparison) -> list[tuple[str, str, str]]:
    """(metric, deterministic, llm) rows, then how the LLM-mode answers ended."""
    deterministic, llm = comparison.systems
    rows = []
    for label, key, plain in _ROWS:
        values = [run.summary.score if key is None else run.summary.metrics.get(key) for run in (deterministic, llm)]
        rows.append((label, _cell(values[0], plain), _cell(values[1], plain)))
    counts = Counter(comparison.outcomes.values())
    n = len(comparison.outcomes)
    for outcome in ("model", "cut", "refused", *sorted(o for o in counts if o.startswith("fallback_"))):
        rows.append((f"LLM answers: {outcome}", "–", f"{counts.get(outcome, 0)} / {n}"))
    return rows


def comparison_markdown(comparison: LLMComparison) -> str:
    """The comparison as a Markdown report."""
    lines = [
        f"# Deterministic vs LLM mode — {comparison.date}",
        "",
        f"Case set: {comparison.case_set}, {len(comparison.outcomes)} cases. Model: `{comparison.model}` at "
        f"{comparison.base_url}, timeout {comparison.timeout_s:g} s.",
        "",
        "| metric | deterministic | LLM mode |",
        "|---|---|---|",
        *(f"| {label} | {a} | {b} |" for label, a, b in comparison_rows(comparison)),
        "",
        "| case | outcome | deterministic score | LLM score |",
        "|---|---|---|---|",
    ]
    deterministic, llm = comparison.systems
    for before, after in zip(deterministic.results, llm.results, strict=True):
        lines.append(
            f"| {before.id} | {comparison.outcomes.get(before.id, '')} | {before.score:.2f} | {after.score:.2f} |"
        )
    return "\n".join(lines) + "\n"


def write_comparison(comparison: LLMComparison, directory: Path) -> tuple[Path, Path]:
    """<date>-<set>-llm.json and .md in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    stem = f"{comparison.date}-{comparison.case_set}-llm"
    json_path, md_path = directory / f"{stem}.json", directory / f"{stem}.md"
    json_path.write_text(json.dumps(comparison.model_dump(mode="json"), indent=1, ensure_ascii=False), "utf-8")
    md_path.write_text(comparison_markdown(comparison), encoding="utf-8")
    return json_path, md_path


def comparison_table(comparison: LLMComparison) -> Table:
    """The comparison for the terminal."""
    table = Table(title=f"Deterministic vs LLM mode ({comparison.model}, {len(comparison.outcomes)} cases)")
    for column in ("metric", "deterministic", "LLM mode"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for row in comparison_rows(comparison):
        table.add_row(*row)
    return table
