"""`regelverk` command line. Commands import their (heavy) modules lazily so `--help` stays instant."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from assistant.errors import RegelverkError

app = typer.Typer(
    help="Regelverk: answers about Norwegian grant regulations, with verbatim citations and computed amounts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(
    help="Inspect, check, draft and review the rule tables (corpus/rules/*.yaml).", no_args_is_help=True
)
app.add_typer(rules_app, name="rules")
feedback_app = typer.Typer(help="Users' ratings of answers (thumbs up/down on the web page).", no_args_is_help=True)
app.add_typer(feedback_app, name="feedback")


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders to index (default: the corpus dir).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-embed every document, even unchanged ones.")] = False,
) -> None:
    """Build or update the search index (incremental and atomic)."""
    from ingest.cli import run_ingest_command

    run_ingest_command(paths or [], force=force)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for, in Norwegian or English.")],
    k: Annotated[int, typer.Option("-k", "--top-k", min=1, max=100, help="How many passages to show.")] = 5,
    mode: Annotated[str, typer.Option(help="hybrid, dense or bm25.")] = "hybrid",
    document: Annotated[list[str] | None, typer.Option("--document", "-d", help="Only these document ids.")] = None,
    scheme: Annotated[list[str] | None, typer.Option("--scheme", "-s", help="Only documents of these schemes.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Show the ranked passages retrieval finds for a query."""
    from assistant.retrieval.cli import run_search_command

    run_search_command(query, k=k, mode=mode, documents=document, schemes=scheme, as_json=as_json)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="Your question, in Norwegian or English.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full API response as JSON.")] = False,
    conversation: Annotated[str | None, typer.Option(help="Continue this conversation id.")] = None,
) -> None:
    """Ask one question and print the cited answer."""
    from assistant.chat_cli import run_ask_command

    run_ask_command(question, as_json=as_json, conversation_id=conversation)


@app.command()
def chat() -> None:
    """Interactive chat that keeps the conversation (Ctrl-D or 'exit' to leave)."""
    from assistant.chat_cli import run_chat_command

    run_chat_command()


@app.command()
def calc(
    scheme: Annotated[str, typer.Argument(help="Scheme id or alias, e.g. 0765.73, ips-jmo, voksne-langvarige.")],
    measure: Annotated[str | None, typer.Option("--measure", "-m", help="Measure, e.g. A or B.")] = None,
    year: Annotated[int | None, typer.Option("--year", "-y", help="Project/operating year (1, 2, …).")] = None,
    percent: Annotated[
        list[float] | None,
        typer.Option("--percent", "-p", help="Position percentage; repeat for several positions."),
    ] = None,
    positions: Annotated[int | None, typer.Option("--positions", "-n", help="Number of 100 % positions.")] = None,
    training: Annotated[int | None, typer.Option("--training", help="Training/competence amount applied for.")] = None,
    salary: Annotated[int | None, typer.Option("--salary", help="Actual yearly salary cost, for own funding.")] = None,
    all_years: Annotated[bool, typer.Option("--all-years", help="Plan and total over every year.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the calculation as JSON.")] = False,
) -> None:
    """Compute the maximum grant with the rules module and print the trace."""
    from assistant.rules.cli import run_calc_command

    run_calc_command(
        scheme,
        measure=measure,
        year=year,
        percents=percent,
        positions=positions,
        training=training,
        salary=salary,
        all_years=all_years,
        as_json=as_json,
    )


@rules_app.command("check")
def rules_check() -> None:
    """Validate the rule tables and prove every quoted source is in the corpus."""
    from assistant.rules.cli import run_rules_check_command

    run_rules_check_command()


@rules_app.command("show")
def rules_show(
    scheme: Annotated[str | None, typer.Argument(help="Scheme id or alias; omit to list all.")] = None,
) -> None:
    """List the schemes, or show one scheme's rules with sources."""
    from assistant.rules.cli import run_rules_show_command

    run_rules_show_command(scheme)


@rules_app.command("draft")
def rules_draft(
    document: Annotated[str, typer.Argument(help="The regelverk: a file path or a corpus document id.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here instead of <corpus>/rules/<scheme>.yaml.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Draft a rule table from a regelverk in Helsedirektoratet's template (marked reviewed: false)."""
    from assistant.rules.cli import run_rules_draft_command

    run_rules_draft_command(document, out, force)


@rules_app.command("review")
def rules_review(
    scheme: Annotated[str, typer.Argument(help="Scheme id or alias of the table to review.")],
    approve: Annotated[bool, typer.Option("--approve", help="Mark the table reviewed (if it checks out).")] = False,
    by: Annotated[str | None, typer.Option("--by", help="Who reviewed it (recorded in the file).")] = None,
) -> None:
    """Show a rule table beside the paragraphs its values come from; --approve marks it reviewed."""
    from assistant.rules.cli import run_rules_review_command

    run_rules_review_command(scheme, approve, by)


@feedback_app.command("export")
def feedback_export(
    rating: Annotated[str | None, typer.Option(help="Only 'up' or 'down' ratings (default: both).")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file (default: print).")] = None,
) -> None:
    """Write the rated answers as candidate eval cases (YAML) for a caseworker to review into eval/gold/."""
    from assistant.feedback_export import run_feedback_export_command

    run_feedback_export_command(rating, out)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default from settings: 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default from settings: 8000).")] = None,
) -> None:
    """Serve the web page and HTTP API (warns when exposed beyond loopback without an API key)."""
    from assistant.api.server import serve as run_server
    from assistant.settings import get_settings

    settings = get_settings()
    run_server(settings, host or settings.server.host, port or settings.server.port)


@app.command(name="eval")
def evaluate(
    subset: Annotated[
        list[str] | None, typer.Option("--subset", help="Only these categories or splits (dev, heldout).")
    ] = None,
    baseline: Annotated[
        list[str] | None, typer.Option("--baseline", help="Baselines to compare: naive-rag, bm25 (default: both).")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", help="Score a running server's /api/chat instead.")] = None,
    no_baselines: Annotated[bool, typer.Option("--no-baselines", help="Score the assistant only.")] = False,
    report: Annotated[bool, typer.Option("--report/--no-report", help="Write eval/reports/.")] = True,
    cases: Annotated[
        Path | None,
        typer.Option("--cases", help="Score this folder of case files (e.g. eval/blind/a) instead of eval/gold/."),
    ] = None,
    llm: Annotated[
        bool, typer.Option("--llm", help="Compare the deterministic answerer with LLM mode (REGELVERK_LLM__*).")
    ] = False,
    sample_size: Annotated[
        int | None, typer.Option("--sample", min=1, help="Score only this many cases, spread over the set.")
    ] = None,
) -> None:
    """Score the assistant (and baselines) on the gold set and write a report."""
    from eval.cli import run_eval_command, run_llm_eval_command

    if llm:
        run_llm_eval_command(subset=subset, cases_dir=cases, sample_size=sample_size, write_report=report)
        return
    run_eval_command(
        subset=subset,
        baselines=baseline,
        url=url,
        no_baselines=no_baselines,
        write_report=report,
        cases_dir=cases,
        sample_size=sample_size,
    )


def main() -> None:
    """Entry point: domain errors become one readable line and exit code 1."""
    try:
        app()
    except RegelverkError as exc:
        typer.echo(f"Error: {exc.message}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
