"""Application and reporting deadlines, flagging expected and passed dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from assistant.answers.context import Context
from assistant.answers.facts import fact_sentence
from assistant.answers.fallbacks import not_found
from assistant.answers.phrasing import sentence
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.rules import engine
from assistant.rules.model import RuleValue, Scheme
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding


def answer_deadline(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The application or reporting deadlines (whichever is asked), flagging expected and passed dates."""
    infos = engine.deadlines(ctx.book, scheme, ctx.today)
    if "reporting" in u.intents or u.has("reporting_kind"):
        # No reporting deadline in the tables: let the passages answer (or say it is not found).
        infos = [i for i in infos if i.kind != "application"]
    elif u.has("application_kind"):
        infos = [i for i in infos if i.kind == "application"] or infos
    if not infos:
        return None
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
        reason = " ".join(f"{sentence(w.t(i.text, i.text_en or i.text))} {w.cite(i.source)}" for i in infos)
        return not_found(w, passages, reason)
    title = ctx.title(scheme, [i.source for i in infos])
    dated = [i for i in infos if i.expired is not None]
    # "Can we still apply?" and "Is it too late?" ask the same thing, with opposite answers.
    asks_open, asks_late = u.has("still_open"), u.has("too_late")
    passed = bool(dated) and all(i.expired for i in dated)
    if (asks_open or asks_late) and passed:
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
    else:
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
