"""POST /api/calculate: the rules module directly (maximum grant, multi-year plan, own funding) with its trace."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt

from assistant.api.deps import ServicesDep
from assistant.rules.engine import max_grant, own_funding, plan, resolve_measure
from assistant.rules.results import GrantResult, OwnFundingResult
from assistant.types import Calculation

router = APIRouter(prefix="/api", tags=["rules"])

Percent = Annotated[float, Field(gt=0, le=100, strict=False, description="Position percentage, 0 < p ≤ 100.")]


class CalculateRequest(BaseModel):
    """What to compute: a scheme, a measure, a year and positions (percentages or a count of 100 % positions)."""

    model_config = ConfigDict(extra="forbid")

    scheme: str = Field(min_length=1, max_length=200, description="Scheme id or alias, e.g. '0765.73'.")
    measure: str | None = Field(default=None, max_length=200, description="Measure id or alias, e.g. 'B'.")
    year: StrictInt | None = Field(default=None, ge=1, le=50, description="Project/operating year (1, 2, …).")
    percents: list[Percent] | None = Field(
        default=None, min_length=1, max_length=100, description="Position percentages, one per position."
    )
    positions: StrictInt | None = Field(default=None, ge=1, le=1000, description="Number of 100 % positions.")
    months: list[Annotated[StrictInt, Field(ge=1, le=12)]] | None = Field(
        default=None,
        min_length=1,
        max_length=1000,
        description="Months of the year each position is filled, one per position (default 12); pro-rated by "
        "months as an assumption. With all_years: the first year's.",
    )
    training: StrictInt | None = Field(default=None, ge=0, description="Training amount applied for (Tiltak A).")
    salary_cost: StrictInt | None = Field(default=None, gt=0, description="Actual yearly salary cost, NOK.")
    all_years: StrictBool = Field(default=False, description="Compute every year of the measure and the total.")
    as_of: date | None = Field(default=None, description="Use the rules in force on this date (default: latest).")


class CalculateResponse(BaseModel):
    """Maximum grant with its trace (for one year, or the total over every year)."""

    scheme: str = Field(description="Scheme id.")
    measure: str = Field(description="Measure id.")
    amount: int = Field(description="Maximum grant in NOK (the total when all_years).")
    currency: str = Field(default="NOK", description="Always NOK.")
    calculation: Calculation = Field(description="Trace with sources (one year, or the per-year summary).")
    years: list[GrantResult] = Field(default_factory=list, description="Per-year results when all_years.")
    own_funding: list[OwnFundingResult] = Field(
        default_factory=list, description="Own funding per computed year when salary_cost is given."
    )
    warnings: list[str] = Field(default_factory=list, description="Old or expired rules, unmet minimums.")


@router.post("/calculate", response_model=CalculateResponse)
def calculate(request: CalculateRequest, services: ServicesDep) -> CalculateResponse:
    """Compute with the rules module; domain errors become 404/422 with a message a person can act on."""
    book = services.rules
    scheme = book.scheme(request.scheme)
    measure = resolve_measure(book, scheme, request.measure)
    if request.all_years:
        result = plan(
            book,
            scheme,
            measure,
            percents=request.percents,
            positions=request.positions,
            training=request.training,
            as_of=request.as_of,
            months_by_year={1: request.months} if request.months else None,
        )
        years = result.years
        amount, calculation, warnings = result.total, result.calculation, result.warnings
    else:
        grant = max_grant(
            book,
            scheme,
            measure,
            request.year,
            percents=request.percents,
            positions=request.positions,
            training=request.training,
            as_of=request.as_of,
            months=request.months,
        )
        years = [grant]
        amount, calculation, warnings = grant.amount, grant.calculation, grant.warnings
    funding = [own_funding(r, request.salary_cost) for r in years] if request.salary_cost is not None else []
    return CalculateResponse(
        scheme=scheme.id,
        measure=measure,
        amount=amount,
        calculation=calculation,
        years=years if request.all_years else [],
        own_funding=funding,
        warnings=warnings,
    )
