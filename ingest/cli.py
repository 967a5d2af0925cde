"""`regelverk ingest`: run the ingest with a progress bar and print a summary."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from assistant.settings import get_settings
from ingest.run import IngestReport, run_ingest


def run_ingest_command(paths: list[Path], force: bool) -> None:
    """Ingest `paths` (default: the corpus dir) and print what happened.

    Exit status: 0 when the index is usable afterwards, even if some files were skipped (they are listed with the
    reason, and the rest is indexed). If nothing could be indexed, IngestError propagates and the CLI exits 1 with
    the reasons, leaving the previous index serving.
    """
    settings = get_settings()
    console = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("hashing", total=None)

        def progress(label: str, done: int, total: int) -> None:
            bar.update(task, description=label, completed=done, total=total)

        report = run_ingest(settings, paths or None, force=force, progress=progress)
    _print_summary(report, Console())


def _print_summary(report: IngestReport, console: Console) -> None:
    table = Table(title="Ingest summary", show_header=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    rows = [
        ("documents", report.documents),
        ("chunks", report.chunks),
        ("added", report.added),
        ("updated", report.updated),
        ("unchanged", report.unchanged),
        ("removed", report.removed),
        ("failed", len(report.failed)),
        ("generation", report.generation),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    table.add_row("seconds", f"{report.seconds:.2f}")
    console.print(table)
    for path, reason in report.failed:
        console.print(f"[yellow]skipped[/yellow] {path}: {reason}")
    if report.failed:
        console.print("Fix or remove the skipped files and run `regelverk ingest` again.")
    if report.documents == 0:
        raise typer.Exit(1)
