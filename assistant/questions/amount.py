"""How much one applicant can get: one measure's grant or multi-year plan, training money and own funding.

The answer computes what the question describes — every position (decimals, roles, sizes), every year or range of
years, training money included, excluded, given or partly used, a salary cost — and says first how it read the
question ("Beregnet for: …"), so a misreading is visible. A request over a limit gets "Nei" and the limit first,
then what can be funded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise, permutations
from typing import Literal

from assistant.answers.context import Context, measure_mentions, measures_named, single_priced_measure
from assistant.answers.facts import budget_facts, fact_sentence, fact_text, left_out_asked
from assistant.answers.fallbacks import not_found
from assistant.answers.grants import rates_overview, write_grant, write_plan
from assistant.answers.phrasing import (
    VERDICT_LEAD,
    capitalised,
    duration_sentence,
    join,
    measure_label,
    scheme_name,
    sentence,
    sizes_listed,
    with_verdict,
)
from assistant.answers.step_down import step_down_verdict
from assistant.answers.writer import Writer
from assistant.errors import PositionLimitExceeded, YearOutOfRange
from assistant.questions.budget import answer_budget
from assistant.questions.registry import QuestionType, register
from assistant.questions.vocabulary import vocabulary
from assistant.rules import engine
from assistant.rules.engine import kr, pct, shares_text
from assistant.rules.model import Measure, PositionLimit, Rate, RuleValue, Scheme
from assistant.rules.results import GrantResult, PlanResult
from assistant.tokens import tokenize
from assistant.types import Answer, Calculation, CalculationLine, Passage
from assistant.understand.funded_staff import staff_the_measure_funds
from assistant.understand.model import Understanding
from assistant.understand.numbers import AMOUNT_RE, ORDINALS
from assistant.understand.part_year import PartYear
from assistant.understand.quantities import amount_value, extract_quantities
from assistant.understand.staffing import names_one_of_them

# "40 % as employment specialist and 60 % as an ordinary nurse": one person's time split between roles.
_AS_ROLE = re.compile(
    r"(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|prosent|percent)\s+(?:as|som)\s+(?:an?\s+|en\s+|et\s+)?"
    r"(?P<role>[^\d,.;:?!]+?)(?=\s+(?:and|og)\s+\d|[,.;:?!]|$)",
    re.IGNORECASE,
)
# One of the full positions described, given another size: "én av de hele stillingene reduseres til 40 %".
_ONE_FULL_REDUCED = re.compile(
    r"\b(?:(?:én|en|ei)\s+av\s+de\s+(?:hele|fulle)\s+stillingene|one\s+of\s+the\s+full(?:-time)?\s+positions)\b"
    r"[^.?!]{0,40}?\b(?:reduseres|reduseres\s+til|går\s+ned|blir|is\s+reduced|goes\s+down|drops|becomes)\b",
    re.IGNORECASE,
)
_PER_TEAM = re.compile(r"\b(?:per|pr\.?|for (?:et|ett|one|a|each)|each)\s+(?:\w+[- ])?team", re.IGNORECASE)
_FULL_POSITION = 100.0
# "… and did that include travel?", "Er reise inkludert?": whether a part is in the figure, not what it costs.
_ASKS_IF_INCLUDED = re.compile(
    r"\b(?:did|does|do|is|was|are|were)\s+(?:\w+\s+){0,3}includ\w*|\b(?:er|var)\s+(?:\w+\s+){0,3}"
    # "… og er reise med?": "med" closing the question asks whether it is included too.
    r"(?:inkludert|medregnet|med\s+i)\b|\b(?:er|var)\s+(?:\w+\s+){1,3}med\s*\?",
    re.IGNORECASE,
)
# An amount as the answer writes it ("2 100 000").
_GROUPED_AMOUNT = re.compile(r"(?<![\d,])\d{1,3}(?: \d{3})+(?![\d,])")

# The staffing an amount was computed for when the question gave none.
Assumed = Literal["minimum", "limit"] | None


@dataclass(frozen=True)
class GrantRequest:
    """What an amount question asks to compute, read from every part of it."""

    shares: tuple[float, ...] | None  # size of each position in %, when given
    shares_by_year: tuple[tuple[int, tuple[float, ...]], ...]  # sizes that change by year: ((3, (80,)), (4, (100,)))
    positions: int | None  # a number of full-time positions
    years: tuple[int, ...] | None  # several years: a plan and its total
    year: int | None  # one year
    per_year: bool  # one rate for every year: the answer is "per year"
    training: int | None  # training money to add (None: not asked for)
    training_excluded: bool
    add_ons: tuple[Measure, ...]  # lump-sum measures counted once on top of a plan ("inkludert forprosjekt")
    assumed: Assumed  # no positions given: the project's minimum, or all the measure funds, was used
    part_year: PartYear | None = None  # some positions filled for part of a year ("from 1 July")


def answer_amount(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The rates overview, the training sum, a multi-year plan or one year's grant — whichever is asked."""
    # A team's positions or a project year make it a grant question, whatever the training costs inside it.
    # People counted for the training programme and no positions counted: its cost is asked, whatever "stillings-
    # midlene" the question compares it with.
    counted_for_training = u.participants is not None and u.positions is None and not u.has("yes_no")
    about_participants = u.has("participants") and (
        counted_for_training or not (u.has("positions_named") or u.year or u.staffing)
    )
    per_participant = engine.cost_per_participant(scheme)
    if about_participants and per_participant is not None:
        return _participant_cost(ctx, w, u, scheme, per_participant, passages)
    if u.participants and not (u.positions or u.staffing) and per_participant is None:
        # "2 × 800,000 + 400,000 = 2.4 million?" in a scheme with no cost per participant: two positions at the rate.
        u = u.model_copy(update={"positions": u.participants})
    if not scheme.measures:
        if u.has("per_position") or u.has("maximum_grant") or u.has("positions_named"):
            # A rate per position, or a maximum per team, the documents never state: the scheme's total is no
            # answer to it.
            name = scheme_name(scheme, w.language)
            reason = w.t(
                f"Dokumentene oppgir ingen sats per stilling eller maksimalt tilskudd for «{name}».",
                f"The documents state no rate per position or maximum grant for «{name}».",
            )
            return not_found(w, passages, reason)
        if budget_facts(scheme) and (u.has("per_recipient") or u.has("per_unit")) and not u.has("allocation"):
            # "Hvor mye får en fastlege i tilskudd …?", "What did the IPS trial cost per participant?": what one
            # recipient gets, where the documents give only the scheme's total.
            name = scheme_name(scheme, w.language)
            reason = w.t(
                f"Dokumentene oppgir bare den samlede rammen for «{name}», ikke hva hver mottaker får.",
                f"The documents give only the total allocation for «{name}», not what each recipient gets.",
            )
            return not_found(w, passages, reason)
        return answer_budget(ctx, w, u, scheme, passages) if budget_facts(scheme) else None
    # "… per stilling de to første årene?" then "hva med forprosjekt?": a "per position" carried over with the
    # question type names no staff for the part asked about now.
    carried = "intent" in u.inherited
    positions = bool((u.has("positions_named") and not carried) or u.staffing or u.positions or u.percents)
    measure = (
        ctx.measure(scheme, u)
        or single_priced_measure(scheme, per_position=positions)
        or _capped_per_team(scheme, u)
        or _stepped_for_year(scheme, u)
    )
    if measure is None:
        if u.has("no_sum_asked") or (u.has("yes_no") and not u.has("asks_amount")):
            # "When was the scheme first limited to four years of funding?", "Vi får penger fra NAV også. Må det stå
            # i søknaden?": the passages say when, or whether; every measure's rates answer neither.
            return None
        if u.has("preproject") and all(m.component != "preproject" for m in scheme.measures.values()):
            # "What's the maximum for a pre-project under 0765.73?": the regulation has no sum for one.
            name = scheme_name(scheme, w.language)
            return not_found(
                w,
                passages,
                w.t(
                    f"«{name}» gir ikke noe eget beløp til forprosjekt.",
                    f"«{name}» gives no amount of its own for a pre-project.",
                ),
            )
        sources = [r.source for m in scheme.measures.values() for r in m.rates]
        return rates_overview(w, scheme, ctx.title(scheme, sources), passages)
    staffed = single_priced_measure(scheme, per_position=True) if positions else None
    # "Besides the per-position team grant, how much extra for a pilot project?": the part alone, the staff only
    # named to set it apart.
    # ("Besides the per-position rates, could a team also get money for a pre-project? How much?" too.)
    # ("FACT 2019 år 1 med 10 stillinger?" – "vi vil også ha et forprosjekt – hvor mye kan det være?": the staff of the
    # question before are not told with it.)
    staff_told = any(getattr(u, name) and name not in u.inherited for name in ("staffing", "positions", "percents"))
    apart = (u.has("additional") or u.has("also")) and not staff_told
    if measure.kind == "lump_sum" and measure.component is not None and staffed is not None and not apart:
        # "Forprosjekt + år 1 med 5 stillinger i FACT-team": the positions are the staffed measure's, the
        # pre-project a part added to it.
        included = [*u.components.included, measure.component]
        u = u.model_copy(update={"components": u.components.model_copy(update={"included": included})})
        measure = staffed
    title = ctx.title(
        scheme, [r.source for r in measure.rates] + [measure.lump_sum.source if measure.lump_sum else None]
    )
    if measure.kind == "lump_sum":
        lead = len(w.paragraphs)
        write_grant(w, engine.max_grant(ctx.book, scheme, measure.id), measure, title)
        if (u.has("yes_no") or u.has("yes_no_before")) and u.has("obtain") and not u.amounts:
            # "Kan vi få penger til et forprosjekt?": yes, up to its sum.
            w.paragraphs[lead] = with_verdict(w.t("Ja", "Yes"), w.paragraphs[lead])
        period = measure.facts.get("total_period")
        if period is not None and u.has("asks_duration"):
            # "… How much, and how long could the period then be?": the period with it.
            w.add(fact_sentence(w, period))
        return w.answer("answered", passages)
    # "We get 800 000 now" / "We were granted 800,000 this year": what the applicant has, told either way.
    has_now = u.has("already") or u.has("funded_outcome")
    if u.has("additional") and u.has("added_position") and has_now and u.amounts:
        _write_more_than_granted(ctx, w, u, scheme, measure, title)
        return w.answer("answered", passages)
    if _asks_training_only(measure, u):
        return _training_answer(ctx, w, u, scheme, measure, title, passages)
    compared = [m for m in measures_named(scheme, u.clean_text or u.text) if m.rates]
    if u.has("difference") or u.has("how_much_less") or u.has("which_larger"):
        # "Forskjellen på maksbeløpet for en full stilling i tiltak A og tiltak B i år 3?": one less the other.
        pair = (
            [(scheme, m) for m in compared] if len(compared) == 2 else _measure_of_other_scheme(ctx, u, scheme, measure)
        )
        if pair and _difference_between_measures(ctx, w, u, pair):
            return w.answer("answered", passages)
        if len(compared) == 2 and not (u.year or u.years or u.positions or u.staffing):
            # "Sammenlign satsene i tiltak A og tiltak B": no one year to set one against the other; both side by side.
            return rates_overview(w, scheme, title, passages, ask_back=False)
    # "… Tiltak A (two positions) and Tiltak B year 1 in the same year, what would the total be?": a total of two
    # measures named is their sum.
    summed = (u.has("together") or u.has("total")) and not u.has("difference")
    if summed and len(compared) == 2 and _sum_of_measures(ctx, w, u, scheme, title):
        # "Tiltak A with two positions and a Tiltak B specialist – the combined maximum?": each for its own staff.
        return w.answer("answered", passages)
    trained = next((m for m in scheme.measures.values() if m.training is not None and m.id != measure.id), None)
    if measure.training is None and trained is not None and _asks_training_only(trained, u):
        # "Hva er maks til opplæringstiltak i Tiltak B?": only Tiltak A has money for training.
        return _no_training_money(w, scheme, measure, trained, passages, whether=u.has("yes_no"))
    limit = measure.position_limit
    # "How many full-time positions …?": "full-time" says what is counted, no staff told.
    counted_full_time = u.has("count_question") and u.percents == [100.0]
    staff_told = bool(u.positions or u.staffing or (u.percents and not counted_full_time))
    counted = u.counts_positions and not staff_told
    limit_line: str | None = None
    # "Hvor mange stillinger kan man søke om i tiltak A?": the limit answers, then what that many may get (after
    # the sum, when one is asked too: "… and what's the total max per year?").
    sum_asked = u.has("how_much") or u.has("total")
    if counted and limit is not None:
        limit_line = f"{w.t(limit.name, limit.name_en or limit.name).rstrip('.')} {w.cite(limit.source)}."
        if u.has("yes_no"):
            # "Is there a maximum number of positions …?": yes, the limit.
            limit_line = with_verdict(w.t("Ja", "Yes"), limit_line)
        if not sum_asked:
            w.add(limit_line)
        u = u.model_copy(update={"qualifiers": sorted({*u.qualifiers, "the_most"})})
    request = read_request(scheme, measure, u)
    if u.has("remaining") and u.participants and engine.cost_per_participant(scheme) is not None:
        _write_left_after_training(ctx, w, scheme, measure, request, u.participants, title)
        return w.answer("answered", passages)
    set_aside = u.components.amounts.get("training")
    if u.has("remaining") and set_aside and measure.training is None:
        _write_left_after_set_aside(ctx, w, scheme, measure, request, set_aside, title)
        return w.answer("answered", passages)
    if _teams_each(ctx, w, u, scheme, measure, request, title) or _teams_apart(ctx, w, u, scheme, measure, title):
        return w.answer("answered", passages)
    # Cited before the grant's sources, as it is read right after the lead.
    unfunded = _unfunded_staff_line(w, u, measure) if u.unfunded_staff and measure.roles else None
    try:
        _write_request(ctx, w, u, scheme, measure, request, title)
    except (PositionLimitExceeded, YearOutOfRange) as exc:
        w.paragraphs.clear()
        _write_over_limit(ctx, w, u, scheme, measure, request, title, exc)
    if unfunded is not None:
        w.paragraphs.insert(1, unfunded)
    _final_calendar_year(w, u, measure)
    year = u.year or request.year
    # (Only a year the question or the conversation gives: the first year a request defaults to is not asked.)
    year_asked = u.year is not None and _asks_whether_year_is_funded(u, measure, year) and limit_line is None
    if year_asked and w.paragraphs and not VERDICT_LEAD.match(w.paragraphs[0]):
        # "We're heading into our sixth year under Tiltak A. Are we still allowed to apply?": yes, within the period.
        assert measure.duration is not None and year is not None  # checked by the helper
        last, label = measure.duration.number(), measure_label(measure, w.language)
        w.derived.append(str(last))
        w.paragraphs.insert(
            0,
            w.t(
                f"Ja – {label} gis i inntil {last} år, så {year}. år er innenfor perioden.",
                f"Yes – {label} is granted for up to {last} years, so year {year} is within the period.",
            ),
        )
    if u.has("yes_no_before") and u.has("decrease") and year is not None and year > 1 and w.paragraphs:
        # "Tiltak A trappes vel ned? Hva blir maks i år 3 da?": the sum asked last leads, with the yes or no the
        # first question asked; the rate against the year before follows.
        written = len(w.paragraphs)
        _step_verdict(w, measure, year)
        if len(w.paragraphs) > written:
            verdict, _, rest = w.paragraphs.pop().partition(" – ")
            w.paragraphs[0] = with_verdict(verdict, w.paragraphs[0])
            w.paragraphs.insert(1, capitalised(rest))
    if limit_line is not None and sum_asked:
        w.paragraphs.insert(1, limit_line)
    return w.answer("answered", passages)


def _asks_whether_year_is_funded(u: Understanding, measure: Measure, year: int | None) -> bool:
    """'Vi er i sjette år med tiltak A. Kan vi fortsatt søke?': whether a project year within the period may be
    applied for, no sum asked (a year beyond it is answered by the over-limit lead)."""
    sum_asked = u.has("how_much") or u.has("asks_amount") or bool(u.amounts)
    within = measure.duration is not None and year is not None and year <= measure.duration.number()
    return u.has("yes_no") and u.has("application_kind") and within and not sum_asked


def _unfunded_staff_line(w: Writer, u: Understanding, measure: Measure) -> str:
    """Say which of the professions listed the measure does not pay for, and whom the sum is for."""
    label = w.t(measure.label, measure.label_en or measure.label)
    others = join(u.unfunded_staff, w.language)
    funded = join(list(dict.fromkeys(u.staff_roles)), w.language)
    # What the measure pays for, and how many positions of it (Tiltak B: «en 100 %-stilling»).
    limit = measure.position_limit.source if measure.position_limit is not None else None
    cited = f" {w.cite(measure.roles_only, limit)}" if measure.roles_only is not None else ""
    return w.t(
        f"Under {label} gis det ikke tilskudd til {others}; beregningen gjelder bare {funded}.{cited}",
        f"Under {label} the grant does not pay for the {others}; the calculation is for the {funded} alone.{cited}",
    )


def _participant_cost(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, fact: RuleValue, passages: Sequence[Passage]
) -> Answer:
    """The cost per participant the scheme states (`fact`), times the people the question names."""
    left_out = left_out_asked(w, fact, u.clean_text or u.text)
    whether_in = left_out is not None and _ASKS_IF_INCLUDED.search(u.clean_text or u.text) is not None
    people = u.participants or u.positions or 1
    not_in = w.t(f"Nei, {left_out} er ikke med: ", f"No, {left_out} is not included: ") if whether_in else ""
    if whether_in and people == 1:
        w.add(not_in + fact_sentence(w, fact))
        return w.answer("answered", passages)
    if left_out is not None and not whether_in:
        # "Hvor mye må vi regne med i reiseutgifter?": the cost stated is without them.
        reason = w.t(
            f"Dokumentene oppgir ikke kostnaden for {left_out}, bare kostnaden uten: {fact_sentence(w, fact)}",
            f"The documents do not state the cost of {left_out}, only the cost without it: {fact_sentence(w, fact)}",
        )
        return not_found(w, passages, reason)
    calculation = engine.participant_cost(ctx.book, scheme, people)
    rate = calculation.lines[0]
    title = ctx.title(scheme, calculation.sources)
    if people > 1:
        w.add(
            w.t(
                f"Estimert kostnad: {kr(calculation.amount)} kr for {people} deltakere ({people} × "
                f"{kr(rate.amount or 0)} kr) ({title}).",
                f"Estimated cost: {kr(calculation.amount)} NOK for {people} participants ({people} × "
                f"{kr(rate.amount or 0)} NOK) ({title}).",
            )
        )
    # "… what's the estimated cost for 6, and is travel included?": the cost first, then the no.
    w.add(not_in + fact_sentence(w, fact))
    w.calculation = calculation
    return w.answer("answered", passages)


def _write_left_after_set_aside(
    ctx: Context, w: Writer, scheme: Scheme, measure: Measure, request: GrantRequest, set_aside: int, title: str
) -> None:
    """'Vi har satt av 140 000 til opplæring. Hvor mye står igjen til lønn og drift?': in a scheme whose rates
    include the training money, the grant less what the applicant set aside."""
    grant = _compute(ctx, scheme, measure, request).calculation
    calculation = engine.left_after_set_aside(grant, set_aside)
    marker = w.cite(*grant.sources[:1])
    w.add(
        w.t(
            f"Inntil {kr(calculation.amount)} kr står igjen: maks tilskudd {kr(grant.amount)} kr {marker} − "
            f"{kr(set_aside)} kr satt av til opplæring ({title}).",
            f"Up to {kr(calculation.amount)} NOK is left: maximum grant {kr(grant.amount)} NOK {marker} − "
            f"{kr(set_aside)} NOK set aside for training ({title}).",
        )
    )
    w.add(reading_text(w, request, measure))
    w.calculation = _with_reading(calculation, w, request, measure)


def _write_left_after_training(
    ctx: Context,
    w: Writer,
    scheme: Scheme,
    measure: Measure,
    request: GrantRequest,
    participants: int,
    title: str,
) -> None:
    """'Tre ansatte skal på opplæringsprogrammet. Hvor mye blir igjen?': the grant less what taking part costs."""
    grant = _compute(ctx, scheme, measure, request).calculation
    cost = engine.participant_cost(ctx.book, scheme, participants)
    calculation = engine.less_participant_cost(grant, cost)
    rate = cost.lines[0]
    marker = w.cite(*grant.sources[:1])
    w.add(
        w.t(
            f"Inntil {kr(calculation.amount)} kr blir igjen når opplæringen er betalt: maks tilskudd "
            f"{kr(grant.amount)} kr {marker} − {participants} × {kr(rate.amount or 0)} kr ({kr(cost.amount)} kr) "
            f"({title}).",
            f"Up to {kr(calculation.amount)} NOK is left once the training is paid: maximum grant "
            f"{kr(grant.amount)} NOK {marker} − {participants} × {kr(rate.amount or 0)} NOK ({kr(cost.amount)} NOK) "
            f"({title}).",
        )
    )
    fact = engine.cost_per_participant(scheme)
    if fact is not None:
        w.add(fact_sentence(w, fact))
    w.calculation = _with_reading(calculation, w, request, measure)


def _write_more_than_granted(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, measure: Measure, title: str
) -> None:
    """'We already get 800 000 for one position. If we add a second one and the training money, how much more?':
    the grant for the staff after the addition, less what the applicant says it gets now."""
    granted = max(u.amounts)
    training = measure.training.number() if measure.training is not None and u.has("training") else None
    request = replace(
        read_request(scheme, measure, u),
        shares=None,
        positions=(u.positions or 1) + 1,
        training=training,
        training_excluded=False,
        assumed=None,
    )
    grant = _compute(ctx, scheme, measure, request).calculation
    calculation = engine.more_than_granted(grant, granted)
    marker = w.cite(*grant.sources[:1])
    w.add(
        w.t(
            f"Inntil {kr(calculation.amount)} kr mer per år: maks {kr(grant.amount)} kr {marker} − "
            f"{kr(granted)} kr som dere allerede får ({title}).",
            f"Up to {kr(calculation.amount)} NOK more per year: a maximum of {kr(grant.amount)} NOK {marker} − "
            f"the {kr(granted)} NOK you already get ({title}).",
        )
    )
    w.add(reading_text(w, request, measure))
    w.calculation = _with_reading(calculation, w, request, measure)


def read_request(scheme: Scheme, measure: Measure, u: Understanding) -> GrantRequest:
    """Positions, years and training money as the question (and the conversation) gives them."""
    behind = _years_had_by_sums(measure, u)
    if behind is not None and (u.year is None or "year" in u.inherited):
        # The years had, told by their sums: a year asked before is not the one asked now.
        u = u.model_copy(update={"years_behind": behind, "year": None})
    received = None
    if u.year is None and not u.years:
        received = _year_after_the_rate_received(measure, u) or _next_or_final_year(measure, u)
    if received is not None:
        u = u.model_copy(update={"year": received})
    shares, positions, assumed = _staffing(measure, u)
    excluded = "training" in u.components.excluded
    training: int | None = None
    # "2 × 800,000 + 400,000": a sum equal to the measure's training money is that money, named or not. The most a
    # resource environment can get, no positions named, is its whole grant: the training money is in it.
    named_training = measure.training is not None and measure.training.number() in u.amounts
    whole_grant = assumed == "limit" and not _POSITIONS_ASKED.search(u.clean_text)
    if measure.training is not None and not excluded and (u.has("training") or named_training or whole_grant):
        training = u.components.amounts.get("training", measure.training.number())
    years = _years(measure, u)
    if u.years_excluded and measure.duration is not None and (years or u.year is None):
        # "Tiltak B over hele perioden, men ikke år 4": the years named, or the whole period, without those left out.
        every = list(range(1, measure.duration.number() + 1))
        years = [year for year in years or every if year not in u.years_excluded] or None
    by_year = _sizes_held_on(measure, u, years)
    if by_year:
        years = sorted(by_year)
    if not years and u.year is not None and _add_ons(scheme, measure, u):
        years = [u.year]  # "forprosjekt + år 1": one year and the part added to it
    one_rate = not measure.steps_by_year()
    year = None if years else u.year
    told = "year" in u.inherited or u.has("year_told")
    if year is not None and u.has("next_year") and not u.has("this_year") and told:
        year += 2 if u.has("year_after_next") else 1  # "we are in year 2" … "and next year?"
    if year is None and not years and (one_rate or _sum_each(u)):
        # One rate for every year (Tiltak A, the transition scheme): the answer is "per year". A sum each position
        # gets ("five positions at 750,000 each") is a yearly rate: the first year's is the one to compare.
        year = measure.rates[0].year_from if measure.rates else None
    return GrantRequest(
        shares=tuple(shares) if shares else None,
        shares_by_year=tuple((y, tuple(sizes)) for y, sizes in sorted((by_year or u.staffing_by_year).items()))
        if years
        else (),
        positions=positions,
        years=tuple(years) if years else None,
        year=year,
        per_year=one_rate and u.year is None and not years,
        training=training,
        training_excluded=excluded,
        add_ons=_add_ons(scheme, measure, u) if years else (),
        # Sizes told year by year are the staffing: nothing assumed.
        assumed=None if years and (by_year or u.staffing_by_year) else assumed,
        part_year=_part_year_of(u, year, years),
    )


# The words for salaries and staff: "lønnsmidler", "positions" …
_STAFF_WORDS = r"salar\w*|wages?|lønn\w*|positions?|posts?|stilling\w*"
# "Hvor mye kan et ressursmiljø få i lønnsmidler?", "the yearly total with all those positions": the positions'
# grant, without the training money.
_POSITIONS_ASKED = re.compile(rf"\b(?:{_STAFF_WORDS})\b", re.IGNORECASE)


def _sizes_held_on(measure: Measure, u: Understanding, years: list[int] | None) -> dict[int, list[float]]:
    """'60 % det første året og 100 % fra år 2 – hva blir maks over hele perioden?': the size from that year on,
    in every later year of the period asked; empty when no size holds on or no later year is asked."""
    held = u.staffing_held_from
    told_before = "staffing_by_year" in u.inherited
    if held is None or held not in u.staffing_by_year:
        # "6 stillinger i år 1 og 9 i år 2." … "Hva blir maks de to årene til sammen?": the years told, sized.
        return dict(u.staffing_by_year) if told_before and not u.years else {}
    last = max(years or [held])
    # "… men 50 % fra år 3. Hva blir maks totalt?": the total of a size held on is over the rest of the period,
    # unless a later question names its own years ("… fra år 2." … "de to første årene til sammen?").
    own_years = told_before and bool(u.years) and "years" not in u.inherited
    if (u.has("whole_period") or u.has("total")) and measure.duration is not None and not own_years:
        last = max(last, measure.duration.number())
    later = {year: list(u.staffing_by_year[held]) for year in range(held + 1, last + 1)}
    return u.staffing_by_year | {year: size for year, size in later.items() if year not in u.staffing_by_year}


def _year_after_the_rate_received(measure: Measure, u: Understanding) -> int | None:
    """'We got 750 000 last year for our Tiltak B specialist. What's this year's max?', 'Vi fikk 1 200 000 i fjor
    til IPS-prosjektet (3 stillinger)': the sum received is the maximum of one year only (year 1; year 2 for three
    positions), so this year is the one after it; None when no single year's maximum is the sum."""
    # "… for en hel stilling" names a full position, whose rate the sum received is.
    if not (_received(u) and u.has("last_year")) or len(u.amounts) != 1 or _part_time_named(u):
        return None
    maxima = _yearly_maxima(measure, u)
    years = [year for year, amount in maxima.items() if amount == u.amounts[0]]
    if len(years) != 1 or not measure.steps_by_year():
        return None
    return years[0] + 1 if years[0] < max(maxima) else None


def _years_had_by_sums(measure: Measure, u: Understanding) -> int | None:
    """'We already got 750k and then 600k. What's left in total?': sums had, in order, that are the maxima of the
    measure's first years are those years had; None when they are not."""
    if not _received(u) or len(u.amounts) < 2 or u.years_behind is not None or _part_time_named(u):
        return None
    maxima = _yearly_maxima(measure, u)
    firsts = [maxima.get(year) for year in range(1, len(u.amounts) + 1)]
    if not measure.steps_by_year() or firsts != list(u.amounts) or len(u.amounts) >= len(maxima):
        return None
    return len(u.amounts)


def _received(u: Understanding) -> bool:
    """The sums told were had: "we already got …", "we were granted …"."""
    return u.has("already") or u.has("funded_outcome")


def _yearly_maxima(measure: Measure, u: Understanding) -> dict[int, int]:
    """Each project year's maximum for the full positions told (one if none), within that year's cap."""
    positions = u.positions or 1
    maxima: dict[int, int] = {}
    for rate in measure.rates:
        for year in range(rate.year_from, (rate.year_to or rate.year_from) + 1):
            caps = [cap.number() for cap in measure.caps if (cap.year_from or year) <= year <= (cap.year_to or year)]
            maxima[year] = min([rate.number() * positions, *caps])
    return maxima


def _part_time_named(u: Understanding) -> bool:
    """A share below a full position is named ("for a full position", "en hel stilling" name none)."""
    return any(share != _FULL_POSITION for share in [*u.percents, *u.staffing])


# "Vi fikk Tiltak B første gang i 2024", "we first got it in 2024", "started in 2024": the calendar year funding began.
_BEGAN_IN = re.compile(
    r"\b(?:første\s+gang|first\s+time|for\s+the\s+first\s+time|first\s+(?:got|received|funded)|startet|started|"
    r"began|begynte|since|siden|fra\s+og\s+med)\b[^.?!]{0,30}?\b(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _final_calendar_year(w: Writer, u: Understanding, measure: Measure) -> None:
    """'Vi fikk Tiltak B første gang i 2024 … Hvilket år er siste mulige tilskuddsår?': the period's last year, as a
    calendar year counted from the year funding began (one project year per calendar year), said after the sum."""
    began = _BEGAN_IN.search(u.clean_text or u.text)
    if u.final_years != 1 or began is None or measure.duration is None:
        return
    first, years = int(began.group("year")), measure.duration.number()
    final, label = first + years - 1, measure_label(measure, w.language)
    w.derived.extend([str(final), str(years), str(first)])
    # After the sum, which leads as in every amount answer.
    w.paragraphs.insert(
        1 if w.paragraphs else 0,
        w.t(
            f"Siste mulige tilskuddsår er {final}: {label} gis i inntil {years} år, regnet fra {first} (ett "
            "prosjektår per kalenderår).",
            f"The last possible year of funding is {final}: {label} is granted for up to {years} years, counted from "
            f"{first} (one project year per calendar year).",
        ),
    )


def _next_or_final_year(measure: Measure, u: Understanding) -> int | None:
    """'Vi har fått tilskudd i tre år allerede. Hva er maks nå?': with the years had told and no year or range asked,
    the year asked is the next one; 'the final year of the period' is the period's last, 'nest siste år' the one
    before it. Only for a rate stepping by year (for one rate every year, the year does not change the sum)."""
    last = measure.duration.number() if measure.duration is not None else None
    if last is None or not measure.steps_by_year():
        return None
    if u.final_years == 1:
        return last
    if u.last_but is not None:
        # "nest siste år": counted back from the period's last.
        return last - u.last_but if last - u.last_but >= 1 else None
    if u.has("next_year") and u.years_behind is not None and not u.years:
        # "We've had it for two years now. What's next year's max?": year 3, whatever "for two years" sounded like.
        return u.years_behind + 1 if u.years_behind < last else None
    ranged = ("total", "together", "remaining", "remaining_years", "whole_period", "still_open", "per_year")
    if u.years_behind is None or any(u.has(q) for q in ranged):
        return None
    return u.years_behind + 1 if u.years_behind < last else None


def _add_ons(scheme: Scheme, measure: Measure, u: Understanding) -> tuple[Measure, ...]:
    """The scheme's lump-sum measures for a part the question includes ("over hele perioden inkludert forprosjekt")."""
    return tuple(
        other
        for other in scheme.measures.values()
        if other.id != measure.id and other.kind == "lump_sum" and other.component in u.components.included
    )


def _years(measure: Measure, u: Understanding) -> list[int] | None:
    """Several years: named ('år 2 og 3'), the rest after a year ('the remaining years'), or all of them."""
    compared = u.has("decrease") and not (u.has("total") or u.has("whole_period") or u.has("difference"))
    if compared and u.year is not None and len(u.years) == 2:
        # "Ble tilskuddet trappet ned fra år 1 til år 2? Hva var beløpet i år 2?": two years compared, the later
        # one asked, none summed.
        return None
    last = measure.duration.number() if measure.duration is not None else None
    # "We've had Tiltak A for 4 years … the max we can still get in total?": what is still to get is after them.
    still_to_get = u.has("still_open") and u.years_behind is not None and u.year is None
    had = u.has("already") or u.years_behind is not None
    # "We've received 750,000 and 600,000 in the first two years. How much more can we get?": after them, too.
    more = (u.has("remaining") or u.has("additional")) and had
    after_had = u.has("remaining_years") or more or still_to_get
    whole_told = u.has("whole_period") and u.has("total") and u.has("already") and not u.has("year_excluded")
    # "We're just starting year 2 … the remaining years, i.e. years 2 through 4": a range from the year one is in.
    starting = u.has("remaining_years") and not u.has("already") and len(u.years) > 1
    to_come = bool(u.years) and u.year is not None and (min(u.years) > u.year or (starting and min(u.years) == u.year))
    if whole_told and not after_had and last is not None and (not to_come or _told_the_maximum(measure, u)):
        # "We received 750,000 in year 1 and 600,000 in year 2 … what is the total over the whole period?": the
        # years told are history; the period asked about is all of it. With years to come named ("if we get the
        # maximum in years 3 and 4 too, what is our grand total?"), only when the sums told are the maximum of the
        # years before.
        return list(range(1, last + 1))
    if to_come:
        # "We're in year 2 … the remaining years, i.e. years 3 and 4": the years named are those to come.
        return u.years
    if u.years and u.years_behind is not None and min(u.years) > u.years_behind:
        # "Vi fikk 300 000 … i år 1 og år 2. Hva gjenstår … for år 3 og 4?": the years named after those had.
        return u.years
    if u.years and after_had and last is not None and "years" not in u.inherited:
        # "Vi har fått for år 1 og år 2. Hva er det meste for de gjenværende årene?", "Vi har allerede fått år 1
        # og år 2. Hva er igjen totalt?": the years after them. With none after them and none said to be had, the
        # years named are the remaining ones ("the remaining years 2 through 4").
        return list(range(max(u.years) + 1, last + 1)) or (None if had else u.years)
    if u.years:
        return u.years
    if u.final_years is not None and last is not None and 1 < u.final_years < last:
        # "The last two years of the period": the period's own last years, whatever its length.
        return list(range(last - u.final_years + 1, last + 1))
    if u.has("year_excluded") and u.year is not None and last is not None:
        # "The whole period, not counting year 1 which we already got": the period without that year.
        return [year for year in range(1, last + 1) if year != u.year] or None
    if u.year is not None and u.has("this_year") and u.has("next_year"):
        return [u.year, u.year + 1]
    if after_had and u.year is None and u.years_behind is not None and last is not None:
        # "Vi har hatt tiltak A i to år … de gjenværende årene": the years after those had.
        return list(range(u.years_behind + 1, last + 1)) or None
    if u.has("so_far") and u.year is not None and u.year > 1 and not u.has("remaining_years"):
        # "Vi er i tredje driftsår … Hvor mye har vi kunnet få totalt til nå, inkludert i år?": years 1 to 3.
        return list(range(1, u.year + 1))
    if u.has("remaining_years") and u.year is not None and last is not None:
        # "Resten av perioden, inkludert i år" counts the year the applicant is in as well, as does "we got year 1
        # last year … the remaining years" (year 2 is still to come).
        ahead = u.years_behind is not None and u.years_behind < u.year
        first = u.year if u.has("including_current") or u.has("from_year_on") or ahead else u.year + 1
        return list(range(first, last + 1)) or None
    if _sum_each(u):
        return None  # "five positions at 750,000 each, total 3.75 million": the total is over positions
    varies = measure.steps_by_year()
    # "Og totalt?" after a question about one year asks for the sum, not that year again; a calendar year with a
    # constant rate ("total maximum for 2023") asks for one year's total.
    # "Maks totalt per år" / "the maximum total this year" sums the positions of one year, not the years.
    one_year = u.has("per_year") or (u.has("this_year") and not u.has("next_year"))
    # "… in year 1?" then "We have 7 positions. What's the total?": the staff just named, summed in that year.
    new_staff = bool(u.positions or u.staffing) and not {"positions", "staffing"} & set(u.inherited)
    year_kept = "year" in u.inherited and not new_staff
    wants_total = u.has("total") and not one_year and (u.year is None or year_kept)
    # Staff named in a follow-up totals one year, unless the period is named ("… over the whole six years").
    staff_total = new_staff and u.is_followup and not u.has("period_named")
    if wants_total and (u.calendar_year is not None or staff_total) and not varies:
        # "total maximum for 2023", or staff named in a follow-up ("three of them at 80 %: what do we get in
        # total?"): with one rate for every year, the total is that of the positions in a year.
        return None
    period_said = u.has("whole_period") or u.has("period_named")
    # So is "1,5 årsverk pluss fullt opplæringsbeløp. Hva er maks totalt?": the training included, no period named.
    training_named = u.has("training") and "training" not in u.components.excluded
    parts_added = bool(u.components.amounts) or "training" in u.components.included or training_named
    if wants_total and parts_added and not period_said and not varies:
        # "Vi søker 250 000 til kompetansetiltak og én stilling. Hva blir maksimalt totalt?": the parts of one
        # application (one year) added up, not the period.
        return None
    if (wants_total or (varies and u.year is None)) and last is not None:
        return list(range(1, last + 1))
    return None


def _first_rate_told(measure: Measure, u: Understanding) -> Rate | None:
    """The first year's rate, when the question names it as a sum ("750 000 hvert år")."""
    first = min(measure.rates, key=lambda rate: rate.year_from, default=None)
    return first if first is not None and first.number() in u.amounts else None


def _told_the_maximum(measure: Measure, u: Understanding) -> bool:
    """The sums the user says were received are, together, one 100 % position's maximum of the years before those
    asked about (any other sum would make the period's maximum no total of theirs)."""
    before = range(1, min(u.years))
    rates = [r.number() for year in before for r in measure.rates if r.year_from <= year <= r.year_to]
    return bool(u.amounts) and len(rates) == len(before) and sum(u.amounts) == sum(rates)


def _positions_limited(limit: PositionLimit) -> int:
    """How many full positions a measure funds: its count, or its total of percent in whole positions."""
    return limit.number() if limit.basis == "count" else int(limit.number() // _FULL_POSITION)


def _capped_per_team(scheme: Scheme, u: Understanding) -> Measure | None:
    """'Hva var maks tilskudd per team?': the scheme's one measure whose grant is capped per team."""
    if not (u.has("maximum_grant") and _PER_TEAM.search(u.text)):
        return None
    capped = [m for m in scheme.measures.values() if any(cap.kind == "per_team" for cap in m.caps)]
    return capped[0] if len(capped) == 1 else None


def _stepped_for_year(scheme: Scheme, u: Understanding) -> Measure | None:
    """'Tell me the 2019 amounts per position.' then 'And in year 4?': a later year asked names the scheme's only
    measure whose rate steps by year (a pre-project has no year 4)."""
    if u.year is None or u.year < 2:
        return None
    year = u.year
    covering = [
        m
        for m in scheme.measures.values()
        if m.kind == "per_position" and any(r.year_from <= year <= r.year_to for r in m.rates)
    ]
    # Tiltak A and B both have a year 3: which one is asked stays open.
    stepped = len(covering) == 1 and covering[0].steps_by_year()
    return covering[0] if stepped else None


def _sum_each(u: Understanding) -> bool:
    """The question names a sum each position gets, in no year: a yearly rate per position."""
    return bool(u.amounts) and u.has("each") and not (u.year or u.years or u.has("whole_period"))


def _staffing(measure: Measure, u: Understanding) -> tuple[list[float] | None, int | None, Assumed]:
    """Position sizes or a count for the rules module, and what staffing was assumed when none was given."""
    own_percents = bool(u.percents) and "percents" not in u.inherited
    if u.year in u.staffing_by_year and not u.years:
        # "80 % i år 3 og 100 % i år 4. Hva er maks for år 4?": the staff of the one year asked.
        return list(u.staffing_by_year[u.year]), None, None
    minimum = measure.min_positions
    if u.has("minimum_staffing") and minimum is not None and not (u.positions or u.staffing):
        # "IPS-prosjekt med minimumsbemanning i 100 %": the positions the measure requires at least, each that size.
        share = u.percents[0] if len(u.percents) == 1 else _FULL_POSITION
        return [share] * minimum.number(), None, None
    if u.has("minimum_staffing") and u.has("added_position") and minimum is not None:
        # "… med minimumsbemanning" then "Og hvis vi legger til en jobbspesialist (på 50 %)?": the minimum, and the
        # ones added.
        share = u.percents[0] if len(u.percents) == 1 else _FULL_POSITION
        added = list(u.staffing) or [share] * (u.positions or 1)
        return [_FULL_POSITION] * minimum.number() + added, None, None
    reduced = [share for share in u.percents if share != _FULL_POSITION]  # "de hele stillingene" reads as 100 %
    if u.staffing and len(reduced) == 1 and _ONE_FULL_REDUCED.search(u.text) and _FULL_POSITION in u.staffing:
        # "Tre og en halv stilling, men én av de hele stillingene reduseres til 40 %": that one, the rest as said.
        shares = list(u.staffing)
        shares[shares.index(_FULL_POSITION)] = reduced[0]
        return shares, None, None
    if u.staffing and not ("staffing" in u.inherited and own_percents):
        # "Og hvis den ene er 60 %?" changes one of the positions described before: handled below.
        return list(u.staffing), None, None
    percents = _funded_role_shares(measure, u) or list(u.percents)
    if "percents" in u.inherited and u.has("the_most") and not u.positions:
        # "What's the max per full-time position?" … "and for the full team?": the team, not the one position.
        percents = []
    if u.positions and len(percents) < u.positions:
        if "positions" in u.inherited:
            # "Og hvis den ene er 60 %?" after two positions: the others stay full-time.
            percents += [100.0] * (u.positions - len(percents))
        elif len(percents) == 1:
            percents = percents * u.positions  # "tre 50 % stillinger": each of them
        else:
            percents = []
    limit = measure.position_limit
    if percents and not u.positions and limit is not None and names_one_of_them(u.text):
        # "How many positions can Tiltak A fund?" … "And if one of them is only 50 %?": the others stay full-time
        # (as many as the limit counts, or as fill its total of percent: 10 × 100 % per ACT team).
        percents += [100.0] * max(0, _positions_limited(limit) - len(percents))
    if percents:
        return percents, None, None
    if u.positions:
        return None, u.positions, None
    # "Hvor mye kan vi søke om i året, inkludert kompetansetiltak?": the whole grant with its training money, so
    # as many positions as the measure funds (the reading says so), not one.
    training_in = "training" in u.components.included or (u.has("training") and u.has("inclusion"))
    whole_grant = training_in and measure.training is not None and not u.has("yes_no")
    the_most = u.has("the_most") or u.has("maximum_grant") or whole_grant
    funded = _positions_limited(limit) if limit is not None else None
    if the_most and not u.has("per_position") and funded is not None:
        # "Det meste et ressursmiljø kan få", "Maks tilskudd per team": as many full positions as the measure funds
        # (the reading says so).
        return None, funded, "limit"
    rate = u.has("rate_word") and not u.has("total")  # "the total … at the maximum rate" is the project's
    if measure.min_positions is not None and not (u.has("per_position") or rate):
        return None, measure.min_positions.number(), "minimum"
    return None, None, None


def _funded_role_shares(measure: Measure, u: Understanding) -> list[float] | None:
    """Of a position split between roles ("40 % as employment specialist and 60 % as a nurse"), the shares in a
    role the measure funds (one of its roles, not its names: "sykepleier i FACT-teamet" is no FACT-team role);
    None when the question splits no time between roles."""
    splits = [(float(m.group("pct").replace(",", ".")), m.group("role").lower()) for m in _AS_ROLE.finditer(u.text)]
    if len(splits) < 2:
        return None
    names = [name.lower() for name in measure.roles]
    funded = [share for share, role in splits if any(name in role for name in names)]
    return funded if 0 < len(funded) < len(splits) else None


# "for training and competence measures", "til opplæring", "for IPS training": the training money is what the sum is
# for.
_FOR_TRAINING = re.compile(
    r"\b(?:for|til|to|towards)\s+(?:the\s+|selve\s+)?(?:IPS[- ]|[\w-]+\s+)?"
    r"(?:training|competence|opplæring\w*|kompetanse\w*|kurs\w*)\b",
    re.IGNORECASE,
)


# "Hvor mye kan vi få i tillegg til opplæring?": what may be had on top, for training ("få … til opplæring"), not a
# sum with the training money in it.
_GET_MORE_FOR_TRAINING = re.compile(
    r"\b(?:få|søke(?:\s+om)?|gis|dekkes)\s+(?:\w+\s+){0,2}?i\s+tillegg\s+til\s+(?:selve\s+)?"
    r"(?:opplæring\w*|kompetanse\w*|kurs\w*)\s*(?:[?.!]|$|i\s+tiltak|for\s+tiltak|under\s+tiltak)",
    re.IGNORECASE,
)
# "500 000 for courses on top of our salaries", "… til opplæring, i tillegg til én hel ressursstilling": the
# training money added to the salary grant, not more training on top of a training sum.
_ON_TOP_OF_STAFF = re.compile(
    r"\b(?:on\s+top\s+of|in\s+addition\s+to|besides|i\s+tillegg\s+til|utover)\s+(?:\w+\s+){0,2}?"
    rf"(?:{_STAFF_WORDS}|ressursstilling\w*|årsverk\w*)\b",
    re.IGNORECASE,
)


def _asks_training_only(measure: Measure, u: Understanding) -> bool:
    if measure.training is not None and _training_per_position(u):
        return True  # "Får vi 400 000 til opplæring per stilling?": the training money, which is not per position
    named_positions = u.positions or u.percents or u.staffing or u.has("positions_named")
    if measure.training is not None and not named_positions and _GET_MORE_FOR_TRAINING.search(u.clean_text):
        return True
    if measure.training is None or "training" in u.components.excluded or "training" in u.components.included:
        return False  # "maks per år, inkludert opplæring": the whole grant with the training money
    if u.positions and "training" in u.components.amounts and _ON_TOP_OF_STAFF.search(u.clean_text):
        # "300 000 til opplæring, i tillegg til én hel ressursstilling": the two together ("How much for training,
        # on top of the positions?" asks the training money).
        return False
    if ("training" in u.components.only and not named_positions) or "training" in u.components.used:
        return True  # "we only need 150 000 for training and have one position": the whole grant, not training only
    # "Vi har søkt 800 000 til stillingen. Hvor mye mer kan vi søke om til opplæring?"; not "250 000 til opplæring i
    # tillegg til to fulle stillinger – hva blir totalt?", which joins the two in a total.
    joined_in_a_total = bool(named_positions) and u.has("total")
    if u.has("additional") and u.has("training") and not u.has("added_position") and not joined_in_a_total:
        return True
    # "The most …, training included": the whole grant, the training money with it; "the most we can get for
    # training" asks the training money.
    aimed = _FOR_TRAINING.search(u.clean_text) is not None
    whole = u.has("inclusion") or (u.has("the_most") and not aimed)
    return u.has("training") and not named_positions and not whole


def _training_per_position(u: Understanding) -> bool:
    """A sum told for training, asked of as per position ("400 000 til opplæring per stilling?") in this message
    (not in the one before: "Hva er maks per stilling?" … "og 200 000 til kompetansetiltak?")."""
    per_position = vocabulary().qualifier("per_position").found(tokenize(u.clean_text or u.text))
    return "training" in u.components.amounts and bool(per_position) and "?" in u.text


def _part_year_of(u: Understanding, year: int | None, years: Sequence[int] | None) -> PartYear | None:
    """The part of a year the positions are filled, for the year asked: a start told earlier in the conversation
    ("starter 1. august" … "og år 2?") is the first year's only."""
    part = u.part_year
    if part is not None and "part_year" in u.inherited and not part.ends and not years and year not in (None, 1):
        return None
    return part


def _months_by_position(request: GrantRequest) -> list[int] | None:
    """Months each position is filled, position by position, where the question fills some for part of a year:
    the positions said of ("2 more from 1 July"), counted from the last, or all of them."""
    part = request.part_year
    if part is None:
        return None
    count = len(request.shares) if request.shares else request.positions or 1
    said_of = min(part.last or count, count)
    return [12] * (count - said_of) + [part.months] * said_of


def _part_year_by_year(request: GrantRequest, years: Sequence[int]) -> dict[int, list[int]]:
    """The year of a plan the months fall in: the first for positions that start, the last for ones that end."""
    months = _months_by_position(request)
    if months is None or not years or request.shares_by_year:
        return {}
    assert request.part_year is not None  # months come from it
    return {years[-1] if request.part_year.ends else years[0]: months}


def _compute(ctx: Context, scheme: Scheme, measure: Measure, request: GrantRequest) -> GrantResult | PlanResult:
    shares = list(request.shares) if request.shares else None
    if request.years:
        return engine.plan(
            ctx.book,
            scheme,
            measure.id,
            percents=shares,
            positions=request.positions,
            years=list(request.years),
            training=request.training,
            percents_by_year=dict(request.shares_by_year),
            add_ons=[add_on.id for add_on in request.add_ons],
            months_by_year=_part_year_by_year(request, request.years),
        )
    return engine.max_grant(
        ctx.book,
        scheme,
        measure.id,
        request.year,
        percents=shares,
        positions=request.positions,
        training=request.training,
        months=_months_by_position(request),
    )


def _write_request(
    ctx: Context,
    w: Writer,
    u: Understanding,
    scheme: Scheme,
    measure: Measure,
    request: GrantRequest,
    title: str,
) -> None:
    minimum = _minimum_not_met(measure, request)
    if minimum is not None and (u.has("yes_no") or _describes_the_project(u)):
        # "Kan vi få tilskudd med bare én jobbspesialist og én teamleder?", "… Hvor mye får vi første år?": no, the
        # project is below its minimum, so there is no grant to compute for it.
        w.add(f"{w.t('Nei.', 'No.')} {fact_sentence(w, minimum)}")
        if not u.has("yes_no"):
            w.add(
                w.t(
                    "Med færre stillinger enn det oppfyller prosjektet ikke kravet, og det er ikke noe tilskudd å "
                    "regne ut for det.",
                    "With fewer positions the project does not meet the requirement, so there is no grant to "
                    "compute for it.",
                )
            )
        return
    result = _compute(ctx, scheme, measure, request)
    year = u.year or request.year
    if (u.has("yes_no") or u.has("statement_question")) and u.has("increase") and year is not None and year > 1:
        # "Øker tilskuddet i Tiltak B når vi kommer til år 2?"
        _step_verdict(w, measure, year, increase=True)
    elif (u.has("yes_no") or u.has("statement_question")) and (u.has("decrease") or u.has("stays_same")):
        same_asked = (u.has("stays_same") and not u.has("decrease")) or u.has("decrease_denied")
        if year is not None and year > 1 and not same_asked:
            # "Går satsen ned i år 3?", "Tiltak A trappes vel ned, så år 3 blir lavere?"
            _step_verdict(w, measure, year)
        elif (
            u.year is None
            and u.part_year is None  # "drop the second position from 1 July": a change within the year, not a step
            and (not (u.amounts or _part_time_named(u)) or u.years_behind is not None)
        ):
            # "Blir satsen lavere etter tre år?", "Does it go down each year?" (with a sum or a share named, the
            # sum told is what is checked: "… reduced for a 40 % position?"; with years had told, whether the
            # rate goes down with them is: "Vi har fått i 3 år for en 80 % stilling. Blir beløpet lavere?")
            step_down_verdict(w, measure, rates_shown=not _part_time_named(u), same_asked=same_asked)
    elif u.has("over_time") and u.year is None:
        # "Hva skjer med beløpet over årene?": the sentence saying how it develops, before the years' sums.
        stated = measure.facts.get("step_down") or scheme.facts.get("step_down")
        if stated is not None:
            w.add(fact_sentence(w, stated))
    lead = len(w.paragraphs)
    # A sum bound to another part of the grant ("250 000 til opplæringstiltak") is no salary cost.
    # "Vi har høye lønnskostnader. Kunne vi fått 350 000 per stilling?": a sum to get is a grant claimed, no cost.
    claimed = _sums_to_get(u.clean_text or u.text)
    unbound = [a for a in u.amounts if a not in u.components.amounts.values() and a not in claimed]
    told_cost = u.components.amounts.get("salary_cost")
    salary = (told_cost if told_cost not in claimed else None) or (
        max(unbound) if u.has("salary_cost") and unbound else None
    )
    staff = request.positions or (len(request.shares) if request.shares else 1)
    if salary and staff > 1 and (u.has("each") or u.has("per_position")):
        # "Our two advisers cost 1,050,000 each", "hver stilling koster 650 000": the salary of every position.
        salary *= staff
    if isinstance(result, GrantResult) and salary:
        funding = engine.own_funding(result, salary)
        # One position's salary: a sum named beside several positions may be per position ("10 positions … we want
        # 300,000 per position").
        one_salary = (u.positions or 1) == 1 and len(u.staffing) <= 1
        if funding.max_grant >= funding.salary_cost and one_salary and not u.has("covers_all"):
            # "Arbeidsspesialisten koster oss bare 680 000 … Kan vi likevel få hele 750 000?": a grant towards the
            # salary is never more than the salary.
            text = w.t(
                f"Tilskuddet til lønn kan ikke bli større enn lønnskostnaden på {kr(funding.salary_cost)} kr, selv om "
                f"regelverkets maksimum er {kr(funding.max_grant)} kr ({title}).",
                f"A grant towards the salary cannot be more than the salary cost of {kr(funding.salary_cost)} NOK, "
                f"even though the regulation's maximum is {kr(funding.max_grant)} NOK ({title}).",
            )
            asked = u.has("yes_no") or u.has("statement_question")
            w.add(with_verdict(w.t("Nei", "No"), text) if asked else text)
        elif not _own_share_asked_first(u):
            # "How much of that salary cost can be covered?", "Hvor mye kan vi maks få?": what the grant covers is
            # the answer, then the rest; "Hvor mye må vi finansiere selv?" asks the rest first.
            covered = 100 - funding.own_share_percent  # the share the calculation's line states
            w.add(
                w.t(
                    f"Tilskuddet kan dekke inntil {kr(funding.max_grant)} kr ({pct(covered)}) av en lønnskostnad på "
                    f"{kr(funding.salary_cost)} kr ({title}); dere må selv finansiere minst "
                    f"{kr(funding.own_funding)} kr ({pct(funding.own_share_percent)}).",
                    f"The grant can cover up to {kr(funding.max_grant)} NOK ({pct(covered, 'en')}) of a salary cost of "
                    f"{kr(funding.salary_cost)} NOK ({title}); you must fund at least {kr(funding.own_funding)} NOK "
                    f"({pct(funding.own_share_percent, 'en')}) yourselves.",
                )
            )
        else:
            w.add(
                w.t(
                    f"Dere må selv finansiere minst {kr(funding.own_funding)} kr ({pct(funding.own_share_percent)}) "
                    f"av en lønnskostnad på {kr(funding.salary_cost)} kr; tilskuddet kan dekke inntil "
                    f"{kr(funding.max_grant)} kr ({title}).",
                    f"You must fund at least {kr(funding.own_funding)} NOK ({pct(funding.own_share_percent, 'en')}) "
                    f"of a salary cost of {kr(funding.salary_cost)} NOK yourselves; the grant can cover up to "
                    f"{kr(funding.max_grant)} NOK ({title}).",
                )
            )
        if u.has("covers_all"):
            # "Dekker tilskuddet hele lønna?": only if nothing is left for the applicant to fund.
            w.paragraphs[lead] = with_verdict(
                w.t("Ja", "Yes") if funding.own_funding <= 0 else w.t("Nei", "No"), w.paragraphs[lead]
            )
        write_grant(w, result, measure, title, per_year=request.per_year, lead=False)
        w.calculation = _with_reading(funding.calculation, w, request, measure)
    elif isinstance(result, PlanResult) and salary and _own_share_over_plan_asked(u, result):
        # "Over fire år med lønnskostnad 850 000 kr per år … samlet egenfinansiering?": each year's salary less that
        # year's grant, added up.
        funding = engine.own_funding_over_plan(result, salary)
        years = len(result.years)
        w.add(
            w.t(
                f"Dere må selv finansiere minst {kr(funding.own_funding)} kr til sammen over {years} år "
                f"({pct(funding.own_share_percent)}): lønnskostnad {years} × {kr(salary)} = "
                f"{kr(funding.salary_cost)} kr, tilskudd inntil {kr(funding.max_grant)} kr ({title}).",
                f"You must fund at least {kr(funding.own_funding)} NOK yourselves over the {years} years "
                f"({pct(funding.own_share_percent, 'en')}): salary cost {years} × {kr(salary)} = "
                f"{kr(funding.salary_cost)} NOK, grant up to {kr(funding.max_grant)} NOK ({title}).",
            )
        )
        each = [
            w.t(f"{kr(line.amount or 0)} kr i år {year.year}", f"{kr(line.amount or 0)} NOK in year {year.year}")
            for year, line in zip(
                result.years, [x for x in funding.calculation.lines if x.kind == "subtotal"], strict=True
            )
        ]
        w.add(w.t("Egenfinansiering per år: ", "Own funding per year: ") + join(each, w.language) + ".")
        write_plan(w, result, measure, title)
        w.calculation = _with_reading(funding.calculation, w, request, measure)
    elif isinstance(result, PlanResult):
        # "What is the max for each year?" asks the years one by one, whatever years it names; a total leads only
        # when asked for (or the years are named with no "each").
        each_year = (u.has("every_year") or u.has("per_year")) and not u.has("total")
        explicit = request.years is not None and (
            (bool(u.years) and not each_year)
            or (u.has("total") and not u.has("per_year"))
            or u.has("remaining_years")
            or u.has("whole_period")
            # "Vi har fått 750 000 og 600 000. Hvor mye gjenstår for de siste to årene?": what is left, summed.
            or (u.has("remaining") and u.final_years is not None)
            # "I added up the four years as … = 2,000,000. Is that right?": a sum worked out, larger than any year's,
            # is a total (a cap claimed, or a sum for this year, is a year's).
            or (
                u.has("calculated")
                and not u.has("this_year")
                and bool(u.amounts)
                and max(u.amounts) > max(year.amount for year in result.years)
            )
        )
        write_plan(w, result, measure, title, lead_total=explicit or bool(request.add_ons), add_ons=request.add_ons)
        w.calculation = _with_reading(result.calculation, w, request, measure)
    else:
        rate_first = _rate_per_position_asked(u, request)
        write_grant(
            w,
            result,
            measure,
            title,
            per_year=request.per_year,
            mention_training=not request.training_excluded,
            rate_first=rate_first,
        )
        w.calculation = _with_reading(result.calculation, w, request, measure)
    w.paragraphs.insert(lead + 1, reading_text(w, request, measure))
    included = _training_included(measure, u)
    if included is not None:
        # "Is training funded on top of the 300 000 per position?": no, the rate includes it; "Er de 300 000
        # inkludert midler til opplæring, eller kommer det i tillegg?": yes, it is included.
        verdict = w.t("Ja", "Yes") if _inclusion_asked_first(u.clean_text or u.text) else w.t("Nei", "No")
        w.paragraphs.insert(lead, with_verdict(verdict, fact_sentence(w, included)))
    elif isinstance(result, PlanResult) and u.amounts_by_year:
        _claims_by_year_verdict(w, u, result, lead)
    elif _training_over_its_cap(u, measure, request):
        # "Vi vil søke 500 000 kr til opplæring … Er det innenfor rammen?": the training money asked is over its own
        # cap, whatever the total.
        assert measure.training is not None  # a cap was compared with
        cap = measure.training.number()
        w.paragraphs.insert(
            lead,
            w.t(
                f"Nei – til opplærings- og kompetansetiltak kan det gis inntil {kr(cap)} kr, ikke "
                f"{kr(request.training or 0)} kr {w.cite(measure.training.source)}.",
                f"No – training and competence measures can be granted up to {kr(cap)} NOK, not "
                f"{kr(request.training or 0)} NOK {w.cite(measure.training.source)}.",
            ),
        )
    else:
        _claim_verdict(w, u, request.positions or (len(request.shares) if request.shares else None), lead, measure)
    _over_limit_verdict(w, u, result, lead)
    _part_time_verdict(w, u, measure, request, result, lead)
    stepped = isinstance(result, PlanResult) and len({r.amount for r in result.years}) > 1
    first = _first_rate_told(measure, u) if stepped and u.has("every_year") else None
    if first is not None:
        # "Siden tiltak B gir 750 000 hvert år …": the premise of one rate for every year, where the rates step down.
        w.paragraphs.insert(
            lead + 1,
            w.t(
                f"Satsen trappes ned fra år til år; {kr(first.number())} kr gjelder bare {first.year_from}. år "
                f"{w.cite(first.source)}.",
                f"The rate steps down from year to year; {kr(first.number())} NOK applies to year "
                f"{first.year_from} only {w.cite(first.source)}.",
            ),
        )
    if u.has("how_much_less") and isinstance(result, GrantResult) and request.year and request.year > 1:
        _less_than_year_before(ctx, w, u, scheme, measure, request, result, lead)
    asks_difference = u.has("difference") or u.has("how_much_less")
    if asks_difference and isinstance(result, PlanResult) and len(result.years) == 2 and not result.add_ons:
        _difference_between_years(w, request, measure, result, lead, less=u.has("how_much_less"))
    elif u.has("how_much_less") and isinstance(result, PlanResult) and len(result.years) > 2 and not result.add_ons:
        if _EACH_YEAR.search(u.clean_text or u.text):
            _step_down_each_year(w, request, measure, result, lead)
        else:
            # "How much does the grant drop from year 2 to year 4?": the first year of the span against the last.
            _write_year_gap(w, request, measure, result.years[0], result.years[-1], lead, less=True)
    if request.assumed is not None:
        _staffing_note(w, measure, request.assumed)
    if minimum is not None:
        w.add(f"{w.t('Merk:', 'Note:')} {fact_sentence(w, minimum)}")


def _own_share_over_plan_asked(u: Understanding, plan: PlanResult) -> bool:
    """The own share asked over several years with one salary cost told for each ("850 000 per år … samlet
    egenfinansiering over fire år"), not how it changes from one year to another (that is the grant's step)."""
    changes = u.has("difference") or u.has("how_much_less") or u.has("change_asked")
    return u.has("asks_own_share") and len(plan.years) > 1 and not plan.add_ons and not changes


# "få 350 000", "fått 350 000 kr", "get 350,000": a sum as what is got.
_TO_GET = re.compile(
    r"\b(?:få|fått|får|fikk|get|got|receive|received)\s+(?:(?:inntil|opptil|up\s+to)\s+)?$", re.IGNORECASE
)


def _sums_to_get(text: str) -> set[int]:
    """The sums the text names as what is got (a grant claimed), not as what something costs."""
    found: set[int] = set()
    for match in AMOUNT_RE.finditer(text):
        value = amount_value(match)
        if value is not None and _TO_GET.search(text, 0, match.start()) is not None:
            found.add(value)
    return found


_INCLUDED_WORD = re.compile(r"\b(?:inkludert|inklusive|inkluderer|inkludere|included|includes?|including)\b", re.I)
_ON_TOP_WORD = re.compile(
    r"\b(?:i\s+tillegg|on\s+top|in\s+addition|additional\w*|extra|ekstra|separat\w*|come\s+on\s+top)\b", re.I
)


def _inclusion_asked_first(text: str) -> bool:
    """Whether the question asks first if a cost is included ("Er … inkludert …, eller kommer det i tillegg?")
    rather than if it comes on top ("Is the 300 000 on top of what we spend on training?")."""
    included, on_top = _INCLUDED_WORD.search(text), _ON_TOP_WORD.search(text)
    return included is not None and (on_top is None or included.start() < on_top.start())


def _training_included(measure: Measure, u: Understanding) -> RuleValue | None:
    """The measure's statement that its rates include training, when the question asks whether training comes on
    top of them."""
    fact = measure.facts.get("includes_training")
    on_top = u.has("additional") or u.has("also") or u.has("inclusion")
    if fact is None or fact.value is not True or not (u.has("training") and on_top):
        return None
    return fact if u.has("yes_no") or u.has("statement_question") or u.has("alternative") else None


# "Hvor mye tilskudd kan vi få, og …", "How much can we get and …": the grant asked in a clause of its own.
_GRANT_ASKED = re.compile(
    r"\b(?:hvor\s+mye|how\s+much|what)\b[^,?.]*\b(?:få|får|get|receive|tilskudd\w*|grant)\b[^?.]*?(?:,|\?|\bog\b|\band\b)",
    re.IGNORECASE,
)


def _own_share_asked_first(u: Understanding) -> bool:
    """'Hvor mye må vi finansiere selv?' asks the own share first; 'Hvor mye tilskudd kan vi få, og hva må vi dekke
    selv?' asks the grant first and the own share after it."""
    if not u.has("asks_own_share"):
        return False
    tokens = tokenize(u.clean_text)
    spans = vocabulary().qualifier("asks_own_share").spans(tokens)
    if not spans:
        return True  # asked in the message before
    return _GRANT_ASKED.search(u.clean_text, 0, tokens[spans[0][0]].start) is None


# "How much can we get, and how much would that be per position?": the sum is asked first, the rate after it.
_RATE_ASKED_AFTER = re.compile(
    r"\b(?:how\s+much|hvor\s+mye|what(?:'s|\s+is)?)\b[^?]*?\b(?:and|og)\s+(?:how\s+much|hvor\s+mye|what)\b[^?]*?"
    r"\b(?:per|pr\.?|each|hver)\s+(?:position|post|stilling|årsverk|fte)",
    re.IGNORECASE,
)


def _rate_per_position_asked(u: Understanding, request: GrantRequest) -> bool:
    """'IPS year 2: 2 job specialists and a team leader. What's the maximum per position?': the staff told size the
    project, but what is asked is the rate for one position (not a sum the user states per position, nor a total)."""
    staff = len(request.shares) if request.shares else (request.positions or 1)
    # Asked in this message: "Hva blir det for 10 stillinger?" after "… per stilling i år 3?" asks the team's sum.
    said = vocabulary().qualifier("per_position").found(tokenize(u.clean_text))
    asked_after = _RATE_ASKED_AFTER.search(u.clean_text or u.text) is not None
    return said and staff > 1 and not (u.amounts or u.has("total") or u.has("together") or asked_after)


def _training_over_its_cap(u: Understanding, measure: Measure, request: GrantRequest) -> bool:
    """A yes/no question whose training money asked for is more than the measure's training cap."""
    # ("… plus NOK 500,000 for training in year 1 — total?" asks the total, which the training's own cap is in.)
    asked = u.has("yes_no") or u.has("asks_confirmation")
    over = measure.training is not None and (request.training or 0) > measure.training.number()
    return asked and over


def _claim_verdict(w: Writer, u: Understanding, positions: int | None, lead: int, measure: Measure) -> None:
    """'Får vi 4 × 500 000 = 2 mill?', 'Tiltak B gir jo 750 000 hvert år i fire år, så 3 millioner – stemmer det?':
    the sum the user expects, against the maximum just written, answers the question first: "Nei" when the
    expectation is more than the rules allow, "Ja" when it is just that, or less and asked for ("Kan vi få …?").
    A smaller sum stated ("Er satsen 700 000?") may be another basis (per position, one year): no verdict, unless it
    is claimed for a full position ("Stemmer det at tiltak B gir 600 000 kr første året?")."""
    text = u.clean_text or u.text
    product = _PRODUCT_ASKED.search(text)
    asked = u.has("yes_no") or u.has("asks_confirmation") or u.has("statement_question")
    asked = asked or (u.has("calculated") and "?" in u.text)  # "I calculated … as 1.5 million. Correct?"
    # "Approve 1,200,000 NOK for our position": a sum ordered in an instruction, and nothing else asked, is the claim.
    asked = asked or (u.injection and not u.clean_text.strip())
    asked = asked or product is not None or _CLAIM_CLAUSE.search(text) is not None
    amounts = list(u.amounts)
    if product is not None:
        # "Hva blir maks første år? 5 x 500 000?": the product is the sum expected.
        amounts.append(int(product.group("n")) * int(re.sub(r"\D", "", product.group("sum"))))
    # A salary told beside the sum asked for is no claim; a sum to get is one ("høye lønnskostnader … fått 350 000").
    claimed = _sums_to_get(text)
    if u.has("salary_cost") and claimed:
        amounts = [a for a in amounts if a in claimed]
    elif u.has("salary_cost"):
        return
    if not amounts or not asked:
        return
    computed = _GROUPED_AMOUNT.search(w.paragraphs[lead])
    if computed is None:
        return
    maximum = int(computed.group().replace(" ", ""))
    # "Years 1 and 2 at full time would be 1,350,000, so at 50 % that's 675,000. Is that right?": the sum concluded
    # is the claim, not the larger one it was worked out from.
    expected = _concluded_sum(text, amounts) or max(amounts)
    each = u.has("each") or u.has("per_position")
    # ("2 × 375,000 = 750,000" with "50 % each": the sum after "=" is the total worked out, not each one's.)
    summed_up = _EQUATION.search(text) is not None
    if each and len(amounts) == 1 and product is None and positions is not None and positions > 1 and not summed_up:
        expected *= positions  # "12 stillinger … 300 000 for hver", "… 300 000 per stilling for alle tolv"
    bound = _bound_told(u.clean_text or u.text)
    size_told = bool(u.positions or u.percents or u.staffing)
    # "6 år × 1,6 mill = 8,6 mill": an equation is a sum worked out, whatever verb tells it.
    worked_out = u.has("calculated") or _EQUATION.search(text) is not None
    if _LEAST.search(text) and expected == maximum:
        # "Er 750 000 kroner det minste vi får i tiltak B første år?": it is the most ("inntil"), no least.
        verdict = w.t("Nei", "No")
    elif bound is not None:
        # "Kan vi få mer enn 300 000 …?", "Is it under 500,000?": the maximum against the bound told.
        above, value = bound
        verdict = w.t("Ja", "Yes") if (maximum > value if above else maximum < value) else w.t("Nei", "No")
    elif u.has("decrease") and expected in {rate.number() for rate in measure.rates}:
        # "Is the 330,000 reduced for a 40 % position?": whether the maximum is below the rate named.
        verdict = w.t("Ja", "Yes") if maximum < expected else w.t("Nei", "No")
    elif expected > maximum or (worked_out and expected != maximum):
        # "I calculated two positions as 1.5 million – correct?": a sum worked out is right only if it is the one.
        verdict = w.t("Nei", "No")
    elif expected == maximum or (u.has("obtain") and u.has("yes_no")):
        verdict = w.t("Ja", "Yes")  # "Kan vi få 300 000 …?" with up to 375 000 allowed: yes, within the limit
    elif u.has("asks_confirmation") and not size_told:
        # "Stemmer det at tiltak B gir 600 000 kr første året?": a rate claimed for a full position that is not it.
        verdict = w.t("Nei", "No")
    else:
        return
    w.paragraphs[lead] = with_verdict(verdict, w.paragraphs[lead])


_EQUATION = re.compile(r"\d\s*(?:mill\w*|kr|nok)?\.?\s*=\s*\d", re.IGNORECASE)
# "Er 750 000 det minste vi får?": a least sum asked of the most the rules allow.
_LEAST = re.compile(
    r"\b(?:det\s+minste|minimum|minstebeløp\w*|the\s+least|at\s+least|the\s+lowest|det\s+laveste)\b", re.I
)
# "so", "så", "altså": what follows concludes a sum worked out.
_CONCLUSION = re.compile(r"\b(?:so|så|altså|dvs\.?|which\s+makes|that\s+makes|i\s+alt\s+altså)\b", re.IGNORECASE)


def _concluded_sum(text: str, amounts: Sequence[int]) -> int | None:
    """The last sum stated after the last word that concludes a calculation ("…, so that's 675,000"), if it is one
    of the sums read; None when no calculation is concluded."""
    marks = list(_CONCLUSION.finditer(text))
    if not marks:
        return None
    after = [amount_value(m) for m in AMOUNT_RE.finditer(text, marks[-1].end())]
    sums = [value for value in after if value is not None and value in amounts]
    return sums[-1] if sums else None


# "… Hva blir maks første år? 5 x 500 000?": a product of the user's own, asked as the sum.
_PRODUCT_ASKED = re.compile(
    r"(?<![\d,.])(?P<n>\d{1,2})\s*[x×*]\s*(?P<sum>\d{1,3}(?:[ .]\d{3})+|\d{4,7})(?![\d,])[^.?!]{0,30}\?"
)
# "Hva er maks første år – får vi 500 000 for hver?": a yes/no clause after the question, on a sum.
_CLAIM_CLAUSE = re.compile(
    r"[–—,;:]\s*(?:får|kan|blir|gir|er|do|does|can|will|would|is|are)\s+(?:vi|we|det|it|dere|you|man)\b"
    r"[^.?!]*\d[^.?!]*\?\s*$",
    re.IGNORECASE,
)
# "mer enn 300 000", "under 500,000": a bound on the sum, not the sum expected.
_ABOVE = re.compile(r"\b(?:mer|more|høyere|higher|større|larger)\s+(?:enn|than)\s*$|\b(?:over|above|utover)\s*$", re.I)
_BELOW = re.compile(r"\b(?:mindre|less|lavere|lower)\s+(?:enn|than)\s*$|\b(?:under|below)\s*$", re.I)


def _bound_told(text: str) -> tuple[bool, int] | None:
    """A sum told as a bound: (True, sum) for "more than", (False, sum) for "less than"; None if none is."""
    for m in AMOUNT_RE.finditer(text):
        value = amount_value(m)
        before = text[max(0, m.start() - 20) : m.start()]
        if value is not None and (_ABOVE.search(before) or _BELOW.search(before)):
            return _ABOVE.search(before) is not None, value
    return None


# "… how much lower is that than year 1?", "… enn i første år": the year a sum is compared with.
_THAN_YEAR = re.compile(
    r"\b(?:than|enn|compared\s+(?:with|to)|sammenlignet\s+med)\s+(?:in\s+|i\s+)?(?:the\s+)?"
    r"(?:(?:year|år)\s*(?P<n>[1-9])\b|(?P<o>first|second|third|første|andre)\s+(?:year|år)\b)",
    re.IGNORECASE,
)


# "what's the max, and how much lower is that …": the year's sum asked before the gap.
_SUM_THEN_GAP = re.compile(
    r"\b(?:what(?:'s|\s+is|\s+would)|hva\s+(?:er|blir)|hvor\s+mye)\b[^?]*?"
    r"\b(?:max\w*|maks\w*|grant|tilskudd\w*|amount|beløp\w*|get|få)\b[^?]*?,?\s+(?:and|og)\s+"
    r"(?:how\s+much|hvor\s+mye)\b",
    re.IGNORECASE,
)


def _compared_year(u: Understanding) -> int | None:
    """The year the question compares the year asked with, where it names one."""
    found = _THAN_YEAR.search(u.clean_text or u.text)
    if found is None:
        return None
    if found.group("n"):
        return int(found.group("n"))
    word = found.group("o").lower()
    return ORDINALS["nb"].get(word) or ORDINALS["en"].get(word)


def _less_than_year_before(
    ctx: Context,
    w: Writer,
    u: Understanding,
    scheme: Scheme,
    measure: Measure,
    request: GrantRequest,
    result: GrantResult,
    lead: int,
) -> None:
    """'Hvor mye mindre blir maksbeløpet i år 2?': the difference from the year before (or the year the question
    compares with: "… than year 1?") leads, then the year's sum; after the sum when that is asked first ("what's
    the max, and how much lower is that than year 1?")."""
    compared = _compared_year(u)
    earlier = compared if compared is not None and compared < (request.year or 0) else (request.year or 0) - 1
    before = _compute(ctx, scheme, measure, replace(request, year=earlier))
    if isinstance(before, GrantResult):
        first = _SUM_THEN_GAP.search(u.clean_text) is not None
        _write_year_gap(w, request, measure, before, result, lead + 1 if first else lead, less=True)


def _difference_between_years(
    w: Writer, request: GrantRequest, measure: Measure, result: PlanResult, lead: int, less: bool
) -> None:
    """'What is the difference between year 1 and year 4?', 'how much lower in year 4 than in year 1?': the one
    year's maximum less the other's leads (not the two added), then the years."""
    first, second = result.years
    higher, lower = (first, second) if first.amount >= second.amount else (second, first)
    _write_year_gap(w, request, measure, higher, lower, lead, less)


def _write_year_gap(
    w: Writer,
    request: GrantRequest,
    measure: Measure,
    higher: GrantResult,
    lower: GrantResult,
    lead: int,
    less: bool,
) -> None:
    """One year's maximum less another's, as the lead: "… less" when asked how much lower, else "a difference of"."""
    calculation = engine.difference_between(
        higher.calculation, lower.amount, engine.year_label(higher.year or 0), engine.year_label(lower.year or 0)
    )
    amount, high, low = kr(calculation.amount), kr(higher.amount), kr(lower.amount)
    if less:
        lead_text = w.t(
            f"{amount} kr mindre: inntil {low} kr i {lower.year}. år mot {high} kr i {higher.year}. år.",
            f"{amount} NOK less: up to {low} NOK in year {lower.year} against {high} NOK in year {higher.year}.",
        )
    else:
        lead_text = w.t(
            f"{amount} kr i forskjell: inntil {high} kr i {higher.year}. år mot {low} kr i {lower.year}. år.",
            f"A difference of {amount} NOK: up to {high} NOK in year {higher.year} against {low} NOK in year "
            f"{lower.year}.",
        )
    w.paragraphs.insert(lead, lead_text)
    w.calculation = _with_reading(calculation, w, request, measure)


# "Med hvor mye trappes tilskuddet ned for hvert år?", "by how much does it drop each year?": the yearly step.
_EACH_YEAR = re.compile(
    r"\b(?:each|every|per|a)\s+year\b|\b(?:hvert|per|pr\.?)\s+år\b|\bårlig\w*|\byearly\b|\bannual\w*|"
    r"\bfrom\s+(?:one\s+)?year\s+to\s+(?:the\s+next|year)\b|\bfra\s+år\s+til\s+år\b",
    re.IGNORECASE,
)


def _step_down_each_year(w: Writer, request: GrantRequest, measure: Measure, result: PlanResult, lead: int) -> None:
    """'Med hvor mye trappes tilskuddet ned for hvert år?': the same step every year leads (the first step traced),
    then the years; steps of different sizes are left to the year-by-year list."""
    amounts = [grant.amount for grant in result.years]
    steps = {earlier - later for earlier, later in pairwise(amounts)}
    if len(steps) != 1 or next(iter(steps)) <= 0:
        return
    first, second = result.years[:2]
    calculation = engine.difference_between(
        first.calculation, second.amount, engine.year_label(first.year or 0), engine.year_label(second.year or 0)
    )
    last = result.years[-1]
    w.paragraphs.insert(
        lead,
        w.t(
            f"{kr(calculation.amount)} kr mindre for hvert år: fra {kr(first.amount)} kr i {first.year}. år til "
            f"{kr(last.amount)} kr i {last.year}. år.",
            f"{kr(calculation.amount)} NOK less each year: from {kr(first.amount)} NOK in year {first.year} to "
            f"{kr(last.amount)} NOK in year {last.year}.",
        ),
    )
    w.calculation = _with_reading(calculation, w, request, measure)


def _part_time_verdict(
    w: Writer, u: Understanding, measure: Measure, request: GrantRequest, result: GrantResult | PlanResult, lead: int
) -> None:
    """'If we cut a position from 100 % to 70 %, does the grant change?': yes, where the rules themselves reduce the
    grant with the position (no verdict where that is only our assumption); the reduced sum follows."""
    asked = (u.has("yes_no") or u.has("statement_question")) and (u.has("changes") or u.has("decrease"))
    part_time = any(share < _FULL_POSITION for share in request.shares or ())
    # A verdict on whether the rate goes down with the years had leads already: one answer to one question.
    settled = any(VERDICT_LEAD.match(paragraph) for paragraph in w.paragraphs[:lead])
    if (
        asked
        and part_time
        and not settled
        and measure.prorate == "stated"
        and not u.amounts
        and isinstance(result, GrantResult)
    ):
        w.paragraphs[lead] = with_verdict(w.t("Ja", "Yes"), w.paragraphs[lead])


def _over_limit_verdict(w: Writer, u: Understanding, result: GrantResult | PlanResult, lead: int) -> None:
    """'ACT team with 12 full-time positions – how much?': more positions than the measure funds (at most 10 per
    team); "No" and the sum first (unless a verdict on a sum the user gave already leads). A project cap that a
    normal team reaches ("maks 1 500 000 per IPS-prosjekt") is no such limit."""
    grants = result.years if isinstance(result, PlanResult) else [result]
    capped = [grant for grant in grants if grant.over_limit]
    if not capped or not u.positions or VERDICT_LEAD.match(w.paragraphs[lead]):
        return
    # A plan over several years leads with its total: one year's capped sum reads as the answer to "years 2 and 3".
    several = isinstance(result, PlanResult) and len(grants) > 1
    cap = result.total if isinstance(result, PlanResult) and several else capped[0].position_amount
    in_total = w.t(" i alt", " in total") if several else ""
    w.paragraphs.insert(
        lead,
        w.t(
            f"Nei, ikke for alle stillingene – det meste er {kr(cap)} kr{in_total}, for så mange stillinger som "
            "regelverket gir tilskudd til.",
            f"No, not for all the positions – the most is {kr(cap)} NOK{in_total}, for as many positions as the "
            "regulation funds.",
        ),
    )


def _claims_by_year_verdict(w: Writer, u: Understanding, plan: PlanResult, lead: int) -> None:
    """'1,5 mill. i år 1 og 1,5 mill. i år 2 – stemmer det?': each year's sum against that year's maximum; the
    first year over it answers first, with its maximum."""
    if not (u.has("yes_no") or u.has("asks_confirmation") or u.has("statement_question")):
        return
    checked = [(grant, u.amounts_by_year[grant.year]) for grant in plan.years if grant.year in u.amounts_by_year]
    over = [grant for grant, claimed in checked if claimed > grant.amount]
    if over:
        grant = over[0]
        w.paragraphs.insert(
            lead,
            w.t(
                f"Nei – i {grant.year}. år er maksimum {kr(grant.amount)} kr, mindre enn dere har regnet med.",
                f"No – in year {grant.year} the maximum is {kr(grant.amount)} NOK, less than you have counted on.",
            ),
        )
    elif checked and all(claimed == grant.amount for grant, claimed in checked):
        w.paragraphs[lead] = with_verdict(w.t("Ja", "Yes"), w.paragraphs[lead])


# "… with just one job specialist and no team leader": a role the project lacks, which describes it.
_LACKS_A_ROLE = re.compile(
    r"\b(?:no|ingen)\s+(?:[\w-]+\s+)?(?:team\s*leader|teamleder|leader|leder|specialist|spesialist|veileder|"
    r"coordinator|koordinator)\w*",
    re.IGNORECASE,
)
# "We only have budget for …", "Vi har bare råd til …": all the project has, not some of it singled out.
_ONLY_HAVE = re.compile(
    r"\b(?:only|just)\s+(?:have|has|had|afford|got)\b|\b(?:har|hadde)\s+(?:\w+\s+)?(?:bare|kun)\b", re.IGNORECASE
)


def _describes_the_project(u: Understanding) -> bool:
    """Whether the staff named are the whole project's, not some of them singled out ("not counting the team
    leader", "vi søker bare for jobbspesialistene") or a rate per position asked after staff named before."""
    text = u.clean_text or u.text
    excluded = u.has("exclusion") and vocabulary().qualifier("exclusion").found(tokenize(_LACKS_A_ROLE.sub(" ", text)))
    only = u.has("only") and not (u.has("only_one") or _ONLY_HAVE.search(text))
    singled_out = excluded or only
    inherited = "positions" in u.inherited or "staffing" in u.inherited
    return not (singled_out or inherited or u.has("per_position"))


def _minimum_not_met(measure: Measure, request: GrantRequest) -> RuleValue | None:
    """The measure's minimum staffing, when the full-time positions named fall short of it."""
    minimum = measure.min_positions
    if minimum is None or request.assumed is not None:
        return None
    full = sum(1 for share in request.shares if share >= 100) if request.shares else request.positions
    return minimum if full is not None and full < minimum.number() else None


def _step_verdict(w: Writer, measure: Measure, year: int, increase: bool = False) -> None:
    """'Går satsen ned i år 3?' ('Øker tilskuddet i år 2?' with `increase`): the rate of that year against the year
    before, yes or no first."""
    now = next((r for r in measure.rates if r.year_from <= year <= r.year_to), None)
    before = next((r for r in measure.rates if r.year_from <= year - 1 <= r.year_to), None)
    if now is None or before is None:
        return
    label = measure_label(measure, w.language)
    if increase and now.number() < before.number():
        w.add(
            w.t(
                f"Nei – tilskuddet trappes ned: for {label} er satsen {kr(now.number())} kr per 100 % stilling i "
                f"{year}. år, ned fra {kr(before.number())} kr året før {w.cite(now.source, before.source)}.",
                f"No – the grant steps down: for {label} the rate is {kr(now.number())} NOK per 100 % position in "
                f"year {year}, down from {kr(before.number())} NOK the year before "
                f"{w.cite(now.source, before.source)}.",
            )
        )
    elif now.number() < before.number():
        w.add(
            w.t(
                f"Ja – for {label} er satsen {kr(now.number())} kr per 100 % stilling i {year}. år, ned fra "
                f"{kr(before.number())} kr året før {w.cite(now.source, before.source)}.",
                f"Yes – for {label} the rate is {kr(now.number())} NOK per 100 % position in year {year}, down from "
                f"{kr(before.number())} NOK the year before {w.cite(now.source, before.source)}.",
            )
        )
    else:
        w.add(
            w.t(
                f"Nei – for {label} er satsen den samme som året før: {kr(now.number())} kr per 100 % stilling "
                f"{w.cite(now.source)}.",
                f"No – for {label} the rate is the same as the year before: {kr(now.number())} NOK per 100 % "
                f"position {w.cite(now.source)}.",
            )
        )


def _write_over_limit(
    ctx: Context,
    w: Writer,
    u: Understanding,
    scheme: Scheme,
    measure: Measure,
    request: GrantRequest,
    title: str,
    exc: PositionLimitExceeded | YearOutOfRange,
) -> None:
    """'Nei' and the limit first, then what can be funded within it."""
    label = measure_label(measure, w.language)
    details: list[str] = []
    within: list[int] = []
    if isinstance(exc, YearOutOfRange) and measure.duration is not None:
        last = measure.duration.number()
        within = [year for year in request.years or [] if year <= last]
        verdict = w.t(
            f"Nei – {label} gis i inntil {last} år, så året du spør om ligger utenfor perioden.",
            f"No – {label} is granted for at most {last} years, so the year you ask about is outside the period.",
        )
        details.append(duration_sentence(w, measure))  # written with the grant when one can be computed
        # The rule table's count of years: its source may write it in words ("fire år").
        w.derived.append(str(last))
        # "Year 4 and year 5" of four: year 4 is what can be funded; a year beyond alone, the last.
        fitted = replace(request, year=within[0] if len(within) == 1 else last, years=None, per_year=False)
        if len(within) > 1:
            # "The total over all six years" of a four-year measure: the years within the period, summed.
            verdict = w.t(
                f"Nei – {label} gis i inntil {last} år, ikke så mange som du spør om.",
                f"No – {label} is granted for at most {last} years, not as many as you ask about.",
            )
            fitted = replace(request, year=None, years=tuple(within), per_year=False)
    else:
        limit = measure.position_limit
        name = w.t(limit.name, limit.name_en or limit.name) if limit else ""
        marker = w.cite(limit.source) if limit else ""
        # Without a stated limit the rule is that no position exceeds 100 %; the user's own figure is no evidence.
        limit_text = (name or w.t("en stilling kan ikke være over 100 %", "a position cannot exceed 100 %")).rstrip(".")
        verdict = w.t(
            f"Nei – {label} gir ikke tilskudd til så mange stillinger eller så høy stillingsprosent: "
            f"{limit_text} {marker}".rstrip()
            + ".",
            f"No – {label} does not fund that many positions or that high a percentage: {limit_text} {marker}".rstrip()
            + ".",
        )
        fitted = _within_limit(measure, request)
    try:
        result = _compute(ctx, scheme, measure, fitted)
    except (PositionLimitExceeded, YearOutOfRange):
        w.add(verdict)
        w.paragraphs.extend(details)
        return
    # "What would we get in year 4 and year 5?" asks the sum of the year within the period too; "Kan vi få det sju
    # år på rad?" asks whether.
    sum_asked = u.has("asks_amount") or u.has("total") or u.has("how_much") or (bool(within) and not u.has("yes_no"))
    if isinstance(exc, YearOutOfRange) and measure.duration is not None and not sum_asked:
        # "Kan vi få et femte år?" asks whether, not how much: the limit, as its source states it, is the answer.
        w.add(
            w.t(
                f"Nei – året du spør om ligger utenfor perioden for {label}: ",
                f"No – the year you ask about is outside the period for {label}: ",
            )
            + duration_sentence(w, measure)
        )
        return
    if isinstance(result, PlanResult) and fitted.years:
        # The limit first, then the years within it as a plan would list them, their total first.
        at = len(w.paragraphs)
        w.add(verdict)
        write_plan(w, result, measure, title, lead_total=True)
        w.paragraphs.insert(at + 2, reading_text(w, fitted, measure))
        w.calculation = _with_reading(result.calculation, w, fitted, measure)
        return
    total = result.total if isinstance(result, PlanResult) else result.amount
    where = _year_phrase(w, fitted)
    w.add(
        verdict
        + " "
        + w.t(
            f"Det som kan gis, er inntil {kr(total)} kr{where} for {_staffing_phrase(w, fitted)} ({title}).",
            f"What can be funded is up to {kr(total)} NOK{where} for {_staffing_phrase(w, fitted)} ({title}).",
        )
    )
    if isinstance(result, GrantResult):
        write_grant(w, result, measure, title, per_year=fitted.per_year, lead=False, mention_training=False)
    else:
        for line in result.calculation.lines:
            if line.kind == "rate" and line.source is not None:
                w.add(f"- {line.text_en if w.language == 'en' and line.text_en else line.text} {w.cite(line.source)}")
        _assumption_lines(w, result.calculation)
    w.calculation = _with_reading(result.calculation, w, fitted, measure)


def _within_limit(measure: Measure, request: GrantRequest) -> GrantRequest:
    """The same request cut to what the measure funds: no position above 100 %, no more position volume than the
    positions allowed. Part-time people share that volume, as the engine reads them: three at 70 % in "two 100 %
    positions" are funded for 200 % (70, 70 and 60), not two of them for 140 %."""
    limit = measure.position_limit
    shares = sorted((min(s, 100.0) for s in (request.shares or [100.0] * (request.positions or 1))), reverse=True)
    if limit is not None and limit.basis == "count":
        room = 100.0 * limit.number()
        fitted: list[float] = []
        for share in shares:
            if room <= 0:
                break
            fitted.append(min(share, room))
            room -= fitted[-1]
        shares = fitted
    return replace(request, shares=tuple(shares), positions=None)


def reading_text(w: Writer, request: GrantRequest, measure: Measure) -> str:
    """'Beregnet for: 3 stillinger (100 %, 100 %, 50 %), uten opplæringsmidler, år 2 og 3.'"""
    parts = [_staffing_phrase(w, request)]
    if request.training is not None:
        parts.append(w.t(f"med {kr(request.training)} kr til opplæring", f"with {kr(request.training)} NOK training"))
    elif request.training_excluded:
        parts.append(w.t("uten opplæringsmidler", "without training money"))
    for add_on in request.add_ons:
        parts.append(w.t("med ", "with the ") + measure_label(add_on, w.language).lower())
    months = _months_by_position(request)
    if months is not None and request.part_year is not None:
        said_of = sum(1 for count in months if count < 12)
        whom = (
            w.t("stillingen", "the position")
            if len(months) == 1
            else (
                w.t("alle stillingene", "all the positions")
                if said_of == len(months)
                else w.t(f"{said_of} av stillingene", f"{said_of} of the positions")
            )
        )
        in_year = next(iter(_part_year_by_year(request, request.years or ())), None)
        when = w.t(f" i år {in_year}", f" in year {in_year}") if in_year is not None else ""
        parts.append(
            w.t(
                f"{whom} besatt {request.part_year.months} av 12 måneder{when}",
                f"{whom} filled {request.part_year.months} of 12 months{when}",
            )
        )
    years = _year_phrase(w, request).strip()
    if years:
        parts.append(years)
    return w.t("Beregnet for: ", "Calculated for: ") + ", ".join(parts) + "."


def _staffing_phrase(w: Writer, request: GrantRequest) -> str:
    if request.shares_by_year:
        if all(len(shares) == 1 for _, shares in request.shares_by_year):
            by_year = [
                w.t(f"{pct(shares[0])} i år {year}", f"{pct(shares[0], 'en')} in year {year}")
                for year, shares in request.shares_by_year
            ]
            return w.t("én stilling: ", "one position: ") + join(by_year, w.language)
        # "to stillinger i år 1, tre fra år 2": the positions of each year.
        counted = [
            w.t(f"{shares_text(shares, 'nb')} i år {year}", f"{shares_text(shares, 'en')} in year {year}")
            for year, shares in request.shares_by_year
        ]
        return w.t("stillinger: ", "positions: ") + join(counted, w.language)
    if request.shares:
        shares = list(request.shares)
        if len(shares) == 1:
            return w.t(f"én stilling på {pct(shares[0])}", f"one position of {pct(shares[0], 'en')}")
        if len(set(shares)) == 1:
            return w.t(
                f"{len(shares)} stillinger à {pct(shares[0])}", f"{len(shares)} positions of {pct(shares[0], 'en')}"
            )
        sizes = sizes_listed(shares, w.language)
        return w.t(f"{len(shares)} stillinger ({sizes})", f"{len(shares)} positions ({sizes})")
    count = request.positions or 1
    if count == 1:
        return w.t("én stilling på 100 %", "one position of 100 %")
    return w.t(f"{count} stillinger à 100 %", f"{count} positions of 100 %")


def _year_phrase(w: Writer, request: GrantRequest) -> str:
    if request.shares_by_year:
        return ""  # the staffing phrase names each year
    if request.years:
        listed = join([str(y) for y in request.years], w.language)
        return w.t(f" i år {listed}", f" in years {listed}")
    if request.per_year:
        # A position filled part of a year: the sum is that year's, not every year's.
        return "" if request.part_year else w.t(" per år", " per year")
    if request.year is not None:
        return w.t(f" i {request.year}. prosjekt-/driftsår", f" in project/operating year {request.year}")
    return ""


def _with_reading(calculation: Calculation, w: Writer, request: GrantRequest, measure: Measure) -> Calculation:
    """The trace, opening with how the question was read (so every number of that line is traced too)."""
    nb = Writer("nb", w.locator, w.query)
    en = Writer("en", w.locator, w.query)
    line = CalculationLine(
        kind="input", text=reading_text(nb, request, measure), text_en=reading_text(en, request, measure)
    )
    return calculation.model_copy(update={"lines": [line, *calculation.lines]})


def _assumption_lines(w: Writer, calculation: Calculation) -> None:
    for assumption in calculation.assumptions_en if w.language == "en" else calculation.assumptions:
        w.add(w.t(f"Antakelse: {assumption}", f"Assumption: {assumption}"))


def _staffing_note(w: Writer, measure: Measure, assumed: str) -> None:
    """Say what staffing the calculation assumed: the project's minimum, or all the positions the measure funds."""
    if assumed == "limit":
        limit = measure.position_limit
        assert limit is not None  # only assumed when the measure has one
        name = limit.name_en if w.language == "en" and limit.name_en else limit.name
        w.add(
            w.t(
                f"Ingen stillinger oppgitt, så beregningen bruker så mange stillinger som tiltaket gir tilskudd til: "
                f"{sentence(name)}",
                f"No positions given, so the calculation uses as many positions as the measure funds: {sentence(name)}",
            )
            + f" {w.cite(limit.source)}"
        )
        return
    minimum = measure.min_positions
    assert minimum is not None  # only called when _staffing assumed it
    text = fact_text(w, minimum)
    w.add(
        w.t(
            f"Ingen stillinger oppgitt, så beregningen bruker minimumsbemanningen: {sentence(text)}",
            f"No positions given, so the calculation uses the minimum staffing: {sentence(text)}",
        )
        + f" {w.cite(minimum.source)}"
    )


def _measure_of_other_scheme(
    ctx: Context, u: Understanding, scheme: Scheme, measure: Measure
) -> list[tuple[Scheme, Measure]] | None:
    """The measure asked about and the one the question names in the next scheme it names, or that scheme's only
    rate per position ("Hvor mye høyere er tiltak B første år enn en IPS-stilling i den gamle ordningen?"); None
    when the question names no second scheme, or no rated measure in it, or gives sums of its own."""
    others = [ctx.book.scheme(scheme_id) for scheme_id in u.scheme_ids if scheme_id != scheme.id]
    if not others or u.amounts or not measure.rates:
        return None
    for other in others:
        # Of two measures named ("an IPS position under the IPS/JMO scheme"), the longest name, then the first said;
        # of the schemes named, the first with a rate per position (one of no fixed amount is no second figure).
        named = ctx.book.match_measure(other.id, u.clean_text or u.text)
        other_measure = ctx.book.measure(other, named) if named else single_priced_measure(other, per_position=True)
        if other_measure is not None and other_measure.rates:
            return [(scheme, measure), (other, other_measure)]
    return None


def _difference_between_measures(
    ctx: Context, w: Writer, u: Understanding, named: Sequence[tuple[Scheme, Measure]]
) -> bool:
    """One measure's maximum less the other's, for the staff and year asked, as the lead: two measures of a scheme
    or of two schemes. False when either is no single year's sum."""
    grants: list[tuple[Measure, GrantResult, str]] = []
    for scheme, measure in named:
        result = _compute(ctx, scheme, measure, read_request(scheme, measure, u))
        if isinstance(result, GrantResult):
            grants.append((measure, result, ctx.title(scheme, result.calculation.sources)))
    if len(grants) != 2:
        return False
    (high_m, high, high_title), (low_m, low, low_title) = sorted(grants, key=lambda grant: -grant[1].amount)
    high_names, low_names = ((measure_label(m, "nb"), measure_label(m, "en")) for m in (high_m, low_m))
    calculation = engine.difference_between(high.calculation, low.amount, high_names, low_names)
    labels = (w.t(*high_names), w.t(*low_names))
    year = f" i {high.year}. år" if high.year else " per år"
    year_en = f" in year {high.year}" if high.year else " per year"
    cited = w.cite(*high.calculation.sources[:1], *low.calculation.sources[:1])
    # Two documents: each figure says where it is from.
    high_from, low_from = (
        ("", f" ({high_title})") if high_title == low_title else (f" ({high_title})", f" ({low_title})")
    )
    if u.has("which_larger") and calculation.amount > 0:
        # "Which pays more: Tiltak B or the 2019 ACT/FACT rate?": the larger named first, then by how much.
        w.add(
            w.t(
                f"Mest for {labels[0]}{high_from}: inntil {kr(high.amount)} kr{year} mot "
                f"{kr(low.amount)} kr for {labels[1]}{low_from}, {kr(calculation.amount)} kr mer {cited}.",
                f"More for {labels[0]}{high_from}: up to {kr(high.amount)} NOK{year_en} against "
                f"{kr(low.amount)} NOK for {labels[1]}{low_from}, {kr(calculation.amount)} NOK more {cited}.",
            )
        )
    else:
        w.add(
            w.t(
                f"{kr(calculation.amount)} kr i forskjell{year}: inntil {kr(high.amount)} kr for {labels[0]}"
                f"{high_from} mot {kr(low.amount)} kr for {labels[1]}{low_from} {cited}.",
                f"A difference of {kr(calculation.amount)} NOK{year_en}: up to {kr(high.amount)} NOK for {labels[0]}"
                f"{high_from} against {kr(low.amount)} NOK for {labels[1]}{low_from} {cited}.",
            )
        )
    w.calculation = calculation.model_copy(update={"sources": [*high.calculation.sources, *low.calculation.sources]})
    return True


# What joins the part of a question about one measure to the part about the next: "…, og en spesialist i tiltak B".
_BETWEEN_PARTS = re.compile(r",|;|\+|\b(?:og|and|plus|pluss|samt)\b", re.IGNORECASE)


def _parts_by_measure(scheme: Scheme, text: str) -> list[tuple[Measure, str]]:
    """The text cut between the measures it names, each part the words on that measure: the cut falls on the last
    joiner before the next measure is named ("two positions in Tiltak A | and a full-time Tiltak B specialist")."""
    mentions = measure_mentions(scheme, text)
    cuts = [0]
    for (before, _), (start, _) in pairwise(mentions):
        joiners = [m.start() for m in _BETWEEN_PARTS.finditer(text, before, start)]
        cuts.append(joiners[-1] if joiners else start)
    cuts.append(len(text))
    return [(measure, text[cuts[i] : cuts[i + 1]]) for i, (_, measure) in enumerate(mentions)]


def _write_combined(w: Writer, total: int, when: str, each: Sequence[str], source: str) -> None:
    """The lead of several grants added up: the total, then each part's sum ("… for Tiltak A and … for Tiltak B")."""
    w.add(
        w.t(
            f"Inntil {kr(total)} kr til sammen{when}: {join(each, 'nb')} {source}.",
            f"Up to {kr(total)} NOK combined{when}: {join(each, 'en')} {source}.",
        )
    )


def _named_as_one(scheme: Scheme, text: str) -> bool:
    """Two measures written as one name ("the IPS/JMO grant"): the scheme, not two measures each with its staff."""
    names = ["|".join(re.escape(name) for name in [m.label, *m.aliases]) for _, m in measure_mentions(scheme, text)]
    return any(
        re.search(rf"(?<!\w)(?:{first})\s*[/&-]\s*(?:{second})(?!\w)", text, re.IGNORECASE)
        for first, second in permutations(names, 2)
    )


def _sum_of_measures(ctx: Context, w: Writer, u: Understanding, scheme: Scheme, title: str) -> bool:
    """Each measure's maximum for the staff its part of the question names, added up, as the lead; False when
    either is no single year's sum or asks more than the measure funds (then the usual answer explains)."""
    parts: list[tuple[Measure, GrantRequest, GrantResult]] = []
    text = u.clean_text or u.text
    if _named_as_one(scheme, text):
        return False
    for measure, part in _parts_by_measure(scheme, text):
        found = extract_quantities(part, u.language)
        staff = {name: getattr(found, name) for name in ("positions", "staffing", "percents", "staff_roles")}
        own = staff_the_measure_funds(u.model_copy(update={**staff, "measure": measure.id}), ctx.book)
        request = read_request(scheme, measure, own)
        if measure.training is None:
            request = replace(request, training_excluded=False)  # "no training money" is said of the other
        try:
            result = _compute(ctx, scheme, measure, request)
        except (PositionLimitExceeded, YearOutOfRange):
            return False
        if not isinstance(result, GrantResult) or result.over_limit:
            return False
        parts.append((measure, request, result))
    labels = [(measure_label(m, "nb"), measure_label(m, "en")) for m, _, _ in parts]
    calculation = engine.measures_together(
        [(label, _with_reading(r.calculation, w, q, m)) for label, (m, q, r) in zip(labels, parts, strict=True)]
    )
    each = [
        f"{kr(r.amount)} {w.t('kr', 'NOK')} for {w.t(*label)}" for label, (_, _, r) in zip(labels, parts, strict=True)
    ]
    year = parts[0][2].year
    when = w.t(f" i {year}. prosjekt-/driftsår", f" in project/operating year {year}") if year else ""
    cited = w.cite(*[r.calculation.sources[0] for _, _, r in parts if r.calculation.sources])
    _write_combined(w, calculation.amount, when, each, f"({title}) {cited}")
    for label, (measure, request, _) in zip(labels, parts, strict=True):
        w.add(f"{w.t(*label)} – {reading_text(w, request, measure)}")
    _assumption_lines(w, calculation)
    w.calculation = calculation
    return True


def _teams_each(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, measure: Measure, request: GrantRequest, title: str
) -> bool:
    """ "3 FACT teams, each with 10 positions, in year 1": one team's maximum, times the teams, where the measure caps
    the grant per team; False when no team count is told, the cap is per something else, or the staffing is over a
    limit (then the usual answer explains)."""
    caps = [cap for cap in measure.caps if cap.kind == "per_team"]
    if not (u.teams and caps) or request.years:
        return False
    try:
        result = _compute(ctx, scheme, measure, request)
    except (PositionLimitExceeded, YearOutOfRange):
        return False
    if not isinstance(result, GrantResult):
        return False
    calculation = engine.teams_together(_with_reading(result.calculation, w, request, measure), u.teams)
    when = w.t(f" i {result.year}. prosjekt-/driftsår", f" in project/operating year {result.year}")
    cited = w.cite(*result.calculation.sources[:1])
    w.add(
        w.t(
            f"Inntil {kr(calculation.amount)} kr{when} for {u.teams} team: {u.teams} × {kr(result.amount)} kr, "
            f"maksimum for hvert team ({title}) {cited}.",
            f"Up to {kr(calculation.amount)} NOK{when} for {u.teams} teams: {u.teams} × {kr(result.amount)} NOK, "
            f"each team's maximum ({title}) {cited}.",
        )
    )
    w.add(w.t("Hvert team – ", "Each team – ") + reading_text(w, request, measure))
    cap = caps[0]
    if result.position_amount >= cap.number():
        w.add(f"{w.t(cap.name, cap.name_en or cap.name)} {w.cite(cap.source)}.")
    _assumption_lines(w, calculation)
    w.calculation = calculation
    return True


def _teams_apart(ctx: Context, w: Writer, u: Understanding, scheme: Scheme, measure: Measure, title: str) -> bool:
    """ "Two FACT teams, one with 9 positions and one with 12": each team's maximum for its own staff (the limits
    and caps per team applied to each), added up; False unless the measure caps its grant per team."""
    if len(u.team_sizes) < 2 or not any(cap.kind == "per_team" for cap in measure.caps):
        return False
    size = u.percents if len(set(u.percents)) == 1 else []
    parts: list[tuple[tuple[str, str], GrantRequest, GrantResult | PlanResult]] = []
    for number, positions in enumerate(u.team_sizes, start=1):
        team = u.model_copy(update={"positions": positions, "staffing": [], "percents": size[:1]})
        request = read_request(scheme, measure, team)
        try:
            result = _compute(ctx, scheme, measure, request)
        except (PositionLimitExceeded, YearOutOfRange):
            return False
        if not isinstance(result, GrantResult | PlanResult):
            return False
        label = (f"team {number} ({positions} stillinger)", f"team {number} ({positions} positions)")
        parts.append((label, request, result))
    calculation = engine.measures_together(
        [(label, _with_reading(r.calculation, w, q, measure)) for label, q, r in parts]
    )
    each = [f"{kr(r.calculation.amount)} {w.t('kr', 'NOK')} for {w.t(*label)}" for label, _, r in parts]
    cited = w.cite(*parts[0][2].calculation.sources[:1])
    _write_combined(w, calculation.amount, _year_phrase(w, parts[0][1]), each, f"({title}) {cited}")
    for label, _, result in parts:
        for line in result.calculation.lines:
            if line.kind == "cap" and line.source is not None:
                text = w.t(line.text, line.text_en or line.text)
                w.add(f"{w.t(*label).capitalize()}: {text} {w.cite(line.source)}.")
    _assumption_lines(w, calculation)
    w.calculation = calculation
    return True


def _no_training_money(
    w: Writer, scheme: Scheme, measure: Measure, trained: Measure, passages: Sequence[Passage], whether: bool
) -> Answer:
    """The training money asked of a measure that has none: the measure that has it, and what this one pays for
    (led with a no when asked whether: "Kan vi få de 400 000 til opplæring også i Tiltak B?")."""
    training = trained.training
    assert training is not None
    label, other = measure_label(measure, w.language), measure_label(trained, w.language)
    no = w.t("Nei – ", "No – ") if whether else ""
    w.add(
        no
        + w.t(
            f"{label} har ingen egen sum til opplærings- og kompetansetiltak; det har {other}: ",
            f"{label} has no sum of its own for training and competence measures; {other} has: ",
        )
        + fact_sentence(w, training)
    )
    w.add(w.t(f"Dette dekker {label}:", f"What {label} covers:"))
    for rule in scheme.conditions:
        if rule.measures is not None and measure.id in rule.measures and rule.kind in ("requirement", "covers_only"):
            w.add(f"- «{rule.source.quote}» {w.cite(rule.source)}")
    return w.answer("answered", passages)


def _training_answer(
    ctx: Context,
    w: Writer,
    u: Understanding,
    scheme: Scheme,
    measure: Measure,
    title: str,
    passages: Sequence[Passage],
) -> Answer:
    """The training money alone: the ceiling, or what is left of it after what was already granted."""
    training = measure.training
    assert training is not None
    label = measure_label(measure, w.language)
    marker = w.cite(training.source)
    used = u.components.used.get("training")
    on_top_of_staff = _ON_TOP_OF_STAFF.search(u.clean_text) is not None
    if used is None and (u.has("remaining") or (u.has("additional") and not on_top_of_staff)):
        # "Vi har budsjettert 250 000 til opplæring. Hvor mye mer kan vi søke om?": the sum named is spent; "500 000
        # for courses on top of our salaries" is the training sum asked for, not one spent.
        used = u.components.amounts.get("training")
    if used is not None:
        result = engine.training_left(ctx.book, scheme, measure.id, used)
        w.calculation = result.calculation
        w.add(
            w.t(
                f"Inntil {kr(result.amount)} kr til: regelverket gir inntil {kr(training.number())} kr til "
                f"opplærings- og kompetansetiltak i {label} ({title}) {marker}, og {kr(used)} kr er allerede regnet "
                "med.",
                f"Up to {kr(result.amount)} NOK more: the regulation allows up to {kr(training.number())} NOK for "
                f"training and competence measures under {label} ({title}) {marker}, and {kr(used)} NOK is already "
                "accounted for.",
            )
        )
        return w.answer("answered", passages)
    lead = len(w.paragraphs)
    years = _years(measure, u)
    if years is not None and len(years) > 1 and not u.has("yes_no"):
        # "Hvor mye kan vi totalt få til opplærings- og kompetansetiltak over seks år?": the sum each year's
        # application may ask for, in every year asked.
        w.calculation = engine.training_over_years(ctx.book, scheme, measure.id, years)
        listed = join([str(year) for year in years], w.language)
        total, span = kr(w.calculation.amount), w.t(f"i år {listed}", f"in years {listed}")
        w.add(
            w.t(
                f"Til sammen inntil {total} kr til opplærings- og kompetansetiltak i {label} {span} ({title}).",
                f"Up to NOK {total} in total for training and competence measures under {label} {span} ({title}).",
            )
        )
        w.add(
            w.t(
                f"Regelverket gir inntil {kr(training.number())} kr til opplærings- og kompetansetiltak {marker}. "
                "Tilskudd gis for ett år av gangen, med søknad for hvert år; beregningen forutsetter at summen kan "
                "søkes i hver årlige søknad (regelverket sier ikke uttrykkelig at den gjelder per år).",
                f"The regulation allows up to NOK {kr(training.number())} for training and competence measures "
                f"{marker}. Grants are given one year at a time, with an application for each year; the calculation "
                "assumes the sum may be applied for in each yearly application (the regulation does not say "
                "outright that it is per year).",
            )
        )
        return w.answer("answered", passages)
    if _training_per_position(u):
        # The regulation's training money is one sum for the measure, whatever its number of positions.
        w.add(
            w.t(
                f"Nei – opplæringsmidlene er ikke per stilling: inntil {kr(training.number())} kr til opplærings- og "
                f"kompetansetiltak i {label} i alt ({title}) {marker}.",
                f"No – the training money is not per position: up to {kr(training.number())} NOK for training and "
                f"competence measures under {label} in all ({title}) {marker}.",
            )
        )
        return w.answer("answered", passages)
    w.add(
        w.t(
            f"Inntil {kr(training.number())} kr til opplærings- og kompetansetiltak i {label} ({title}) {marker}.",
            f"Up to {kr(training.number())} NOK for training and competence measures under {label} ({title}) {marker}.",
        )
    )
    if u.has("yes_no") and not u.amounts:
        # "Can we get anything on top of that for training?": yes, this much.
        w.paragraphs[lead] = with_verdict(w.t("Ja", "Yes"), w.paragraphs[lead])
    else:
        _claim_verdict(w, u, None, lead, measure)
    return w.answer("answered", passages)


QUESTION_TYPE = register(
    QuestionType(
        name="amount",
        yields_to_evidence=False,
        description="The maximum grant for a measure: per year or over several years, for the positions given.",
        category="amount",
        handler=answer_amount,
        consumes=frozenset(
            {"applicant", "year", "years", "percent", "positions", "training", "salary_cost", "amount", "exclusion"}
        ),
        retrieval_terms="maksimalt tilskuddsbeløp per stilling kr",
    )
)
