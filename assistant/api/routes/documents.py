"""GET /api/documents and /api/documents/{id}: what the assistant knows, read from the index (never from a path)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from fastapi import APIRouter
from pydantic import BaseModel, Field

from assistant.api.deps import ServicesDep
from assistant.documents import DocumentStatus, SchemeRef, document_standings
from assistant.errors import UnknownDocument
from assistant.services import Services
from assistant.types import Chunk, DocumentKind

router = APIRouter(prefix="/api/documents", tags=["documents"])


class DocumentSummary(BaseModel):
    """One indexed document with its status."""

    id: str = Field(description="Document id (as in citations' document_id).")
    title: str = Field(description="Full title.")
    short_title: str = Field(description="Short name used in citations.")
    kind: DocumentKind = Field(description="regelverk, announcement, overview, slides or other.")
    schemes: list[str] = Field(description="Scheme ids the manifest names for it.")
    rule_schemes: list[SchemeRef] = Field(description="Schemes whose rule tables cite it (amounts are computed).")
    version_date: date | None = Field(description="Approval or publication date, if known.")
    valid_for: str | None = Field(description="Year(s) its rules were written for.")
    origin: str | None = Field(description="Where it comes from.")
    status: DocumentStatus = Field(
        description="current, old_version, expired, or unknown (no rule table cites it, so nothing says)."
    )
    status_note: str | None = Field(description="Why it has this status (Norwegian).")
    status_note_en: str | None = Field(description="Why it has this status (English).")
    chunks: int = Field(description="Number of indexed passages.")
    pages: int | None = Field(description="Number of pages (PDF sources), else null.")
    ingested_at: datetime | None = Field(description="When it was last indexed (UTC), if recorded.")


class PassagePublic(BaseModel):
    """One indexed passage of a document, in document order."""

    chunk_id: str = Field(description="Chunk id (as in citations' chunk_id).")
    section: str = Field(description="Section path.")
    page: int | None = Field(description="PDF page where it starts, if any.")
    page_end: int | None = Field(description="PDF page where it ends, if any.")
    start: int = Field(description="Start offset in the document's normalised text.")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="The passage, verbatim from the normalised document.")


class DocumentDetail(BaseModel):
    """A document and all its passages."""

    document: DocumentSummary = Field(description="The document.")
    passages: list[PassagePublic] = Field(description="Every indexed passage, in document order.")


def _summaries(services: Services) -> tuple[list[DocumentSummary], list[Chunk]]:
    retriever = services.retriever
    infos, chunks = retriever.documents(), retriever.chunks()
    standings = document_standings(services.rules)
    counts = Counter(chunk.document_id for chunk in chunks)
    last_page: dict[str, int] = {}
    for chunk in chunks:
        page = chunk.page_end or chunk.page
        if page is not None:
            last_page[chunk.document_id] = max(page, last_page.get(chunk.document_id, 0))
    summaries = []
    for info in infos:
        standing = standings.get(info.id)
        summaries.append(
            DocumentSummary(
                id=info.id,
                title=info.title,
                short_title=info.short_title,
                kind=info.kind,
                schemes=info.schemes,
                rule_schemes=standing.rule_schemes if standing else [],
                version_date=info.version_date,
                valid_for=info.valid_for,
                origin=info.origin,
                status=standing.status if standing else "unknown",
                status_note=standing.note if standing else None,
                status_note_en=standing.note_en if standing else None,
                chunks=counts[info.id],
                pages=last_page.get(info.id),
                ingested_at=info.ingested_at,
            )
        )
    return summaries, chunks


@router.get("", response_model=list[DocumentSummary])
def list_documents(services: ServicesDep) -> list[DocumentSummary]:
    """Every indexed document: title, schemes, version date, status, passage count and when it was indexed."""
    return _summaries(services)[0]


@router.get(
    "/{document_id:path}",
    response_model=DocumentDetail,
    responses={404: {"description": "No document with this id in the index (see GET /api/documents)."}},
)
def get_document(document_id: str, services: ServicesDep) -> DocumentDetail:
    """One document with every passage as indexed: what citations point into."""
    summaries, chunks = _summaries(services)
    document = next((s for s in summaries if s.id == document_id), None)
    if document is None:
        shown = document_id if len(document_id) <= 64 else document_id[:64] + "…"
        raise UnknownDocument(
            f"No document with id {shown!r} in the index. GET /api/documents lists the documents it has."
        )
    return DocumentDetail(
        document=document,
        passages=[
            PassagePublic(
                chunk_id=c.id,
                section=c.section,
                page=c.page,
                page_end=c.page_end,
                start=c.start,
                end=c.end,
                text=c.text,
            )
            for c in chunks
            if c.document_id == document_id
        ],
    )
