"""Pure formulas over a RuleBook: eligibility, maximum grant with trace, plans, own funding and deadlines.

No I/O here. Every number in a result comes from a rule value (with its verbatim source) or from the caller's input.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TypeVar

from assistant.applicants import APPLICANTS, ApplicantType
from assistant.errors import (
    InvalidInput,
    NoFixedAmount,
    PositionLimitExceeded,
    RuleNotFound,
    UnknownApplicantType,
    YearOutOfRange,
)
from assistant.rules.book import RuleBook
from assistant.rules.model import Cap, Measure, Period, Rate, RuleValue, Scheme
from assistant.rules.results import (
    ConditionResult,
    DeadlineInfo,
    EligibilityResult,
    GrantResult,
    OwnFundingResult,
    PlanResult,
)
from assistant.types import Calculation, CalculationLine, Source

T = TypeVar("T", bound=Period)

_NUMBER_WORDS = {1: "ett", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju", 8: "åtte", 9: "ni", 10: "ti"}
_NUMBER_WORDS_EN = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"
}  # fmt: skip
_STATUS_WARNING = {
    "old_version": "Merk: reglene er hentet fra en eldre versjon: {note}.",
    "expired": "Merk: reglene gjelder en utløpt ordning eller utlysning: {note}.",
}


def kr(amount: int | float) -> str:
    """Norwegian thousands grouping: 750000 → '750 000'."""
    return f"{round(amount):,}".replace(",", " ")


def pct(value: float, language: str = "nb") -> str:
    """A percentage without a needless '.0', with the language's decimal mark ('12,5 %' / '12.5 %')."""
    text = f"{round(value, 1):g} %"  # a third of a position is "33,3 %", not "33,3333 %"
    return text.replace(".", ",") if language == "nb" else text


def shares_text(shares: Sequence[float], language: str) -> str:
    """Positions by size: "2 × 100 %", or each size when they differ."""
    if len(set(shares)) == 1:
        return f"{len(shares)} × {pct(shares[0], language)}"
    return ", ".join(pct(share, language) for share in shares)


def _number_word(n: int) -> str:
    return _NUMBER_WORDS.get(n, str(n))


def _number_word_en(n: int) -> str:
    return _NUMBER_WORDS_EN.get(n, str(n))


def _label_en(measure: Measure) -> str:
    return measure.label_en or measure.label


def _name_en(scheme: Scheme) -> str:
    return scheme.name_en or scheme.name


def _scheme(book: RuleBook, scheme: str | Scheme) -> Scheme:
    return scheme if isinstance(scheme, Scheme) else book.scheme(scheme)


def _status_warnings(scheme: Scheme) -> list[str]:
    template = _STATUS_WARNING.get(scheme.status)
    return [template.format(note=scheme.status_note)] if template else []


def in_force(candidates: Sequence[T], as_of: date | None, parameter: str, parameter_en: str | None = None) -> T:
    """The candidate in force on `as_of` (latest version when None); RuleNotFound naming parameter and date."""
    named_en = parameter_en or parameter
    if as_of is None:
        if candidates:
            return max(candidates, key=lambda c: c.valid_from or date.min)
        raise RuleNotFound(
            f"Regelverket har ingen verdi for «{parameter}».", f"The regulations state no value for “{named_en}”."
        )
    matching = [c for c in candidates if c.in_force(as_of)]
    if not matching:
        raise RuleNotFound(
            f"Regelverket har ingen verdi for «{parameter}» i kraft {as_of.isoformat()}.",
            f"The regulations state no value for “{named_en}” in force on {as_of.isoformat()}.",
        )
    return max(matching, key=lambda c: c.valid_from or date.min)


def parse_applicant_type(value: ApplicantType | str) -> ApplicantType:
    """An ApplicantType from its id or a synonym; UnknownApplicantType listing the ids otherwise."""
    if isinstance(value, ApplicantType):
        return value
    wanted = value.strip().lower()
    for kind, info in APPLICANTS.items():
        if wanted == kind.value or wanted in info.synonyms or wanted in (info.nb_plural.lower(), info.nb_singular):
            return kind
    known = ", ".join(kind.value for kind in ApplicantType)
    raise UnknownApplicantType(
        f"Ukjent søkertype «{value}». Kjente søkertyper: {known}.",
        f"Unknown applicant type “{value}”. Known applicant types: {known}.",
    )


# --- eligibility -------------------------------------------------------------------------------------------------


def eligibility(
    book: RuleBook,
    scheme: str | Scheme,
    applicant_type: ApplicantType | str,
    measure: str | None = None,
    as_of: date | None = None,
) -> EligibilityResult:
    """May `applicant_type` apply (for `measure`)? yes / no / conditional / unknown, with conditions and sources."""
    found = _scheme(book, scheme)
    kind = parse_applicant_type(applicant_type)
    measure_id = book.measure(found, measure).id if measure is not None else None
    version = in_force(
        found.eligibility, as_of, f"hvem kan søke på {found.name}", f"who may apply for {_name_en(found)}"
    )
    entry = version.applicants.get(kind, version.unlisted)
    name = APPLICANTS[kind].nb_plural.capitalize()
    sources = [entry.source] if entry.source else []
    if entry.verdict in ("no", "unknown"):
        reason = entry.note or (
            f"{name} kan ikke søke." if entry.verdict == "no" else f"Kildene sier ikke om {name.lower()} kan søke."
        )
        return EligibilityResult(
            scheme_id=found.id,
            measure=measure_id,
            applicant_type=kind,
            verdict=entry.verdict,
            reason=reason,
            sources=sources,
            document_id=version.document_id,
            warnings=_status_warnings(found),
        )
    conditions: list[ConditionResult] = []
    requirements: list[ConditionResult] = []
    if entry.verdict == "conditional" and entry.condition and entry.source:
        conditions.append(ConditionResult(text=entry.condition, text_en=entry.condition_en, source=entry.source))
    for condition in found.conditions:
        if condition.applicants is not None and kind not in condition.applicants:
            continue
        if condition.measures is not None and (measure_id is None or measure_id not in condition.measures):
            continue
        result = ConditionResult(text=condition.text, text_en=condition.text_en, source=condition.source)
        (conditions if condition.kind == "eligibility" else requirements).append(result)
        sources.append(condition.source)
    verdict = "conditional" if conditions else "yes"
    reason = f"{name} kan søke" + (" dersom vilkårene er oppfylt." if conditions else ".")
    return EligibilityResult(
        scheme_id=found.id,
        measure=measure_id,
        applicant_type=kind,
        verdict=verdict,
        reason=f"{reason} {entry.note}" if entry.note else reason,
        conditions=conditions,
        requirements=requirements,
        sources=_unique(sources),
        document_id=version.document_id,
        warnings=_status_warnings(found),
    )


def resolve_measure(book: RuleBook, scheme: str | Scheme, measure: str | None) -> str:
    """The measure id named by `measure`, or the scheme's only measure; InvalidInput if one must be chosen."""
    found = _scheme(book, scheme)
    if not found.measures:
        raise RuleNotFound(
            f"Kildene oppgir ingen satser eller beløp for {found.name}.",
            f"The sources state no rates or amounts for {_name_en(found)}.",
        )
    if measure is not None:
        return book.measure(found, measure).id
    if len(found.measures) == 1:
        return next(iter(found.measures))
    known = ", ".join(found.measures)
    raise InvalidInput(
        f"Oppgi hvilket tiltak i {found.name} det gjelder ({known}).",
        f"Say which measure of {_name_en(found)} you mean ({known}).",
    )


# --- maximum grant -----------------------------------------------------------------------------------------------


def _unique(sources: Sequence[Source]) -> list[Source]:
    seen: set[tuple[str, str]] = set()
    out: list[Source] = []
    for source in sources:
        key = (source.document_id, source.quote)
        if key not in seen:
            seen.add(key)
            out.append(source)
    return out


def _positions(measure: Measure, percents: Sequence[float] | None, positions: int | None) -> tuple[list[float], bool]:
    """Position percentages from the input; True when none were given and one 100 % position is assumed."""
    if percents and positions is not None:
        raise InvalidInput(
            "Oppgi enten stillingsprosenter eller antall 100 %-stillinger, ikke begge.",
            "Give either position percentages or a number of 100 % positions, not both.",
        )
    if positions is not None:
        if positions < 1:
            raise InvalidInput("Antall stillinger må være minst 1.", "The number of positions must be at least 1.")
        return [100.0] * positions, False
    if not percents:
        return [100.0], True
    for value in percents:
        if value <= 0:
            raise InvalidInput(
                f"Stillingsprosent må være større enn 0 (fikk {value:g}).",
                f"A position percentage must be greater than 0 (got {value:g}).",
            )
        if value > 100:
            raise PositionLimitExceeded(
                f"En stilling kan ikke være over 100 % (fikk {value:g} %).",
                f"A position cannot be more than 100 % (got {value:g} %).",
            )
    return [float(v) for v in percents], False


def _check_year(measure: Measure, year: int | None) -> int:
    if year is None:
        span = f" (1–{measure.duration.value})" if measure.duration is not None else ""
        raise InvalidInput(
            f"Oppgi prosjekt-/driftsår{span} for {measure.label}.",
            f"Give the project/operating year{span} for {_label_en(measure)}.",
        )
    if measure.duration is not None:
        last = measure.duration.number()
        if year < 1 or year > last:
            raise YearOutOfRange(
                f"{measure.label} gis i inntil {_number_word(last)} år; år {year} finnes ikke.",
                f"{_label_en(measure)} is granted for at most {_number_word_en(last)} years; there is no year {year}.",
            )
    elif year < 1:
        raise YearOutOfRange(f"År må være 1 eller høyere (fikk {year}).", f"The year must be 1 or higher (got {year}).")
    return year


def _rate(measure: Measure, year: int, as_of: date | None) -> Rate:
    candidates = [r for r in measure.rates if r.year_from <= year <= r.year_to]
    if not candidates:
        raise RuleNotFound(
            f"Regelverket oppgir ingen sats for {measure.label} i år {year}.",
            f"The regulations state no rate for {_label_en(measure)} in year {year}.",
        )
    return in_force(
        candidates, as_of, f"sats for {measure.label}, år {year}", f"rate for {_label_en(measure)}, year {year}"
    )


def _caps(measure: Measure, year: int, as_of: date | None) -> list[Cap]:
    caps = [c for c in measure.caps if (c.year_from or 1) <= year <= (c.year_to or year)]
    by_kind: dict[str, list[Cap]] = {}
    for cap in caps:
        by_kind.setdefault(cap.kind, []).append(cap)
    return [
        in_force(group, as_of, f"tak for {measure.label}, år {year}", f"cap for {_label_en(measure)}, year {year}")
        for group in by_kind.values()
    ]


def max_grant(
    book: RuleBook,
    scheme: str | Scheme,
    measure: str | None,
    year: int | None = None,
    percents: Sequence[float] | None = None,
    positions: int | None = None,
    training: int | None = None,
    as_of: date | None = None,
    months: Sequence[int] | None = None,
) -> GrantResult:
    """Maximum grant for `year` of `measure` with the given positions, with a line-by-line trace; `months` gives,
    position by position, the months of the year each is filled (default: all twelve)."""
    found = _scheme(book, scheme)
    m = book.measure(found, resolve_measure(book, found, measure))
    warnings = _status_warnings(found)
    if m.kind == "no_fixed_amount":
        assert m.no_fixed_amount is not None  # guaranteed by RuleBook validation
        raise NoFixedAmount(
            f"{m.label} har ikke et fast beløp i regelverket: «{m.no_fixed_amount.source.quote}»",
            source=m.no_fixed_amount.source,
            message_en=f"The regulations state no fixed amount for {_label_en(m)}: «{m.no_fixed_amount.source.quote}»",
        )
    if m.kind == "lump_sum":
        return _lump_sum(found, m, as_of, warnings)
    the_year = _check_year(m, year)
    shares, assumed_one = _positions(m, percents, positions)
    filled = _months_filled(shares, months)
    part_year = any(month_count < 12 for month_count in filled)
    lines: list[CalculationLine] = []
    assumptions: list[str] = []
    assumptions_en: list[str] = []
    lines.append(
        CalculationLine(
            kind="input",
            text=f"{found.name} – {m.label}, {the_year}. prosjekt-/driftsår",
            text_en=f"{_name_en(found)} – {_label_en(m)}, project/operating year {the_year}",
        )
    )
    if assumed_one:
        lines.append(
            CalculationLine(
                kind="input",
                text="Ingen stillinger oppgitt: regner for én 100 %-stilling.",
                text_en="No positions given: calculated for one 100 % position.",
            )
        )
    else:
        lines.append(
            CalculationLine(
                kind="input",
                text=f"Stillinger: {shares_text(shares, 'nb')}",
                text_en=f"Positions: {shares_text(shares, 'en')}",
            )
        )

    limit = m.position_limit
    if limit is not None and limit.basis == "count" and len(shares) > limit.number():
        allowed = limit.number()
        if sum(shares) > 100 * allowed:
            allowed_text = "én 100 %-stilling" if allowed == 1 else f"{_number_word(allowed)} 100 %-stillinger"
            allowed_en = "one 100 % position" if allowed == 1 else f"{_number_word_en(allowed)} 100 % positions"
            raise PositionLimitExceeded(
                f"{m.label} gir tilskudd til inntil {allowed_text}; {len(shares)} stillinger er oppgitt.",
                f"{_label_en(m)} funds at most {allowed_en}; {len(shares)} positions were given.",
            )
        # "To arbeidsspesialister i 50 % hver" in a measure funding one 100 % position: part-time people sharing
        # the positions funded, a reading the regulation does not state.
        assumptions.append(
            f"Regelverket sier «{limit.name}»; de {len(shares)} deltidsstillingene ({pct(sum(shares))} til sammen) er "
            "regnet som å dele det stillingsvolumet."
        )
        assumptions_en.append(
            f"The regulation says «{limit.name_en or limit.name}»; the {len(shares)} part-time positions "
            f"({pct(sum(shares), 'en')} in all) are read as sharing that position volume."
        )
    if m.min_positions is not None and sum(1 for s in shares if s >= 100) < m.min_positions.number():
        text = m.min_positions.text or f"{m.label} krever minst {m.min_positions.value} stillinger."
        text_en = m.min_positions.text_en or f"{_label_en(m)} requires at least {m.min_positions.value} positions."
        warnings.append(text)
        lines.append(CalculationLine(kind="note", text=text, text_en=text_en, source=m.min_positions.source))

    rate = _rate(m, the_year, as_of)
    rate_value = rate.number()
    lines.append(
        CalculationLine(
            kind="rate",
            text=f"Maksimalt {kr(rate_value)} kr per 100 %-stilling i {the_year}. år",
            text_en=f"At most {kr(rate_value)} NOK per 100 % position in year {the_year}",
            amount=rate_value,
            source=rate.source,
        )
    )
    prorated = any(s < 100 for s in shares)
    prorate_source = m.prorate_source if m.prorate == "stated" else rate.source
    full = sum(1 for share, month_count in zip(shares, filled, strict=True) if share >= 100 and month_count == 12)
    if full:
        lines.append(
            CalculationLine(
                kind="subtotal",
                text=f"{full} × 100 %-stilling × {kr(rate_value)} = {kr(full * rate_value)} kr",
                text_en=f"{full} × 100 % position × {kr(rate_value)} = {kr(full * rate_value)} NOK",
                amount=full * rate_value,
            )
        )
    for index, (share, month_count) in enumerate(zip(shares, filled, strict=True), start=1):
        if month_count < 12:
            lines.append(_part_year_line(index, share, month_count, rate_value, rate.source))
            continue
        if share >= 100:
            continue
        amount = round(rate_value * share / 100)
        stated = m.prorate == "stated"
        how = "redusert tilsvarende (regelverket)" if stated else "forholdsmessig (antakelse)"
        how_en = "reduced pro rata (stated in the regulation)" if stated else "pro-rated (assumption)"
        lines.append(
            CalculationLine(
                kind="prorate",
                text=f"Stilling {index}: {kr(rate_value)} × {pct(share)} = {kr(amount)} kr, {how}",
                text_en=f"Position {index}: {kr(rate_value)} × {pct(share, 'en')} = {kr(amount)} NOK, {how_en}",
                amount=amount,
                source=prorate_source,
            )
        )
    if prorated and m.prorate == "assumption":
        # Said once for a plan over several years: the rate of each year is in its calculation line.
        assumptions.append(
            "Regelverket oppgir bare beløpet for en 100 %-stilling; deltidsstillinger er beregnet forholdsmessig "
            "(beløpet for 100 % × stillingsprosenten)."
        )
        assumptions_en.append(
            "The regulation states only the amount for a 100 % position; part-time positions are pro-rated "
            "(the 100 % amount × the position percentage)."
        )

    if part_year:
        assumptions.append(
            "Regelverket oppgir beløp per år; en stilling som bare er besatt en del av året, er beregnet "
            "forholdsmessig etter antall måneder (årsbeløpet × månedene / 12)."
        )
        assumptions_en.append(
            "The regulation states amounts per year; a position filled for only part of the year is pro-rated by "
            "months (the yearly amount × the months / 12)."
        )
    total_share = sum(share * month_count / 12 for share, month_count in zip(shares, filled, strict=True))
    over_limit = False
    if limit is not None and limit.basis == "percent_total" and total_share > limit.number():
        total_share = limit.number()
        over_limit = True
        factor, funded = f"{total_share / 100:g}", kr(rate_value * total_share / 100)
        lines.append(
            CalculationLine(
                kind="cap",
                text=f"{limit.name}: {pct(sum(shares))} oppgitt, bare {pct(total_share)} gir tilskudd "
                f"({kr(rate_value)} × {factor.replace('.', ',')} = {funded} kr)",
                text_en=f"{limit.name_en or limit.name}: {pct(sum(shares), 'en')} given, "
                f"only {pct(total_share, 'en')} is funded ({kr(rate_value)} × {factor} = {funded} NOK)",
                amount=round(rate_value * total_share / 100),
                source=limit.source,
            )
        )
    position_amount = round(rate_value * total_share / 100)
    if (full and (prorated or full < len(shares))) or len(shares) - full > 1:
        lines.append(
            CalculationLine(
                kind="subtotal",
                text=f"Sum stillinger: {kr(position_amount)} kr",
                text_en=f"Positions in total: {kr(position_amount)} NOK",
                amount=position_amount,
            )
        )
    for cap in _caps(m, the_year, as_of):
        ceiling = cap.number()
        if position_amount >= ceiling:
            at_cap = position_amount == ceiling
            # The sum above the cap stays in the subtotal line: written here, it would read as an amount granted.
            reached = "taket er nådd" if at_cap else "summen for stillingene er over taket"
            reached_en = "the cap is reached" if at_cap else "the positions add up to more than the cap"
            position_amount = ceiling
            lines.append(
                CalculationLine(
                    kind="cap",
                    text=f"{cap.name}: {reached} → {kr(ceiling)} kr",
                    text_en=f"{cap.name_en or cap.name}: {reached_en} → {kr(ceiling)} NOK",
                    amount=ceiling,
                    source=cap.source,
                )
            )

    training_amount = _training(m, training, lines)
    amount = position_amount + training_amount
    lines.append(_total_line(amount))
    calculation = Calculation(
        scheme=found.id,
        measure=m.id,
        amount=amount,
        lines=lines,
        assumptions=assumptions,
        assumptions_en=assumptions_en,
        sources=_unique([line.source for line in lines if line.source is not None]),
    )
    return GrantResult(
        scheme_id=found.id,
        measure=m.id,
        year=the_year,
        percents=shares,
        months=filled if part_year else [],
        amount=amount,
        position_amount=position_amount,
        training_amount=training_amount,
        over_limit=over_limit,
        calculation=calculation,
        warnings=warnings,
    )


def _months_filled(shares: Sequence[float], months: Sequence[int] | None) -> list[int]:
    """The months each position is filled: twelve unless `months` says otherwise, one figure per position."""
    if not months:
        return [12] * len(shares)
    if len(months) != len(shares):
        raise InvalidInput(
            f"Oppgi måneder for hver stilling ({len(shares)} stillinger, {len(months)} måneder oppgitt).",
            f"Give the months for each position ({len(shares)} positions, {len(months)} months given).",
        )
    for value in months:
        if not 1 <= value <= 12:
            raise InvalidInput(
                f"Antall måneder må være fra 1 til 12 (fikk {value}).",
                f"The number of months must be from 1 to 12 (got {value}).",
            )
    return list(months)


def _part_year_line(index: int, share: float, months: int, rate_value: int, source: Source) -> CalculationLine:
    amount = round(rate_value * share / 100 * months / 12)
    return CalculationLine(
        kind="prorate",
        text=f"Stilling {index}: {kr(rate_value)} × {pct(share)} × {months}/12 måneder = {kr(amount)} kr, "
        "forholdsmessig for den delen av året stillingen er besatt (antakelse)",
        text_en=f"Position {index}: {kr(rate_value)} × {pct(share, 'en')} × {months}/12 months = {kr(amount)} NOK, "
        "pro-rated for the part of the year the position is filled (assumption)",
        amount=amount,
        source=source,
    )


def cost_per_participant(scheme: Scheme) -> RuleValue | None:
    """The cost per participant the scheme states (unit NOK_per_participant), if it states one."""
    return next((fact for fact in scheme.facts.values() if fact.unit == "NOK_per_participant"), None)


def participant_cost(book: RuleBook, scheme: str | Scheme, participants: int) -> Calculation:
    """What taking part costs for this many participants, where the scheme states a cost per participant
    (the 2019 national training programme for ACT/FACT teams)."""
    found = _scheme(book, scheme)
    fact = cost_per_participant(found)
    if fact is None:
        raise RuleNotFound(
            f"{found.name} oppgir ingen kostnad per deltaker.", f"{_name_en(found)} states no cost per participant."
        )
    if participants < 1:
        raise InvalidInput("Antall deltakere må være minst 1.", "The number of participants must be at least 1.")
    rate = fact.number()
    total = rate * participants
    lines = [
        CalculationLine(
            kind="rate",
            text=f"{kr(rate)} kr per deltaker",
            text_en=f"{kr(rate)} NOK per participant",
            amount=rate,
            source=fact.source,
        ),
        CalculationLine(
            kind="total",
            text=f"{participants} × {kr(rate)} kr = {kr(total)} kr",
            text_en=f"{participants} × {kr(rate)} NOK = {kr(total)} NOK",
            amount=total,
        ),
    ]
    return Calculation(scheme=found.id, amount=total, lines=lines, sources=[fact.source])


def less_participant_cost(grant: Calculation, cost: Calculation) -> Calculation:
    """What is left of a grant when the training programme's participants are paid from it (the 2019 scheme
    expects the teams to cover taking part from the grant)."""
    left = grant.amount - cost.amount
    lines = [
        *grant.lines,
        *cost.lines,
        CalculationLine(
            kind="total",
            text=f"Igjen etter opplæringen: {kr(grant.amount)} kr − {kr(cost.amount)} kr = {kr(left)} kr",
            text_en=f"Left after the training: {kr(grant.amount)} NOK − {kr(cost.amount)} NOK = {kr(left)} NOK",
            amount=left,
        ),
    ]
    return grant.model_copy(update={"amount": left, "lines": lines, "sources": [*grant.sources, *cost.sources]})


def more_than_granted(grant: Calculation, granted: int) -> Calculation:
    """How much more the grant allows than what the applicant says it already gets."""
    return _less(grant, granted, ("Allerede innvilget", "Already granted"), ("Mer enn i dag", "More than today"))


def left_after_set_aside(grant: Calculation, set_aside: int) -> Calculation:
    """What is left of the grant for the rest when the applicant sets a sum aside for one part ("140 000 til
    opplæring" in the 2019 scheme, whose rates include the training money)."""
    return _less(grant, set_aside, ("Satt av", "Set aside"), ("Igjen til resten", "Left for the rest"))


def year_label(year: int) -> tuple[str, str]:
    """A project year as a trace names it, Norwegian and English."""
    return f"{year}. år", f"year {year}"


def difference_between(higher: Calculation, lower: int, first: tuple[str, str], second: tuple[str, str]) -> Calculation:
    """How much one maximum (`higher`'s, under `first`) is above another (`lower`, under `second`): two years of a
    measure, or two measures for the same staff and year. Labels are (Norwegian, English)."""
    return _less(
        higher,
        lower,
        (f"Maks for {second[0]}", f"Maximum for {second[1]}"),
        (f"Forskjell mellom {first[0]} og {second[0]}", f"Difference between {first[1]} and {second[1]}"),
    )


def measures_together(parts: Sequence[tuple[tuple[str, str], Calculation]]) -> Calculation:
    """Two or more measures' maxima, each for its own staff, added up ("Tiltak A with two positions and a Tiltak B
    specialist, combined"). Labels are (Norwegian, English); each measure's trace follows its label."""
    lines: list[CalculationLine] = []
    for (label, label_en), calculation in parts:
        lines.append(
            CalculationLine(
                kind="input",
                text=f"{label}: {kr(calculation.amount)} kr",
                text_en=f"{label_en}: {kr(calculation.amount)} NOK",
                amount=calculation.amount,
            )
        )
        lines.extend(calculation.lines)
    amounts = [calculation.amount for _, calculation in parts]
    total = sum(amounts)
    added = " + ".join(kr(amount) for amount in amounts)
    lines.append(
        CalculationLine(
            kind="total",
            text=f"Til sammen: {added} = {kr(total)} kr",
            text_en=f"Together: {added} = {kr(total)} NOK",
            amount=total,
        )
    )
    first = parts[0][1]
    return first.model_copy(
        update={
            "measure": None,
            "amount": total,
            "lines": lines,
            "assumptions": list(dict.fromkeys(a for _, c in parts for a in c.assumptions)),
            "assumptions_en": list(dict.fromkeys(a for _, c in parts for a in c.assumptions_en)),
            "sources": _unique([source for _, c in parts for source in c.sources]),
        }
    )


def teams_together(team: Calculation, teams: int) -> Calculation:
    """One team's maximum for every one of several teams staffed alike ("3 FACT teams, each with 10 positions"): a
    cap per team caps each, so the teams' maxima add up."""
    total = team.amount * teams
    line = CalculationLine(
        kind="total",
        text=f"{teams} team × {kr(team.amount)} kr = {kr(total)} kr",
        text_en=f"{teams} teams × {kr(team.amount)} NOK = {kr(total)} NOK",
        amount=total,
    )
    return team.model_copy(update={"amount": total, "lines": [*team.lines, line]})


def _less(grant: Calculation, taken: int, given: tuple[str, str], result: tuple[str, str]) -> Calculation:
    """The grant less a sum the applicant gives (never below zero), with the two steps in the trace."""
    left = max(grant.amount - taken, 0)
    lines = [
        *grant.lines,
        CalculationLine(kind="input", text=f"{given[0]}: {kr(taken)} kr", text_en=f"{given[1]}: {kr(taken)} NOK"),
        CalculationLine(
            kind="total",
            text=f"{result[0]}: {kr(grant.amount)} kr − {kr(taken)} kr = {kr(left)} kr",
            text_en=f"{result[1]}: {kr(grant.amount)} NOK − {kr(taken)} NOK = {kr(left)} NOK",
            amount=left,
        ),
    ]
    return grant.model_copy(update={"amount": left, "lines": lines})


def _total_line(amount: int) -> CalculationLine:
    return CalculationLine(
        kind="total",
        text=f"Maksimalt tilskudd: {kr(amount)} kr",
        text_en=f"Maximum grant: {kr(amount)} NOK",
        amount=amount,
    )


def _training_rule(measure: Measure, amount: int, what: str, what_en: str) -> RuleValue:
    """The measure's training ceiling, after checking it has one and that `amount` (named `what`) is not negative."""
    if measure.training is None:
        raise InvalidInput(
            f"{measure.label} har ingen egen ramme for opplærings- og kompetansetiltak.",
            f"{_label_en(measure)} has no separate amount for training and competence measures.",
        )
    if amount < 0:
        raise InvalidInput(
            f"{what} kan ikke være negativt (fikk {amount}).", f"{what_en} cannot be negative (got {amount})."
        )
    return measure.training


def _training(measure: Measure, training: int | None, lines: list[CalculationLine]) -> int:
    """Training/competence amount applied for, capped at the measure's maximum (Tiltak A)."""
    if training is None:
        return 0
    rule = _training_rule(measure, training, "Beløp til opplæring", "The training amount")
    ceiling = rule.number()
    granted = min(training, ceiling)
    lines.append(
        CalculationLine(
            kind="rate",
            text=f"Opplærings- og kompetansetiltak: søkt {kr(training)} kr, inntil {kr(ceiling)} kr",
            text_en=f"Training and competence measures: {kr(training)} NOK applied for, up to {kr(ceiling)} NOK",
            amount=granted,
            source=rule.source,
        )
    )
    if training > ceiling:
        lines.append(
            CalculationLine(
                kind="cap",
                text=f"Inntil {kr(ceiling)} kr til opplærings- og kompetansetiltak: {kr(training)} kr avkortes",
                text_en=f"Up to {kr(ceiling)} NOK for training and competence measures: {kr(training)} NOK is cut",
                amount=ceiling,
                source=rule.source,
            )
        )
    return granted


def training_left(book: RuleBook, scheme: str | Scheme, measure: str, used: int) -> GrantResult:
    """What is left of a measure's yearly training money when `used` has already been granted."""
    found = _scheme(book, scheme)
    m = book.measure(found, measure)
    rule = _training_rule(m, used, "Beløpet som allerede er gitt", "The amount already granted")
    ceiling = rule.number()
    left = max(ceiling - used, 0)
    lines = [
        CalculationLine(
            kind="rate",
            text=f"Opplærings- og kompetansetiltak: inntil {kr(ceiling)} kr",
            text_en=f"Training and competence measures: up to {kr(ceiling)} NOK",
            amount=ceiling,
            source=rule.source,
        ),
        CalculationLine(
            kind="input",
            text=f"Allerede innvilget til opplæring: {kr(used)} kr",
            text_en=f"Already granted for training: {kr(used)} NOK",
            amount=used,
        ),
        _left_line(ceiling, used),
    ]
    calculation = Calculation(scheme=found.id, measure=m.id, amount=left, lines=lines, sources=[rule.source])
    return GrantResult(
        scheme_id=found.id,
        measure=m.id,
        amount=left,
        position_amount=0,
        training_amount=left,
        calculation=calculation,
        warnings=_status_warnings(found),
    )


def training_over_years(book: RuleBook, scheme: str | Scheme, measure: str, years: Sequence[int]) -> Calculation:
    """A measure's training money in each of several years: the regulation grants one year at a time, and each
    year's application may ask for the training sum again."""
    found = _scheme(book, scheme)
    m = book.measure(found, measure)
    rule = _training_rule(m, 0, "Beløp til opplæring", "The training amount")
    for year in years:
        _check_year(m, year)
    ceiling, count = rule.number(), len(years)
    total = ceiling * count
    lines = [
        CalculationLine(
            kind="rate",
            text=f"År {year}: opplærings- og kompetansetiltak inntil {kr(ceiling)} kr",
            text_en=f"Year {year}: training and competence measures up to {kr(ceiling)} NOK",
            amount=ceiling,
            source=rule.source,
        )
        for year in years
    ]
    lines.append(
        CalculationLine(
            kind="total",
            text=f"{count} år × {kr(ceiling)} kr = {kr(total)} kr",
            text_en=f"{count} years × {kr(ceiling)} NOK = {kr(total)} NOK",
            amount=total,
        )
    )
    return Calculation(scheme=found.id, measure=m.id, amount=total, lines=lines, sources=[rule.source])


def _lump_sum(scheme: Scheme, measure: Measure, as_of: date | None, warnings: list[str]) -> GrantResult:
    assert measure.lump_sum is not None  # guaranteed by RuleBook validation
    value = in_force([measure.lump_sum], as_of, f"beløp for {measure.label}", f"amount for {_label_en(measure)}")
    amount = value.number()
    lines = [
        CalculationLine(
            kind="input", text=f"{scheme.name} – {measure.label}", text_en=f"{_name_en(scheme)} – {_label_en(measure)}"
        ),
        CalculationLine(
            kind="rate",
            text=f"{measure.label}: inntil {kr(amount)} kr",
            text_en=f"{_label_en(measure)}: up to {kr(amount)} NOK",
            amount=amount,
            source=value.source,
        ),
        _total_line(amount),
    ]
    calculation = Calculation(scheme=scheme.id, measure=measure.id, amount=amount, lines=lines, sources=[value.source])
    return GrantResult(
        scheme_id=scheme.id,
        measure=measure.id,
        amount=amount,
        position_amount=0,
        calculation=calculation,
        warnings=warnings,
    )


# --- plans and own funding ---------------------------------------------------------------------------------------


def plan(
    book: RuleBook,
    scheme: str | Scheme,
    measure: str,
    percents: Sequence[float] | None = None,
    positions: int | None = None,
    years: Sequence[int] | None = None,
    training: int | None = None,
    as_of: date | None = None,
    percents_by_year: Mapping[int, Sequence[float]] | None = None,
    add_ons: Sequence[str] = (),
    months_by_year: Mapping[int, Sequence[int]] | None = None,
) -> PlanResult:
    """Maximum grant for every year (default: the whole duration) and the total; `percents_by_year` sizes the
    positions of a year differently from `percents` ("80 % in year 3, 100 % in year 4"); `add_ons` are lump-sum
    measures of the scheme counted once on top ("over hele perioden inkludert forprosjekt"); `months_by_year` gives a
    year's months filled, position by position ("starts 1 July" in year 1)."""
    found = _scheme(book, scheme)
    m = book.measure(found, measure)
    if years is None:
        if m.kind == "per_position" and m.duration is None:
            raise RuleNotFound(
                f"Regelverket oppgir ingen varighet for {m.label}; oppgi hvilke år.",
                f"The regulations state no duration for {_label_en(m)}; say which years.",
            )
        years = list(range(1, m.duration.number() + 1)) if m.duration is not None else [1]
    by_year = percents_by_year or {}
    results = [
        max_grant(
            book,
            found,
            m.id,
            year,
            percents=by_year.get(year, percents),
            positions=None if year in by_year else positions,
            training=training,
            as_of=as_of,
            months=(months_by_year or {}).get(year),
        )
        for year in years
    ]
    extras = [_lump_sum(found, book.measure(found, add_on), as_of, []) for add_on in add_ons]
    total = sum(r.amount for r in [*results, *extras])
    # The inputs (measure, positions) as the first year's trace states them, then one line per year; staffing that
    # changes by year is stated in each year's line instead.
    inputs = [line for line in results[0].calculation.lines if line.kind == "input"][1:] if results else []
    lines = ([] if by_year else inputs) + [
        CalculationLine(
            kind="subtotal",
            text=f"År {r.year}{_year_shares(r, 'nb') if by_year or r.months else ''}: {kr(r.amount)} kr",
            text_en=f"Year {r.year}{_year_shares(r, 'en') if by_year or r.months else ''}: {kr(r.amount)} NOK",
            amount=r.amount,
        )
        for r in results
    ]
    lines += [
        CalculationLine(
            kind="subtotal",
            text=f"{book.measure(found, r.measure).label}: {kr(r.amount)} kr",
            text_en=f"{_label_en(book.measure(found, r.measure))}: {kr(r.amount)} NOK",
            amount=r.amount,
            source=r.calculation.sources[0] if r.calculation.sources else None,
        )
        for r in extras
    ]
    lines.append(
        CalculationLine(
            kind="total",
            text=f"Sum over {len(results)} år: {kr(total)} kr",
            text_en=f"Total over {len(results)} years: {kr(total)} NOK",
            amount=total,
        )
    )
    # Deduplicated by the Norwegian text so both lists keep the same order and length.
    paired = dict.fromkeys(
        pair for r in results for pair in zip(r.calculation.assumptions, r.calculation.assumptions_en, strict=True)
    )
    assumptions = [nb for nb, _ in paired]
    assumptions_en = [en for _, en in paired]
    sources = _unique([s for r in [*results, *extras] for s in r.calculation.sources])
    if m.duration is not None:
        sources = _unique([*sources, m.duration.source])
    calculation = Calculation(
        scheme=found.id,
        measure=m.id,
        amount=total,
        lines=lines,
        assumptions=assumptions,
        assumptions_en=assumptions_en,
        sources=sources,
    )
    warnings = list(dict.fromkeys(w for r in results for w in r.warnings))
    return PlanResult(
        scheme_id=found.id,
        measure=m.id,
        years=results,
        add_ons=extras,
        total=total,
        calculation=calculation,
        warnings=warnings,
    )


def _year_shares(result: GrantResult, language: str) -> str:
    """' (80 %)', ' (100 %, 100 % i 6/12 mnd.)': the position sizes a year of a plan was computed for."""
    months = result.months or [12] * len(result.percents)
    part = " i {}/12 mnd." if language == "nb" else " for {}/12 months"
    return " ({})".format(
        ", ".join(
            pct(share, language) + (part.format(count) if count < 12 else "")
            for share, count in zip(result.percents, months, strict=True)
        )
    )


def own_funding(grant: GrantResult, salary_cost: int) -> OwnFundingResult:
    """Own funding needed for the positions when the actual yearly salary cost is `salary_cost`."""
    if salary_cost <= 0:
        raise InvalidInput(
            f"Lønnskostnaden må være et positivt beløp (fikk {salary_cost}).",
            f"The salary cost must be a positive amount (got {salary_cost}).",
        )
    covered = min(grant.position_amount, salary_cost)
    own = salary_cost - covered
    share = round(100 * own / salary_cost, 1)
    lines = [
        CalculationLine(
            kind="input",
            text=f"Faktisk lønnskostnad: {kr(salary_cost)} kr",
            text_en=f"Actual salary cost: {kr(salary_cost)} NOK",
            amount=salary_cost,
        ),
        CalculationLine(
            kind="subtotal",
            text=f"Maksimalt tilskudd til stillingene: {kr(grant.position_amount)} kr ({pct(100 - share)} av "
            "lønnskostnaden)",
            text_en=f"Maximum grant for the positions: {kr(grant.position_amount)} NOK ({pct(100 - share, 'en')} of "
            "the salary cost)",
            amount=grant.position_amount,
        ),
        CalculationLine(
            kind="total",
            text=f"Egenfinansiering: {kr(own)} kr ({pct(share)})",
            text_en=f"Own funding: {kr(own)} NOK ({pct(share, 'en')})",
            amount=own,
        ),
    ]
    if grant.position_amount >= salary_cost:
        lines.insert(
            2,
            CalculationLine(
                kind="note",
                text="Maksimalt tilskudd er ikke lavere enn lønnskostnaden; regnet med tilskudd lik lønnskostnaden.",
                text_en="The maximum grant is not lower than the salary cost; calculated with a grant equal to the "
                "salary cost.",
                amount=covered,
            ),
        )
    calculation = Calculation(
        scheme=grant.scheme_id,
        measure=grant.measure,
        amount=own,
        lines=lines,
        assumptions=list(grant.calculation.assumptions),
        assumptions_en=list(grant.calculation.assumptions_en),
        sources=list(grant.calculation.sources),
    )
    return OwnFundingResult(
        salary_cost=salary_cost,
        max_grant=grant.position_amount,
        own_funding=own,
        own_share_percent=share,
        calculation=calculation,
    )


def own_funding_over_plan(plan: PlanResult, salary_cost: int) -> OwnFundingResult:
    """Own funding over every year of a plan when the positions cost `salary_cost` each year: each year's salary
    less that year's maximum grant for the positions (never below zero), added up."""
    years = [own_funding(year, salary_cost) for year in plan.years]
    own = sum(year.own_funding for year in years)
    total_salary = salary_cost * len(years)
    total_grant = sum(year.max_grant for year in years)
    share = round(100 * own / total_salary, 1)
    lines = [
        CalculationLine(
            kind="input",
            text=f"Faktisk lønnskostnad per år: {kr(salary_cost)} kr",
            text_en=f"Actual salary cost per year: {kr(salary_cost)} NOK",
            amount=salary_cost,
        )
    ]
    for result, funding in zip(plan.years, years, strict=True):
        lines.append(
            CalculationLine(
                kind="subtotal",
                text=f"År {result.year}: {kr(salary_cost)} kr − {kr(funding.max_grant)} kr = "
                f"{kr(funding.own_funding)} kr",
                text_en=f"Year {result.year}: {kr(salary_cost)} NOK − {kr(funding.max_grant)} NOK = "
                f"{kr(funding.own_funding)} NOK",
                amount=funding.own_funding,
                source=result.calculation.sources[0] if result.calculation.sources else None,
            )
        )
    lines.append(
        CalculationLine(
            kind="input",
            text=f"Lønnskostnad over {len(years)} år: {len(years)} × {kr(salary_cost)} kr = {kr(total_salary)} kr; "
            f"maksimalt tilskudd til stillingene: {kr(total_grant)} kr",
            text_en=f"Salary cost over {len(years)} years: {len(years)} × {kr(salary_cost)} NOK = "
            f"{kr(total_salary)} NOK; maximum grant for the positions: {kr(total_grant)} NOK",
            amount=total_salary,
        )
    )
    lines.append(
        CalculationLine(
            kind="total",
            text=f"Egenfinansiering til sammen: {kr(own)} kr ({pct(share)})",
            text_en=f"Own funding in total: {kr(own)} NOK ({pct(share, 'en')})",
            amount=own,
        )
    )
    calculation = plan.calculation.model_copy(update={"amount": own, "lines": lines})
    return OwnFundingResult(
        salary_cost=total_salary,
        max_grant=total_grant,
        own_funding=own,
        own_share_percent=share,
        calculation=calculation,
    )


# --- deadlines ---------------------------------------------------------------------------------------------------


def _month_day(month_day: str) -> tuple[int, int]:
    """'04-01' → (4, 1)."""
    month, day = (int(part) for part in month_day.split("-"))
    return month, day


def _next_yearly(month_day: str, today: date) -> date:
    month, day = _month_day(month_day)
    candidate = date(today.year, month, day)
    return candidate if candidate >= today else date(today.year + 1, month, day)


def _for_grant_year(month_day: str, years_after: int, grant_year: int) -> date:
    month, day = _month_day(month_day)
    return date(grant_year + years_after, month, day)


def deadlines(book: RuleBook, scheme: str | Scheme, today: date, grant_year: int | None = None) -> list[DeadlineInfo]:
    """Every deadline of the scheme, with fixed dates flagged expired when before `today`; a yearly one also dated
    for grants awarded for `grant_year` ("we received funds for 2026": the report is due 1 April 2027)."""
    found = _scheme(book, scheme)
    out: list[DeadlineInfo] = []
    for deadline in found.deadlines:
        for_grant_year = (
            _for_grant_year(deadline.recurring, deadline.years_after, grant_year)
            if deadline.recurring is not None and grant_year is not None
            else None
        )
        out.append(
            DeadlineInfo(
                scheme_id=found.id,
                kind=deadline.kind,
                text=deadline.text,
                text_en=deadline.text_en,
                due=deadline.due,
                next_date=_next_yearly(deadline.recurring, today) if deadline.recurring else None,
                for_grant_year=for_grant_year,
                tentative=deadline.tentative,
                announced=deadline.announced,
                expired=(deadline.due < today) if deadline.due is not None else None,
                source=deadline.source,
            )
        )
    return out


def budgets_together(schemes: Sequence[Scheme], year: int | None) -> Calculation | None:
    """Two or more schemes' total allocations added up ("the 2015 amounts of A and B together"): one NOK budget
    figure per scheme, of `year` when one is named; None when a scheme has none or several to choose from."""
    lines: list[CalculationLine] = []
    for scheme in schemes:
        figures = budget_figures(scheme, year)
        if len(figures) != 1:
            return None
        if any(line.source == figures[0].source for line in lines):
            # «230 mill. kroner for begge ordningene»: one allocation the schemes share, stated once, not two.
            return None
        lines.append(_allocation_line(scheme, figures[0]))
    total = sum(line.amount or 0 for line in lines)
    lines.append(
        CalculationLine(
            kind="total",
            text=f"Til sammen: {' + '.join(kr(line.amount or 0) for line in lines)} = {kr(total)} kr",
            text_en=f"Together: {' + '.join(kr(line.amount or 0) for line in lines)} = {kr(total)} NOK",
            amount=total,
        )
    )
    return Calculation(
        scheme=schemes[0].id, amount=total, lines=lines, sources=[line.source for line in lines if line.source]
    )


def budgets_difference(schemes: Sequence[Scheme], combined: bool, as_named: bool = False) -> Calculation | None:
    """How far two schemes' total allocations lie apart ("the 2015 amount compared with the 2023 appropriation"):
    each scheme's one NOK budget figure (with `combined`, the figure stated for it together with another, where it
    has one), the larger less the smaller; None unless exactly two distinct figures are found. The figures are
    listed larger first, or with `as_named` in the order of `schemes`."""
    chosen: list[tuple[Scheme, RuleValue]] = []
    for scheme in schemes:
        # A scheme whose only figure is shared with another (2023's «230 mill. … begge ordninger») is sized by it.
        figures = (
            (budget_figures(scheme, None, combined=True) if combined else [])
            or budget_figures(scheme, None, combined=False)
            or budget_figures(scheme, None, combined=True)
        )
        if len(figures) == 1 and all(figure.source != figures[0].source for _, figure in chosen):
            chosen.append((scheme, figures[0]))
    if len(chosen) != 2:
        return None
    lines = [_allocation_line(scheme, figure) for scheme, figure in chosen]
    larger, smaller = sorted((figure.number() for _, figure in chosen), reverse=True)
    if not as_named:
        lines.sort(key=lambda line: line.amount or 0, reverse=True)
    lines.append(
        CalculationLine(
            kind="total",
            text=f"Forskjell: {kr(larger)} − {kr(smaller)} = {kr(larger - smaller)} kr",
            text_en=f"Difference: {kr(larger)} − {kr(smaller)} = {kr(larger - smaller)} NOK",
            amount=larger - smaller,
        )
    )
    return Calculation(
        scheme=chosen[0][0].id, amount=larger - smaller, lines=lines, sources=[figure.source for _, figure in chosen]
    )


def _allocation_line(scheme: Scheme, figure: RuleValue) -> CalculationLine:
    """A scheme's allocation figure as an input line of a calculation over allocations."""
    amount = figure.number()
    return CalculationLine(
        kind="input",
        text=f"{scheme.name}: {kr(amount)} kr",
        text_en=f"{_name_en(scheme)}: {kr(amount)} NOK",
        amount=amount,
        source=figure.source,
    )


def budget_figures(scheme: Scheme, year: int | None, combined: bool | None = None) -> list[RuleValue]:
    """The scheme's NOK allocation figures, of `year` when one is named; with `combined`, only those stated for it
    together with another scheme (True) or only its own (False)."""
    return [
        fact
        for key, fact in sorted(scheme.facts.items())
        if key.startswith("budget")
        and fact.unit == "NOK"
        and (year is None or fact.in_year(year))
        and (combined is None or key.endswith("combined") == combined)
    ]


def _left_line(whole: int, taken: int) -> CalculationLine:
    """The total line of what is left of a sum once a part is taken out (nothing, when the part is larger)."""
    left = max(whole - taken, 0)
    return CalculationLine(
        kind="total",
        text=f"Igjen: {kr(whole)} − {kr(taken)} = {kr(left)} kr",
        text_en=f"Left: {kr(whole)} − {kr(taken)} = {kr(left)} NOK",
        amount=left,
    )


def _combined_line(figure: RuleValue) -> CalculationLine:
    """The input line of an allocation the documents give for several schemes together."""
    total = figure.number()
    return CalculationLine(
        kind="input",
        text=f"Samlet for ordningene: {kr(total)} kr",
        text_en=f"Combined for the schemes: {kr(total)} NOK",
        amount=total,
        source=figure.source,
    )


def budget_left_after_told(scheme: Scheme, year: int | None, told: int) -> Calculation | None:
    """What a combined allocation leaves once a part the user tells is taken out ("if the transition scheme got 90
    million of the 2023 appropriation, how much is left?"): None unless the scheme states exactly one combined NOK
    figure (for `year` when one is named) larger than the part told."""
    combined = budget_figures(scheme, year, combined=True)
    if len(combined) != 1 or not 0 < told < combined[0].number():
        return None
    total = combined[0].number()
    lines = [
        _combined_line(combined[0]),
        CalculationLine(
            kind="input",
            text=f"Oppgitt del (i spørsmålet): {kr(told)} kr",
            text_en=f"Part given (in the question): {kr(told)} NOK",
            amount=told,
        ),
        _left_line(total, told),
    ]
    return Calculation(scheme=scheme.id, amount=total - told, lines=lines, sources=[combined[0].source])


def budget_left_for_the_other(scheme: Scheme, year: int | None) -> Calculation | None:
    """What a combined allocation leaves for the other scheme(s) it covers once this scheme's own is taken out
    ("230 millioner … til sammen", "Ca. 185 millioner" of it for the adults): None unless the scheme states exactly
    one own and one combined NOK figure (for `year` when one is named)."""
    own, combined = budget_figures(scheme, year, combined=False), budget_figures(scheme, year, combined=True)
    if len(own) != 1 or len(combined) != 1:
        return None
    total, part = combined[0].number(), own[0].number()
    lines = [
        _combined_line(combined[0]),
        _allocation_line(scheme, own[0]),
        CalculationLine(
            kind="total",
            text=f"Igjen til de andre: {kr(total)} − {kr(part)} = {kr(total - part)} kr",
            text_en=f"Left for the others: {kr(total)} − {kr(part)} = {kr(total - part)} NOK",
            amount=total - part,
        ),
    ]
    return Calculation(scheme=scheme.id, amount=total - part, lines=lines, sources=[own[0].source, combined[0].source])
