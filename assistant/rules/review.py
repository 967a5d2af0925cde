"""`regelverk rules review`: a drafted rule table beside its sources, and approving it once it checks out.

Every value of the table is listed with the paragraph of the document its quote comes from, so a caseworker reads
what the draft says next to what the regelverk says. Approval flips `reviewed: false` to `reviewed: true` in the
table file, and is refused while the table fails `regelverk rules check` (a quote not verbatim in the document, a
number in a rule's prose that its quote lacks, an English text missing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.errors import RuleTableError, UnknownScheme
from assistant.messages import phrase
from assistant.rules.book import RuleBook, load_table_file
from assistant.rules.check import CheckReport, check_quotes
from assistant.rules.compare import flatten
from assistant.rules.model import Scheme, iter_models
from assistant.text import fold_whitespace
from assistant.types import Answer, Document, Language, Source

_UNREVIEWED_LINE = re.compile(r"^reviewed: false[ \t]*$", re.MULTILINE)
# The draft's header line saying it is not reviewed (written by `regelverk rules draft`).
_UNREVIEWED_NOTE = re.compile(r"^# Ikke kontrollert:.*\n", re.MULTILINE)
_CONTEXT_CHARS = 320


class ReviewRow(BaseModel):
    """One value of the table beside the place in the document it was read from."""

    path: str = Field(description="Where in the table, e.g. 'measures.B.rate.year3'.")
    value: str = Field(description="The table's value.")
    section: str = Field(description="The section the source names.")
    quote: str = Field(description="The source quote.")
    context: str | None = Field(description="The document paragraph holding the quote (None: quote not found).")


def draft_header(source: str, scheme_id: str, today: date) -> str:
    """The comment a drafted table starts with (approval removes its second line)."""
    return (
        f"Utkast laget av `regelverk rules draft` fra {source} ({today:%d.%m.%Y}).\n"
        f"Ikke kontrollert: kjør `regelverk rules review {scheme_id}` og godkjenn med --approve."
    )


def flag_unreviewed(answer: Answer, scheme: Scheme, language: Language) -> Answer:
    """`answer` (built from `scheme`'s table) with a warning when that table is a draft nobody has approved."""
    if scheme.reviewed:
        return answer
    return answer.model_copy(update={"warnings": [*answer.warnings, phrase("unreviewed_table", language)]})


def table_file(rules_dir: Path, scheme_id: str) -> Path:
    """The YAML file in `rules_dir` that defines `scheme_id` (UnknownScheme if none does)."""
    for path in sorted(rules_dir.glob("*.yaml")):
        if any(scheme.id == scheme_id for scheme in load_table_file(path)):
            return path
    raise UnknownScheme(
        f"Ingen regeltabell i {rules_dir} definerer ordningen «{scheme_id}».",
        f"No rule table in {rules_dir} defines the scheme “{scheme_id}”.",
    )


def _paragraph(document: Document | None, quote: str) -> str | None:
    """The paragraph (line of the normalised text) that holds the quote, cut around it when long."""
    if document is None:
        return None
    wanted = fold_whitespace(quote)
    for line in document.text.split("\n"):
        folded = fold_whitespace(line)
        at = folded.find(wanted)
        if wanted and at >= 0:
            if len(folded) <= _CONTEXT_CHARS:
                return folded
            start = max(0, at - (_CONTEXT_CHARS - len(wanted)) // 2)
            return ("…" if start else "") + folded[start : start + _CONTEXT_CHARS] + "…"
    folded_text = fold_whitespace(document.text)
    return wanted if wanted and wanted in folded_text else None


def review_rows(scheme: Scheme, documents: Sequence[Document]) -> list[ReviewRow]:
    """Every comparable value of the table with its source and the paragraph that source stands in."""
    by_id = {document.id: document for document in documents}
    sources: dict[str, Source] = {}
    for _, node in iter_models(scheme):
        source = getattr(node, "source", None)
        if isinstance(source, Source):
            sources.setdefault(fold_whitespace(source.quote), source)
    rows: list[ReviewRow] = []
    for path, field in flatten(scheme).items():
        source = sources.get(fold_whitespace(field.quote)) if field.quote else None
        rows.append(
            ReviewRow(
                path=path,
                value=field.value,
                section=source.section if source else "",
                quote=field.quote or "",
                context=_paragraph(by_id.get(source.document_id), source.quote) if source else None,
            )
        )
    return rows


def scheme_report(scheme: Scheme, documents: Sequence[Document]) -> CheckReport:
    """`regelverk rules check` for this one scheme."""
    return check_quotes(RuleBook({scheme.id: scheme}), documents)


def approve(path: Path, scheme: Scheme, report: CheckReport, reviewer: str, today: date) -> None:
    """Mark the drafted table in `path` reviewed; refused while the table has problems."""
    if not report.ok:
        count = len(report.problems) + len(report.untraced) + len(report.missing_english)
        raise RuleTableError(
            f"{scheme.id} kan ikke godkjennes ennå: {count} feil ({len(report.problems)} sitater ikke funnet, "
            f"{len(report.untraced)} tall uten kilde, {len(report.missing_english)} engelske tekster mangler). "
            f"Rett dem i {path} og kjør `regelverk rules review {scheme.id}` igjen.",
            f"{scheme.id} cannot be approved yet: {count} problems ({len(report.problems)} quotes not found, "
            f"{len(report.untraced)} untraced numbers, {len(report.missing_english)} English texts missing). "
            f"Fix them in {path} and run `regelverk rules review {scheme.id}` again.",
        )
    text = path.read_text(encoding="utf-8")
    if scheme.reviewed or not _UNREVIEWED_LINE.search(text):
        raise RuleTableError(
            f"{path} har ingen linje «reviewed: false»: tabellen er allerede godkjent.",
            f"{path} has no line 'reviewed: false': the table is already approved.",
        )
    note = f"# Kontrollert av {reviewer} {today:%d.%m.%Y}.\nreviewed: true"
    text = _UNREVIEWED_NOTE.sub("", _UNREVIEWED_LINE.sub(note, text, count=1), count=1)
    path.write_text(text, encoding="utf-8")
