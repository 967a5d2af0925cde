"""What one generated regelverk states, drawn from a seeded random source: the truth its text is written from.

Document `i` depends only on the seed and `i` (never on how many documents are generated), so the first 100 of a
1 000-document corpus are the 100-document corpus.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache
from itertools import product
from typing import Literal

from pydantic import BaseModel, Field

from assistant.applicants import ApplicantType
from eval.synthetic.vocabulary import (
    ACTIVITIES,
    APPLICANT_BOXES,
    APPLICATION_BOXES,
    AWARD_BOXES,
    BACKGROUND,
    INDICATORS,
    MEASURE_TITLES,
    REPORT_QUESTIONS,
    SUBGOALS,
    TARGET_GROUPS,
)

RateStyle = Literal["flat", "driftsar", "ar"]
AmountStyle = Literal["kr.", "kr", "suffix"]
# Budget chapters 0700–0799 except 0765 (the real corpus's chapter), and the posts grant schemes use.
_CHAPTERS = tuple(f"07{n:02d}" for n in range(100) if n != 65)
_POSTS = ("21", "50", "60", "61", "62", "63", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79")
MAX_DOCUMENTS = min(len(ACTIVITIES) * len(TARGET_GROUPS), len(_CHAPTERS) * len(_POSTS))


class MeasureSpec(BaseModel):
    """One measure ("Tiltak A") of a generated scheme."""

    letter: str = Field(description="A, B or C.")
    title: str = Field(description="What it funds, after 'Tiltak X: '.")
    kind: Literal["per_position", "lump_sum"] = Field(description="Rate per 100 % position, or one maximum sum.")
    years: int = Field(description="Longest funding period in years.")
    one_year_at_a_time: bool = Field(description="Granted one year at a time, with a new application each year.")
    rates: list[int] = Field(default_factory=list, description="NOK per 100 % position for years 1..n (per_position).")
    rate_style: RateStyle = Field(default="flat", description="One rate for all years, or a list per year.")
    step_down: bool = Field(default=False, description="The text says the grant steps down each year.")
    position_limit: int | None = Field(default=None, description="Positions one may apply for (a hard limit).")
    cap: int | None = Field(default=None, description="Ceiling in NOK on the grant per project and year.")
    cap_in_millions: bool = Field(default=False, description="The cap is written '2 mill. kroner'.")
    training: int | None = Field(default=None, description="Extra NOK for training measures.")
    lump_sum: int | None = Field(default=None, description="Maximum NOK of a lump-sum measure.")


class SchemeSpec(BaseModel):
    """One generated regelverk: every value its text states."""

    index: int = Field(description="Position in the corpus (0-based).")
    chapter: str = Field(description="Budget chapter, e.g. '0741'.")
    post: str = Field(description="Budget post, e.g. '62'.")
    code: str = Field(description="Tilskuddskode (six digits).")
    name: str = Field(description="Scheme name ('<activity> for <group>').")
    target_group: str = Field(description="Whom the scheme is for.")
    version_date: date = Field(description="Approval date.")
    replaces: date = Field(description="Date of the version it replaces.")
    goal_verb: int = Field(description="Index into GOAL_VERBS.")
    subgoals: list[int] = Field(description="Indices into SUBGOALS.")
    indicators: list[int] = Field(description="Indices into INDICATORS.")
    report_questions: list[int] = Field(description="Indices into REPORT_QUESTIONS.")
    applicants: dict[ApplicantType, bool] = Field(description="Section 3: who may apply (☒) and who may not (☐).")
    application_boxes: list[bool] = Field(description="Section 4 boxes, in template order.")
    award_box: int = Field(description="The one ticked section-5 box.")
    measures: list[MeasureSpec] = Field(description="Tiltak A, B, C …")
    administrator: Literal["Helsedirektoratet", "Statsforvalteren"] = Field(description="Who decides.")
    application_deadline: date | None = Field(description="Fixed deadline, or None: 'stated in the call'.")
    reporting_day: int = Field(description="Reporting deadline, day of month (the year after the grant).")
    reporting_month: int = Field(description="Reporting deadline, month.")
    appeal: bool = Field(description="Decisions are enkeltvedtak that can be appealed.")
    auditor: bool = Field(description="An auditor's attestation is required.")
    prior_priority: bool = Field(description="Earlier recipients may be prioritised.")
    amount_style: AmountStyle = Field(description="How amounts are written: 'kr. 750 000', 'kr 750 000', '750 000 kr'.")
    digits_for_years: bool = Field(description="Durations as digits ('4 år') rather than words ('fire år').")
    wrap: int = Field(description="Line width prose is wrapped at (like text extracted from a PDF).")
    background: list[list[int]] = Field(
        description="Extra paragraphs (indices into BACKGROUND) after sections 1, 2, 4, 5 and 8: the length."
    )

    @property
    def scheme_id(self) -> str:
        """Rule-table id, e.g. '0741-62'."""
        return f"{self.chapter}-{self.post}"

    @property
    def kapittel_post(self) -> str:
        """'0741.62'."""
        return f"{self.chapter}.{self.post}"

    @property
    def document_id(self) -> str:
        """Manifest id of the document."""
        return f"syn-{self.chapter}-{self.post}-{self.version_date.year}"

    @property
    def file_name(self) -> str:
        """File name in the generated corpus."""
        return f"{self.document_id}.txt"


@cache
def _names(seed: int) -> tuple[tuple[str, str], ...]:
    """Every (activity, group) pair in a seeded order; document i takes pair i."""
    pairs = list(product(ACTIVITIES, TARGET_GROUPS))
    random.Random(f"{seed}:names").shuffle(pairs)
    return tuple(pairs)


@cache
def _budget_lines(seed: int) -> tuple[tuple[str, str], ...]:
    pairs = list(product(_CHAPTERS, _POSTS))
    random.Random(f"{seed}:budget").shuffle(pairs)
    return tuple(pairs)


@cache
def _codes(seed: int) -> tuple[int, ...]:
    return tuple(random.Random(f"{seed}:codes").sample(range(800_000, 900_000), MAX_DOCUMENTS))


def _amount(rng: random.Random, low: int, high: int, step: int = 50_000) -> int:
    return rng.randrange(low // step, high // step + 1) * step


def _measure(rng: random.Random, letter: str, title: str, first: bool) -> MeasureSpec:
    years = rng.choice((2, 3, 3, 4, 4, 5, 6))
    one_year = rng.random() < 0.75
    if not first and rng.random() < 0.3:
        return MeasureSpec(
            letter=letter,
            title=title,
            kind="lump_sum",
            years=years,
            one_year_at_a_time=one_year,
            lump_sum=_amount(rng, 100_000, 1_500_000),
        )
    style: RateStyle = rng.choice(("flat", "driftsar", "driftsar", "ar"))
    start = _amount(rng, 300_000, 1_000_000)
    if style == "flat":
        rates = [start] * years
    else:
        step = _amount(rng, 50_000, max(50_000, start // years), 10_000)
        rates = [max(50_000, start - step * year) for year in range(years)]
    limit = rng.choice((None, None, 1, 2, 3))
    cap = None
    if limit is None and rng.random() < 0.4:
        cap = rng.choice((1, 2, 3, 4, 5)) * 1_000_000
    return MeasureSpec(
        letter=letter,
        title=title,
        kind="per_position",
        years=years,
        one_year_at_a_time=one_year,
        rates=rates,
        rate_style=style,
        step_down=style != "flat" and rng.random() < 0.7,
        position_limit=limit,
        cap=cap,
        cap_in_millions=cap is not None and rng.random() < 0.5,
        training=_amount(rng, 100_000, 600_000) if rng.random() < 0.35 else None,
    )


def scheme_spec(seed: int, index: int) -> SchemeSpec:
    """The `index`-th scheme of the corpus generated from `seed`."""
    if not 0 <= index < MAX_DOCUMENTS:
        raise ValueError(f"index {index} out of range: at most {MAX_DOCUMENTS} documents can be generated")
    rng = random.Random(f"{seed}:{index}")
    activity, group = _names(seed)[index]
    chapter, post = _budget_lines(seed)[index]
    version = date(2022, 1, 1) + timedelta(days=rng.randrange(0, 4 * 365))
    titles = rng.sample(MEASURE_TITLES, rng.choice((1, 1, 2, 2, 2, 3)))
    measures = [_measure(rng, "ABC"[i], title, i == 0) for i, title in enumerate(titles)]
    applicants = {kind: rng.random() < 0.45 for kind, _ in APPLICANT_BOXES}
    applicants[rng.choice([kind for kind, _ in APPLICANT_BOXES[:4]])] = True  # somebody may always apply
    deadline = None
    if rng.random() < 0.5:
        deadline = date(version.year + 1, rng.choice((1, 2, 3, 4, 10, 11)), rng.choice((1, 15)))
    return SchemeSpec(
        index=index,
        chapter=chapter,
        post=post,
        code=str(_codes(seed)[index]),
        name=f"{activity} for {group}",
        target_group=group,
        version_date=version,
        replaces=version - timedelta(days=rng.randrange(300, 1100)),
        goal_verb=rng.randrange(6),
        subgoals=rng.sample(range(len(SUBGOALS)), rng.randint(2, 7)),
        indicators=rng.sample(range(len(INDICATORS)), rng.randint(2, 5)),
        report_questions=rng.sample(range(len(REPORT_QUESTIONS)), rng.randint(2, 7)),
        applicants=applicants,
        application_boxes=[rng.random() < 0.85 for _ in APPLICATION_BOXES],
        award_box=0 if rng.random() < 0.7 else rng.randrange(len(AWARD_BOXES)),
        measures=measures,
        administrator=rng.choice(("Helsedirektoratet", "Helsedirektoratet", "Statsforvalteren")),
        application_deadline=deadline,
        reporting_day=rng.choice((1, 1, 15)),
        reporting_month=rng.choice((2, 3, 4, 4, 5, 6)),
        appeal=rng.random() < 0.3,
        auditor=rng.random() < 0.3,
        prior_priority=rng.random() < 0.5,
        amount_style=rng.choice(("kr.", "kr", "suffix")),
        digits_for_years=rng.random() < 0.3,
        wrap=rng.choice((95, 105, 115)),
        background=[_paragraphs(rng) for _ in range(5)],
    )


def _paragraphs(rng: random.Random) -> list[int]:
    """Between zero and four paragraphs' worth of background sentences (sentence indices, -1 ends a paragraph)."""
    out: list[int] = []
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 4))):
        out += [*rng.sample(range(len(BACKGROUND)), rng.randint(2, 5)), -1]
    return out
