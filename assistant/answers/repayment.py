"""'Vi har fått utbetalt for mye. Hva skjer nå?', 'Can Helsedirektoratet demand the grant back?': what the rules say
of money paid out in excess and of money misused, from the scheme's rule table, whatever question type the words
suggest (a payment, a decision, a report)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.coverage import subject_not_covered
from assistant.answers.facts import fact_sentence, scheme_facts, supplement
from assistant.answers.writer import Writer
from assistant.text import asking_sentences
from assistant.tokens import tokenize
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding

_OVERPAID = re.compile(
    r"\b(?:for\s+mye\s+(?:utbetalt|penger|tilskudd)|utbetalt\s+for\s+mye|(?:fått|fikk|mottatt|mottok)\s+for\s+mye|"
    r"overbetal\w*|overpaid|overpayment\w*|paid\s+(?:out\s+)?too\s+much|(?:received|got)\s+too\s+much|"
    # Money not used up is money paid out beyond what was spent: "Hva skjer hvis vi ikke bruker opp tilskuddet?"
    r"ikke\s+(?:bruker|brukt|bruke|får\s+brukt)\s+opp|ubrukte?\s+(?:midler|tilskudd\w*|penger)|unspent|"
    r"unused\s+(?:money|funds?|grant)|(?:don't|do\s+not|didn't|did\s+not|can't|cannot)\s+(?:use|spend)\s+(?:it\s+)?"
    r"(?:all|up|the\s+whole))\b",
    re.IGNORECASE,
)
_REPAID = re.compile(
    r"\b(?:tilbakebetal\w*|betale\s+(?:\w+\s+)?tilbake|kreve\s+(?:\w+\s+){0,2}tilbake|pay\s+(?:\w+\s+){0,3}back|"
    r"repa(?:y|id|yment)\w*|(?:demand|want|ask\s+for|claim|take)\s+(?:\w+\s+){0,2}(?:grant|money|funds?|it)\s+back|"
    r"claw\w*\s*back|reclaim\w*|"
    r"recover\s+the\s+(?:grant|money))\b",
    re.IGNORECASE,
)
_MISUSE = re.compile(r"\b(?:mislighold\w*|misbruk\w*|misuse\w*|misappropriat\w*|fraud\w*|svindel\w*)\b", re.IGNORECASE)
_MISUSE_TOLD = re.compile(
    r"\b(?:uriktige?|feil(?:aktige)?|falske?)\s+opplysning\w*|\b(?:false|incorrect|wrong|misleading)\s+information\b|"
    r"\bmislighold\w*|\bmisus\w*|\bmisbruk\w*|\bikke\s+oppfyller\b|\bdoes\s+not\s+meet\b",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"\b(?:rettslig\w*|straff\w*|politianmeld\w*|anmeld\w*|legal(?:ly)?|criminal|prosecut\w*|police|lawsuit)\b",
    re.IGNORECASE,
)


def repayment_answer(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """The rule table's facts on excess payment, repayment and the consequences of misuse that the question asks
    about, of the scheme named (with none named, of the one scheme stating them), a yes first to a yes/no question
    (each says what may or shall happen); None when none is asked or no one scheme states them."""
    text = u.clean_text or u.text
    found = [
        (match.start(), key)
        for key, pattern in (("overpayment", _OVERPAID), ("repayment", _REPAID), ("misuse_consequences", _LEGAL))
        if (match := pattern.search(text)) is not None and (key != "misuse_consequences" or _MISUSE.search(text))
    ]
    # In the order asked: "Can misuse have legal consequences, or is repayment the worst case?" leads with the law.
    keys = tuple(key for _, key in sorted(found))
    if not keys:
        return None
    stating = [scheme for scheme in ctx.named_or_every(u) if scheme_facts(scheme, keys)]
    if len(stating) != 1:
        return None
    asking = tokenize(" ".join(asking_sentences(text)))
    left_out = subject_not_covered(u, stating[0], ctx.locator, passages)
    if left_out is not None and (left_out.cues.found(asking) or "overpayment" not in keys):
        # "If we have to repay part of the grant, is interest charged?", "Our specialist is on sick leave. Do we have
        # to repay?": what it turns on is what no document speaks of. An excess told as paid is returned whatever
        # caused it ("… fordi stillingen sto ubesatt. Hva skjer nå?").
        return None
    for fact in scheme_facts(stating[0], keys):
        w.add(fact_sentence(w, fact))
    if any(u.has(q) for q in ("yes_no", "asks_confirmation")):
        # A grant is demanded back on a condition (misuse documented); the rest simply holds. The fact's own capital
        # ("Helsedirektoratet") is kept.
        # "If a grantee gave false information, can they demand the money back?": the condition is told, so yes.
        conditional = keys[0] == "repayment" and _MISUSE_TOLD.search(text) is None
        verdict = w.t("Det avhenger av vilkår", "It depends on conditions") if conditional else w.t("Ja", "Yes")
        w.paragraphs[0] = f"{verdict}. {w.paragraphs[0]}"
    supplement(ctx, w, passages)
    return w.answer("answered", passages)
