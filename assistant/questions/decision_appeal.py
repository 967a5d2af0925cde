"""Who recommends and decides, how applicants learn the outcome, and whether decisions can be appealed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.facts import scheme_facts, with_facts
from assistant.answers.fallbacks import not_found
from assistant.answers.phrasing import scheme_name
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.questions.vocabulary import bodies, vocabulary
from assistant.rules.model import Scheme
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding

# "Is it true that a rejection cannot be appealed?", "Stemmer det at man ikke kan klage?": no appeal, claimed.
_NO_APPEAL_CLAIMED = re.compile(
    r"\b(?:(?:er|var)\s+det\s+(?:riktig|korrekt|sant)|stemmer\s+det|is\s+it\s+(?:true|right|correct|the\s+case)|"
    r"am\s+i\s+right|confirm)\s+(?:at|that)\b(?:[^?.!]|\.(?=\d))*?\b(?:cannot|can't|can’t|not|no|ikke|ingen)\s+"
    r"(?:\w+\s+){0,2}?(?:appeal\w*|klage\w*)",
    re.IGNORECASE,
)
# The words after a dash or comma that end a question: a guess at its answer.
_GUESS = re.compile(r"(?:[—–]|\s-\s|,)([^—–,]{2,60})\?\s*$")


def answer_decision_appeal(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """Who decides and whether there is a right of appeal."""
    asks_appeal = u.has("appeal")
    asks_decision = u.has("decision")
    keys = (
        (("appeal",) if asks_appeal else ())
        + (("decision_authority", "recommendation", "outcome_notice") if asks_decision else ())
        + (("outcome_notice",) if u.has("outcome") and not asks_decision else ())
    )
    facts = scheme_facts(scheme, keys)
    if asks_appeal and "appeal" not in scheme.facts:
        # "Hva var klagefristen …?" where the scheme's documents say nothing of appeals: who decides is no answer.
        name = scheme_name(scheme, w.language)
        return not_found(
            w,
            passages,
            w.t(
                f"Dokumentene om «{name}» sier ikke noe om klage.",
                f"The documents on «{name}» say nothing about appeals.",
            ),
        )
    if not facts:
        return None  # control, priorities, criteria …: the passages answer those
    title = ctx.title(scheme, [f.source for f in facts])
    appeal = scheme.facts.get("appeal")
    decider = scheme.facts.get("decision_authority")
    named = bodies(u.qualifiers)
    guess = _GUESS.search(u.clean_text or u.text)
    # "The Statsforvalter makes the decision, right?", "…, didn't it?": a statement asked back is a yes/no too.
    claimed = u.has("yes_no") or u.has("statement_question") or u.has("tagged")
    asked_whether = claimed or bool(guess and named & vocabulary().bodies_named(guess.group(1)))
    if asks_decision and not asks_appeal and asked_whether and decider is not None and len(named) == 1:
        # "Er det statsforvalteren som fatter vedtak?", "Who decides — the county governor?": the body the table
        # names settles it.
        value = str(decider.value)
        if named <= vocabulary().bodies_named(value):
            w.add(w.t(f"Ja, vedtak fattes av {value} ({title}).", f"Yes, decisions are made by {value} ({title})."))
        else:
            w.add(w.t(f"Nei, vedtak fattes av {value} ({title}).", f"No, decisions are made by {value} ({title})."))
    elif asks_appeal and appeal is not None and appeal.unit == "bool":
        lead = w.t(
            "Nei, det er ikke klagerett." if not appeal.value else "Ja, det er klagerett.",
            "No, there is no right of appeal." if not appeal.value else "Yes, decisions can be appealed.",
        )
        if _NO_APPEAL_CLAIMED.search(u.clean_text or u.text):
            # "Is it true that a rejection cannot be appealed?": the claim is what the yes or no is about.
            lead = w.t(
                "Ja, det stemmer: det er ikke klagerett." if not appeal.value else "Nei, det er klagerett.",
                "Yes, that is right: there is no right of appeal."
                if not appeal.value
                else "No, decisions can be appealed.",
            )
        w.add(f"{lead} ({title})")
    else:
        w.add(w.t(f"Saksbehandling etter {title}:", f"Case handling under {title}:"))
    return with_facts(ctx, w, facts, passages)


QUESTION_TYPE = register(
    QuestionType(
        name="decision_appeal",
        yields_to_evidence=False,
        description="Case handling: who recommends and decides, the outcome letter, appeal, control and sanctions.",
        category="decision_appeal",
        handler=answer_decision_appeal,
        retrieval_terms="vedtak klage enkeltvedtak",
    )
)
