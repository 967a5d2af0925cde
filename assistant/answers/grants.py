"""Writes out amounts: one year's grant, a multi-year plan, or the rates of every measure of a scheme."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.phrasing import duration_sentence, join, measure_label, sentence, sizes_listed, status_warning
from assistant.answers.writer import Writer
from assistant.rules.engine import kr, pct
from assistant.rules.model import Measure, Scheme
from assistant.rules.results import GrantResult, PlanResult
from assistant.types import Answer, Calculation, CalculationLine, Language, Passage, Source


def write_grant(
    w: Writer,
    result: GrantResult,
    measure: Measure,
    title: str,
    per_year: bool = False,
    lead: bool = True,
    mention_training: bool = True,
    rate_first: bool = False,
) -> None:
    """The maximum grant (unless another lead was written), the calculation's cited steps, assumptions and extras;
    the measure's training money as an extra unless the question left it out. With `rate_first` the rate per
    position leads and the team's grant follows ("3 positions – what's the maximum per position?")."""
    calc = result.calculation
    w.calculation = calc
    year = f" i {result.year}. prosjekt-/driftsår" if result.year else ""
    year_en = f" in project/operating year {result.year}" if result.year else ""
    if per_year:
        # One rate every year; a position filled part of a year makes the sum that year's only.
        year, year_en = ("", "") if result.months else (" per år", " per year")
    training_source = measure.training.source if measure.training is not None else None
    rates = [
        line
        for line in calc.lines
        if line.kind == "rate" and line.amount is not None and line.source != training_source
    ]
    if rate_first:
        for line in rates:
            w.add(
                w.t(
                    f"Inntil {kr(line.amount or 0)} kr per 100 % stilling{year} {w.cite(line.source)}.",
                    f"Up to {kr(line.amount or 0)} NOK per 100 % position{year_en} {w.cite(line.source)}.",
                )
            )
    if lead:
        w.add(
            w.t(
                f"Inntil {kr(result.amount)} kr for {measure.label}{year} ({title}).",
                f"Up to {kr(result.amount)} NOK for {measure_label(measure, 'en')}{year_en} ({title}).",
            )
        )
    for line in calc.lines:
        if line in rates:
            # Else it led already; a lump sum is no rate per position (its own sentence follows).
            if not rate_first and measure.kind != "lump_sum":
                w.add(
                    w.t(
                        f"Regelverket gir maksimalt {kr(line.amount or 0)} kr for en 100 % stilling{year} "
                        f"{w.cite(line.source)}.",
                        f"The regulation allows at most {kr(line.amount or 0)} NOK for one 100 % position{year_en} "
                        f"{w.cite(line.source)}.",
                    )
                )
        elif line.kind in ("prorate", "cap", "limit", "note") or (line.kind == "input" and line.source):
            w.add(f"- {_line_text(w, line)} {w.cite(line.source)}".rstrip())
        elif line.kind == "rate" and line.source:
            w.add(f"- {_line_text(w, line)} {w.cite(line.source)}")
    if measure.kind == "lump_sum" and measure.lump_sum is not None:
        w.add(f"- {sentence(measure.lump_sum.text or measure.name)} {w.cite(measure.lump_sum.source)}")
    training = [line for line in calc.lines if "opplæring" in line.text.lower() and line.source]
    for line in training:
        w.cite(line.source)
    _assumptions(w, calc)
    if mention_training and measure.training is not None and result.training_amount == 0:
        w.add(
            w.t(
                f"I tillegg kan det gis inntil {kr(measure.training.number())} kr til opplærings- og "
                f"kompetansetiltak {w.cite(measure.training.source)}.",
                f"In addition, up to {kr(measure.training.number())} NOK may be granted for training and "
                f"competence measures {w.cite(measure.training.source)}.",
            )
        )
    if measure.duration is not None:
        w.add(duration_sentence(w, measure))


def write_plan(
    w: Writer,
    result: PlanResult,
    measure: Measure,
    title: str,
    lead_total: bool = False,
    add_ons: Sequence[Measure] = (),
) -> None:
    """Every year's maximum, the lump sums `add_ons` counted on top, and the total (first when asked for)."""
    w.calculation = result.calculation
    first, last = result.years[0], result.years[-1]
    label = measure_label(measure, w.language)
    # Staffing that changes by year is named in each year's line, not once for all.
    varies = len({tuple(r.percents) for r in result.years}) > 1
    staffing = "" if varies else _staffing_phrase(first.percents, w.language)
    years = len(result.years)
    numbers = [r.year for r in result.years if r.year is not None]
    span = w.t(f"over {years} år", f"over {years} years")
    if numbers and numbers != list(range(1, years + 1)):
        noun = "year" if len(numbers) == 1 else "years"
        span = w.t(
            f"for år {join([str(n) for n in numbers], 'nb')}", f"for {noun} {join([str(n) for n in numbers], 'en')}"
        )
    if add_ons:
        extra = join([measure_label(m, w.language).lower() for m in add_ons], w.language)
        span += w.t(f" pluss {extra}", f" plus the {extra}")
    total = w.t(
        f"Til sammen inntil {kr(result.total)} kr {span} for {label}{staffing} ({title}).",
        f"In total up to {kr(result.total)} NOK {span} for {label}{staffing} ({title}).",
    )
    if lead_total:
        w.add(total)
    elif first.amount == last.amount:
        w.add(
            w.t(
                f"Inntil {kr(first.amount)} kr per år for {label}{staffing}, i inntil {years} år ({title}):",
                f"Up to {kr(first.amount)} NOK per year for {label}{staffing}, for up to {years} years ({title}):",
            )
        )
    elif last.amount < first.amount:
        w.add(
            w.t(
                f"Inntil {kr(first.amount)} kr i {first.year}. år for {label}{staffing}, trappet ned til "
                f"{kr(last.amount)} kr i {last.year}. år ({title}):",
                f"Up to {kr(first.amount)} NOK in year {first.year} for {label}{staffing}, stepping down to "
                f"{kr(last.amount)} NOK in year {last.year} ({title}):",
            )
        )
    else:
        # More in a later year: a position that grows ("60 % in year 1 and 80 % in year 2").
        w.add(
            w.t(
                f"Inntil {kr(first.amount)} kr i {first.year}. år og {kr(last.amount)} kr i {last.year}. år for "
                f"{label}{staffing} ({title}):",
                f"Up to {kr(first.amount)} NOK in year {first.year} and {kr(last.amount)} NOK in year {last.year} "
                f"for {label}{staffing} ({title}):",
            )
        )
    for year_result in result.years:
        rate = next((line for line in year_result.calculation.lines if line.kind == "rate"), None)
        marker = w.cite(rate.source) if rate else ""
        own = _staffing_phrase(year_result.percents, w.language) if varies else ""
        w.add(
            w.t(
                f"- {year_result.year}. år{own}: {kr(year_result.amount)} kr {marker}",
                f"- Year {year_result.year}{own}: {kr(year_result.amount)} NOK {marker}",
            )
        )
    for add_on, extra_result in zip(add_ons, result.add_ons, strict=True):
        source = extra_result.calculation.sources[0] if extra_result.calculation.sources else None
        w.add(f"- {measure_label(add_on, w.language)}: {kr(extra_result.amount)} {w.t('kr', 'NOK')} {w.cite(source)}")
    if not lead_total:
        w.add(total)
    _assumptions(w, result.calculation)
    if measure.duration is not None:
        w.add(duration_sentence(w, measure))


def rates_overview(w: Writer, scheme: Scheme, title: str, passages: Sequence[Passage], ask_back: bool = True) -> Answer:
    """Each measure's amounts as the documents state them, and (with `ask_back`) a question back: which measure and
    year."""
    w.add(
        w.t(
            f"Beløpene avhenger av tiltaket ({title}):",
            f"The amounts depend on the measure ({title}):",
        )
    )
    for measure in scheme.measures.values():
        label = measure_label(measure, w.language)
        # A numbered label ("Prioriterte tiltak 2") is a heading in the document: cite it so its digit is traced.
        numbered = bool(scheme.documents) and any(ch.isdigit() for ch in measure.label)
        heading = w.cite(Source(document_id=scheme.documents[0], quote=measure.label)) if numbered else ""
        if measure.kind == "no_fixed_amount" and measure.no_fixed_amount is not None:
            source = measure.no_fixed_amount.source
            w.add(f"- {label}{heading}: «{source.quote}» {w.cite(source)}")
        elif measure.kind == "lump_sum" and measure.lump_sum is not None:
            w.add(
                f"- {label}{heading}: {w.t('inntil', 'up to')} {kr(measure.lump_sum.number())} "
                f"{w.t('kr', 'NOK')} {w.cite(measure.lump_sum.source)}"
            )
        else:
            # The rate quotes themselves: every number in them is its own evidence.
            rates = " … ".join(f"«{r.source.quote}»" for r in measure.rates)
            w.add(f"- {label}{heading}: {rates} {w.cite(*(r.source for r in measure.rates))}")
    if ask_back:
        w.add(w.t("Hvilket tiltak og hvilket år gjelder det?", "Which measure and which year do you mean?"))
    status_warning(w, scheme)
    return w.answer("answered", passages)


def _line_text(w: Writer, line: CalculationLine) -> str:
    """A trace line in the answer's language (Norwegian when no English text exists)."""
    return line.text_en if w.language == "en" and line.text_en else line.text


def _assumptions(w: Writer, calc: Calculation) -> None:
    if w.language == "en":
        for assumption in calc.assumptions_en:
            w.add(f"Assumption: {assumption}")
    else:
        for assumption in calc.assumptions:
            w.add(f"Antakelse: {assumption}")


def _staffing_phrase(shares: Sequence[float], language: Language) -> str:
    """' for en 50 % stilling' / ' for 3 full-time positions' — the positions a result was computed for."""
    if not shares:
        return ""
    if len(shares) == 1:
        size = pct(shares[0], "en")
        article = "an" if size.startswith(("8", "11 ", "18 ")) else "a"
        return f" for {article} {size} position" if language == "en" else f" for en {pct(shares[0])} stilling"
    if all(share >= 100 for share in shares):
        return f" for {len(shares)} full-time positions" if language == "en" else f" for {len(shares)} hele stillinger"
    listed = sizes_listed(shares, language)
    return f" for positions of {listed}" if language == "en" else f" for stillinger på {listed}"
