"""GET /api/schemes and /api/schemes/{id}: the structured rule tables with their sources."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from assistant.api.deps import ServicesDep
from assistant.rules.engine import deadlines
from assistant.rules.model import Scheme, SchemeStatus
from assistant.rules.results import DeadlineInfo

router = APIRouter(prefix="/api", tags=["rules"])


class MeasureSummary(BaseModel):
    """A measure of a scheme, by id."""

    id: str = Field(description="Measure id.")
    label: str = Field(description="Short Norwegian label.")
    label_en: str | None = Field(default=None, description="Short English label.")
    name: str = Field(description="Full Norwegian name.")
    name_en: str | None = Field(default=None, description="Full English name.")
    kind: str = Field(description="per_position, lump_sum or no_fixed_amount.")


class SchemeSummary(BaseModel):
    """One scheme in the list."""

    id: str = Field(description="Scheme id (use it in /api/schemes/{id} and /api/calculate).")
    name: str = Field(description="Norwegian name.")
    name_en: str | None = Field(default=None, description="English name.")
    status: SchemeStatus = Field(description="current, old_version or expired.")
    status_note: str = Field(description="Why the status is what it is.")
    status_note_en: str | None = Field(default=None, description="The status note in English.")
    reviewed: bool = Field(default=True, description="False for a drafted table no caseworker has approved yet.")
    documents: list[str] = Field(description="Source document ids.")
    kapittel_post: list[str] = Field(description="Budget chapter/post.")
    aliases: list[str] = Field(description="Names and abbreviations it is known by.")
    aliases_en: list[str] = Field(default_factory=list, description="English names it is known by.")
    measures: list[MeasureSummary] = Field(description="Measures with amounts or rules.")


class SchemeDetail(BaseModel):
    """A scheme's full rule table, and its deadlines as of today."""

    scheme: Scheme = Field(description="Every rule value with unit, period and verbatim source.")
    deadlines: list[DeadlineInfo] = Field(description="Deadlines with expired flags as of today.")


@router.get("/schemes", response_model=list[SchemeSummary])
def list_schemes(services: ServicesDep) -> list[SchemeSummary]:
    """Every scheme in the rule tables."""
    return [
        SchemeSummary(
            id=s.id,
            name=s.name,
            name_en=s.name_en,
            status=s.status,
            status_note=s.status_note,
            status_note_en=s.status_note_en,
            reviewed=s.reviewed,
            documents=s.documents,
            kapittel_post=s.kapittel_post,
            aliases=[*s.aliases, *s.aliases_cased],
            aliases_en=s.aliases_en,
            measures=[
                MeasureSummary(id=m.id, label=m.label, label_en=m.label_en, name=m.name, name_en=m.name_en, kind=m.kind)
                for m in s.measures.values()
            ],
        )
        for s in services.rules.schemes.values()
    ]


@router.get("/schemes/{scheme_id:path}", response_model=SchemeDetail)
def get_scheme(scheme_id: str, services: ServicesDep) -> SchemeDetail:
    """One scheme by id or alias (404 with the known ids if unknown)."""
    book = services.rules
    scheme = book.scheme(scheme_id)
    return SchemeDetail(scheme=scheme, deadlines=deadlines(book, scheme, services.settings.current_date()))
