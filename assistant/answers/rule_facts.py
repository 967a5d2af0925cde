"""Answers from the rule tables' other facts: duration, deadlines, reporting, decisions and appeal, application
content and what a measure is — each with the retrieved sentences that add to it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.phrasing import duration_sentence, measure_label, sentence
from assistant.answers.writer import Writer
from assistant.messages import phrase
from assistant.rules import engine
from assistant.rules.model import ChecklistItem, RuleValue, Scheme
from assistant.text import fold_whitespace
from assistant.types import Answer, Passage, Source
from assistant.understand.model import Understanding

_EVERY_YEAR = re.compile(r"hvert år|hvert eneste år|på nytt|årlig|every year|each year|annually|again", re.IGNORECASE)
_REPORT = re.compile(r"rapport|\breport", re.IGNORECASE)
_APPLICATION = re.compile(r"søknad|søke|\bappl(?:y|ication)", re.IGNORECASE)
_APPEAL = re.compile(r"klag|appeal|enkeltvedtak|complain", re.IGNORECASE)
_DECIDE = re.compile(r"vedtak|avgjør|beslut|innstill|decid|decision|approv|godkjenn|behandl", re.IGNORECASE)
# A rule-backed answer adds retrieved sentences that cover at least half of the question.
SUPPLEMENT_COVERAGE = 0.5


def answer_duration(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """How long each measure (or the one asked about) may be funded."""
    measure = ctx.measure(scheme, u)
    measures = [measure] if measure else [m for m in scheme.measures.values() if m.duration]
    measures = [m for m in measures if m is not None and m.duration is not None]
    if not measures:
        return None
    title = ctx.title(scheme, [m.duration.source for m in measures if m.duration])
    yearly = [m.one_year_at_a_time for m in measures if m.one_year_at_a_time is not None]
    if _EVERY_YEAR.search(u.clean_text) and yearly and all(v.value for v in yearly):
        # "Må vi søke hvert år?" is a yes/no question about granting one year at a time.
        w.add(
            w.t(
                f"Ja. Tilskudd gis for ett år av gangen, og det må søkes for hvert år ({title}) "
                f"{w.cite(*(v.source for v in yearly))}.",
                f"Yes. Grants are awarded one year at a time, so you apply for each year ({title}) "
                f"{w.cite(*(v.source for v in yearly))}.",
            )
        )
    w.add(w.t(f"Varighet etter {title}:", f"Duration under {title}:"))
    for m in measures:
        w.add(f"- {measure_label(m, w.language)}: {duration_sentence(w, m)}")
        if m.one_year_at_a_time is not None and m.one_year_at_a_time.value:
            w.add(
                w.t(
                    f"  Tilskudd gis for ett år av gangen {w.cite(m.one_year_at_a_time.source)}.",
                    f"  Grants are awarded one year at a time {w.cite(m.one_year_at_a_time.source)}.",
                )
            )
    return w.answer("answered", passages)


def answer_deadline(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The application or reporting deadlines (whichever is asked), flagging expected and passed dates."""
    infos = engine.deadlines(ctx.book, scheme, ctx.today)
    if "reporting" in u.intents or _REPORT.search(u.clean_text):
        # No reporting deadline in the tables: let the passages answer (or say it is not found).
        infos = [i for i in infos if i.kind != "application"]
    elif _APPLICATION.search(u.clean_text):
        infos = [i for i in infos if i.kind == "application"] or infos
    if not infos:
        return None
    title = ctx.title(scheme, [i.source for i in infos])
    w.add(w.t(f"Frister etter {title}:", f"Deadlines under {title}:"))
    for info in infos:
        text = info.text_en if w.language == "en" and info.text_en else info.text
        flag = ""
        if info.tentative:
            flag = w.t(" (antatt dato)", " (expected date)")
        if info.expired:
            flag += w.t(" — fristen er utløpt", " — this deadline has passed")
            w.warn(
                w.t(
                    f"Fristen er utløpt: {sentence(info.text)}",
                    f"This deadline has passed: {sentence(info.text_en or info.text)}",
                )
            )
        w.add(f"- {sentence(text)}{flag} {w.cite(info.source)}")
    return w.answer("answered", passages)


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
    _checklist(w, scheme.reporting_requirements)
    _supplement(ctx, w, passages)
    return w.answer("answered", passages)


def answer_decision_appeal(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """Who decides and whether there is a right of appeal."""
    asks_appeal = bool(_APPEAL.search(u.clean_text))
    asks_decision = bool(_DECIDE.search(u.clean_text))
    keys = (("appeal",) if asks_appeal else ()) + (
        ("decision_authority", "recommendation", "outcome_notice") if asks_decision else ()
    )
    facts = _facts(scheme, keys)
    if not facts:
        return None  # control, priorities, criteria …: the passages answer those
    title = ctx.title(scheme, [f.source for f in facts])
    appeal = scheme.facts.get("appeal")
    if asks_appeal and appeal is not None and appeal.unit == "bool":
        lead = w.t(
            "Nei, det er ikke klagerett." if not appeal.value else "Ja, det er klagerett.",
            "No, there is no right of appeal." if not appeal.value else "Yes, decisions can be appealed.",
        )
        w.add(f"{lead} ({title})")
    else:
        w.add(w.t(f"Saksbehandling etter {title}:", f"Case handling under {title}:"))
    return _with_facts(ctx, w, facts, passages)


def answer_application(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """What the application must contain, how it is submitted and signed."""
    facts = _facts(scheme, ("application_form", "signature", "application_content"))
    items = [i for i in scheme.application_requirements if i.checked]
    if not facts and not items:
        return None
    title = ctx.title(scheme, [i.source for i in items] + [f.source for f in facts])
    w.add(w.t(f"Søknaden skal inneholde ({title}):", f"The application must contain ({title}):"))
    for item in items:
        w.add(f"- {sentence(item.label)} {w.cite(item.source)}")
    return _with_facts(ctx, w, facts, passages)


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
    _supplement(ctx, w, passages, intro=False)
    return w.answer("answered", passages)


def _checklist(w: Writer, items: Sequence[ChecklistItem]) -> None:
    for item in items:
        mark = w.t("Kreves", "Required") if item.checked else w.t("Kreves ikke", "Not required")
        w.add(f"- {mark}: {sentence(item.label)} {w.cite(item.source)}")


def _facts(scheme: Scheme, keys: Sequence[str]) -> list[RuleValue]:
    return [scheme.facts[k] for k in keys if k in scheme.facts]


def _with_facts(ctx: Context, w: Writer, facts: Sequence[RuleValue], passages: Sequence[Passage]) -> Answer:
    """The answer so far, then one line per fact and the retrieved sentences that add to them."""
    for fact in facts:
        w.add(_fact_line(w, fact))
    _supplement(ctx, w, passages)
    return w.answer("answered", passages)


def _fact_line(w: Writer, fact: RuleValue) -> str:
    text = fact.text_en if w.language == "en" and fact.text_en else (fact.text or fact.source.quote)
    return f"- {sentence(text)} {w.cite(fact.source)}"


def _supplement(ctx: Context, w: Writer, passages: Sequence[Passage], intro: bool = True) -> None:
    """Add the retrieved sentences that answer the question beyond what the rule tables hold."""
    selection = ctx.extractive.select(w.query, passages, max_units=3)
    if selection.coverage < SUPPLEMENT_COVERAGE:
        return
    quoted = [fold_whitespace(q) for q in w.quoted()]
    added = False
    for unit in selection.units:
        text = fold_whitespace(unit.text)
        if any(text in q or q in text for q in quoted):
            continue
        if intro and not added:
            w.add(phrase("quotes_more", w.language))
        added = True
        w.add(f"- «{text}» {w.cite_chunk(unit.chunk, unit.text)}")
