"""What a grant recipient must report, and when."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.facts import checklist, supplement
from assistant.answers.phrasing import sentence
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.rules import engine
from assistant.rules.model import Scheme
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding


def answer_reporting(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """Reporting deadlines and the checklist of what a report must contain."""
    infos = [i for i in engine.deadlines(ctx.book, scheme, ctx.today) if i.kind != "application"]
    if not infos and not scheme.reporting_requirements:
        return None
    title = ctx.title(scheme, [i.source for i in infos] + [i.source for i in scheme.reporting_requirements])
    w.add(w.t(f"Rapportering etter {title}:", f"Reporting under {title}:"))
    for info in infos:
        text = info.text_en if w.language == "en" and info.text_en else info.text
        expired = w.t(" — fristen er utløpt", " — this deadline has passed") if info.expired else ""
        w.add(f"- {sentence(text)}{expired} {w.cite(info.source)}")
    checklist(w, scheme.reporting_requirements)
    supplement(ctx, w, passages)
    return w.answer("answered", passages)


QUESTION_TYPE = register(
    QuestionType(
        name="reporting",
        description="Reporting duties: deadlines and what a report or the accounts must contain.",
        category="reporting",
        handler=answer_reporting,
        retrieval_terms="krav til rapporteringen rapporteringsfrist",
    )
)
