"""Whether the question asks if one of a scheme's conditions must hold ("Må vi ha et samarbeid med NAV for å få
IPS-tilskudd?"): the condition, as the rule table states it, answers yes."""

from __future__ import annotations

import re

from assistant.answers.context import Context
from assistant.answers.phrasing import topic_names, with_verdict
from assistant.answers.writer import Writer
from assistant.rules.model import Condition, Scheme
from assistant.text import asking_sentences
from assistant.understand.model import Understanding

# The asking sentence asks whether something must be so: "Må vi …", "Is it required that …", "Do we have to …".
_MUST = re.compile(
    r"^\W*(?:(?:og|men|and|but|so)\s+)?(?:må|måtte|kreves|trenger)\b"
    r"|\b(?:er\s+det\s+(?:et\s+)?(?:krav|påkrevd|nødvendig)|(?:is|it)\s+(?:it\s+)?(?:really\s+)?(?:required|necessary|"
    r"a\s+requirement|mandatory)|do(?:es)?\s+\w+\s+(?:really\s+)?(?:have|need)\s+to|must)\b",
    re.IGNORECASE,
)
_OR_NOT = re.compile(r",?\s+(?:or|eller)\s+(?:is\s+it|er\s+det|just|bare|only|kun)\b", re.IGNORECASE)
_IS_FIRST = re.compile(r"^\W*(?:is|er)\b", re.IGNORECASE)
_REQUIRED = re.compile(
    r"\b(?:actually\s+|really\s+|strictly\s+|egentlig\s+)?(?:required|mandatory|a\s+requirement|påkrevd|et\s+krav)\b",
    re.IGNORECASE,
)
# How much of what the sentence asks (the scheme's names aside) the condition must speak of.
CONDITION_COVERAGE = 0.6
# A condition must share this many of the words asked, so one word ("NAV") is not taken for the condition.
CONDITION_TERMS = 2


def condition_asked(ctx: Context, u: Understanding, scheme: Scheme, document_words: str) -> Condition | None:
    """The scheme's condition (one that must hold for all applicants) the yes/no question asks whether it must
    hold, if its words cover what is asked (the scheme's names and `document_words`, "IPS/JMO-siden", aside)."""
    conditions = [c for c in scheme.conditions if c.kind == "eligibility" and c.applicants is None]
    # What an application must contain or have attached is the passages' to say in full («… eventuelt
    # ettersendes»): a condition's table line is shorter.
    # ("… required to get the grant?" asks a condition of getting it, whatever "required" suggests.)
    of_a_document = u.intent in ("application_requirements", "reporting") and not u.has("obtain")
    if not (u.has("yes_no") and conditions) or of_a_document:
        return None
    # "…, or is it just recommended?": the other way is the claim denied, nothing the condition must speak of.
    asked = _OR_NOT.split(asking_sentences(u.clean_text or u.text)[-1], maxsplit=1)[0]
    # "Is a committed cooperation with NAV actually required …?": what is asked about stands between "is" and
    # "required".
    must = _MUST.search(asked) or (_REQUIRED.search(asked) if _IS_FIRST.match(asked) else None)
    if must is None:
        return None
    # "required" says the question is about a condition, not which one.
    asked = f"{asked[: must.start()]} {asked[must.end() :]}"
    topic = f"{topic_names(scheme)} {document_words}"
    focus = ctx.extractive.focus(asked, topic, translate=u.language == "en")
    if len(focus.groups) < CONDITION_TERMS:
        return None

    def covered(condition: Condition) -> float:
        return ctx.extractive.coverage(focus, condition.source.quote)

    best = max(conditions, key=covered)
    shared = sum(1 for group in focus.groups if ctx.extractive.coverage([*group], best.source.quote) > 0)
    return best if covered(best) >= CONDITION_COVERAGE and shared >= CONDITION_TERMS else None


def condition_holds(w: Writer, condition: Condition) -> None:
    """Yes: the condition, cited."""
    said = w.t(condition.text, condition.text_en or condition.text)
    w.add(with_verdict(w.t("Ja", "Yes"), f"{said} {w.cite(condition.source)}"))
