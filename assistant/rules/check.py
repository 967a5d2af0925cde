"""`regelverk rules check`: every rule table loads, and every source quote occurs verbatim in its indexed document."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from assistant.rules.book import RuleBook
from assistant.settings import Settings
from assistant.text import contains_quote
from assistant.types import Document


class QuoteProblem(BaseModel):
    """A source that does not check out."""

    scheme_id: str = Field(description="Scheme whose table cites the source.")
    document_id: str = Field(description="Cited document id.")
    section: str = Field(description="Cited section.")
    quote: str = Field(description="The quote as written in the table.")
    reason: str = Field(description="What is wrong.")


class CheckReport(BaseModel):
    """Outcome of checking every rule table against the corpus."""

    schemes: int = Field(description="Schemes loaded.")
    sources: int = Field(description="Sources checked (each citation counted once per place it is used).")
    documents: list[str] = Field(description="Document ids the quotes were checked against.")
    problems: list[QuoteProblem] = Field(default_factory=list, description="Quotes not found, unknown documents.")

    @property
    def ok(self) -> bool:
        """True when every quote was found."""
        return not self.problems


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
    return CheckReport(schemes=len(book.schemes), sources=count, documents=sorted(texts), problems=problems)


def check_rule_tables(settings: Settings) -> CheckReport:
    """Load the tables from settings.rules_dir (RuleTableError if malformed) and check them against the corpus."""
    from ingest.loaders import load_corpus_documents

    return check_quotes(RuleBook.load(settings.rules_dir), load_corpus_documents(settings))
