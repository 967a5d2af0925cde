"""What a grant recipient must report, and when."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.date_claim import claim_holds
from assistant.answers.facts import checklist, checklist_verdict, fact_text, supplement
from assistant.answers.fallbacks import not_found
from assistant.answers.phrasing import join, measure_label, scheme_name, sentence, topic_names
from assistant.answers.report_due import due_for_the_grant, grant_year
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.rules import engine
from assistant.rules.model import ChecklistItem, RuleValue, Scheme
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding

# A point of another measure's report must cover this share of what is asked to be the one asked about.
POINT_COVERAGE = 0.6


def answer_reporting(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """Reporting deadlines and the checklist of what a report must contain."""
    granted_for = grant_year(u)
    infos = [i for i in engine.deadlines(ctx.book, scheme, ctx.today, granted_for) if i.kind != "application"]
    measure = ctx.measure(scheme, u)
    general = [i for i in scheme.reporting_requirements if i.measures is None]
    specific = [i for i in scheme.reporting_requirements if measure is not None and measure.id in (i.measures or [])]
    if not infos and not general and not specific:
        if u.has("asks_contents") and u.intent == "reporting":
            # "What exactly must an IPS/JMO grantee include in its annual report?": the scheme's documents set no
            # contents for a report; the sentences near the question would answer nothing.
            name = scheme_name(scheme, w.language)
            return not_found(
                w,
                passages,
                w.t(
                    f"Dokumentene om «{name}» sier ikke hva rapporten skal inneholde.",
                    f"The documents on «{name}» do not say what the report must contain.",
                ),
            )
        return None
    title = ctx.title(scheme, [i.source for i in infos] + [i.source for i in general + specific])
    lead = len(w.paragraphs)
    settled = (
        _accounts_verdict(ctx, w, u, scheme, granted_for)
        or _another_measures_point(ctx, w, u, scheme, general + specific)
        or checklist_verdict(w, u, general + specific)
    )
    holds = claim_holds(u, infos)
    when_asked = "deadline" in u.intents or bool(u.dates)
    listed = u.has("asks_contents") or u.has("audit_asked")  # what the checklist and the deadlines speak of
    if u.has("yes_no") and not (settled or holds is not None or when_asked or listed or specific):
        # "Hvis resultatene avviker fra søknaden, må vi si noe om det i rapporten?": a yes/no no line of the
        # checklist and no deadline settles; the sentences that speak of it answer.
        return None
    denied = settled and w.paragraphs[lead].startswith(("Nei", "No"))
    if holds is not None and not denied:
        # "The report is due 1 March, right?": the deadline listed below gives the right day, before any line of
        # the checklist; one that denies the question's premise ("Do we send the auditor's attestation with the
        # report by 1 April?" – «☐ Revisorattestasjon») still answers first.
        del w.paragraphs[lead:]
        w.add(
            w.t(
                "Ja – det er rapporteringsfristen." if holds else "Nei – rapporteringsfristen er en annen dag.",
                "Yes – that is the reporting deadline." if holds else "No – the report is due on another day.",
            )
        )
    if specific:
        # "Hva skal rapporten for Tiltak B belyse?": the measure's own points first.
        label = measure_label(measure, w.language) if measure else ""
        w.add(
            w.t(
                f"For {label} skal rapporten spesifikt belyse ({title}):",
                f"For {label} the report must specifically cover ({title}):",
            )
        )
        for item in specific:
            w.add(f"- {sentence(item.label)} {w.cite(item.source)}")
    due_for_the_grant(w, granted_for, infos)
    w.add(w.t(f"Rapportering etter {title}:", f"Reporting under {title}:"))
    for info in infos:
        text = w.t(info.text, info.text_en or info.text)
        expired = w.t(" — fristen er utløpt", " — this deadline has passed") if info.expired else ""
        w.add(f"- {sentence(text)}{expired} {w.cite(info.source)}")
    checklist(w, general)
    others = sorted(
        {m for i in scheme.reporting_requirements for m in (i.measures or [])} - {measure.id if measure else ""}
    )
    if others and not specific:
        names = join(
            [measure_label(scheme.measures[m], w.language) for m in others if m in scheme.measures], w.language
        )
        w.add(
            w.t(
                f"{names} har egne punkter rapporten skal belyse.",
                f"{names} each have their own points the report must cover.",
            )
        )
    supplement(ctx, w, passages)
    return w.answer("answered", passages)


def _another_measures_point(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, own: Sequence[ChecklistItem]
) -> bool:
    """'Vi har Tiltak A. Skal vi rapportere antall pasienter som har begynt i arbeid?': no, when the point asked about
    is one another measure's report must cover and none of the measure's own (or the general points) names it.
    Returns whether the no was written."""
    if not u.has("yes_no") or ctx.measure(scheme, u) is None:
        return False
    # Reporting is what every point is about: no word of which point is asked.
    topic = f"{topic_names(scheme)} rapport rapportere rapportering report reporting"
    asked = ctx.extractive.focus(u.clean_text or u.text, topic, translate=u.language == "en")
    if len(asked.groups) < 2:
        return False
    others = [i for i in scheme.reporting_requirements if i.measures and i not in own]

    def covers(item: ChecklistItem) -> float:
        return ctx.extractive.coverage(asked, item.label)

    best = max(others, key=covers, default=None)
    if best is None or covers(best) < POINT_COVERAGE or any(covers(i) >= covers(best) for i in own):
        return False
    names = join([measure_label(scheme.measures[m], w.language) for m in best.measures or []], w.language)
    w.add(
        w.t(
            f"Nei – det punktet gjelder rapporten for {names}: {sentence(best.label)} {w.cite(best.source)}",
            f"No – that point is for the report on {names}: {sentence(best.label)} {w.cite(best.source)}",
        )
    )
    return True


# "attesteres av revisor", "revisorattestert", "an auditor's attestation", "audited accounts".
_ATTESTATION = re.compile(
    r"attest\w*|revisorgodkj\w*|\baudited\b",
    re.IGNORECASE,
)


def _accounts_verdict(ctx: Context, w: Writer, u: Understanding, scheme: Scheme, granted_for: int | None) -> bool:
    """'For funding received in 2022, must the accounts be audited?': the scheme's rule on the accounts for the year
    reported in (the year after the grant's), led with its yes or no; a budget post two schemes share ("765.60")
    cites both schemes' statement of it. Returns whether it was written."""
    if not (u.has("yes_no") and u.has("audit_asked")):
        return False
    year = granted_for + 1 if granted_for is not None else u.calendar_year
    sharing = ctx.named_on_its_post(scheme, u) or [scheme]
    attestation_asked = _ATTESTATION.search(u.clean_text or u.text) is not None

    def holds(each: Scheme, fact: RuleValue) -> bool:
        undated = fact.valid_from is None and fact.valid_to is None
        if year is None:
            # No year asked: a rule not dated to some years of the scheme's, or one in force since its version.
            return undated or fact.valid_to is None
        # "the 2022 financial report" covers 2022 and is sent in 2023: a rule of either year holds; a grant's year
        # told ("funding received in 2022") is reported on the year after.
        years = (year,) if granted_for is not None else (year, year + 1)
        return any((each if undated else fact).in_year(y) for y in years)

    rules = [
        fact
        for each in sharing
        for key, fact in each.facts.items()
        # «☐ Revisorattestasjon: Ikke relevant» is the regelverk template's rule on the same question, when an
        # attestation is what is asked (not another line of the checklist, "avtalte kontrollhandlinger").
        if (key.startswith("reporting_accounts") or (key == "auditor_attestation" and attestation_asked))
        and isinstance(fact.value, bool)
        and holds(each, fact)
    ]
    if not rules or len({fact.value for fact in rules}) > 1:
        return False
    verdict = w.t("Ja", "Yes") if rules[0].value else w.t("Nei", "No")
    w.add(f"{verdict} – {sentence(fact_text(w, rules[0]))} {w.cite(*(fact.source for fact in rules))}")
    return True


QUESTION_TYPE = register(
    QuestionType(
        name="reporting",
        description="Reporting duties: deadlines and what a report or the accounts must contain.",
        category="reporting",
        handler=answer_reporting,
        retrieval_terms="krav til rapporteringen rapporteringsfrist",
    )
)
