"""`regelverk eval`: score the assistant and the baselines on the gold set, print tables, write the report."""

from __future__ import annotations

import tempfile
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from assistant.errors import InvalidInput
from assistant.services import Services
from assistant.settings import Settings, get_settings
from eval import report as report_writer
from eval.answerers import Answerer, HttpAnswerer, PipelineAnswerer
from eval.llm_compare import LLMComparison, comparison_table, run_comparison, sample, write_comparison
from eval.report import REPORTS_DIR, EvalReport, format_metric, percent
from eval.runner import SystemRun, run_system
from eval.schema import CATEGORIES, GoldCase, load_gold_set, select_cases

BASELINES = ("naive-rag", "bm25")


def _baseline(name: str, settings: Settings, workdir: Path) -> Answerer:
    if name == "bm25":
        from eval.baselines.bm25 import bm25_baseline

        return bm25_baseline(settings)
    from eval.baselines.naive_rag import NaiveRagBaseline

    return NaiveRagBaseline(settings, workdir)


def _chosen_baselines(baselines: list[str] | None, no_baselines: bool) -> list[str]:
    if no_baselines:
        return []
    chosen = [b.strip().lower() for b in baselines] if baselines else list(BASELINES)
    unknown = sorted(set(chosen) - set(BASELINES))
    if unknown:
        raise InvalidInput(f"Unknown baseline {', '.join(unknown)}: choose from {', '.join(BASELINES)}.")
    return list(dict.fromkeys(chosen))


def _run(answerer: Answerer, cases: list[GoldCase], console: Console) -> SystemRun:
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(f"eval {answerer.name}", total=len(cases))
        return run_system(answerer, cases, progress=lambda _case: progress.advance(task))


def score_table(runs: list[SystemRun]) -> Table:
    """Score (%) per category, split and language for each system."""
    table = Table(title="Regelverk eval: score (%) per category")
    table.add_column("group")
    table.add_column("n", justify="right")
    for run in runs:
        table.add_column(run.name, justify="right")
    first = runs[0].summary
    table.add_row("overall", str(first.n), *[percent(r.summary.score) for r in runs], style="bold")
    for groups in ("by_split", "by_language", "by_category"):
        names = CATEGORIES if groups == "by_category" else sorted(getattr(first, groups))
        for name in names:
            group = getattr(first, groups).get(name)
            if group is None:
                continue
            cells = [percent(getattr(r.summary, groups)[name].score) for r in runs]
            table.add_row(name, str(group.n), *cells)
    return table


def metrics_table(runs: list[SystemRun]) -> Table:
    """The metric means and rates for each system."""
    table = Table(title="Metrics")
    table.add_column("metric")
    for run in runs:
        table.add_column(run.name, justify="right")
    for metric in runs[0].summary.metrics:
        cells = [format_metric(metric, run.summary.metrics.get(metric)) for run in runs]
        table.add_row(metric, *cells)
    return table


def _cases(cases_dir: Path | None, subset: list[str] | None, sample_size: int | None) -> list[GoldCase]:
    cases = sample(select_cases(load_gold_set(cases_dir) if cases_dir else load_gold_set(), subset), sample_size)
    if not cases:
        raise InvalidInput("The --subset selection matches no gold case.")
    return cases


def run_llm_eval_command(
    subset: list[str] | None = None,
    cases_dir: Path | None = None,
    sample_size: int | None = None,
    write_report: bool = True,
    settings: Settings | None = None,
    reports_dir: Path = REPORTS_DIR,
    console: Console | None = None,
) -> LLMComparison:
    """Score the deterministic answerer and LLM mode side by side (eval/llm_compare.py); print and write them."""
    settings = settings or get_settings()
    console = console or Console()
    cases = _cases(cases_dir, subset, sample_size)
    case_set = cases_dir.name if cases_dir else "gold"
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("eval deterministic, then LLM mode", total=2 * len(cases))
        comparison = run_comparison(settings, cases, case_set, progress=lambda _case: progress.advance(task))
    console.print(comparison_table(comparison))
    if write_report:
        paths = write_comparison(comparison, reports_dir)
        console.print("Report: " + ", ".join(str(p) for p in paths))
    return comparison


def run_eval_command(
    subset: list[str] | None = None,
    baselines: list[str] | None = None,
    url: str | None = None,
    no_baselines: bool = False,
    write_report: bool = True,
    settings: Settings | None = None,
    reports_dir: Path = REPORTS_DIR,
    console: Console | None = None,
    cases_dir: Path | None = None,
    sample_size: int | None = None,
) -> EvalReport:
    """Score the assistant (in-process, or the server at `url`) and the chosen baselines; print and write reports."""
    settings = settings or get_settings()
    console = console or Console()
    cases = _cases(cases_dir, subset, sample_size)
    chosen = _chosen_baselines(baselines, no_baselines)
    assistant: Answerer = HttpAnswerer(url) if url else PipelineAnswerer(Services(settings))
    runs = [_run(assistant, cases, console)]
    with tempfile.TemporaryDirectory(prefix="regelverk-eval-") as workdir:
        for name in chosen:
            runs.append(_run(_baseline(name, settings, Path(workdir)), cases, console))
    report = EvalReport(
        date=settings.current_date().isoformat(),
        target=url or "in-process",
        selection=subset or [],
        case_set=cases_dir.name if cases_dir else "gold",
        systems=runs,
    )
    console.print(score_table(runs))
    console.print(metrics_table(runs))
    if write_report:
        paths = report_writer.write_report(report, reports_dir)
        console.print("Report: " + ", ".join(str(p) for p in paths))
    return report
