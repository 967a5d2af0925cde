"""Pydantic models of a rule table (corpus/rules/*.yaml): every value dated, with a unit and a verbatim source."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.applicants import ApplicantType
from assistant.errors import RuleTableError
from assistant.types import Source

Unit = Literal["NOK", "NOK_per_participant", "positions", "percent", "years", "date", "inhabitants", "bool", "text"]
Verdict = Literal["yes", "no", "conditional", "unknown"]
SchemeStatus = Literal["current", "old_version", "expired"]
MeasureKind = Literal["per_position", "lump_sum", "no_fixed_amount"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def iter_models(node: object, path: str = "") -> Iterator[tuple[str, BaseModel]]:
    """Every pydantic model in `node` (itself included), depth first, with its path, e.g. 'measures.B.rates[0]'."""
    if isinstance(node, BaseModel):
        yield path, node
        for name in type(node).model_fields:
            yield from iter_models(getattr(node, name), f"{path}.{name}" if path else name)
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from iter_models(item, f"{path}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from iter_models(item, f"{path}[{index}]")


class Period(_Strict):
    """When a value is in force; an open end means 'until replaced'."""

    valid_from: date | None = Field(default=None, description="First day in force (None: open start).")
    valid_to: date | None = Field(default=None, description="Last day in force (None: open end).")

    def in_force(self, day: date) -> bool:
        """True if the value applies on `day`."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)

    def in_year(self, year: int) -> bool:
        """True if the value applies on some day of calendar year `year`."""
        start = self.valid_from.year if self.valid_from else year
        end = self.valid_to.year if self.valid_to else year
        return start <= year <= end


class RuleValue(Period):
    """One dated parameter value with its unit and the verbatim text that states it."""

    value: int | float | bool | date | str = Field(description="The value (NOK, count, years, date, text …).")
    unit: Unit = Field(description="NOK, positions, percent, years, date, inhabitants, bool or text.")
    text: str | None = Field(default=None, description="Norwegian statement of the rule, for answers.")
    text_en: str | None = Field(default=None, description="English statement of the rule, for answers.")
    source: Source = Field(description="Document, section and verbatim quote backing the value.")

    def number(self) -> int:
        """The value as a whole number (NOK, counts, years, percent)."""
        if isinstance(self.value, bool) or not isinstance(self.value, int | float):
            message = f"Rule value {self.value!r} ({self.source.quote!r}) is not a number."
            raise RuleTableError(message, message)
        return int(self.value)


class Rate(RuleValue):
    """Maximum grant per 100 % position per year, for a range of project/operating years."""

    year_from: int = Field(ge=1, description="First project/operating year the rate applies to.")
    year_to: int = Field(ge=1, description="Last project/operating year the rate applies to.")


class Cap(RuleValue):
    """A ceiling in NOK on the position grant (per project or per team), optionally for some years only."""

    kind: Literal["per_project", "per_team"] = Field(description="What the ceiling applies to.")
    name: str = Field(description="Norwegian name of the cap shown in traces, e.g. 'maks. 3 mill. kroner per team'.")
    name_en: str | None = Field(default=None, description="English name of the cap.")
    year_from: int | None = Field(default=None, ge=1, description="First year the cap applies to (None: all).")
    year_to: int | None = Field(default=None, ge=1, description="Last year the cap applies to (None: all).")


class PositionLimit(RuleValue):
    """How many positions a measure funds: a hard limit (error) or a funding ceiling (excess not funded)."""

    basis: Literal["count", "percent_total"] = Field(
        description="count: number of positions; percent_total: sum of position percentages."
    )
    on_exceed: Literal["error", "cap"] = Field(
        description="error: the request is impossible; cap: only the allowed part is funded."
    )
    name: str = Field(description="Norwegian name shown in traces and errors.")
    name_en: str | None = Field(default=None, description="English name.")


class Qualification(_Strict):
    """A qualification the staff a measure pays for must have ("Minst to års arbeidserfaring fra IPS")."""

    text: str = Field(description="Norwegian text of the requirement.")
    text_en: str | None = Field(default=None, description="English text.")
    min_years: float | None = Field(
        default=None, description="Least years of the experience the `years_of` words name (none: not counted)."
    )
    years_of: list[str] = Field(default_factory=list, description="Words naming the experience counted ('IPS').")
    met_by: list[str] = Field(
        default_factory=list,
        description="Word beginnings that, said of a candidate, meet it ('sykepleier', 'veiled', 'nurse').",
    )
    source: Source = Field(description="Verbatim source.")


class Measure(_Strict):
    """A measure (tiltak) within a scheme, with its amounts, limits and duration."""

    id: str = Field(description="Measure id, e.g. 'A', 'B', 'ips', 'act-fact'.")
    name: str = Field(description="Norwegian name as in the document.")
    label: str = Field(description="Short Norwegian label for messages, e.g. 'Tiltak B', 'ACT-/FACT-team'.")
    label_en: str | None = Field(default=None, description="Short English label for messages, e.g. 'Tiltak B'.")
    name_en: str | None = Field(default=None, description="English name.")
    aliases: list[str] = Field(default_factory=list, description="Other (Norwegian) names used in questions.")
    aliases_en: list[str] = Field(default_factory=list, description="English names used in questions.")
    aliases_cased: list[str] = Field(
        default_factory=list,
        description="Acronyms that are also ordinary words ('ACT', 'FACT'): matched only as cased.",
    )
    roles: list[str] = Field(
        default_factory=list,
        description="The staff the measure pays for, in either language ('jobbspesialist', 'employment "
        "specialist'): a role names the measure less surely than its names do, as other schemes fund it too.",
    )
    roles_only: Source | None = Field(
        default=None,
        description="Where the document says the measure pays for its roles and no other staff (Tiltak B: the "
        "work/education specialist, not the team leader): other roles a question lists are left out of its sum.",
    )
    kind: MeasureKind = Field(description="per_position, lump_sum or no_fixed_amount.")
    component: Literal["preproject", "training"] | None = Field(
        default=None,
        description="The part of a grant this measure is (a pre-project): a question that excludes that part "
        "('uten forprosjekt') is not about this measure.",
    )
    duration: RuleValue | None = Field(default=None, description="Maximum number of years (unit years).")
    one_year_at_a_time: RuleValue | None = Field(default=None, description="Granted one year at a time (bool).")
    rates: list[Rate] = Field(default_factory=list, description="Maximum per 100 % position, by year.")
    prorate: Literal["stated", "assumption"] = Field(
        default="assumption",
        description="stated: the document says part-time positions are reduced pro rata; else it is an assumption.",
    )
    prorate_source: Source | None = Field(default=None, description="Where the document states pro-rating.")
    position_limit: PositionLimit | None = Field(default=None, description="Limit on positions, if any.")
    min_positions: RuleValue | None = Field(
        default=None, description="Minimum number of 100 % positions (a requirement; warned, not enforced)."
    )
    caps: list[Cap] = Field(default_factory=list, description="Ceilings per project/team.")
    training: RuleValue | None = Field(default=None, description="Maximum extra for training measures (NOK).")
    lump_sum: RuleValue | None = Field(default=None, description="Maximum amount of a lump-sum measure (NOK).")
    no_fixed_amount: RuleValue | None = Field(
        default=None, description="The document's statement that the amount is not fixed (unit text)."
    )
    facts: dict[str, RuleValue] = Field(default_factory=dict, description="Other dated facts about the measure.")
    qualifications: list[Qualification] = Field(
        default_factory=list, description="What the staff the measure pays for must have (education, experience)."
    )

    def steps_by_year(self) -> bool:
        """Whether its rate differs between project years (Tiltak B steps down; Tiltak A has one rate)."""
        return len({rate.number() for rate in self.rates}) > 1


class EligibilityEntry(_Strict):
    """Whether one applicant type may apply, and why."""

    verdict: Verdict = Field(description="yes, no, conditional or unknown.")
    condition: str | None = Field(default=None, description="Norwegian condition text (verdict conditional).")
    condition_en: str | None = Field(default=None, description="English condition text.")
    note: str | None = Field(default=None, description="Why the verdict is what it is (e.g. not listed).")
    source: Source | None = Field(default=None, description="Verbatim source; None only for 'unknown'.")


class EligibilityVersion(Period):
    """Who may apply according to one document/version."""

    document_id: str = Field(description="Document the list comes from.")
    applicants: dict[ApplicantType, EligibilityEntry] = Field(description="Entries for the types the text names.")
    unlisted: EligibilityEntry = Field(description="Verdict for applicant types the text does not name.")
    main_applicants: list[ApplicantType] | None = Field(
        default=None,
        description="Only these may stand as main applicant (others may take part); None: the text sets no rule.",
    )


class Condition(_Strict):
    """A condition for a grant (for all applicants, or some applicant types / measures)."""

    id: str = Field(description="Short id, e.g. 'nav-helse-samarbeid'.")
    kind: Literal["eligibility", "requirement", "covers_only", "covers"] = Field(
        default="eligibility",
        description="eligibility: must hold to get the grant (verdict becomes conditional); "
        "requirement: what the application or grant must do (listed, verdict unchanged); "
        "covers_only: what the grant may be spent on, and nothing else (answers 'can we use it for …?'); "
        "covers: what the grant may be spent on, listed without excluding the rest (answers 'what can it pay for?' "
        "and 'only salaries?').",
    )
    text: str = Field(description="Norwegian statement of the condition.")
    text_en: str | None = Field(default=None, description="English statement.")
    measures: list[str] | None = Field(default=None, description="Measure ids it applies to (None: all).")
    applicants: list[ApplicantType] | None = Field(default=None, description="Applicant types (None: all).")
    source: Source = Field(description="Verbatim source.")


class Deadline(Period):
    """An application, reporting or accounts deadline: a fixed date, a yearly date, or 'see the announcement'."""

    kind: Literal["application", "reporting", "accounts"] = Field(description="What is due.")
    text: str = Field(description="Norwegian description, e.g. 'Rapporteringsfrist 01.04 året etter tildeling'.")
    text_en: str | None = Field(default=None, description="English description.")
    due: date | None = Field(default=None, description="Fixed date, if the document states one.")
    recurring: str | None = Field(default=None, description="Yearly date 'MM-DD' (e.g. '04-01'), if recurring.")
    years_after: int = Field(
        default=0,
        ge=0,
        le=1,
        description="Calendar years between the grant's year and a yearly date due for it ('01.04 året etter': 1).",
    )
    tentative: bool = Field(default=False, description="The document says the date is expected ('antatt').")
    announced: bool = Field(
        default=False, description="No date here, but the document says where it is published (the call)."
    )
    source: Source = Field(description="Verbatim source.")


class ChecklistItem(_Strict):
    """One line of a ☒/☐ list (application requirements, award criteria, reporting)."""

    label: str = Field(description="The text after the box.")
    checked: bool = Field(description="☒ (applies) or ☐ (does not apply).")
    measures: list[str] | None = Field(default=None, description="Only for these measures (None: the whole scheme).")
    source: Source = Field(description="Verbatim source.")


class Scheme(Period):
    """One grant scheme (tilskuddsordning) as stated by one or more dated documents."""

    id: str = Field(description="Scheme id, e.g. '0765-73'.")
    name: str = Field(description="Norwegian name.")
    name_en: str | None = Field(default=None, description="English name.")
    aliases: list[str] = Field(default_factory=list, description="Names, abbreviations, kapittel/post, codes.")
    aliases_en: list[str] = Field(default_factory=list, description="English names used in questions.")
    aliases_cased: list[str] = Field(
        default_factory=list,
        description="Acronyms that are also ordinary words ('ACT', 'FACT'): matched only as cased.",
    )
    kapittel_post: list[str] = Field(default_factory=list, description="Budget chapter/post, e.g. '0765.73'.")
    tilskuddskode: str | None = Field(default=None, description="Grant code, e.g. '870419'.")
    documents: list[str] = Field(description="Document ids the rules come from, oldest first.")
    version_date: date | None = Field(default=None, description="Date of the newest source version.")
    status: SchemeStatus = Field(description="current, old_version or expired.")
    status_note: str = Field(description="Norwegian explanation of the status, for warnings.")
    status_note_en: str | None = Field(default=None, description="English explanation of the status.")
    eligibility: list[EligibilityVersion] = Field(default_factory=list, description="Who may apply, by version.")
    conditions: list[Condition] = Field(default_factory=list, description="Conditions for a grant.")
    measures: dict[str, Measure] = Field(default_factory=dict, description="Measures by id.")
    deadlines: list[Deadline] = Field(default_factory=list, description="Deadlines with sources.")
    facts: dict[str, RuleValue] = Field(
        default_factory=dict, description="Other facts: decision authority, appeal, auditor attestation …"
    )
    application_requirements: list[ChecklistItem] = Field(default_factory=list, description="Section 4 ☒/☐.")
    award_criteria: list[ChecklistItem] = Field(default_factory=list, description="Section 5 ☒/☐.")
    reporting_requirements: list[ChecklistItem] = Field(default_factory=list, description="Section 7 ☒/☐.")
    reviewed: bool = Field(
        default=True,
        description="False for a table drafted by `regelverk rules draft` that no caseworker has approved yet; "
        "answers relying on it carry a warning.",
    )

    def sources(self) -> list[Source]:
        """Every source cited anywhere in the scheme (for the quote check)."""
        return [node for _, node in iter_models(self) if isinstance(node, Source)]


class RuleFile(_Strict):
    """A YAML file: one scheme, or several under `schemes` (e.g. the 2015 overview)."""

    schemes: list[Scheme] = Field(description="The schemes the file defines.")
