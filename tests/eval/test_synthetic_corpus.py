"""The synthetic corpus generator: deterministic, template-shaped, and its truth and questions match its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.rules.book import RuleBook
from assistant.rules.check import check_quotes
from assistant.settings import Settings
from eval.schema import load_gold_set
from eval.synthetic.generate import generate_corpus, generate_document
from eval.synthetic.render import render
from eval.synthetic.spec import MAX_DOCUMENTS, scheme_spec
from ingest.loaders import load_corpus_documents

COUNT = 30


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_corpus(tmp_path_factory.mktemp("synthetic"), COUNT, seed=7).root


def test_same_seed_same_documents_and_a_prefix_does_not_depend_on_the_count(tmp_path: Path) -> None:
    assert generate_document(7, 3)[1] == generate_document(7, 3)[1]
    assert generate_document(7, 3)[1] != generate_document(8, 3)[1]
    small = generate_corpus(tmp_path, 5, seed=7)
    for index in range(5):
        spec = scheme_spec(7, index)
        assert (small.corpus_dir / spec.file_name).read_text(encoding="utf-8") == render(spec)[0]


def test_documents_follow_the_template(corpus: Path) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((corpus / "corpus").glob("*.txt"))]
    assert len(texts) == COUNT
    for text in texts:
        for heading in ("3. Hvem kan søke", "5. Tildelingskriterier", "7. Krav til rapporteringen"):
            assert f"\n{heading}" in text
        assert "☒" in text and "☐" in text
        assert "Tiltak A:" in text
    lengths = sorted(len(text) for text in texts)
    assert lengths[-1] > 1.5 * lengths[0], "documents should vary in length"
    assert any("prosjekt-/driftsår" in text for text in texts) and any("pr år." in text for text in texts)


def test_scheme_names_and_budget_lines_are_unique_and_none_lies_inside_another() -> None:
    specs = [scheme_spec(0, index) for index in range(MAX_DOCUMENTS)]
    names = [spec.name.lower() for spec in specs]
    assert len(set(names)) == len(names)
    assert len({spec.kapittel_post for spec in specs}) == len(specs)
    assert len({spec.code for spec in specs}) == len(specs)
    by_length = sorted(names, key=len)
    for index, name in enumerate(by_length):
        assert not any(name in longer for longer in by_length[index + 1 :])


def test_every_truth_quote_is_verbatim_in_its_loaded_document(corpus: Path) -> None:
    settings = Settings(corpus_dir=corpus / "corpus", data_dir=corpus / "data")
    book = RuleBook.load(corpus / "truth")
    report = check_quotes(book, load_corpus_documents(settings))
    assert report.schemes == COUNT
    assert report.problems == []
    assert report.untraced == []


def test_questions_are_valid_gold_cases_about_the_generated_documents(corpus: Path) -> None:
    cases = load_gold_set(corpus / "questions")
    assert len(cases) == 4 * COUNT
    document_ids = {path.stem for path in (corpus / "corpus").glob("*.txt")}
    assert {source.document for case in cases for source in case.expect.sources} <= document_ids
    assert {case.language for case in cases} == {"nb", "en"}
    assert {case.category for case in cases} >= {"eligibility", "amount", "duration", "deadline", "decision_appeal"}
    amounts = [case for case in cases if case.expect.amount is not None]
    assert amounts and all(case.expect.sources for case in amounts)
