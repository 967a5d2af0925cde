"""Field-by-field comparison of two rule tables of one scheme (a draft against a hand-written or generated table).

Both tables are flattened to the values a rule table is for — who may apply, checklist boxes, per measure its kind,
duration, rate for each year, position limit, caps, training and lump sums, deadlines and facts — keyed by a
readable path ('measures.B.rate.year3'). A value is recovered exactly when the draft holds the same value at the
same path; quotes are compared separately (a different quote can back the same value).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, Field

from assistant.rules.model import ChecklistItem, Measure, RuleValue, Scheme
from assistant.text import fold_whitespace
from assistant.types import Source

Outcome = Literal["exact", "different", "missing", "extra"]


class FieldValue(BaseModel):
    """One comparable value of a table and the quote backing it."""

    value: str = Field(description="The value, rendered as text for comparison.")
    quote: str | None = Field(default=None, description="Its source quote.")


class FieldComparison(BaseModel):
    """One field in either table."""

    path: str = Field(description="Where in the table, e.g. 'measures.B.rate.year3'.")
    expected: FieldValue | None = Field(description="The reference table's value (None: not in it).")
    drafted: FieldValue | None = Field(description="The draft's value (None: not drafted).")

    @property
    def outcome(self) -> Outcome:
        if self.expected is None:
            return "extra"
        if self.drafted is None:
            return "missing"
        return "exact" if self.expected.value == self.drafted.value else "different"

    @property
    def same_quote(self) -> bool:
        """Both values cite the same words (whitespace aside)."""
        if self.expected is None or self.drafted is None:
            return False
        return fold_whitespace(self.expected.quote or "") == fold_whitespace(self.drafted.quote or "")


class Comparison(BaseModel):
    """All fields of two tables of one scheme."""

    scheme_id: str = Field(description="The scheme compared.")
    fields: list[FieldComparison] = Field(description="Every path in either table, reference order first.")

    def count(self, outcome: Outcome) -> int:
        return sum(1 for item in self.fields if item.outcome == outcome)

    @property
    def expected_total(self) -> int:
        """Fields the reference table has."""
        return sum(1 for item in self.fields if item.expected is not None)

    @property
    def recovery(self) -> float:
        """Share of the reference table's fields the draft holds with the same value."""
        return self.count("exact") / self.expected_total if self.expected_total else 1.0


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nei"
    return str(value)


def _quote(source: Source | None) -> str | None:
    return source.quote if source is not None else None


def _rule(path: str, value: RuleValue | None) -> Iterable[tuple[str, FieldValue]]:
    if value is not None:
        yield path, FieldValue(value=_text(value.value), quote=value.source.quote)


def _checklist(name: str, items: list[ChecklistItem]) -> Iterable[tuple[str, FieldValue]]:
    for item in items:
        # A measure's own points ("Tiltak A: • …") are named by the measure: they are no ☒/☐ box.
        scope = f".{'+'.join(item.measures)}" if item.measures else ""
        yield (
            f"{name}{scope}[{fold_whitespace(item.label)[:40]}]",
            FieldValue(value=_text(item.checked), quote=item.source.quote),
        )


def _measure(measure: Measure) -> Iterable[tuple[str, FieldValue]]:
    base = f"measures.{measure.id}"
    yield f"{base}.kind", FieldValue(value=measure.kind)
    yield from _rule(f"{base}.duration", measure.duration)
    yield from _rule(f"{base}.one_year_at_a_time", measure.one_year_at_a_time)
    for rate in measure.rates:
        for year in range(rate.year_from, rate.year_to + 1):
            yield f"{base}.rate.year{year}", FieldValue(value=_text(rate.value), quote=rate.source.quote)
    limit = measure.position_limit
    if limit is not None:
        yield (
            f"{base}.position_limit",
            FieldValue(
                value=f"{limit.value} {limit.unit} ({limit.basis}, {limit.on_exceed})", quote=limit.source.quote
            ),
        )
    for cap in measure.caps:
        years = "" if cap.year_from is None else f" år {cap.year_from}–{cap.year_to}"
        yield f"{base}.cap.{cap.kind}", FieldValue(value=f"{cap.value}{years}", quote=cap.source.quote)
    yield from _rule(f"{base}.training", measure.training)
    yield from _rule(f"{base}.lump_sum", measure.lump_sum)
    for name, fact in measure.facts.items():
        yield from _rule(f"{base}.facts.{name}", fact)


def flatten(scheme: Scheme) -> dict[str, FieldValue]:
    """Every comparable value of a table by path."""
    out: dict[str, FieldValue] = {}

    def put(items: Iterable[tuple[str, FieldValue]]) -> None:
        for path, value in items:
            out.setdefault(path, value)

    put([("kapittel_post", FieldValue(value=", ".join(scheme.kapittel_post)))] if scheme.kapittel_post else [])
    put([("tilskuddskode", FieldValue(value=scheme.tilskuddskode))] if scheme.tilskuddskode else [])
    put([("version_date", FieldValue(value=scheme.version_date.isoformat()))] if scheme.version_date else [])
    for version in scheme.eligibility[:1]:
        for kind, entry in version.applicants.items():
            put([(f"eligibility.{kind.value}", FieldValue(value=entry.verdict, quote=_quote(entry.source)))])
    put(_checklist("application_requirements", scheme.application_requirements))
    put(_checklist("award_criteria", scheme.award_criteria))
    put(_checklist("reporting_requirements", scheme.reporting_requirements))
    for measure in scheme.measures.values():
        put(_measure(measure))
    for deadline in scheme.deadlines:
        when = deadline.due.isoformat() if deadline.due else (deadline.recurring or "(ingen dato)")
        put([(f"deadlines.{deadline.kind}", FieldValue(value=when, quote=deadline.source.quote))])
    for name, fact in scheme.facts.items():
        put(_rule(f"facts.{name}", fact))
    for condition in scheme.conditions:
        put([(f"conditions.{condition.id}", FieldValue(value=condition.kind, quote=condition.source.quote))])
    return out


def compare_tables(expected: Scheme, drafted: Scheme) -> Comparison:
    """Every field of `expected` (the reference) beside the draft's value at the same path, then the draft's extras."""
    want, got = flatten(expected), flatten(drafted)
    fields = [FieldComparison(path=path, expected=value, drafted=got.get(path)) for path, value in want.items()]
    fields += [
        FieldComparison(path=path, expected=None, drafted=value) for path, value in got.items() if path not in want
    ]
    return Comparison(scheme_id=expected.id, fields=fields)
