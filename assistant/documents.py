"""How current each indexed document is, read from the rule tables that cite it (current, older version, expired)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from assistant.rules.model import SchemeStatus

if TYPE_CHECKING:
    from assistant.rules.book import RuleBook

DocumentStatus = Literal["current", "old_version", "expired", "unknown"]

# Worse is higher: an answer resting only on old documents takes the worst of their statuses.
_SEVERITY: dict[SchemeStatus, int] = {"current": 0, "old_version": 1, "expired": 2}


class SchemeRef(BaseModel):
    """A scheme whose rule table cites a document."""

    id: str = Field(description="Scheme id (see GET /api/schemes/{id}).")
    name: str = Field(description="Norwegian name.")
    name_en: str | None = Field(default=None, description="English name.")
    status: SchemeStatus = Field(description="current, old_version or expired.")


class DocumentStanding(BaseModel):
    """A document's status and the rule-table schemes it backs."""

    status: SchemeStatus = Field(description="current, old_version or expired.")
    note: str | None = Field(default=None, description="Why, in Norwegian (from the scheme that sets the status).")
    note_en: str | None = Field(default=None, description="Why, in English.")
    rule_schemes: list[SchemeRef] = Field(default_factory=list, description="Schemes whose rule tables cite it.")


def document_standings(book: RuleBook) -> dict[str, DocumentStanding]:
    """Every document a rule table cites, by id (a document no rule table cites has status "unknown").

    A document is as current as the most current scheme citing it: the 2023 conference slides are an older
    version for the schemes they describe, even though one of those schemes' calls has since expired.
    """
    citing: dict[str, list[SchemeRef]] = {}
    notes: dict[str, tuple[str, str | None]] = {}
    for scheme in book.schemes.values():
        ref = SchemeRef(id=scheme.id, name=scheme.name, name_en=scheme.name_en, status=scheme.status)
        notes[scheme.id] = (scheme.status_note, scheme.status_note_en)
        for document_id in scheme.documents:
            citing.setdefault(document_id, []).append(ref)
    standings = {}
    for document_id, refs in citing.items():
        best = min(refs, key=lambda ref: _SEVERITY[ref.status])
        note, note_en = notes[best.id]
        standings[document_id] = DocumentStanding(status=best.status, note=note, note_en=note_en, rule_schemes=refs)
    return standings


def answer_source_status(document_ids: Iterable[str], standings: Mapping[str, DocumentStanding]) -> SchemeStatus | None:
    """How current the documents an answer cites are: current when any is; else the worst; None if none is known."""
    statuses = [standings[document_id].status for document_id in document_ids if document_id in standings]
    if not statuses:
        return None
    if "current" in statuses:
        return "current"
    return max(statuses, key=lambda status: _SEVERITY[status])
