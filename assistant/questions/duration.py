"""How long a measure may be funded, and whether one must apply every year."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context, measures_named
from assistant.answers.facts import fact_line, fact_sentence
from assistant.answers.phrasing import duration_sentence, measure_label
from assistant.answers.step_down import step_down_verdict
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.rules.model import Scheme
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding
from assistant.understand.quantities import years_claimed

# "Vi slipper å søke på nytt hvert år, ikke sant?", "We don't have to reapply every year, right?": a claim that no
# application is needed each year.
_NONE_NEEDED = re.compile(
    r"\b(?:slipper|slippe|sleppe|slepp|trenger\s+(?:vi\s+)?ikke|må\s+(?:vi\s+)?ikke|don't|do\s+not|doesn't|"
    r"needn't|no\s+need|not\s+have\s+to|not\s+need)\b",
    re.IGNORECASE,
)


# "… could the grant period be longer than four years?", "Forlenger det perioden?": whether a part lengthens it.
_LONGER = re.compile(r"\b(?:longer|extend\w*|lengthen\w*|lengre|forleng\w*|utvide\w*)\b", re.IGNORECASE)


def _claims_none_needed(u: Understanding) -> bool:
    """A statement asked ("…, ikke sant?") that says a yearly application is not needed."""
    claimed = u.has("statement_question") or u.has("asks_confirmation")
    return claimed and u.has("every_year") and _NONE_NEEDED.search(u.clean_text or u.text) is not None


def answer_duration(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """How long each measure (or the one asked about) may be funded."""
    measure = ctx.measure(scheme, u)
    # A part that lengthens the period ("… and if they also had a pre-project?"): its own period, after the
    # durations of the measures it adds to.
    lengthening = [
        m
        for m in scheme.measures.values()
        if "total_period" in m.facts and (m is measure or (m.component is not None and u.has(m.component)))
    ]
    if measure is not None and measure.duration is None and lengthening:
        measure = None
    # "Tiltak A og Tiltak B": every measure the question names.
    named = [m for m in measures_named(scheme, u.clean_text or u.text) if m.duration]
    measures = (
        named if len(named) > 1 else [measure] if measure else [m for m in scheme.measures.values() if m.duration]
    )
    measures = [m for m in measures if m is not None and m.duration is not None]
    if not measures:
        # A scheme without measures may state its period as a fact (the new municipal substance-use scheme).
        fact = scheme.facts.get("duration")
        if fact is None:
            return None
        title = ctx.title(scheme, [fact.source])
        w.add(w.t(f"Varighet etter {title}:", f"Duration under {title}:"))
        w.add(fact_line(w, fact))
        return w.answer("answered", passages)
    title = ctx.title(scheme, [m.duration.source for m in measures if m.duration])
    yearly = [m.one_year_at_a_time for m in measures if m.one_year_at_a_time is not None]
    asks_whether = u.has("yes_no") or u.has("statement_question")
    none_needed = _claims_none_needed(u)
    durations = {m.duration.value for m in measures if m.duration is not None}
    claimed = years_claimed(u.clean_text or u.text, u.language)
    if claimed is not None and asks_whether and measure is not None and measure.duration is not None:
        # "Er ikke Tiltak A også begrenset til fire år, akkurat som Tiltak B?": the period claimed for the measure
        # asked about, against its own.
        holds = measure.duration.number() == claimed
        w.add(
            f"{w.t('Ja', 'Yes') if holds else w.t('Nei', 'No')} – {measure_label(measure, w.language)}: "
            f"{duration_sentence(w, measure)}"
        )
    elif u.has("same") and asks_whether and len(named) > 1:
        # "Er tilskuddsperioden like lang for Tiltak A og Tiltak B?": the periods side by side.
        alike = len(durations) == 1
        w.add(
            w.t(
                f"{'Ja' if alike else 'Nei'} – {'de gis like lenge' if alike else 'de gis ikke like lenge'}:",
                f"{'Yes' if alike else 'No'} – {'they are granted for as long' if alike else 'they differ'}:",
            )
        )
    elif u.has("restart") and asks_whether and measure is not None and measure.duration is not None:
        # "Når de fire årene er brukt opp, kan vi begynne på nytt med år 1?": the period is the whole of it.
        w.add(f"{w.t('Nei', 'No')} – {measure_label(measure, w.language)}: {duration_sentence(w, measure)}")
    elif (u.has("decrease") or u.has("stays_same")) and asks_whether and measure is not None and measure.rates:
        # "Trappes tiltak A ned hvert år slik som tiltak B?", "Does it stay the same each year?": whether its rate
        # steps down, not how it is granted.
        # "Since Tiltak B doesn't step down, …?" claims it stays the same: the verdicts turn round.
        same = (u.has("stays_same") and not u.has("decrease")) or u.has("decrease_denied")
        step_down_verdict(w, measure, same_asked=same)
    elif (
        yearly
        and all(v.value for v in yearly)
        and (none_needed or (u.has("every_year") and asks_whether) or u.has("automatic"))
    ):
        # "Må vi søke hvert år?" is a yes/no question about granting one year at a time: yes; "Blir tilskuddet
        # fornyet automatisk?", "Vi slipper å søke på nytt hvert år, ikke sant?": no, each year is applied for.
        must = u.has("every_year") and asks_whether and not none_needed
        w.add(
            w.t(
                f"{'Ja' if must else 'Nei'}. Tilskudd gis for ett år av gangen, og det må søkes for hvert år ({title}) "
                f"{w.cite(*(v.source for v in yearly))}.",
                f"{'Yes' if must else 'No'}. Grants are awarded one year at a time, so you apply for each year "
                f"({title}) {w.cite(*(v.source for v in yearly))}.",
            )
        )
        if not must:
            # "Is the funding guaranteed for all four years?": each year's money also waits on the state budget.
            reservations = [m.facts["budget_reservation"] for m in measures if "budget_reservation" in m.facts]
            if reservations:
                w.add(fact_sentence(w, reservations[0]))  # said alike for every measure of a scheme
    longer = _LONGER.search(u.clean_text or u.text) is not None
    if lengthening and asks_whether and longer and not w.paragraphs:
        # "With pre-project money, could the total grant period be longer than four years?": yes, by its own period.
        w.add(w.t("Ja – ", "Yes – ") + fact_sentence(w, lengthening[0].facts["total_period"]))
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
    for m in lengthening:
        # "Was there funding for a pre-project, and how long …?" asks its grant too; "how long could the whole
        # period be with a pre-project?" does not.
        asks_sum = u.has("how_much") or (u.has("yes_no") and not longer)
        grant = f"{fact_sentence(w, m.lump_sum)} " if m.lump_sum and asks_sum and not u.has("count_question") else ""
        w.add(f"- {measure_label(m, w.language)}: {grant}{fact_sentence(w, m.facts['total_period'])}")
    return w.answer("answered", passages)


QUESTION_TYPE = register(
    QuestionType(
        name="duration",
        description="For how many years a measure may be funded; whether one applies every year.",
        category="duration",
        handler=answer_duration,
        retrieval_terms="antall år tilskudd innvilges for ett år av gangen",
    )
)
