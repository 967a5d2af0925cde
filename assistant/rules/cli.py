"""`regelverk calc`, `regelverk rules check` and `regelverk rules show`: rich tables over the rules module."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from assistant.errors import InvalidInput, RuleTableError
from assistant.rules.book import RuleBook
from assistant.rules.engine import deadlines, kr, max_grant, own_funding, plan, resolve_measure
from assistant.rules.model import Scheme
from assistant.rules.results import GrantResult, OwnFundingResult
from assistant.settings import Settings, get_settings
from assistant.types import Calculation, Document, Source

_VERDICT = {"yes": "[green]☒ ja[/]", "no": "[red]☐ nei[/]", "conditional": "[yellow]på vilkår[/]", "unknown": "ukjent"}


def _console() -> Console:
    return Console(soft_wrap=False, width=160)


def _book() -> RuleBook:
    return RuleBook.load(get_settings().rules_dir)


def _quote(source: Source | None) -> str:
    return f"«{source.quote}» ({source.document_id})" if source else ""


def _trace_table(calculation: Calculation, title: str) -> Table:
    table = Table(title=title, show_lines=False, title_justify="left")
    table.add_column("Steg", style="cyan", no_wrap=True)
    table.add_column("Beregning")
    table.add_column("Beløp (kr)", justify="right", no_wrap=True)
    table.add_column("Kilde (ordrett sitat)", style="dim")
    for line in calculation.lines:
        amount = kr(line.amount) if line.amount is not None else ""
        style = "bold" if line.kind == "total" else None
        table.add_row(line.kind, line.text, amount, _quote(line.source), style=style)
    return table


def run_calc_command(
    scheme: str,
    *,
    measure: str | None,
    year: int | None,
    percents: Sequence[float] | None,
    positions: int | None,
    training: int | None,
    salary: int | None,
    all_years: bool,
    as_json: bool,
) -> None:
    """Compute the maximum grant (one year, or every year with --all-years) and print the trace."""
    book = _book()
    found = book.scheme(scheme)
    measure_id = resolve_measure(book, found, measure)
    console = _console()
    if all_years:
        result = plan(book, found, measure_id, percents=percents, positions=positions, training=training)
        funding = [own_funding(r, salary) for r in result.years] if salary is not None else []
        if as_json:
            payload = result.model_dump(mode="json")
            if funding:
                payload["own_funding"] = [f.model_dump(mode="json") for f in funding]
            print(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        for year_result in result.years:
            console.print(_trace_table(year_result.calculation, f"{found.name} – år {year_result.year}"))
        summary = Table(title="Plan over alle år", title_justify="left")
        summary.add_column("År", justify="right")
        summary.add_column("Maksimalt tilskudd (kr)", justify="right")
        if funding:
            summary.add_column("Egenfinansiering (kr)", justify="right")
        for index, year_result in enumerate(result.years):
            row = [str(year_result.year), kr(year_result.amount)]
            if funding:
                row.append(kr(funding[index].own_funding))
            summary.add_row(*row)
        summary.add_row("Sum", kr(result.total), style="bold")
        console.print(summary)
        _print_notes(console, result.calculation.assumptions, result.warnings)
        return
    grant = max_grant(book, found, measure_id, year, percents=percents, positions=positions, training=training)
    funded = own_funding(grant, salary) if salary is not None else None
    if as_json:
        payload = grant.model_dump(mode="json")
        if funded is not None:
            payload["own_funding"] = funded.model_dump(mode="json")
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    _print_grant(console, found, grant, funded)


def _print_grant(console: Console, scheme: Scheme, grant: GrantResult, funded: OwnFundingResult | None) -> None:
    label = scheme.measures[grant.measure].label
    title = f"{scheme.name} – {label}" + (f", år {grant.year}" if grant.year else "")
    console.print(_trace_table(grant.calculation, title))
    if funded is not None:
        console.print(_trace_table(funded.calculation, "Egenfinansiering"))
    console.print(f"[bold]Maksimalt tilskudd: {kr(grant.amount)} kr[/]")
    _print_notes(console, grant.calculation.assumptions, grant.warnings)


def _print_notes(console: Console, assumptions: Sequence[str], warnings: Sequence[str]) -> None:
    for assumption in assumptions:
        console.print(f"[yellow]Antakelse:[/] {assumption}")
    for warning in warnings:
        console.print(f"[red]Advarsel:[/] {warning}")


def run_rules_check_command() -> None:
    """Validate every rule table: quotes verbatim in the corpus, prose numbers in their quotes, English present."""
    from assistant.rules.check import check_rule_tables

    report = check_rule_tables(get_settings())
    console = _console()
    book = _book()
    table = Table(title="Regeltabeller", title_justify="left")
    table.add_column("Ordning")
    table.add_column("Kilder", justify="right")
    table.add_column("Sitatfeil", justify="right")
    table.add_column("Tall uten kilde", justify="right")
    table.add_column("Mangler engelsk", justify="right")
    table.add_column("Kontrollert")

    counts = [
        Counter(p.scheme_id for p in report.problems),
        Counter(p.scheme_id for p in report.untraced),
        Counter(p.scheme_id for p in report.missing_english),
    ]
    for scheme in book.schemes.values():
        found = [counter[scheme.id] for counter in counts]
        reviewed = "ja" if scheme.reviewed else "[yellow]utkast[/]"
        table.add_row(scheme.id, str(len(scheme.sources())), *(f"[red]{n}[/]" if n else "0" for n in found), reviewed)
    console.print(table)
    for problem in report.problems:
        console.print(f"[red]✗[/] {problem.scheme_id}: {problem.document_id} «{problem.quote}»: {problem.reason}")
    for prose in report.untraced:
        quote = f"«{prose.quote}»" if prose.quote is not None else "(ingen kilde)"
        console.print(
            f"[red]✗[/] {prose.scheme_id} {prose.path}: {', '.join(prose.numbers)} står ikke i sitatet {quote}: "
            f"«{prose.text}»"
        )
    for missing in report.missing_english:
        console.print(f"[red]✗[/] {missing.scheme_id}: mangler {missing.path}")
    if not report.ok:
        failures = len(report.problems) + len(report.untraced) + len(report.missing_english)
        message = (
            f"{failures} feil: {len(report.problems)} sitater ikke funnet, {len(report.untraced)} tekster med tall "
            f"som ikke står i sitatet, {len(report.missing_english)} engelske tekster mangler."
        )
        message_en = (
            f"{failures} problems: {len(report.problems)} quotes not found, {len(report.untraced)} texts with numbers "
            f"their quote lacks, {len(report.missing_english)} English texts missing."
        )
        raise RuleTableError(message, message_en)
    console.print(
        f"[green]OK[/]: {report.schemes} ordninger, {report.sources} kilder, alle sitater funnet ordrett "
        f"i {len(report.documents)} dokumenter; alle tall i {report.prose_checked} regeltekster står i sitatet; "
        f"ingen engelske tekster mangler."
    )


def run_rules_show_command(scheme: str | None) -> None:
    """List every scheme, or show one scheme's rules with their sources."""
    book = _book()
    console = _console()
    if scheme is None:
        table = Table(title="Tilskuddsordninger i regeltabellene", title_justify="left")
        table.add_column("Id", style="cyan", no_wrap=True)
        table.add_column("Navn")
        table.add_column("Status")
        table.add_column("Tiltak")
        for item in book.schemes.values():
            table.add_row(item.id, item.name, item.status, ", ".join(item.measures))
        console.print(table)
        return
    _show_scheme(console, book, book.scheme(scheme))


def _show_scheme(console: Console, book: RuleBook, scheme: Scheme) -> None:
    console.print(f"[bold]{scheme.name}[/] ({scheme.id}) – status: {scheme.status}: {scheme.status_note}")
    aliases = [*scheme.aliases, *scheme.aliases_cased, *scheme.aliases_en]
    if aliases:
        console.print("Alias: " + ", ".join(aliases))
    for version in scheme.eligibility:
        table = Table(title=f"Hvem kan søke ({version.document_id})", title_justify="left")
        table.add_column("Søkertype")
        table.add_column("Svar")
        table.add_column("Vilkår / merknad")
        table.add_column("Kilde", style="dim")
        for kind, entry in version.applicants.items():
            table.add_row(
                kind.value, _VERDICT[entry.verdict], entry.condition or entry.note or "", _quote(entry.source)
            )
        table.add_row("(andre)", _VERDICT[version.unlisted.verdict], version.unlisted.note or "", "")
        console.print(table)
    for measure in scheme.measures.values():
        table = Table(title=f"{measure.label} ({measure.id}): {measure.name}", title_justify="left")
        table.add_column("Regel")
        table.add_column("Verdi", justify="right")
        table.add_column("Kilde", style="dim")
        if measure.duration is not None:
            table.add_row("Varighet", f"{measure.duration.value} år", _quote(measure.duration.source))
        for rate in measure.rates:
            years = f"{rate.year_from}" if rate.year_from == rate.year_to else f"{rate.year_from}–{rate.year_to}"
            table.add_row(f"Sats år {years} per 100 %-stilling", f"{kr(rate.number())} kr", _quote(rate.source))
        if measure.position_limit is not None:
            table.add_row(
                measure.position_limit.name, str(measure.position_limit.value), _quote(measure.position_limit.source)
            )
        for cap in measure.caps:
            table.add_row(cap.name, f"{kr(cap.number())} kr", _quote(cap.source))
        for value, name in ((measure.training, "Opplæring inntil"), (measure.lump_sum, "Inntil")):
            if value is not None:
                table.add_row(name, f"{kr(value.number())} kr", _quote(value.source))
        if measure.no_fixed_amount is not None:
            table.add_row("Ingen fast sats", "–", _quote(measure.no_fixed_amount.source))
        console.print(table)
    today = get_settings().current_date()
    for info in deadlines(book, scheme, today):
        when = info.due.isoformat() if info.due else (f"neste {info.next_date.isoformat()}" if info.next_date else "")
        flag = " [red](utløpt)[/]" if info.expired else ""
        console.print(f"Frist ({info.kind}): {info.text} {when}{flag} – {_quote(info.source)}")
    for condition in scheme.conditions:
        console.print(f"Vilkår: {condition.text} – {_quote(condition.source)}")
    for key, fact in scheme.facts.items():
        console.print(f"{key}: {fact.text or fact.value} – {_quote(fact.source)}")


def _document(argument: str, settings: Settings) -> Document:
    """A document given as a file path or as the id of a corpus document."""
    from ingest.loaders import load_corpus_documents, load_document
    from ingest.manifest import manifest_entry_for

    path = Path(argument)
    if path.is_file():
        return load_document(path, manifest_entry_for(path), corpus_dir=settings.corpus_dir)
    for document in load_corpus_documents(settings):
        if document.id == argument:
            return document
    raise InvalidInput(
        f"«{argument}» is neither a file nor the id of a document in {settings.corpus_dir}. Give the path of the "
        "regelverk (PDF, text, Markdown or HTML) or its document id (see corpus/manifest.yaml)."
    )


def run_rules_draft_command(document_arg: str, out: Path | None, force: bool) -> Path:
    """Draft a rule table from a regelverk in the template and write it (reviewed: false)."""
    from assistant.rules.draft import draft_scheme
    from assistant.rules.review import draft_header
    from assistant.rules.tables import write_scheme

    settings = get_settings()
    document = _document(document_arg, settings)
    scheme = draft_scheme(document)
    target = out or settings.rules_dir / f"{scheme.id}.yaml"
    if target.exists() and not force:
        raise InvalidInput(
            f"{target} exists already; it is not overwritten. Use --out to write the draft elsewhere, or --force."
        )
    if out is None and target.parent.is_dir() and not force:
        clash = [path.name for path in target.parent.glob("*.yaml") if _defines(path, scheme.id)]
        if clash:
            raise InvalidInput(
                f"The scheme id {scheme.id} is already defined in {', '.join(clash)}; a second table would make the "
                "rule book ambiguous. Use --out to write the draft elsewhere (e.g. to compare it)."
            )
    write_scheme(scheme, target, draft_header(document.path, scheme.id, settings.current_date()))
    console = _console()
    measures = ", ".join(
        f"{m.label} ({len(m.rates)} satser)" if m.rates else f"{m.label} ({m.kind})" for m in scheme.measures.values()
    )
    console.print(f"[green]Utkast skrevet[/]: {target}")
    console.print(
        f"{scheme.name} ({scheme.id}): {len(scheme.eligibility[0].applicants) if scheme.eligibility else 0} "
        f"søkertyper, tiltak: {measures or 'ingen'}, {len(scheme.deadlines)} frister, {len(scheme.facts)} fakta, "
        f"{len(scheme.sources())} kilder."
    )
    console.print(f"Neste steg: [bold]regelverk rules review {scheme.id}[/] (tabellen er merket reviewed: false).")
    return target


def _defines(path: Path, scheme_id: str) -> bool:
    from assistant.rules.book import load_table_file

    try:
        return any(scheme.id == scheme_id for scheme in load_table_file(path))
    except RuleTableError:
        return False


def run_rules_review_command(scheme_arg: str, approve: bool, reviewer: str | None) -> None:
    """Show a table's values beside the paragraphs they come from; with --approve, mark it reviewed."""
    from assistant.rules import review
    from ingest.loaders import load_corpus_documents

    settings = get_settings()
    scheme = _book().scheme(scheme_arg)
    path = review.table_file(settings.rules_dir, scheme.id)
    documents = load_corpus_documents(settings)
    report = review.scheme_report(scheme, documents)
    console = _console()
    state = "[green]kontrollert[/]" if scheme.reviewed else "[yellow]utkast, ikke kontrollert[/]"
    console.print(f"[bold]{scheme.name}[/] ({scheme.id}) – {state} – {path}")
    table = Table(title="Utkastet ved siden av kildene", title_justify="left", show_lines=True)
    table.add_column("Felt", style="cyan", max_width=40, overflow="fold")
    table.add_column("Verdi", justify="right", max_width=24)
    table.add_column("Avsnitt", style="dim", max_width=28)
    table.add_column("Kilden i dokumentet (sitatet i fet skrift)", ratio=1)
    for row in review.review_rows(scheme, documents):
        if row.context is None:
            shown = (
                f"[red]sitatet finnes ikke i dokumentet:[/] «{escape(row.quote)}»"
                if row.quote
                else "(dokumentets topp)"
            )
        else:
            shown = escape(row.context).replace(escape(row.quote), f"[bold]{escape(row.quote)}[/]", 1)
        table.add_row(row.path, escape(row.value), escape(row.section), shown)
    console.print(table)
    for problem in report.problems:
        console.print(f"[red]✗[/] sitat ikke funnet: «{escape(problem.quote)}» ({problem.reason})")
    for prose in report.untraced:
        console.print(f"[red]✗[/] {prose.path}: {', '.join(prose.numbers)} står ikke i sitatet: «{escape(prose.text)}»")
    for missing in report.missing_english:
        console.print(f"[yellow]![/] mangler engelsk tekst: {missing.path} (fyll inn i {path.name})")
    if not approve:
        if not scheme.reviewed:
            console.print(
                f"Sjekk hver verdi mot kilden, rett tabellen i {path} ved behov, og godkjenn med "
                f"[bold]regelverk rules review {scheme.id} --approve --by NAVN[/]."
            )
        return
    review.approve(path, scheme, report, reviewer or "saksbehandler", settings.current_date())
    console.print(f"[green]Godkjent[/]: {path} er merket reviewed: true.")
