"""The shared vocabulary: every layer (ingest, retrieval, rules, compose, verify, API) speaks these models."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr

Language = Literal["nb", "en"]
AnswerStatus = Literal["answered", "clarify", "not_found"]
DocumentKind = Literal["regelverk", "announcement", "overview", "slides", "other"]


class PageSpan(BaseModel):
    """Where one PDF page lies in a document's normalised text."""

    page: int = Field(description="1-based page number as printed by the PDF reader.")
    start: int = Field(description="Offset of the page's first character in Document.text.")
    end: int = Field(description="Offset one past the page's last character in Document.text.")


class Document(BaseModel):
    """One source document after loading and normalisation."""

    id: str = Field(description="Stable document id (manifest id, else derived from the file name).")
    title: str = Field(description="Human-readable title.")
    short_title: str = Field(description="Short name used in citations, e.g. 'Regelverk 0765.73 (2025)'.")
    kind: DocumentKind = Field(default="other", description="regelverk, announcement, overview, slides or other.")
    schemes: list[str] = Field(default_factory=list, description="Scheme ids this document states rules for.")
    version_date: date | None = Field(default=None, description="Approval or publication date, if known.")
    valid_for: str | None = Field(default=None, description="Year(s) the document's rules were written for.")
    origin: str | None = Field(default=None, description="Where the document comes from.")
    path: str = Field(description="Source file path, relative to the corpus dir when inside it.")
    text: str = Field(description="Normalised full text; chunk offsets and citation quotes refer to it.")
    original_text: str = Field(default="", description="Text as extracted, before normalisation.")
    offset_map: list[int] = Field(
        default_factory=list,
        description="offset_map[i] is the offset in original_text of normalised character i.",
    )
    pages: list[PageSpan] = Field(default_factory=list, description="Page spans (PDFs only).")
    content_hash: str = Field(description="sha256 of the raw file bytes plus manifest entry; drives re-ingest.")


class Checkbox(BaseModel):
    """One line of a regelverk checkbox list: ☒ means it applies, ☐ that it does not."""

    label: str = Field(description="The text after the box, e.g. 'Fylkeskommuner'.")
    checked: bool = Field(description="True for ☒ (applies / may), False for ☐ (does not apply / may not).")


class Chunk(BaseModel):
    """A retrievable, citable piece of one document."""

    id: str = Field(description="Stable id: hash of document id, section path and text.")
    document_id: str = Field(description="Id of the document the chunk comes from.")
    title: str = Field(description="Short title of the document (for citations).")
    kind: DocumentKind = Field(default="other", description="Kind of the source document.")
    schemes: list[str] = Field(default_factory=list, description="Scheme ids of the source document.")
    version_date: date | None = Field(default=None, description="Version date of the source document.")
    section: str = Field(default="", description="Section path, e.g. '5. Tildelingskriterier › Tiltak B'.")
    page: int | None = Field(default=None, description="PDF page where the chunk starts.")
    page_end: int | None = Field(default=None, description="PDF page where the chunk ends.")
    page_breaks: list[tuple[int, int]] = Field(
        default_factory=list, description="(offset in text, page number) of each PDF page that starts inside the chunk."
    )
    start: int = Field(description="Start offset in the document's normalised text.")
    end: int = Field(description="End offset (exclusive) in the document's normalised text.")
    text: str = Field(description="The chunk's normalised text, exactly Document.text[start:end]; quotable.")
    search_text: str = Field(
        description="Text embedded and indexed: section path plus text with checkboxes spelled out."
    )
    checkboxes: list[Checkbox] = Field(default_factory=list, description="Parsed ☒/☐ lines in the chunk.")

    def page_at(self, offset: int) -> int | None:
        """The PDF page of the character at `offset` in text (None for non-PDF sources)."""
        page = self.page
        for start, number in self.page_breaks:
            if start > offset:
                break
            page = number
        return page

    @property
    def citation_name(self) -> str:
        """Readable name, e.g. 'Regelverk 0765.73 (2025), 3. Hvem kan søke, s. 2'."""
        parts = [self.title]
        if self.section:
            parts.append(self.section)
        if self.page is not None:
            parts.append(f"s. {self.page}")
        return ", ".join(parts)


class Passage(BaseModel):
    """A chunk returned by retrieval, with how it ranked."""

    chunk: Chunk = Field(description="The retrieved chunk.")
    score: float = Field(description="Fused score (higher is better).")
    rank: int = Field(description="1-based rank in the fused list.")
    dense_rank: int | None = Field(default=None, description="Rank in the dense (embedding) list, if present.")
    lexical_rank: int | None = Field(default=None, description="Rank in the BM25 list, if present.")


class Source(BaseModel):
    """A reference to verbatim text in the corpus that backs a rule value or a calculation line."""

    document_id: str = Field(description="Document id as in corpus/manifest.yaml.")
    section: str = Field(default="", description="Section path in that document.")
    quote: str = Field(description="Verbatim text (modulo whitespace) from the document.")
    page: int | None = Field(default=None, description="PDF page, if any.")


class Citation(BaseModel):
    """A numbered reference in an answer: a verified verbatim quote from an indexed chunk."""

    n: int = Field(description="The number used as [n] in the answer text.")
    document_id: str = Field(description="Document id.")
    title: str = Field(description="Short document title.")
    section: str = Field(default="", description="Section path.")
    page: int | None = Field(default=None, description="PDF page, if any.")
    quote: str = Field(description="Verbatim text from the chunk.")
    chunk_id: str = Field(description="Id of the chunk the quote was verified against.")


CalculationLineKind = Literal["input", "rate", "prorate", "cap", "limit", "subtotal", "total", "note"]


class CalculationLine(BaseModel):
    """One step of a rules-module computation."""

    kind: CalculationLineKind = Field(description="What the step does: input, rate, prorate, cap, total …")
    text: str = Field(description="Human-readable description of the step (Norwegian).")
    text_en: str | None = Field(default=None, description="The same step in English, with the same numbers.")
    amount: int | None = Field(default=None, description="Amount in NOK after this step, if the step has one.")
    source: Source | None = Field(default=None, description="Verbatim source backing this step.")


class Calculation(BaseModel):
    """A deterministic rules-module result with its full trace."""

    scheme: str = Field(description="Scheme id.")
    measure: str | None = Field(default=None, description="Measure id within the scheme (e.g. 'B').")
    amount: int = Field(description="Resulting maximum amount in NOK.")
    currency: Literal["NOK"] = Field(default="NOK", description="Always NOK.")
    lines: list[CalculationLine] = Field(default_factory=list, description="The trace, step by step.")
    assumptions: list[str] = Field(default_factory=list, description="Assumptions the result depends on.")
    assumptions_en: list[str] = Field(
        default_factory=list, description="The same assumptions in English, in the same order."
    )
    sources: list[Source] = Field(default_factory=list, description="Every source used in the trace.")


class Answer(BaseModel):
    """What the pipeline returns for one question."""

    status: AnswerStatus = Field(description="answered, clarify (needs a fact from the user) or not_found.")
    language: Language = Field(description="Language of the answer (that of the question).")
    text: str = Field(description="Markdown answer with [n] citation markers.")
    citations: list[Citation] = Field(default_factory=list, description="Verified citations, numbered from 1.")
    calculation: Calculation | None = Field(default=None, description="Rules-module trace, when numbers were computed.")
    warnings: list[str] = Field(default_factory=list, description="Old versions, expired deadlines, dropped claims.")
    passages: list[Passage] = Field(default_factory=list, description="Retrieved passages (for eval/debug).")
    # Statements the rules engine derived from a cited rule and the question ("1. april 2027" for a grant of 2026):
    # the verifier trusts their numbers as it trusts a calculation's. Not part of the API.
    _derived: list[str] = PrivateAttr(default_factory=list)

    @property
    def derived(self) -> list[str]:
        """The statements the rules engine derived for this answer."""
        return list(self._derived)

    def with_derived(self, statements: Sequence[str]) -> Answer:
        """A copy of the answer that carries these derived statements."""
        copy = self.model_copy()
        copy._derived = list(statements)
        return copy
