"""`regelverk rules check`: every rule table loads, every source quote occurs verbatim in its indexed document,
every number in a rule's prose is in its own quote, and every text the chat shows has an English version."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from assistant.rules.book import RuleBook
from assistant.rules.model import (
    ChecklistItem,
    Condition,
    Deadline,
    EligibilityEntry,
    RuleValue,
    Scheme,
    iter_models,
)
from assistant.settings import Settings
from assistant.text import contains_quote
from assistant.types import Document
from assistant.verify import evidence_keys, is_traced, parse_numbers

# Prose shown to users next to the item's cited quote; the verifier drops a sentence whose numbers the quote lacks.
PROSE_FIELDS = ("text", "text_en", "condition", "condition_en", "note", "label", "name", "name_en")
# Items that carry one verbatim source and prose shown next to it (RuleValue covers rates, caps, limits, facts).
_ITEMS = (RuleValue, EligibilityEntry, Condition, Deadline, ChecklistItem)
# Norwegian field → its English counterpart, required wherever the model has both and the Norwegian text is set.
ENGLISH_FIELDS = {
    "name": "name_en",
    "label": "label_en",
    "status_note": "status_note_en",
    "text": "text_en",
    "condition": "condition_en",
}


class QuoteProblem(BaseModel):
    """A source that does not check out."""

    scheme_id: str = Field(description="Scheme whose table cites the source.")
    document_id: str = Field(description="Cited document id.")
    section: str = Field(description="Cited section.")
    quote: str = Field(description="The quote as written in the table.")
    reason: str = Field(description="What is wrong.")


class ProseProblem(BaseModel):
    """A rule's prose states a number its own source quote does not."""

    scheme_id: str = Field(description="Scheme whose table holds the prose.")
    path: str = Field(description="Where in the scheme, e.g. 'deadlines[1].text'.")
    text: str = Field(description="The prose as written in the table.")
    numbers: list[str] = Field(description="Numbers in the prose that the quote does not state (as written).")
    quote: str | None = Field(description="The item's source quote (None: the item has no source).")


class MissingEnglish(BaseModel):
    """A text the chat shows that has no English version."""

    scheme_id: str = Field(description="Scheme whose table lacks it.")
    path: str = Field(description="The missing field, e.g. 'measures.B.name_en'.")


class CheckReport(BaseModel):
    """Outcome of checking every rule table against the corpus."""

    schemes: int = Field(description="Schemes loaded.")
    sources: int = Field(description="Sources checked (each citation counted once per place it is used).")
    documents: list[str] = Field(description="Document ids the quotes were checked against.")
    problems: list[QuoteProblem] = Field(default_factory=list, description="Quotes not found, unknown documents.")
    prose_checked: int = Field(default=0, description="Prose fields checked for untraced numbers.")
    untraced: list[ProseProblem] = Field(default_factory=list, description="Prose with numbers not in its quote.")
    missing_english: list[MissingEnglish] = Field(default_factory=list, description="Texts without English.")

    @property
    def ok(self) -> bool:
        """True when every quote was found, all prose is traced and nothing lacks English."""
        return not (self.problems or self.untraced or self.missing_english)


def untraced_prose(scheme: Scheme) -> tuple[int, list[ProseProblem]]:
    """Prose fields checked, and those stating a number (by value) that the item's own source quote lacks."""
    checked = 0
    problems: list[ProseProblem] = []
    for path, node in iter_models(scheme):
        if not isinstance(node, _ITEMS):
            continue
        quote = node.source.quote if node.source is not None else None
        keys = evidence_keys([quote]) if quote else set()
        for name in PROSE_FIELDS:
            text = getattr(node, name, None)
            if not isinstance(text, str):
                continue
            checked += 1
            missing = [m.raw for m in parse_numbers(text) if not is_traced(m, keys)]
            if missing:
                problems.append(
                    ProseProblem(scheme_id=scheme.id, path=f"{path}.{name}", text=text, numbers=missing, quote=quote)
                )
    return checked, problems


def missing_english(scheme: Scheme) -> list[MissingEnglish]:
    """English fields the chat needs and the table lacks (name_en, label_en, status_note_en, text_en …)."""
    missing: list[MissingEnglish] = []
    for path, node in iter_models(scheme):
        fields = type(node).model_fields
        for norwegian, english in ENGLISH_FIELDS.items():
            if english in fields and getattr(node, norwegian, None) and not getattr(node, english):
                missing.append(MissingEnglish(scheme_id=scheme.id, path=f"{path}.{english}" if path else english))
    return missing


def check_quotes(book: RuleBook, documents: Sequence[Document]) -> CheckReport:
    """Check every source of every scheme against the normalised text of the cited document."""
    texts = {doc.id: doc.text for doc in documents}
    problems: list[QuoteProblem] = []
    count = 0
    for scheme in book.schemes.values():
        for source in scheme.sources():
            count += 1
            text = texts.get(source.document_id)
            reason = None
            if text is None:
                reason = "unknown document id (not in the corpus)"
            elif not contains_quote(text, source.quote):
                reason = "quote not found verbatim (modulo whitespace) in the document"
            if reason:
                problems.append(
                    QuoteProblem(
                        scheme_id=scheme.id,
                        document_id=source.document_id,
                        section=source.section,
                        quote=source.quote,
                        reason=reason,
                    )
                )
        for document_id in scheme.documents:
            if document_id not in texts:
                problems.append(
                    QuoteProblem(
                        scheme_id=scheme.id,
                        document_id=document_id,
                        section="",
                        quote="",
                        reason="the scheme lists a document that is not in the corpus",
                    )
                )
    prose_checked = 0
    untraced: list[ProseProblem] = []
    english: list[MissingEnglish] = []
    for scheme in book.schemes.values():
        checked, found = untraced_prose(scheme)
        prose_checked += checked
        untraced += found
        english += missing_english(scheme)
    return CheckReport(
        schemes=len(book.schemes),
        sources=count,
        documents=sorted(texts),
        problems=problems,
        prose_checked=prose_checked,
        untraced=untraced,
        missing_english=english,
    )


def check_rule_tables(settings: Settings) -> CheckReport:
    """Load the tables from settings.rules_dir (RuleTableError if malformed) and check them against the corpus."""
    from ingest.loaders import load_corpus_documents

    return check_quotes(RuleBook.load(settings.rules_dir), load_corpus_documents(settings))
