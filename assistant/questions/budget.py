"""What was allocated to a scheme as a whole: the documents' budget figures, not an amount per applicant."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from assistant.answers.context import Context
from assistant.answers.facts import budget_facts, fact_sentence
from assistant.answers.fallbacks import not_found
from assistant.answers.phrasing import scheme_name
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.questions.vocabulary import vocabulary
from assistant.rules import engine
from assistant.rules.engine import kr
from assistant.rules.model import Scheme
from assistant.tokens import tokenize
from assistant.types import Answer, CalculationLine, Passage
from assistant.understand.analyse import ALLOCATION_SIZE
from assistant.understand.model import Understanding


def write_budget(
    ctx: Context, w: Writer, scheme: Scheme, passages: Sequence[Passage], combined: bool = False
) -> Answer:
    """The budget figures, newest first, and what they are (a total, not a grant per applicant); with `combined`
    (two schemes asked about together), a figure stated for them together leads."""
    budgets = sorted(budget_facts(scheme), key=lambda f: f.valid_from or date.min, reverse=True)
    if combined:
        together = engine.budget_figures(scheme, None, combined=True)
        budgets = together + [fact for fact in budgets if fact not in together]
    for fact in budgets:
        w.add(fact_sentence(w, fact))
    w.add(
        w.t(
            f"Dette er den samlede rammen for «{scheme.name}», ikke et beløp per søker "
            f"({ctx.title(scheme, [b.source for b in budgets])}).",
            f"This is the total allocation for «{scheme_name(scheme, 'en')}», not an amount per applicant "
            f"({ctx.title(scheme, [b.source for b in budgets])}).",
        )
    )
    return w.answer("answered", passages)


def add_up_budgets(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """'Add up the 2015 amounts of A and B': each named scheme's allocation, and their sum; None unless each has
    one figure (for the year named)."""
    schemes = [ctx.book.scheme(scheme_id) for scheme_id in u.scheme_ids]
    # "… the IPS trial scheme and the JMO scheme" in 2015: "JMO" names today's IPS/JMO grant as well, which states
    # no allocation; the schemes that do are the ones to add up, when two or more of them are named.
    budgeted = [scheme for scheme in schemes if budget_facts(scheme)]
    calculation = engine.budgets_together(budgeted if len(budgeted) >= 2 else schemes, u.calendar_year)
    if calculation is None:
        return None
    parts = calculation.lines[:-1]  # the last line is the total
    year = f" i {u.calendar_year}" if u.calendar_year else ""
    year_en = f" in {u.calendar_year}" if u.calendar_year else ""
    total = kr(calculation.amount)
    addends = " + ".join(kr(line.amount or 0) for line in parts)
    w.add(
        w.t(
            f"Til sammen {total} kr{year} ({addends} = {total} kr):",
            f"Together NOK {total}{year_en} ({addends} = {total} NOK):",
        )
    )
    _write_inputs(w, parts)
    w.add(
        w.t(
            "Dette er samlede rammer for ordningene, ikke beløp per søker.",
            "These are the schemes' total allocations, not amounts per applicant.",
        )
    )
    w.calculation = calculation
    return w.answer("answered", passages)


_ONE_PROJECT = re.compile(
    r"\b(?:a|an|one|our|et|ett|vårt|vår)\s+(?:[\w-]+\s+){0,2}?(?:project|prosjekt|team|teamet)\b", re.IGNORECASE
)
_SIZE_THEN_COMPARED = re.compile(
    r"\b(?:hvor\s+(?:stor|mye)|how\s+(?:big|large|much)|what\s+was)\b.*\b(?:og|and)\b.*\b(?:sammenlign|compar)",
    re.IGNORECASE,
)


def difference_of_budgets(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """'How much higher was the combined 2019 appropriation than the 2015 amount?': two named schemes' allocations
    and how far apart they lie; None unless exactly two figures are found."""
    schemes = [ctx.book.scheme(scheme_id) for scheme_id in u.scheme_ids]
    # "Hvor stor var ordningen i 2015, og hvordan er det sammenlignet med 2019?": the sizes asked, then how far apart.
    sizes_first = bool(_SIZE_THEN_COMPARED.search(u.clean_text or u.text))
    calculation = engine.budgets_difference(schemes, combined=u.has("together"), as_named=sizes_first)
    if calculation is None:
        return None
    first, second = (line.amount or 0 for line in calculation.lines[:2])
    larger, smaller = max(first, second), min(first, second)
    difference = kr(calculation.amount)
    worked = f"{kr(larger)} − {kr(smaller)} = {difference}"
    if u.has("which_larger") and not sizes_first:
        # "Which got more in 2015: X or Y?": the larger named first, then by how much.
        high = calculation.lines[0]
        name = high.text.rsplit(":", 1)[0]
        name_en = (high.text_en or high.text).rsplit(":", 1)[0]
        w.add(
            w.t(
                f"Mest til «{name}»: {kr(larger)} kr mot {kr(smaller)} kr, {difference} kr mer ({worked} kr):",
                f"More for «{name_en}»: NOK {kr(larger)} against NOK {kr(smaller)}, NOK {difference} more "
                f"({worked} NOK):",
            )
        )
    elif sizes_first:
        w.add(
            w.t(
                f"{kr(first)} kr mot {kr(second)} kr, en forskjell på {difference} kr ({worked} kr):",
                f"NOK {kr(first)} against NOK {kr(second)}, a difference of NOK {difference} ({worked} NOK):",
            )
        )
    else:
        w.add(
            w.t(f"Forskjellen er {difference} kr ({worked} kr):", f"The difference is NOK {difference} ({worked} NOK):")
        )
    _write_inputs(w, calculation.lines[:2])
    one_document = len({source.document_id for source in calculation.sources}) == 1
    w.add(
        w.t(
            "Dette er samlede rammer for ordningene, ikke beløp per søker."
            if one_document
            else "Dette er samlede rammer for ordningene, fra hvert sitt dokument, ikke beløp per søker.",
            "These are the schemes' total allocations, not amounts per applicant."
            if one_document
            else "These are the schemes' total allocations, each from its own document, not amounts per applicant.",
        )
    )
    w.calculation = calculation
    return w.answer("answered", passages)


def left_after_told(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """'If the transition scheme got 90 million of the 2023 appropriation, how much was left for the new scheme?':
    the combined allocation the documents state less the one part the question tells; None unless exactly one
    allocation-sized part is told, and it is not the combined figure itself."""
    told = [amount for amount in u.amounts if amount >= ALLOCATION_SIZE]
    if len(told) != 1 or told_combined(ctx, u):
        return None
    for scheme in _schemes_asked(ctx, u):
        calculation = engine.budget_left_after_told(scheme, u.calendar_year, told[0])
        if calculation is None:
            continue
        total = calculation.lines[0].amount or 0
        w.add(
            w.t(
                f"{kr(calculation.amount)} kr: av {kr(total)} kr samlet for ordningene, med {kr(told[0])} kr til den "
                f"ene slik du oppgir ({kr(total)} − {kr(told[0])} = {kr(calculation.amount)} kr).",
                f"NOK {kr(calculation.amount)}: of NOK {kr(total)} for the schemes together, with NOK {kr(told[0])} "
                f"to the one as you give it ({kr(total)} − {kr(told[0])} = {kr(calculation.amount)} NOK).",
            )
        )
        _write_inputs(w, calculation.lines[:1])
        w.calculation = calculation
        return w.answer("answered", passages)
    return None


def left_for_the_other(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """'185 million for the adults and 230 million together: how much was left for the children?': the combined
    allocation less the scheme's own; None unless a scheme asked about, or one under the same budget post, states
    both ("how much did that leave for the children's scheme?" is told by the adults' scheme's figures)."""
    for scheme in _schemes_asked(ctx, u):
        calculation = engine.budget_left_for_the_other(scheme, u.calendar_year)
        if calculation is None:
            continue
        combined, own = calculation.lines[0].amount or 0, calculation.lines[1].amount or 0
        left, name = kr(calculation.amount), scheme_name(scheme, w.language)
        w.add(
            w.t(
                f"Omtrent {left} kr: av {kr(combined)} kr samlet gikk ca. {kr(own)} kr til «{name}» "
                f"({kr(combined)} − {kr(own)} = {left} kr).",
                f"About NOK {left}: of NOK {kr(combined)} combined, about NOK {kr(own)} went to «{name}» "
                f"({kr(combined)} − {kr(own)} = {left} NOK).",
            )
        )
        _write_inputs(w, calculation.lines[:2])
        w.calculation = calculation
        return w.answer("answered", passages)
    return None


def _write_inputs(w: Writer, lines: Sequence[CalculationLine]) -> None:
    """The allocations a calculation starts from, one cited line each."""
    for line in lines:
        w.add(f"- {w.t(line.text, line.text_en or line.text)} {w.cite(line.source)}")


def _schemes_asked(ctx: Context, u: Understanding) -> list[Scheme]:
    """The schemes named, then the others under the same budget post (whose allocation they share)."""
    posts = {post for scheme_id in u.scheme_ids for post in ctx.book.scheme(scheme_id).kapittel_post}
    siblings = [scheme.id for scheme in ctx.book.schemes.values() if posts & set(scheme.kapittel_post)]
    return [ctx.book.scheme(scheme_id) for scheme_id in dict.fromkeys([*u.scheme_ids, *siblings])]


def told_combined(ctx: Context, u: Understanding) -> bool:
    """The question tells the allocation a scheme asked about shares with another, as the documents state it."""
    told = set(u.amounts)
    return any(
        figure.number() in told
        for scheme in _schemes_asked(ctx, u)
        for figure in engine.budget_figures(scheme, u.calendar_year, combined=True)
    )


def _stated_combined(scheme: Scheme) -> bool:
    """The scheme's documents give an allocation for it together with another scheme."""
    return bool(engine.budget_figures(scheme, None, combined=True))


def answer_budget(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The scheme's budget figures; with none, 'not found' for a question about the allocation itself, else None
    (then its fallback, the amount type, answers: "what is the budget per position")."""
    if u.has("per_position"):
        return None  # a rate per position, not the total: the amount type answers (or says none is stated)
    if u.participants and engine.cost_per_participant(scheme) is not None:
        return None  # "what should we budget for 5 on the training programme": the amount type prices them
    if u.has("remaining") or told_combined(ctx, u):
        # "… 230 millioner for de to ordningene. Hvor mye gikk da til barn og unge-ordningen?": the rest of it.
        left = left_after_told(ctx, w, u, passages) or left_for_the_other(ctx, w, u, passages)
        if left is not None:
            return left
    if u.has("difference") and len(u.scheme_ids) > 1:
        apart = difference_of_budgets(ctx, w, u, passages)
        if apart is not None:
            return apart
    # "the adult and the child/youth schemes together": the child/youth scheme has no rules of its own, so one
    # scheme named with "together" still asks for the combined figure when its document gives one; named first,
    # the child/youth scheme is answered with the figure the other scheme's document gives for both.
    if u.has("together") and not budget_facts(scheme):
        scheme = next((other for other in _schemes_asked(ctx, u) if _stated_combined(other)), scheme)
    has_combined = _stated_combined(scheme)
    together = u.has("together") and (len(u.scheme_ids) > 1 or has_combined)
    if together and not has_combined:
        added = add_up_budgets(ctx, w, u, passages)
        if added is not None:
            return added
    part_asked = vocabulary().qualifier("part_of_that").found(tokenize(u.clean_text or u.text))
    if part_asked and has_combined and not engine.budget_figures(scheme, None, combined=False):
        # "230 mill. for both schemes" – "Hvor mye av det gikk til overgangsordningen?": its part is not stated.
        name = scheme_name(scheme, w.language)
        return not_found(
            w,
            passages,
            w.t(
                f"Dokumentene oppgir bare bevilgningen til ordningene samlet, ikke hvor mye som gikk til «{name}».",
                f"The documents give only the allocation to the schemes together, not how much went to «{name}».",
            ),
        )
    if budget_facts(scheme):
        return write_budget(ctx, w, scheme, passages, combined=together)
    # "How big is the budget for a Tiltak B project in year 2?" asks what one applicant may get.
    # Staff and a year carried from the question before ("… første år for en hel stilling?" … "og hva er
    # totalbudsjettet for hele ordningen?") size no applicant in this one.
    own = {"year", "percents", "positions"} - set(u.inherited)
    sized = {"year": u.year is not None, "percents": bool(u.percents), "positions": u.positions is not None}
    # "the total budget for a Tiltak B project over four years" is one applicant's, too.
    one_project = bool(u.years) or _ONE_PROJECT.search(u.clean_text or u.text) is not None
    applicant_sized = any(sized[name] for name in own) or one_project
    if u.has("allocation") and not applicant_sized:
        name = scheme_name(scheme, w.language)
        return not_found(
            w,
            passages,
            w.t(
                f"Dokumentene oppgir ikke den samlede bevilgningen til «{name}», bare regler for hver søker.",
                f"The documents give no total allocation for «{name}», only the rules for each applicant.",
            ),
        )
    return None


QUESTION_TYPE = register(
    QuestionType(
        name="budget",
        yields_to_evidence=False,
        description="The total allocation (bevilgning, ramme) of a scheme in a year.",
        category="amount",
        handler=answer_budget,
        consumes=frozenset({"calendar_year"}),
        fallback="amount",
        retrieval_terms="bevilgning budsjett millioner kroner",
    )
)
