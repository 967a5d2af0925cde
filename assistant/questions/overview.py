"""What a scheme or measure is: its name as the document states it, then the passages that explain it."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.facts import supplement
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.rules.model import Scheme
from assistant.types import Answer, Passage, Source
from assistant.understand.model import Understanding


def answer_overview(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """ "What is Tiltak A?": the measure's name as the document states it, then the passages that explain it."""
    measure = ctx.measure(scheme, u)
    if measure is None:
        return None
    documents = [r.source.document_id for r in measure.rates] + (scheme.documents[-1:] if scheme.documents else [])
    marker = w.cite(Source(document_id=documents[0], quote=measure.name)) if documents else ""
    if not marker:
        return None
    title = ctx.document_title(documents[0])
    w.add(f"«{measure.name}» ({title}) {marker}")
    supplement(ctx, w, passages, intro=False)
    return w.answer("answered", passages)


QUESTION_TYPE = register(
    QuestionType(
        name="overview",
        description="What a scheme or measure is: purpose, target group, what it covers.",
        category="definition",
        handler=answer_overview,
        retrieval_terms="mål og målgruppe for ordningen",
    )
)
