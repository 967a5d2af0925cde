"""`regelverk eval --llm`: deterministic vs LLM mode side by side, here against a scripted stand-in model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console

from assistant.errors import InvalidInput
from assistant.settings import LLMSettings, Settings
from eval.cli import run_llm_eval_command
from eval.llm_compare import comparison_rows, sample
from eval.schema import load_gold_set
from tests.assistant.llm.stand_in import Reply, StandInModel


@pytest.fixture(scope="module")
def uncited_stand_in() -> Iterator[StandInModel]:
    """A stand-in model that answers every question without citing anything."""
    server = StandInModel().start()
    server.script.extend(lambda _request: Reply(content="Det vet jeg sikkert.") for _ in range(50))
    yield server
    server.stop()


def test_stand_in_comparison_counts_fallbacks_and_writes_the_report(
    corpus_settings: Settings, uncited_stand_in: StandInModel, tmp_path: Path
) -> None:
    settings = corpus_settings.model_copy(
        update={"llm": LLMSettings(base_url=uncited_stand_in.base_url, model="stand-in", timeout=20)}
    )
    comparison = run_llm_eval_command(
        subset=["eligibility"], sample_size=3, settings=settings, reports_dir=tmp_path, console=Console(quiet=True)
    )

    deterministic, llm = comparison.systems
    assert [r.id for r in deterministic.results] == [r.id for r in llm.results] and len(llm.results) == 3
    # Every uncited reply fell back to the deterministic answer, so the scores agree and the table says why.
    assert set(comparison.outcomes.values()) <= {"fallback_uncited", "refused"}
    assert llm.summary.score == pytest.approx(deterministic.summary.score)
    rows = {label: value for label, _, value in comparison_rows(comparison)}
    assert rows["LLM answers: model"] == "0 / 3"
    report = (tmp_path / f"{comparison.date}-gold-llm.md").read_text(encoding="utf-8")
    assert "| wrong amounts |" in report and "stand-in" in report


def test_comparison_without_a_model_endpoint_says_what_to_set(corpus_settings: Settings) -> None:
    with pytest.raises(InvalidInput, match="REGELVERK_LLM__BASE_URL"):
        run_llm_eval_command(sample_size=1, settings=corpus_settings, write_report=False, console=Console(quiet=True))


def test_sample_spreads_over_the_set() -> None:
    cases = load_gold_set()
    chosen = sample(cases, 10)
    assert len(chosen) == 10 and len({c.category for c in chosen}) > 3
    assert sample(cases, None) == cases
