"""What a scheme or measure is: its name as the document states it, then the passages that explain it."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.context import Context, measures_named
from assistant.answers.facts import supplement
from assistant.answers.goals import goal_answer
from assistant.answers.target_group import target_group_answer
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.rules.model import Scheme
from assistant.types import Answer, Passage, Source
from assistant.understand.model import Understanding


def answer_overview(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """ "What is Tiltak A?": the measure's name as the document states it, then the passages that explain it.
    "What's the difference between Tiltak A and Tiltak B?": each measure named, by its name."""
    group = target_group_answer(ctx, w, u, scheme, passages)
    if group is not None:
        return group  # "Hvem er målgruppen?", "Does it cover mild anxiety?": the target group its documents state
    goal = goal_answer(ctx, w, u, scheme, passages) if not u.has("yes_no") else None
    if goal is not None:
        return goal  # "Hva er målet med ordningen?": the goal its documents state
    measure = ctx.measure(scheme, u)
    if measure is None or (u.has("yes_no") and not u.has("difference")):
        # "Is Tiltak B only for ACT and FACT teams?", "Faller de inn under målgruppen?": a yes or a no, which the
        # sentences that speak of it give, not the measure's name.
        return None
    named = measures_named(scheme, u.clean_text or u.text) if u.has("difference") else []
    lines: list[str] = []
    for each in named if len(named) > 1 else [measure]:
        documents = [r.source.document_id for r in each.rates] + (scheme.documents[-1:] if scheme.documents else [])
        marker = w.cite(Source(document_id=documents[0], quote=each.name)) if documents else ""
        if not marker:
            return None  # before anything is written: the next type answers on a clean page
        lines.append(f"«{each.name}» ({ctx.document_title(documents[0])}) {marker}")
    for line in lines:
        w.add(line)
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
