"""Results of the rules engine: what the chat, CLI and API get back (each with sources, most with a trace)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from assistant.applicants import ApplicantType
from assistant.rules.model import Verdict
from assistant.types import Calculation, Source


class ConditionResult(BaseModel):
    """A condition the applicant must meet, with its source."""

    text: str = Field(description="Norwegian statement of the condition.")
    text_en: str | None = Field(default=None, description="English statement, if recorded.")
    source: Source = Field(description="Verbatim source.")


class EligibilityResult(BaseModel):
    """May this applicant type apply for this scheme (and measure)?"""

    scheme_id: str = Field(description="Scheme id.")
    measure: str | None = Field(default=None, description="Measure id, if one was asked about.")
    applicant_type: ApplicantType = Field(description="The applicant type asked about.")
    verdict: Verdict = Field(description="yes, no, conditional (yes if the conditions are met) or unknown.")
    reason: str = Field(description="Norwegian one-sentence explanation.")
    conditions: list[ConditionResult] = Field(default_factory=list, description="Conditions that must hold.")
    requirements: list[ConditionResult] = Field(
        default_factory=list, description="Requirements for the application or the use of the grant."
    )
    sources: list[Source] = Field(default_factory=list, description="Sources of the verdict and conditions.")
    document_id: str | None = Field(default=None, description="Document whose 'who may apply' list was used.")
    warnings: list[str] = Field(default_factory=list, description="Old or expired versions.")


class GrantResult(BaseModel):
    """Maximum grant for one year of a measure, with the full trace."""

    scheme_id: str = Field(description="Scheme id.")
    measure: str = Field(description="Measure id.")
    year: int | None = Field(default=None, description="Project/operating year (None for lump sums).")
    percents: list[float] = Field(default_factory=list, description="Position percentages used.")
    months: list[int] = Field(
        default_factory=list, description="Months of the year each position is filled, if not all (parallel)."
    )
    amount: int = Field(description="Maximum total grant in NOK (positions plus training).")
    position_amount: int = Field(description="Maximum grant for the positions (salary part) in NOK.")
    training_amount: int = Field(default=0, description="Training/competence measures part in NOK.")
    over_limit: bool = Field(
        default=False, description="More positions than the measure's position limit funds (the limit set the sum)."
    )
    calculation: Calculation = Field(description="Trace: inputs, rate, pro-rating, caps, total, with sources.")
    warnings: list[str] = Field(default_factory=list, description="Old versions, unmet minimums and the like.")


class PlanResult(BaseModel):
    """Maximum grant for every year of a measure, and the total."""

    scheme_id: str = Field(description="Scheme id.")
    measure: str = Field(description="Measure id.")
    years: list[GrantResult] = Field(description="One result per year.")
    add_ons: list[GrantResult] = Field(
        default_factory=list, description="Lump sums counted once on top of the years (a pre-project)."
    )
    total: int = Field(description="Sum of the yearly maxima (and the add-ons) in NOK.")
    calculation: Calculation = Field(description="Summary trace: one line per year and the total.")
    warnings: list[str] = Field(default_factory=list, description="Warnings from the yearly results.")


class OwnFundingResult(BaseModel):
    """Own funding (egenfinansiering) needed when the salary cost exceeds the maximum grant."""

    salary_cost: int = Field(description="Actual yearly salary cost in NOK, as given.")
    max_grant: int = Field(description="Maximum grant towards the salary in NOK.")
    own_funding: int = Field(description="Salary cost not covered by the maximum grant, in NOK.")
    own_share_percent: float = Field(description="Own funding as a percentage of the salary cost.")
    calculation: Calculation = Field(description="Trace of the computation.")


class DeadlineInfo(BaseModel):
    """A deadline and whether it has passed."""

    scheme_id: str = Field(description="Scheme id.")
    kind: Literal["application", "reporting", "accounts"] = Field(description="What is due.")
    text: str = Field(description="Norwegian description.")
    text_en: str | None = Field(default=None, description="English description.")
    due: date | None = Field(default=None, description="Fixed date, if stated.")
    next_date: date | None = Field(default=None, description="Next occurrence of a yearly deadline.")
    for_grant_year: date | None = Field(
        default=None, description="A yearly deadline's date for grants awarded for the calendar year asked about."
    )
    tentative: bool = Field(default=False, description="Stated as expected ('antatt').")
    announced: bool = Field(default=False, description="Undated here; published in the call for applications.")
    expired: bool | None = Field(default=None, description="True if a fixed date has passed; None if not dated.")
    source: Source = Field(description="Verbatim source.")
