"""How much one applicant can get: one measure's grant or multi-year plan, training money and own funding."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.context import Context, single_priced_measure
from assistant.answers.grants import rates_overview, write_grant, write_plan
from assistant.answers.phrasing import measure_label, sentence
from assistant.answers.writer import Writer
from assistant.applicants import ApplicantType, applicant_name
from assistant.questions.budget import budget_facts, write_budget
from assistant.questions.registry import QuestionType, register
from assistant.rules import engine
from assistant.rules.engine import kr
from assistant.rules.model import Measure, Scheme
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding


def answer_amount(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The rates overview, the training sum, a multi-year plan or one year's grant — whichever is asked."""
    if not scheme.measures:
        return write_budget(ctx, w, scheme, passages) if budget_facts(scheme) else None
    if u.applicant_type is not None and scheme.eligibility:
        _ineligible_note(ctx, w, scheme, u.applicant_type)
    measure = ctx.measure(scheme, u) or single_priced_measure(scheme)
    if measure is None:
        sources = [r.source for m in scheme.measures.values() for r in m.rates]
        return rates_overview(w, scheme, ctx.title(scheme, sources), passages)
    title = ctx.title(
        scheme, [r.source for r in measure.rates] + [measure.lump_sum.source if measure.lump_sum else None]
    )
    if measure.kind == "lump_sum":
        result = engine.max_grant(ctx.book, scheme, measure.id)
        write_grant(w, result, measure, title)
        return w.answer("answered", passages)
    asks_training = measure.training is not None and u.has("training")
    if asks_training and not (u.positions or u.percents or u.has("positions_named")):
        return _training_answer(w, measure, title, passages)
    training = measure.training.number() if asks_training and measure.training is not None else None
    percents, positions, assumed_minimum = _staffing(measure, u)
    # "Og totalt?" after a question about one year asks for the sum, not that year again.
    wants_total = u.has("total") and (u.year is None or "year" in u.inherited)
    year_asked = None if wants_total else u.year
    varies = len({r.number() for r in measure.rates}) > 1
    if year_asked is None and (varies or wants_total):
        result_plan = engine.plan(
            ctx.book, scheme, measure.id, percents=percents, positions=positions, training=training
        )
        write_plan(w, result_plan, measure, title, lead_total=wants_total)
        if assumed_minimum:
            _staffing_note(w, measure)
        return w.answer("answered", passages)
    # One rate for every year (e.g. Tiltak A): the answer is "per year", computed for the first year.
    year = year_asked if year_asked is not None else (measure.rates[0].year_from if measure.rates else None)
    result = engine.max_grant(
        ctx.book, scheme, measure.id, year, percents=percents, positions=positions, training=training
    )
    write_grant(w, result, measure, title, per_year=year_asked is None)
    if assumed_minimum:
        _staffing_note(w, measure)
    if u.amounts and u.has("salary_cost"):
        funding = engine.own_funding(result, max(u.amounts))
        w.calculation = funding.calculation
        w.add(
            w.t(
                f"Med en lønnskostnad på {kr(funding.salary_cost)} kr må dere selv finansiere minst "
                f"{kr(funding.own_funding)} kr ({funding.own_share_percent:g} %).",
                f"With a salary cost of {kr(funding.salary_cost)} NOK you must fund at least "
                f"{kr(funding.own_funding)} NOK yourselves ({funding.own_share_percent:g} %).",
            )
        )
    return w.answer("answered", passages)


def _staffing(measure: Measure, u: Understanding) -> tuple[list[float] | None, int | None, bool]:
    """Position percentages or count for the rules module, and whether a project's minimum staffing was assumed."""
    percents = list(u.percents)
    if u.positions and len(percents) < u.positions:
        if "positions" in u.inherited:
            # "Og hvis den ene er 60 %?" after two positions: the others stay full-time.
            percents += [100.0] * (u.positions - len(percents))
        elif len(percents) == 1:
            percents = percents * u.positions  # "tre 50 % stillinger": each of them
    if percents:
        return percents, None, False
    if u.positions:
        return None, u.positions, False
    if measure.min_positions is not None and not u.has("per_position"):
        return None, measure.min_positions.number(), True
    return None, None, False


def _staffing_note(w: Writer, measure: Measure) -> None:
    """Say that the calculation assumed the project's minimum staffing."""
    minimum = measure.min_positions
    assert minimum is not None  # only called when _staffing assumed it
    text = minimum.text_en if w.language == "en" and minimum.text_en else (minimum.text or minimum.source.quote)
    w.add(
        w.t(
            f"Ingen stillinger oppgitt, så beregningen bruker minimumsbemanningen: {sentence(text)}",
            f"No positions given, so the calculation uses the minimum staffing: {sentence(text)}",
        )
        + f" {w.cite(minimum.source)}"
    )


def _training_answer(w: Writer, measure: Measure, title: str, passages: Sequence[Passage]) -> Answer:
    training = measure.training
    assert training is not None
    amount = kr(training.number())
    label = measure_label(measure, w.language)
    marker = w.cite(training.source)
    w.add(
        w.t(
            f"Inntil {amount} kr til opplærings- og kompetansetiltak i {label} ({title}) {marker}.",
            f"Up to {amount} NOK for training and competence measures under {label} ({title}) {marker}.",
        )
    )
    return w.answer("answered", passages)


def _ineligible_note(ctx: Context, w: Writer, scheme: Scheme, kind: ApplicantType) -> None:
    """An amount question from an applicant type that may not apply gets that answer first."""
    result = engine.eligibility(ctx.book, scheme, kind)
    if result.verdict == "no":
        plural = applicant_name(kind, w.language, plural=True)
        w.add(
            w.t(
                f"Merk: {plural} kan ikke søke om denne ordningen {w.cite(*result.sources[:1])}. "
                "Beløpene under gjelder søkere som kan søke.",
                f"Note: {plural} may not apply for this scheme {w.cite(*result.sources[:1])}. "
                "The amounts below apply to eligible applicants.",
            )
        )


QUESTION_TYPE = register(
    QuestionType(
        name="amount",
        description="The maximum grant for a measure: per year or over several years, for the positions given.",
        category="amount",
        handler=answer_amount,
        consumes=frozenset({"applicant", "year", "years", "percent", "positions", "training", "salary_cost", "amount"}),
        retrieval_terms="maksimalt tilskuddsbeløp per stilling kr",
    )
)
