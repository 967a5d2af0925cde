"""Application and reporting deadlines, flagging expected and passed dates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from assistant.answers.context import Context
from assistant.answers.date_claim import claim_holds
from assistant.answers.facts import fact_sentence
from assistant.answers.fallbacks import not_found
from assistant.answers.passage_verdict import asking_sentence
from assistant.answers.phrasing import long_date, sentence, with_verdict
from assistant.answers.report_due import due_for_the_grant, grant_year
from assistant.answers.writer import Writer
from assistant.extractive import Unit, sentences_of, split_units, without_list_mark
from assistant.messages import phrase
from assistant.questions.registry import QuestionType, register
from assistant.questions.vocabulary import vocabulary
from assistant.rules import engine
from assistant.rules.model import RuleValue, Scheme
from assistant.rules.results import DeadlineInfo
from assistant.tokens import tokenize
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding


def answer_deadline(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The application or reporting deadlines (whichever is asked), flagging expected and passed dates."""
    granted_for = grant_year(u)
    infos = engine.deadlines(ctx.book, scheme, ctx.today, grant_year=granted_for)
    both = u.has("both_deadlines")  # "what were the application and reporting deadlines?"
    if ("reporting" in u.intents or u.has("reporting_kind")) and not both:
        # No reporting deadline in the tables: let the passages answer (or say it is not found).
        infos = [i for i in infos if i.kind != "application"]
    elif u.has("application_kind") and not both:
        infos = [i for i in infos if i.kind == "application"] or infos
    if not infos:
        return None
    reports = [i for i in infos if i.kind == "reporting"]
    fixed = bool(reports) and all(i.due is not None and i.for_grant_year is None for i in reports)
    if granted_for is not None and fixed and not any(i.due and i.due.year == granted_for + 1 for i in reports):
        # "Hva var rapporteringsfristen for tilskudd vi fikk i 2019?" where the 2019 call gives only the date for
        # 2018's grants (due in 2019): no document gives the one asked for.
        return not_found(
            w,
            passages,
            w.t(
                "Dokumentene gir ingen rapporteringsfrist for tilskudd fra det året; fristen de gir, gjelder et annet "
                f"år: {_as_stated(w, reports)}",
                "The documents give no reporting deadline for grants of that year; the one they give is for another "
                f"year: {_as_stated(w, reports)}",
            ),
        )
    later = [d for d in u.dates if d.year > ctx.today.year]
    stated_years = {i.due.year for i in infos if i.due is not None} | {i.next_date.year for i in infos if i.next_date}
    if u.has("yes_no") and later and later[0].year not in stated_years and not any(i.announced for i in infos):
        # "Is the deadline always 1 March, so we can plan for 1 March 2027?": no document sets a date that year
        # (the year itself is no evidence, so it is not repeated); the dates they give follow.
        w.add(
            w.t(
                "Nei – dokumentene gir ingen frist for det året; fristene de gir, gjelder tidligere år:",
                "No – the documents give no deadline for that year; the deadlines they give are for earlier years:",
            )
        )
    if u.calendar_year is not None:
        # "… for those who got money in 2022?": the date of that year's round (a report is due the year after) first.
        near = {u.calendar_year, u.calendar_year + 1}
        infos = sorted(infos, key=lambda i: not (i.due is not None and i.due.year in near))
    earlier = _date_stated_for(scheme, u.calendar_year) if u.calendar_year is not None else None
    if earlier is not None and not any(i.due is not None and i.due.year == u.calendar_year for i in infos):
        # "Hva var søknadsfristen høsten 2022?": a date of that year the documents state outside the deadlines
        # they give ("Flere fikk midler etter søknadsfrist 15. september 2022") answers, not the next round's.
        w.add(fact_sentence(w, earlier))
    if not u.has("late") and not any(i.due or i.next_date or i.announced for i in infos):
        # "When is the deadline?" where the document gives no date and says nowhere where to find one.
        return not_found(w, passages, _as_stated(w, infos))
    # "When is the 2026 deadline?" asks a date as surely as "Hvilken dato …?" does.
    year_asked = u.calendar_year is not None and not (u.has("still_open") or u.has("too_late"))
    date_asked = u.has("date_asked") or year_asked
    if date_asked and not u.has("yes_no") and not u.has("late") and all(i.announced for i in infos):
        # "Hvilken dato er søknadsfristen?" where the call gives it: no document names the date asked for.
        no_date = w.t("Dokumentene oppgir ingen dato.", "The documents give no date.")
        return not_found(w, passages, f"{no_date} {_as_stated(w, infos)}")
    title = ctx.title(scheme, [i.source for i in infos])
    if u.has("yes_no") and u.has("in_the_rules") and all(i.announced for i in infos):
        # "Is the application deadline written in the regelverk?": no date is; it says where the date is given.
        w.add(
            w.t(
                f"Nei – {title} oppgir ingen dato for fristen, bare hvor den står:",
                f"No – {title} gives no date for the deadline, only where it is given:",
            )
        )
    asking = tokenize(asking_sentence(u.clean_text or u.text))
    not_extended = scheme.facts.get("no_extension")
    if not_extended is not None and vocabulary().qualifier("extending").found(asking) and not u.injection:
        # "We were late … Could the deadline be extended?": the rule that it is not leads, the dates follow.
        said = fact_sentence(w, not_extended)
        w.add(f"{w.t('Nei', 'No')} – {said[:1].lower()}{said[1:]}")
    # An instruction to pretend a deadline was moved is answered by the dates below.
    # "Was an application we sent on 20 February 2019 too late?": the date told against that year's deadline.
    asks_late_now = u.has("too_late") and vocabulary().qualifier("too_late").found(asking)
    due = _deadline_of_the_date_told(u, infos) if asks_late_now and not u.injection else None
    # "Er det for sent å søke …?" asks whether the deadline has passed, which the dates settle; what happens to an
    # application that came in late is another question.
    to_apply = asks_late_now and _TOO_LATE_TO_APPLY.search(u.clean_text or u.text) is not None
    late_told = u.has("late") and not u.injection and due is None and not to_apply
    late_rule = _late_rule(scheme, passages) if late_told else None
    if late_rule is not None:
        # "Vi sendte søknaden en uke etter fristen. Blir den behandlet?": what the documents say happens to a late
        # application answers first; they say only that it "may be rejected", so a yes/no gets "it depends".
        said = without_list_mark(late_rule.text)
        quote = f"«{said}» {w.cite_chunk(late_rule.chunk, said)}"
        w.add(with_verdict(_late_verdict(w, u), quote) if u.has("yes_no") else quote)
    dated = [i for i in infos if i.expired is not None]
    # "Can we still apply?" and "Is it too late?" ask the same thing, with opposite answers; what happens to an
    # application sent late, said first, answers them already.
    asks_open, asks_late = (u.has("still_open"), u.has("too_late")) if late_rule is None else (False, False)
    passed = all_passed(dated)
    if due is not None:
        # The answer names the deadline, not the date told, which no source states.
        late = u.dates[-1] > due
        w.add(
            w.t(
                f"{'Ja' if late else 'Nei'} – søknadsfristen etter {title} var {long_date(due, 'nb')}, og datoen "
                f"du oppgir, er {'etter' if late else 'før'} den:",
                f"{'Yes' if late else 'No'} – the application deadline under {title} was {long_date(due, 'en')}, "
                f"and the date you give is {'after' if late else 'before'} it:",
            )
        )
    elif (asks_open or asks_late) and passed:
        verdict = w.t("Ja", "Yes") if asks_late else w.t("Nei", "No")
        w.add(
            w.t(
                f"{verdict} – fristene etter {title} er utløpt:",
                f"{verdict} – the deadlines under {title} have passed:",
            )
        )
    elif (asks_open or asks_late) and any(i.expired is False for i in dated):
        verdict = w.t("Nei", "No") if asks_late else w.t("Ja", "Yes")
        w.add(
            w.t(
                f"{verdict} – fristen etter {title} er ikke utløpt:",
                f"{verdict} – the deadline under {title} has not passed:",
            )
        )
    elif (asks_open or asks_late) and not dated:
        # "Is Tiltak B open for applications now?", "Er det for sent?" where the deadline is "given in the call":
        # whether a call is open today is in no document, so no verdict, only where the deadline is found.
        w.add(
            w.t(
                f"Dokumentene sier ikke om det er åpent for søknader nå. Frister etter {title}:",
                f"The documents do not say whether applications are open now. Deadlines under {title}:",
            )
        )
    elif _asks_if_confirmed(u) and dated and all(i.tentative for i in dated):
        # "Was 1 March 2023 a confirmed deadline?": the document gives it only as expected.
        w.add(
            w.t(
                f"Nei – dokumentet oppgir datoen bare som antatt. Frister etter {title}:",
                f"No – the document gives the date only as expected. Deadlines under {title}:",
            )
        )
    elif (holds := claim_holds(u, [i for i in infos if i.kind == "application"] or infos)) is not None:
        # "The deadline is 1 March, right?": the dates below give the right day.
        w.add(
            w.t(
                f"{'Ja' if holds else 'Nei – fristen er en annen dag'}. Frister etter {title}:",
                f"{'Yes' if holds else 'No – the deadline is another day'}. Deadlines under {title}:",
            )
        )
    else:
        due_for_the_grant(w, granted_for, infos)
        w.add(w.t(f"Frister etter {title}:", f"Deadlines under {title}:"))
    for info in infos:
        text = w.t(info.text, info.text_en or info.text)
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


def all_passed(infos: Sequence[DeadlineInfo]) -> bool:
    """Every deadline among `infos` that the documents date has passed (none dated: none is known to have)."""
    dated = [info for info in infos if info.expired is not None]
    return bool(dated) and all(info.expired for info in dated)


def _deadline_of_the_date_told(u: Understanding, infos: Sequence[DeadlineInfo]) -> date | None:
    """The one application deadline dated in the year of the (last) full date the question gives, if any."""
    if not u.dates:
        return None
    told = u.dates[-1]
    due = [i.due for i in infos if i.kind == "application" and i.due is not None and i.due.year == told.year]
    return due[0] if len(due) == 1 else None


def _as_stated(w: Writer, infos: Sequence[DeadlineInfo]) -> str:
    """The deadlines as the tables state them, each cited, in one paragraph."""
    return " ".join(f"{sentence(w.t(i.text, i.text_en or i.text))} {w.cite(i.source)}" for i in infos)


# What a document says happens to an application sent after the deadline ("Søknader som kommer inn etter fristen
# kan avvises").
_LATE_RULE = re.compile(
    r"\b(?:etter\s+(?:søknads)?fristen|for\s+sent)\b.*\b(?:avvis\w*|behandl\w*)|\bavvis\w*.*\better\s+fristen\b",
    re.IGNORECASE,
)


# "Er det for sent å søke?", "too late to apply?": whether one may still apply, not what happens to a late application.
_TOO_LATE_TO_APPLY = re.compile(
    r"\b(?:for\s+sent|too\s+late)\s+(?:å|to)\s+(?:søke|sende|apply|send|submit)\b", re.IGNORECASE
)

# "Could they reject it?" asks what «kan avvises» says; "Will it be processed?" or "automatically rejected?" what it
# leaves open.
_REJECTION_ASKED = re.compile(r"\b(?:avvis\w*|reject\w*|turn\w*\s+(?:it\s+)?away)\b", re.IGNORECASE)
_AUTOMATIC = re.compile(r"\b(?:automatisk\w*|automatic\w*)\b", re.IGNORECASE)


def _late_verdict(w: Writer, u: Understanding) -> str:
    """Yes when asked whether a late application can be rejected, else "it depends": the documents say only that it
    may be."""
    text = u.clean_text or u.text
    if _REJECTION_ASKED.search(text) and not _AUTOMATIC.search(text):
        return w.t("Ja", "Yes")
    return phrase("verdict_conditional", w.language)


def _late_rule(scheme: Scheme, passages: Sequence[Passage]) -> Unit | None:
    """The first sentence of the scheme's retrieved passages that says what happens to a late application."""
    for passage in passages:
        if passage.chunk.document_id not in scheme.documents:
            continue
        for unit in split_units(passage.chunk, passage.rank):
            found = next((s for s in sentences_of(unit) if _LATE_RULE.search(s.text)), None)
            if found is not None:
                return found
    return None


def _asks_if_confirmed(u: Understanding) -> bool:
    """'Was 1 March 2023 a confirmed deadline?', 'Er fristen endelig?'"""
    return (u.has("yes_no") or u.has("statement_question")) and u.has("confirmed_asked")


def _date_stated_for(scheme: Scheme, year: int) -> RuleValue | None:
    """The first date among the scheme's facts that falls in `year`."""
    return next(
        (fact for fact in scheme.facts.values() if isinstance(fact.value, date) and fact.value.year == year), None
    )


QUESTION_TYPE = register(
    QuestionType(
        name="deadline",
        description="When an application or a report is due.",
        category="deadline",
        handler=answer_deadline,
        consumes=frozenset({"date", "calendar_year"}),
        retrieval_terms="søknadsfrist frist",
    )
)
