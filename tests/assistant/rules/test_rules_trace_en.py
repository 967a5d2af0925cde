"""Every calculation trace the engine builds has an English text carrying exactly the numbers of the Norwegian one."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.errors import RegelverkError
from assistant.rules.book import RuleBook
from assistant.rules.engine import max_grant, own_funding, plan
from assistant.settings import PROJECT_ROOT
from assistant.types import Calculation
from assistant.verify import parse_numbers

CASES_DIR = Path(__file__).parent / "cases"
BOOK = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")
NORWEGIAN_WORDS = ("stilling", "forholdsmessig", "antakelse", "tilskudd", " kr", " år", "avkortes", "regelverket")


def _calculations(data: dict[str, Any]) -> list[Calculation]:
    """Every calculation one YAML case produces (a plan's per-year traces too)."""
    args = {key: data[key] for key in ("percents", "positions", "training", "as_of") if key in data}
    function = data["function"]
    if function == "max_grant":
        return [max_grant(BOOK, data["scheme"], data.get("measure"), data.get("year"), **args).calculation]
    if function == "plan":
        result = plan(BOOK, data["scheme"], data["measure"], years=data.get("years"), **args)
        return [result.calculation, *(year.calculation for year in result.years)]
    grant = max_grant(BOOK, data["scheme"], data["measure"], data["year"], **args)
    return [grant.calculation, own_funding(grant, data["salary_cost"]).calculation]


def _computing_cases() -> list[Any]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            data = case["input"]
            if data["function"] in ("max_grant", "plan", "own_funding") and "error" not in case["expected"]:
                cases.append(pytest.param(data, id=f"{path.stem}: {case['name']}"))
    return cases


def _every_measure_year() -> list[Calculation]:
    """One trace per measure and year of every scheme, full-time and part-time, beyond the YAML cases."""
    out: list[Calculation] = []
    for scheme in BOOK.schemes.values():
        for measure in scheme.measures.values():
            last = measure.duration.number() if measure.duration is not None else 1
            for year in range(1, last + 1):
                for percents in ([100.0], [100.0, 60.0, 40.0]):
                    try:
                        out.append(max_grant(BOOK, scheme, measure.id, year, percents=percents).calculation)
                    except RegelverkError:
                        continue  # no fixed amount, too many positions … : nothing to trace
    return out


def _numbers(text: str) -> Counter[frozenset[str]]:
    return Counter(mention.readings[0] for mention in parse_numbers(text))


def _assert_english(calculation: Calculation) -> None:
    for line in calculation.lines:
        assert line.text_en, f"no English text for {line.text!r}"
        assert _numbers(line.text_en) == _numbers(line.text), (line.text, line.text_en)
        assert not any(word in line.text_en.lower() for word in NORWEGIAN_WORDS), line.text_en
    assert len(calculation.assumptions_en) == len(calculation.assumptions)
    for nb, en in zip(calculation.assumptions, calculation.assumptions_en, strict=True):
        assert _numbers(en) == _numbers(nb), (nb, en)


@pytest.mark.parametrize("data", _computing_cases())
def test_case_traces_have_english_with_the_same_numbers(data: dict[str, Any]) -> None:
    calculations = _calculations(data)
    assert calculations
    for calculation in calculations:
        _assert_english(calculation)


def test_every_measure_and_year_has_an_english_trace() -> None:
    calculations = _every_measure_year()
    assert len(calculations) > 20
    assert any(line.kind == "prorate" for calc in calculations for line in calc.lines)
    for calculation in calculations:
        _assert_english(calculation)


def test_part_time_assumption_is_stated_in_english() -> None:
    calculation = max_grant(BOOK, "0765.73", "B", 3, percents=[50]).calculation
    prorate = next(line for line in calculation.lines if line.kind == "prorate")
    assert prorate.text_en == "Position 1: 450 000 × 50 % = 225 000 NOK, pro-rated (assumption)"
    assert calculation.assumptions_en and "pro-rated" in calculation.assumptions_en[0]


def test_a_plan_at_part_time_states_its_assumption_once() -> None:
    # The rate of each year is in that year's line; the assumption holds for all of them.
    calculation = plan(BOOK, "0765.73", "B", percents=[80], years=[1, 2, 3, 4]).calculation
    assert len(calculation.assumptions) == len(calculation.assumptions_en) == 1
