"""What an application must contain, how it is submitted and who signs it."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.facts import checklist_verdict, fact_sentence, scheme_facts, supplement, with_facts
from assistant.answers.phrasing import sentence
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.rules.model import Scheme
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding

# The application fact each question cue asks for.
_FACT_ASKED = (("application_form", "asks_submission"), ("signature", "asks_signature"))


def answer_application(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """What the application must contain, how it is submitted and signed."""
    facts = scheme_facts(scheme, ("application_form", "signature", "application_content"))
    items = [i for i in scheme.application_requirements if i.checked]
    if not facts and not items:
        return None
    # "Hvor skal søknaden sendes?", "Who signs it?": the fact asked for answers, not the list of contents.
    asked = [key for key, cue in _FACT_ASKED if u.has(cue) and key in scheme.facts]
    if asked and not u.has("asks_contents"):
        for fact in scheme_facts(scheme, asked):
            w.add(fact_sentence(w, fact))
        supplement(ctx, w, passages)
        return w.answer("answered", passages)
    title = ctx.title(scheme, [i.source for i in items] + [f.source for f in facts])
    checklist_verdict(w, u, scheme.application_requirements)
    w.add(w.t(f"Søknaden skal inneholde ({title}):", f"The application must contain ({title}):"))
    for item in items:
        w.add(f"- {sentence(item.label)} {w.cite(item.source)}")
    return with_facts(ctx, w, facts, passages)


QUESTION_TYPE = register(
    QuestionType(
        name="application_requirements",
        description="The application's content, form, attachments and signature.",
        category="application",
        handler=answer_application,
        retrieval_terms="krav til søknaden",
    )
)
