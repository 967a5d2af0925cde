"""'Vi fikk tilskudd fra denne ordningen i fjor. Blir vi prioritert?': what a scheme's rule says of applicants it has
funded before («Tjenester som har mottatt tilskudd … tidligere kan prioriteres dersom …»), led with the verdict the
question asks for."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.phrasing import scheme_name
from assistant.answers.writer import Writer
from assistant.extractive import sentences_in
from assistant.rules.model import Scheme
from assistant.types import Answer, Chunk, Passage, Source
from assistant.understand.model import Understanding

# The rule: those funded before may (or may not) be prioritised.
_RULE = re.compile(r"\b(?:mottatt|fått|hatt)\s+tilskudd\b[^.]*\btidligere\b[^.]*\bprioriter\w*", re.IGNORECASE)
# Funding had before, told: "vi fikk tilskudd fra denne ordningen i fjor", "we got money from this scheme before".
_HAD_BEFORE = re.compile(
    r"\b(?:fått|fikk|mottatt|mottok|hatt|hadde|got|received|had|already\s+got|already\s+received)\b[^.?!]{0,50}?"
    r"\b(?:tilskudd|midler|penger|money|funding|grants?)\b[^?!]{0,60}?"
    r"\b(?:før|tidligere|i\s+fjor|i\s+år|før\s+det|last\s+year|before|previously|already|earlier|også)\b"
    r"|\b(?:previous|former|earlier|tidligere)\s+(?:recipients?|\w*mottakere?|grant\s+holders?)\b"
    r"|\b(?:already|previously)\s+(?:got|received|had)\b",
    re.IGNORECASE,
)
# What is asked of it: priority, an advantage, or a disadvantage.
_PRIORITY_ASKED = re.compile(
    r"\b(?:prioriter\w*|nedprioriter\w*|fortrinn\w*|fordel\w*|ulempe\w*|advantage\w*|disadvantage\w*|favou?r\w*|"
    r"count\w*\s+(?:against|for|positively)|tell\w*\s+(?:mot|for|(?:det\s+)?(?:positivt|negativt))|et\s+pluss|stiller\s+vi\s+(?:bedre|dårligere)|excluded|utelukk\w*|"
    r"har\s+det\s+noe\s+å\s+si|noen\s+betydning|betyr\s+det\s+noe|spiller\s+det\s+(?:noen\s+)?rolle|matter|"
    r"penali[sz]\w*|priority|first\s+in\s+line|make\s+a\s+difference|(?:større|bedre)\s+sjanse\w*|"
    r"(?:better|bigger|greater)\s+chances?|more\s+likely)\b",
    re.IGNORECASE,
)
# "Do we need to have had this grant before …?", "Må vi ha hatt tilskudd før?": whether funding had is required.
_REQUIRED_BEFORE = re.compile(
    r"\b(?:need\s+to\s+have\s+(?:had|received|got)|have\s+to\s+have\s+(?:had|received)|required\s+to\s+have|"
    r"må\s+(?:vi|man|dere|en)\s+ha\s+(?:hatt|fått|mottatt)|krav\s+om\s+å\s+ha\s+(?:hatt|fått))\b",
    re.IGNORECASE,
)
# The rule holds on a condition: "… kan prioriteres dersom tjenesten vurderes til høy måloppnåelse".
_ON_CONDITION = re.compile(r"\b(?:dersom|hvis|forutsatt|såfremt)\b", re.IGNORECASE)
# Asked as a disadvantage ("Does that count against us?", "så vi blir vel nedprioritert?"): the rule says no.
_AGAINST = re.compile(
    r"\b(?:against|mot\s+oss|nedprioriter\w*|excluded|utelukk\w*|disadvantage\w*|ulempe\w*|penali[sz]\w*|"
    r"dårligere|lower\s+priority|deprioriti[sz]\w*)\b",
    re.IGNORECASE,
)


def prior_recipient_answer(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """The rule on applicants funded before, of the one scheme asked about whose documents have such a rule (with
    none named — "denne ordningen" — of the one scheme that has one); None unless the question tells of funding had
    and asks what it means for priority."""
    text = u.clean_text or u.text
    required = _REQUIRED_BEFORE.search(text) is not None
    if not (_HAD_BEFORE.search(text) and (_PRIORITY_ASKED.search(text) or required)) or _beyond_the_period(ctx, u):
        return None
    asked = [ctx.book.scheme(scheme_id) for scheme_id in u.scheme_ids]
    found = _rules(ctx, asked or list(ctx.book.schemes.values()))
    if not found and asked and all(scheme.status != "current" for scheme in asked):
        # "We got money from this scheme last year for our IPS service": an older page names the service; the
        # scheme in force now is the one applied to again.
        found = _rules(ctx, [scheme for scheme in ctx.book.schemes.values() if scheme.status == "current"])
    if len({rule_scheme.id for rule_scheme, _, _ in found}) != 1:
        return None
    rule_scheme, chunk, sentence = found[0]
    cited = w.cite(Source(document_id=chunk.document_id, quote=sentence))
    title, name = ctx.document_title(chunk.document_id), scheme_name(rule_scheme, w.language)
    where = f"(«{name}», {title})"
    if required:
        # "Do we need to have had this grant before …?": no; earlier recipients may be put first, that is all.
        lead = w.t(
            f"Nei – det kreves ikke at dere har hatt tilskudd før; regelverket sier bare at tidligere mottakere kan "
            f"prioriteres {where}:",
            f"No – you need not have had the grant before; the rules only say earlier recipients may be prioritised "
            f"{where}:",
        )
    elif _AGAINST.search(text):
        # "Does that count against us?": the rule says such applicants may be put first.
        lead = w.t(
            f"Nei – at dere har fått tilskudd før, teller ikke mot dere; regelverket sier at tidligere mottakere kan "
            f"prioriteres {where}:",
            f"No – having had the grant before does not count against you; the rules say earlier recipients may be "
            f"prioritised {where}:",
        )
    elif _ON_CONDITION.search(sentence):
        lead = w.t(
            f"Det avhenger – tidligere mottakere kan prioriteres, på det vilkåret regelverket setter {where}:",
            f"It depends – earlier recipients may be prioritised, on the condition the rules set {where}:",
        )
    else:
        lead = w.t(
            f"Ja – tidligere mottakere kan prioriteres {where}:",
            f"Yes – earlier recipients may be prioritised {where}:",
        )
    w.add(f"{lead} «{sentence}» {cited}")
    return w.answer("answered", passages)


def _beyond_the_period(ctx: Context, u: Understanding) -> bool:
    """'Kan vi få et femte år, siden tidligere mottakere kan prioriteres?': a year asked after the measure's period,
    which the period answers."""
    scheme = ctx.scheme(u) if u.scheme_ids else None
    measure = ctx.measure(scheme, u) if scheme is not None else None
    duration = measure.duration if measure is not None else None
    return u.year is not None and duration is not None and u.year > duration.number()


def _rules(ctx: Context, schemes: Sequence[Scheme]) -> list[tuple[Scheme, Chunk, str]]:
    """Each sentence of the schemes' documents that states the rule on applicants funded before."""
    found: list[tuple[Scheme, Chunk, str]] = []
    for scheme in schemes:
        for document in scheme.documents:
            for chunk in ctx.locator.chunks_of(document):
                found += [(scheme, chunk, s.text) for s in sentences_in(chunk) if _RULE.search(s.text)]
    return found
