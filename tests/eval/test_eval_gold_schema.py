"""The gold set loads, follows its schema and rules, and every expected quote is verbatim in its document."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from assistant.errors import InvalidInput
from assistant.settings import PROJECT_ROOT
from assistant.text import contains_quote
from eval.schema import CATEGORIES, GoldCase, load_gold_file, load_gold_set, select_cases, split_for

CORPUS = PROJECT_ROOT / "corpus"


@pytest.fixture(scope="module")
def cases() -> list[GoldCase]:
    return load_gold_set()


@pytest.fixture(scope="module")
def corpus_texts() -> dict[str, str]:
    manifest = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
    return {d["id"]: (CORPUS / d["file"]).read_text(encoding="utf-8") for d in manifest["documents"]}


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


def test_every_expected_source_names_a_document_and_a_verbatim_quote(
    cases: list[GoldCase], corpus_texts: dict[str, str]
) -> None:
    problems = []
    for case in cases:
        for source in case.expect.sources:
            if source.document not in corpus_texts:
                problems.append(f"{case.id}: unknown document {source.document}")
            elif source.quote and not contains_quote(corpus_texts[source.document], source.quote):
                problems.append(f"{case.id}: quote not in {source.document}: {source.quote!r}")
    assert problems == []


def test_answered_cases_name_a_source(cases: list[GoldCase]) -> None:
    missing = [c.id for c in cases if "not_found" not in c.expect.status and not c.expect.sources]
    assert missing == []


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
