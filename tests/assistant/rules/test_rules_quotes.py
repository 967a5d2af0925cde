"""Every source quote in the rule tables occurs verbatim (modulo whitespace) in the indexed corpus text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.errors import RuleTableError
from assistant.rules.book import RuleBook
from assistant.rules.check import check_quotes, check_rule_tables
from assistant.settings import PROJECT_ROOT, Settings
from assistant.text import contains_quote
from ingest.loaders import load_corpus_documents

RULES_DIR = PROJECT_ROOT / "corpus" / "rules"


@pytest.fixture(scope="module")
def documents() -> dict[str, str]:
    settings = Settings(corpus_dir=PROJECT_ROOT / "corpus")
    return {doc.id: doc.text for doc in load_corpus_documents(settings)}


def test_every_quote_is_in_the_corpus(documents: dict[str, str]) -> None:
    book = RuleBook.load(RULES_DIR)
    checked = 0
    for scheme in book.schemes.values():
        for source in scheme.sources():
            assert source.document_id in documents, (scheme.id, source.document_id)
            assert contains_quote(documents[source.document_id], source.quote), (scheme.id, source.quote)
            checked += 1
    assert checked > 150


def test_check_rule_tables_passes_on_the_real_corpus() -> None:
    report = check_rule_tables(Settings(corpus_dir=PROJECT_ROOT / "corpus"))
    assert report.ok, report.problems
    assert report.schemes >= 6


def test_check_reports_a_quote_that_is_not_verbatim(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    text = (RULES_DIR / "0765-73.yaml").read_text(encoding="utf-8")
    (rules / "0765-73.yaml").write_text(text.replace("kr. 600 000", "kr. 650 000"), encoding="utf-8")
    settings = Settings(corpus_dir=PROJECT_ROOT / "corpus")
    report = check_quotes(RuleBook.load(rules), load_corpus_documents(settings))
    assert [p.quote for p in report.problems] == ["2. prosjekt-/driftsår: kr. 650 000"]


def test_check_reports_an_unknown_document(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    text = (RULES_DIR / "rus-ny.yaml").read_text(encoding="utf-8")
    (rules / "rus-ny.yaml").write_text(text.replace("tilskuddskonferansen-2023", "no-such-doc"), encoding="utf-8")
    report = check_quotes(RuleBook.load(rules), load_corpus_documents(Settings(corpus_dir=PROJECT_ROOT / "corpus")))
    assert report.problems and all(p.document_id == "no-such-doc" for p in report.problems)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id: x\nname: [unclosed", "cannot read"),
        ("- just\n- a list\n", "must be a mapping"),
        ("id: x\nname: X\ndocuments: []\nstatus: current\nstatus_note: n\nbogus: 1\n", "bogus"),
        ("id: x\nname: X\ndocuments: []\nstatus: maybe\nstatus_note: n\n", "status"),
    ],
)
def test_malformed_tables_raise_rule_table_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bad.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(RuleTableError, match=message):
        RuleBook.load(tmp_path)


def test_duplicate_scheme_ids_are_rejected(tmp_path: Path) -> None:
    shutil.copy(RULES_DIR / "rus-ny.yaml", tmp_path / "a.yaml")
    shutil.copy(RULES_DIR / "rus-ny.yaml", tmp_path / "b.yaml")
    with pytest.raises(RuleTableError, match="defined twice"):
        RuleBook.load(tmp_path)


def test_empty_rules_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleTableError, match="No rule tables"):
        RuleBook.load(tmp_path)
