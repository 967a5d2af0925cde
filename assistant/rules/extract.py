"""Template-aware extraction: read the ☒/☐ lists of any regelverk in Helsedirektoratet's template.

Section 3 "Hvem kan søke" gives who may apply (☒ may, ☐ may not); sections 4 (Krav til søknaden),
5 (Tildelingskriterier) and 7 (Krav til rapporteringen) give checklists. A new regelverk thus gets eligibility
answers without a hand-written rule table.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from assistant.applicants import APPLICANTS, ApplicantType
from assistant.rules.model import ChecklistItem, EligibilityEntry, EligibilityVersion, Scheme
from assistant.text import fold_whitespace
from assistant.types import Document, Source
from ingest.checkboxes import parse_checkbox_line

# Template section number → the start of its title (lower case).
TEMPLATE_TITLES = {
    1: "mål og målgruppe",
    2: "kriterier for måloppnåelse",
    3: "hvem kan søke",
    4: "krav til søknaden",
    5: "tildelingskriterier",
    6: "saksbehandling",
    7: "krav til rapporteringen",
    8: "oppfølging, kontroll",
    9: "bortfall av tilskudd",
}
# The sections with ☒/☐ lists.
SECTION_TITLES = {number: TEMPLATE_TITLES[number] for number in (3, 4, 5, 7)}
_HEADING = re.compile(r"^[ \t]*(\d{1,2})\.[ \t]+(\S[^\n]*)$", re.MULTILINE)


class ExtractedCheckbox(BaseModel):
    """One ☒/☐ line found in a template section."""

    label: str = Field(description="Text after the box.")
    checked: bool = Field(description="☒ (True) or ☐ (False).")
    line: str = Field(description="The whole line, verbatim from the document (usable as a quote).")
    applicant_type: ApplicantType | None = Field(default=None, description="Section 3 only: the mapped type.")


class TemplateSection(BaseModel):
    """A numbered template section and its checkboxes."""

    number: int = Field(description="Section number (3, 4, 5 or 7).")
    title: str = Field(description="Heading text after the number.")
    checkboxes: list[ExtractedCheckbox] = Field(default_factory=list, description="Boxes in the section.")


class TemplateExtraction(BaseModel):
    """Everything read from a regelverk's checkbox lists."""

    document_id: str = Field(description="Source document id.")
    sections: dict[int, TemplateSection] = Field(default_factory=dict, description="Sections found, by number.")

    @property
    def is_template(self) -> bool:
        """True when section 3 has at least one applicant checkbox."""
        section = self.sections.get(3)
        return section is not None and any(box.applicant_type for box in section.checkboxes)

    def applicants(self) -> dict[ApplicantType, ExtractedCheckbox]:
        """Section 3 boxes by applicant type."""
        section = self.sections.get(3)
        boxes = section.checkboxes if section else []
        return {box.applicant_type: box for box in boxes if box.applicant_type is not None}


def applicant_type_for_label(label: str) -> ApplicantType | None:
    """The applicant type a section-3 label names ('Statlige foretak (f.eks. RHF/HF)' → statlig_foretak)."""
    wanted = fold_whitespace(label).lower().rstrip(" :")
    for kind, info in APPLICANTS.items():
        head = info.nb_plural.lower().split(" (")[0]
        if wanted.startswith(head):
            return kind
    first = wanted.split(" (")[0]
    for kind, info in APPLICANTS.items():
        if first in info.synonyms:
            return kind
    return None


def template_sections(text: str, titles: dict[int, str] = TEMPLATE_TITLES) -> list[tuple[int, str, int, int]]:
    """(number, title, body start, body end) of the template's numbered sections named in `titles`."""
    headings = [
        (int(m.group(1)), m.group(2).strip(), m.start(), m.end())
        for m in _HEADING.finditer(text)
        if m.group(2)[:1].isupper()
    ]
    found: list[tuple[int, str, int, int]] = []
    for index, (number, title, _, body_start) in enumerate(headings):
        wanted = titles.get(number)
        if wanted is None or not title.lower().startswith(wanted):
            continue
        end = len(text)
        for later_number, _, later_start, _ in headings[index + 1 :]:
            if later_number > number:
                end = later_start
                break
        found.append((number, title, body_start, end))
    return found


def extract_template(document: Document) -> TemplateExtraction:
    """Read sections 3, 4, 5 and 7 of a regelverk in the template (empty if the document is not one)."""
    extraction = TemplateExtraction(document_id=document.id)
    for number, title, start, end in template_sections(document.text, SECTION_TITLES):
        if number in extraction.sections:
            continue  # the first heading with that title is the template's; later ones are quotes or references
        section = TemplateSection(number=number, title=title)
        for raw_line in document.text[start:end].split("\n"):
            box = parse_checkbox_line(raw_line)
            if box is None:
                continue
            section.checkboxes.append(
                ExtractedCheckbox(
                    label=box.label,
                    checked=box.checked,
                    line=fold_whitespace(raw_line),
                    applicant_type=applicant_type_for_label(box.label) if number == 3 else None,
                )
            )
        extraction.sections[number] = section
    return extraction


def _source(extraction: TemplateExtraction, number: int, box: ExtractedCheckbox) -> Source:
    section = extraction.sections[number]
    return Source(document_id=extraction.document_id, section=f"{number}. {section.title}", quote=box.line)


def checklist(extraction: TemplateExtraction, number: int) -> list[ChecklistItem]:
    """The ☒/☐ items of one section as checklist items with their verbatim lines."""
    section = extraction.sections.get(number)
    if section is None:
        return []
    return [
        ChecklistItem(label=box.label, checked=box.checked, source=_source(extraction, number, box))
        for box in section.checkboxes
    ]


def eligibility_from_template(extraction: TemplateExtraction) -> EligibilityVersion:
    """Who may apply, from section 3: ☒ → yes, ☐ → no, a type without a box → unknown."""
    applicants = {
        kind: EligibilityEntry(
            verdict="yes" if box.checked else "no",
            source=_source(extraction, 3, box),
        )
        for kind, box in extraction.applicants().items()
    }
    return EligibilityVersion(
        document_id=extraction.document_id,
        applicants=applicants,
        unlisted=EligibilityEntry(
            verdict="unknown", note="Avsnittet «Hvem kan søke» har ingen avkrysningsboks for denne søkertypen."
        ),
    )


def scheme_from_document(document: Document) -> Scheme:
    """A minimal Scheme (eligibility and checklists, no amounts) for a regelverk without a rule table."""
    extraction = extract_template(document)
    return Scheme(
        id=document.schemes[0] if document.schemes else document.id,
        name=document.title,
        documents=[document.id],
        version_date=document.version_date,
        valid_from=document.version_date,
        status="current",
        status_note=f"lest automatisk fra avkrysningslistene i {document.short_title}",
        status_note_en=f"read automatically from the checkbox lists of {document.short_title}",
        eligibility=[eligibility_from_template(extraction)] if extraction.is_template else [],
        application_requirements=checklist(extraction, 4),
        award_criteria=checklist(extraction, 5),
        reporting_requirements=checklist(extraction, 7),
    )
