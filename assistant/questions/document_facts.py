"""Facts a regelverk states about itself in its header: budget chapter and post, grant code, approval, which
version it replaces, who administers the scheme. Quoted line by line from the scheme's own documents (newest
first), so the answer is the sentence that says it, not the document's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.rules.model import Scheme
from assistant.types import Answer, Chunk, Passage
from assistant.understand.model import Understanding

# The template's header lines (and the older documents' "Referanse:" line), one per fact a question may ask for.
FIELDS: dict[str, re.Pattern[str]] = {
    "chapter_post": re.compile(r"(?:Referanse:\s*)?Kap(?:ittel|\.)\s*\d{3,4}\s*,?\s*post\s*\d{2}[^\n]*", re.I),
    "grant_code": re.compile(r"Tilskuddskode:?\s*\d+", re.I),
    "replaces": re.compile(r"Erstatter\b[^\n]*", re.I),
    "approved": re.compile(r"Godkjent av\b[^\n]*", re.I),
    "administrator": re.compile(r"[^\n.]*\bforvalter\s+(?:tilskudd|ordningen|midlene)[^\n.]*", re.I),
}


def _line(ctx: Context, scheme: Scheme, pattern: re.Pattern[str]) -> tuple[Chunk, str] | None:
    """(chunk, the matching line) from the scheme's newest document that has one."""
    for document_id in reversed(scheme.documents):
        for chunk in ctx.locator.chunks_of(document_id):
            match = pattern.search(chunk.text)
            if match:
                return chunk, match.group().strip()
    return None


def answer_document_facts(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The header lines the question asks about; None (the passages answer) when the documents have none."""
    asked = [name for name in FIELDS if u.has(name)]
    found = [hit for name in asked if (hit := _line(ctx, scheme, FIELDS[name])) is not None]
    if not found:
        return None
    for chunk, line in found:
        w.add(f"«{line}» ({ctx.document_title(chunk.document_id)}) {w.cite_chunk(chunk, line)}")
    return w.answer("answered", passages)


QUESTION_TYPE = register(
    QuestionType(
        name="document_facts",
        yields_to_evidence=False,
        description="What a regelverk states about itself: chapter/post, grant code, approval, replaced version, "
        "who administers it.",
        category="definition",
        handler=answer_document_facts,
        retrieval_terms="kapittel post tilskuddskode godkjent erstatter",
    )
)
