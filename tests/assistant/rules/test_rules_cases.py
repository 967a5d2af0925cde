"""Runs every OpenFisca-style case in cases/*.yaml (name, input, expected) against the real rule tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

import assistant.errors as errors
from assistant.rules.book import RuleBook
from assistant.rules.engine import deadlines, eligibility, max_grant, own_funding, plan
from assistant.rules.model import RuleValue
from assistant.settings import PROJECT_ROOT

CASES_DIR = Path(__file__).parent / "cases"
BOOK = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")


def _load_cases() -> list[Any]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            cases.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return cases


CASES = _load_cases()


def _grant_args(data: dict[str, Any]) -> dict[str, Any]:
    keys = ("percents", "positions", "training", "as_of")
    return {key: data[key] for key in keys if key in data}


def _run(data: dict[str, Any]) -> Any:
    function = data["function"]
    if function == "max_grant":
        return max_grant(BOOK, data["scheme"], data.get("measure"), data.get("year"), **_grant_args(data))
    if function == "plan":
        return plan(BOOK, data["scheme"], data["measure"], years=data.get("years"), **_grant_args(data))
    if function == "own_funding":
        grant = max_grant(BOOK, data["scheme"], data["measure"], data["year"], **_grant_args(data))
        return own_funding(grant, data["salary_cost"])
    if function == "eligibility":
        return eligibility(BOOK, data["scheme"], data["applicant_type"], data.get("measure"), data.get("as_of"))
    if function == "deadlines":
        return deadlines(BOOK, data["scheme"], data["today"])
    if function == "match_schemes":
        return BOOK.match_schemes(data["text"])
    if function == "fact":
        return BOOK.scheme(data["scheme"]).facts[data["key"]]
    raise AssertionError(f"unknown function {function!r} in a case")


def _check_grant(result: Any, expected: dict[str, Any]) -> None:
    calculation = result.calculation
    for key in ("amount", "position_amount", "training_amount", "total", "own_funding", "own_share_percent"):
        if key in expected:
            assert getattr(result, key) == expected[key], key
    cap_lines = [line.text for line in calculation.lines if line.kind == "cap"]
    if expected.get("no_caps"):
        assert cap_lines == []
    if "caps" in expected:
        assert len(cap_lines) >= len(expected["caps"])
        for wanted, line in zip(expected["caps"], cap_lines, strict=False):
            assert wanted in line
        assert all(line.source is not None for line in calculation.lines if line.kind == "cap")
    if "assumption" in expected:
        assert bool(calculation.assumptions) == expected["assumption"]
        if expected["assumption"]:
            traces = [calculation, *(year.calculation for year in getattr(result, "years", []))]
            assert any(line.kind == "prorate" for trace in traces for line in trace.lines)
    if expected.get("prorate_stated"):
        prorate = [line for line in calculation.lines if line.kind == "prorate"]
        assert prorate and all(
            "reduseres tilsvarende" in (line.source.quote if line.source else "") for line in prorate
        )
    if "over_limit" in expected:
        assert result.over_limit is expected["over_limit"]
    if "warning" in expected:
        assert any(expected["warning"] in warning for warning in result.warnings)
    if "years" in expected:
        assert [year.amount for year in result.years] == expected["years"]
    # Every amount-bearing rate line cites a source, and the total line closes the trace.
    assert all(line.source is not None for line in calculation.lines if line.kind == "rate")
    assert calculation.lines[-1].kind == "total"
    assert calculation.lines[-1].amount == calculation.amount


def _check_eligibility(result: Any, expected: dict[str, Any]) -> None:
    assert result.verdict == expected["verdict"]
    for wanted in expected.get("conditions", []):
        assert any(wanted in condition.text for condition in result.conditions), wanted
    for wanted in expected.get("requirements", []):
        assert any(wanted in requirement.text for requirement in result.requirements), wanted
    if "quote" in expected:
        assert any(expected["quote"] in source.quote for source in result.sources)
    if result.verdict in ("yes", "no", "conditional"):
        assert result.sources


def _check_deadlines(result: Any, expected: dict[str, Any]) -> None:
    assert len(result) >= len(expected["deadlines"])
    for info, wanted in zip(result, expected["deadlines"], strict=False):
        for key, value in wanted.items():
            assert getattr(info, key) == value, (info.text, key)
        assert info.source.quote


def _check_matches(result: Any, expected: dict[str, Any]) -> None:
    ids = [match.scheme_id for match in result]
    if "schemes" in expected:
        # An empty list means "nothing matches"; otherwise the listed schemes must be among the matches.
        assert set(expected["schemes"]) <= set(ids) if expected["schemes"] else ids == []
    if "first" in expected:
        assert ids and ids[0] == expected["first"]
    for scheme_id, measure in expected.get("measure", {}).items():
        assert next(m for m in result if m.scheme_id == scheme_id).measure == measure


def _check_fact(result: RuleValue, expected: dict[str, Any]) -> None:
    for key in ("value", "unit", "valid_from", "valid_to"):
        if key in expected:
            assert getattr(result, key) == expected[key], key
    if "quote" in expected:
        assert result.source.quote == expected["quote"]
    if "document" in expected:
        assert result.source.document_id == expected["document"]
    for field in ("text", "text_en"):
        for wanted in expected.get(field, []):
            assert wanted in (getattr(result, field) or ""), (field, wanted)


@pytest.mark.parametrize("case", CASES)
def test_rule_case(case: dict[str, Any]) -> None:
    data, expected = case["input"], case["expected"]
    if "error" in expected:
        error_type = getattr(errors, expected["error"])
        with pytest.raises(error_type) as info:
            _run(data)
        if "message" in expected:
            assert expected["message"] in info.value.message
        return
    result = _run(data)
    function = data["function"]
    if function in ("max_grant", "plan", "own_funding"):
        _check_grant(result, expected)
    elif function == "eligibility":
        _check_eligibility(result, expected)
    elif function == "deadlines":
        _check_deadlines(result, expected)
    elif function == "fact":
        _check_fact(result, expected)
    else:
        _check_matches(result, expected)


def test_there_are_at_least_fifty_cases() -> None:
    assert len(CASES) >= 50


def test_dates_in_cases_are_dates() -> None:
    """YAML dates must load as dates, or as_of/today comparisons would silently compare strings."""
    for param in CASES:
        for key in ("as_of", "today"):
            if key in param.values[0]["input"]:
                assert isinstance(param.values[0]["input"][key], date)
