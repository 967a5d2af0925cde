"""The gold set loads, follows its schema and rules, and every expected quote is verbatim in its document."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from assistant.errors import InvalidInput
from eval.check_cases import case_problems, corpus_texts
from eval.check_cases import main as check_main
from eval.schema import CATEGORIES, GoldCase, load_gold_file, load_gold_set, select_cases, split_for


@pytest.fixture(scope="module")
def cases() -> list[GoldCase]:
    return load_gold_set()


def test_gold_set_is_large_enough_and_ids_unique(cases: list[GoldCase]) -> None:
    assert len(cases) >= 150
    assert len({c.id for c in cases}) == len(cases)


def test_every_category_is_covered(cases: list[GoldCase]) -> None:
    counts = Counter(c.category for c in cases)
    assert {c: counts[c] for c in CATEGORIES if counts[c] < 5} == {}


def test_at_least_a_quarter_english(cases: list[GoldCase]) -> None:
    assert sum(c.language == "en" for c in cases) / len(cases) >= 0.25


def test_both_splits_present_about_a_quarter_heldout(cases: list[GoldCase]) -> None:
    share = sum(c.split == "heldout" for c in cases) / len(cases)
    assert 0.15 <= share <= 0.35
    assert all(c.split == split_for(c.id) for c in cases)


def test_conversations_have_several_turns(cases: list[GoldCase]) -> None:
    conversations = [c for c in cases if c.category == "conversation"]
    assert all(len(c.turns) >= 2 for c in conversations)
    assert any(len(c.turns) == 3 for c in conversations)


def test_out_of_scope_cases_expect_refusal(cases: list[GoldCase]) -> None:
    assert all(c.expect.status == ["not_found"] for c in cases if c.category == "out_of_scope")


def test_every_expected_source_names_a_document_and_a_verbatim_quote(cases: list[GoldCase]) -> None:
    assert case_problems(cases, corpus_texts()) == []


def test_case_checker_reports_unknown_documents_paraphrased_quotes_and_missing_sources() -> None:
    bad = GoldCase.model_validate(
        {
            "id": "x-bad",
            "category": "eligibility",
            "language": "nb",
            "turns": ["Kan kommuner søke?"],
            "expect": {
                "status": "answered",
                "sources": [
                    {"document": "no-such-doc", "quote": "x"},
                    {"document": "regelverk-0765-73-2025", "quote": "Fylkeskommuner kan søke"},
                ],
            },
        }
    )
    unsourced = bad.model_copy(update={"id": "x-unsourced", "expect": bad.expect.model_copy(update={"sources": []})})
    problems = case_problems([bad, unsourced], corpus_texts())
    assert any("unknown document 'no-such-doc'" in p for p in problems)
    assert any("quote not verbatim" in p for p in problems)
    assert any(p.startswith("x-unsourced: an answerable case needs") for p in problems)


def test_case_checker_command_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = CASE_YAML.format(id="x-1", split=split_for("x-1"), verdict='"no"')
    _write(tmp_path, "a.yaml", good)
    assert check_main([str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("OK: 1 cases")
    _write(tmp_path, "a.yaml", good.replace("☒ Kommuner", "Kommuner kan"))
    assert check_main([str(tmp_path)]) == 1
    assert check_main([]) == 2


def test_split_is_filled_in_from_the_id_when_left_out(tmp_path: Path) -> None:
    text = CASE_YAML.format(id="x-1", split=split_for("x-1"), verdict='"no"').replace(
        f"    split: {split_for('x-1')}\n", ""
    )
    (case,) = load_gold_file(_write(tmp_path, "a.yaml", text))
    assert case.split == split_for("x-1")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


CASE_YAML = """
cases:
  - id: {id}
    split: {split}
    category: eligibility
    language: nb
    turns: ["Kan kommuner søke?"]
    expect:
      status: answered
      verdict: {verdict}
      facts: [kommune, [municipality, kommuner]]
      sources:
        - {{document: regelverk-0765-73-2025, quote: "☒ Kommuner"}}
"""


def test_a_valid_file_loads_with_shorthand_normalised(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.yaml", CASE_YAML.format(id="x-1", split=split_for("x-1"), verdict='"yes"'))
    (case,) = load_gold_file(path)
    assert case.expect.status == ["answered"]
    assert case.expect.verdict == ["yes"]
    assert case.expect.facts == [["kommune"], ["municipality", "kommuner"]]


def test_unquoted_yaml_yes_is_rejected(tmp_path: Path) -> None:
    # YAML 1.1 reads a bare `yes` as True: the schema must catch it rather than score nonsense.
    path = _write(tmp_path, "a.yaml", CASE_YAML.format(id="x-1", split=split_for("x-1"), verdict="yes"))
    with pytest.raises(InvalidInput, match=r"a\.yaml"):
        load_gold_file(path)


def test_wrong_split_is_rejected(tmp_path: Path) -> None:
    wrong = "dev" if split_for("x-1") == "heldout" else "heldout"
    path = _write(tmp_path, "a.yaml", CASE_YAML.format(id="x-1", split=wrong, verdict='"no"'))
    with pytest.raises(InvalidInput, match="split must be"):
        load_gold_file(path)


def test_duplicate_ids_across_files_are_rejected(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        _write(tmp_path, name, CASE_YAML.format(id="x-1", split=split_for("x-1"), verdict='"no"'))
    with pytest.raises(InvalidInput, match="duplicate case id"):
        load_gold_set(tmp_path)


def test_invalid_yaml_and_empty_dir_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="No gold files"):
        load_gold_set(tmp_path)
    _write(tmp_path, "bad.yaml", "cases: [\n")
    with pytest.raises(InvalidInput, match="not valid YAML"):
        load_gold_set(tmp_path)


def test_source_needs_section_or_quote(tmp_path: Path) -> None:
    text = CASE_YAML.format(id="x-1", split=split_for("x-1"), verdict='"no"').replace(
        'quote: "☒ Kommuner"', "section: null"
    )
    with pytest.raises(InvalidInput, match="section or a quote"):
        load_gold_file(_write(tmp_path, "a.yaml", text))


def test_select_cases_ors_within_a_kind_and_ands_across_kinds(cases: list[GoldCase]) -> None:
    amounts_en = select_cases(cases, ["amount", "en"])
    assert amounts_en and all(c.category == "amount" and c.language == "en" for c in amounts_en)
    two = select_cases(cases, ["amount", "deadline"])
    assert {c.category for c in two} == {"amount", "deadline"}
    assert select_cases(cases, None) == cases
    assert [c.id for c in select_cases(cases, [cases[0].id])] == [cases[0].id]
    with pytest.raises(InvalidInput, match="Unknown subset"):
        select_cases(cases, ["amounts"])
