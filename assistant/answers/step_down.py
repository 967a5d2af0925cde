"""Whether a measure's rate steps down from year to year, answered from its rate table (asked either way round)."""

from __future__ import annotations

from assistant.answers.facts import fact_sentence
from assistant.answers.phrasing import measure_label
from assistant.answers.writer import Writer
from assistant.rules.engine import kr
from assistant.rules.model import Measure


def step_down_verdict(w: Writer, measure: Measure, rates_shown: bool = True, same_asked: bool = False) -> None:
    """'Does the amount go down each year?': yes with the first and last year's rates, or no when one rate holds
    for every year (with the sentence saying so, where the duration states it); "per hele stilling" in words, as a
    duration answer has no calculation that traces a "100 %". Without `rates_shown` (a part-time
    position asked about: its own sum follows and leads the figures), the verdict names no rate. Asked whether it
    stays the same (`same_asked`), the verdicts turn round."""
    rates = sorted(measure.rates, key=lambda rate: rate.year_from)
    if not rates:
        return
    yes, no = (w.t("Nei", "No"), w.t("Ja", "Yes")) if same_asked else (w.t("Ja", "Yes"), w.t("Nei", "No"))
    label = measure_label(measure, w.language)
    first, last = rates[0], rates[-1]
    if last.number() < first.number():
        span = (
            w.t(
                f"fra {kr(first.number())} kr per hele stilling i {first.year_from}. år til {kr(last.number())} kr "
                f"i {last.year_from}. år",
                f"from {kr(first.number())} NOK per full-time position in year {first.year_from} to "
                f"{kr(last.number())} NOK in year {last.year_from}",
            )
            if rates_shown
            else w.t("fra år til år", "from year to year")
        )
        cited = w.cite(first.source, last.source)
        w.add(
            w.t(
                f"{yes} – for {label} trappes satsen ned {span} {cited}.",
                f"{yes} – for {label} the rate steps down {span} {cited}.",
            )
        )
        stated = measure.facts.get("step_down")
        if stated is not None:
            # «… trappes ned hvert år, noe som fører til krav om økt egenfinansiering»: what the step-down means.
            w.add(fact_sentence(w, stated))
    elif len({rate.number() for rate in rates}) == 1:
        sources = [first.source, *([measure.duration.source] if measure.duration is not None else [])]
        rate = w.t(f": {kr(first.number())} kr per hele stilling", f": {kr(first.number())} NOK per full-time position")
        shown = rate if rates_shown else ""
        w.add(
            w.t(
                f"{no} – for {label} er satsen den samme hvert år{shown} {w.cite(*sources)}.",
                f"{no} – for {label} the rate is the same every year{shown} {w.cite(*sources)}.",
            )
        )
