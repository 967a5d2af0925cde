"""Parts of a grant a question singles out: training money, a pre-project, the salary cost — included, excluded,
asked about alone, or given an amount by the user ("uten opplæringsmidlene", "only the training part",
"og 120 000 til kurs", "we have already been granted NOK 150 000 for training").
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from assistant.questions.vocabulary import Vocabulary
from assistant.tokens import Token
from assistant.understand.numbers import AMOUNT_RE
from assistant.understand.quantities import amount_value

COMPONENTS = ("training", "preproject", "salary_cost")
# How far (in words) a negation, "only" or "including" may stand before the part it binds to, and an amount from it.
_BIND_BEFORE = 5
# How many tokens after a part a "not included" said of it may stand ("opplæringsmidler | ikke medregnet").
_BIND_AFTER = 2
_AMOUNT_DISTANCE = 6
# "we have already been granted NOK 150 000 for training": how far before the amount "already" may stand.
_ALREADY_DISTANCE = 8
# "Vi fikk 400' til kompetansetiltak i tiltak A og har brukt 150 000": how far a sum spent may stand from the part.
_SPENT_DISTANCE = 12


class Components(BaseModel):
    """What the question says about each part of a grant."""

    excluded: list[str] = Field(default_factory=list, description="Parts the question leaves out.")
    only: list[str] = Field(default_factory=list, description="Parts asked about alone ('only the training part').")
    included: list[str] = Field(default_factory=list, description="Parts explicitly included ('inkludert opplæring').")
    amounts: dict[str, int] = Field(default_factory=dict, description="Amounts the user gives for a part (NOK).")
    used: dict[str, int] = Field(default_factory=dict, description="Amounts already granted or spent for a part.")


def _preceded_by(spans: Sequence[tuple[int, int]], start: int) -> bool:
    return any(start - _BIND_BEFORE <= end < start for _, end in spans)


def _said_before(spans: Sequence[tuple[int, int]], index: int) -> bool:
    """One of `spans` ends shortly before the token at `index` ("already been granted NOK 150 000")."""
    return any(index - _ALREADY_DISTANCE <= end < index for _, end in spans)


def _followed_by(spans: Sequence[tuple[int, int]], end: int) -> bool:
    return any(end < start <= end + _BIND_AFTER for start, _ in spans)


def _token_index(tokens: Sequence[Token], offset: int) -> int:
    """Index of the token at or after a character offset."""
    return next((i for i, token in enumerate(tokens) if token.end > offset), len(tokens))


def extract_components(text: str, tokens: Sequence[Token], words: Vocabulary) -> Components:
    """Bind negations, 'only', 'including' and amounts to the parts of a grant they stand next to."""
    found = Components()
    exclusion = words.qualifier("exclusion").spans(tokens)
    left_out_after = words.qualifier("excluded_after").spans(tokens)
    only = words.qualifier("only").spans(tokens)
    inclusion = words.qualifier("inclusion").spans(tokens)
    already = words.qualifier("already").spans(tokens)
    spent = words.qualifier("spent").spans(tokens)
    amounts = [
        (_token_index(tokens, m.start("num")), value)
        for m in AMOUNT_RE.finditer(text)
        if (value := amount_value(m)) is not None
    ]
    # How far each sum bound to a part is from it: a sum told once belongs to the part it stands nearest
    # ("150 000 kr til opplæringstiltak og lønn til to stillinger": training, not the salary).
    distance: dict[str, int] = {}
    for component in COMPONENTS:
        spans = words.qualifier(component).spans(tokens)
        if not spans:
            continue
        # "uten opplæring", or after the part: "opplæringsmidler ikke medregnet", "training not included".
        if any(_preceded_by(exclusion, start) for start, _ in spans) or any(
            _followed_by(left_out_after, end) for _, end in spans
        ):
            found.excluded.append(component)
        elif any(_preceded_by(only, start) for start, _ in spans):
            found.only.append(component)
        elif any(_preceded_by(inclusion, start) for start, _ in spans):
            found.included.append(component)
        near = [
            (index, value)
            for index, value in amounts
            if any(start - _AMOUNT_DISTANCE <= index <= end + _AMOUNT_DISTANCE for start, end in spans)
        ]
        # "Vi fikk 400' til kompetansetiltak og har brukt 150 000": of a sum granted and a sum spent, the one
        # spent is what is used of the part, though told further from it.
        spent_of = [
            (index, value)
            for index, value in amounts
            if _said_before(spent, index)
            and any(start - _SPENT_DISTANCE <= index <= end + _SPENT_DISTANCE for start, end in spans)
        ]
        if spent_of:
            found.used[component] = spent_of[0][1]
        elif near:
            index, value = min(near, key=lambda item: min(abs(item[0] - s) for s, _ in spans))
            if _said_before(already, index):
                found.used[component] = value
            else:
                found.amounts[component] = value
                distance[component] = min(abs(index - s) for s, _ in spans)
    for component, value in list(found.amounts.items()):
        nearer = [other for other, v in found.amounts.items() if v == value and distance[other] < distance[component]]
        if nearer:
            del found.amounts[component]
    return found
