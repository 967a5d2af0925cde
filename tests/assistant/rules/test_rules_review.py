"""Drafted tables end to end: `rules draft` writes one, `rules check` holds it to the same standard as any table,
`rules review` shows it beside its sources and approves it, and answers from an unreviewed table say so."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.compose import Composer
from assistant.errors import InvalidInput, RuleTableError
from assistant.extractive import ExtractiveAnswerer
from assistant.messages import phrase
from assistant.rules.book import RuleBook
from assistant.rules.draft import draft_scheme
from assistant.rules.model import Scheme
from assistant.settings import PROJECT_ROOT, Settings, get_settings
from assistant.types import Answer, Chunk, Language
from assistant.understand import understand
from assistant.verify import verify
from ingest.chunking import chunk_document
from ingest.loaders import load_corpus_documents

CORPUS = PROJECT_ROOT / "corpus"
DOCUMENT = "regelverk-0765-73-behandling-rehabilitering-arbeid-2025.txt"
runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus holding only the 0765.73 regelverk, no rule tables yet."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / DOCUMENT, corpus / DOCUMENT)
    shutil.copy(CORPUS / "manifest.yaml", corpus / "manifest.yaml")
    monkeypatch.setenv("REGELVERK_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("REGELVERK_TODAY", "2026-12-01")
    get_settings.cache_clear()
    return corpus


def _add_english_names(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    text = text.replace("\nname: Behandling", "\nname_en: Work rehabilitation\nname: Behandling", 1)
    text = text.replace("    label: Tiltak A\n", "    label: Tiltak A\n    name_en: IPS resource teams\n", 1)
    text = text.replace("    label: Tiltak B\n", "    label: Tiltak B\n    name_en: Work specialists\n", 1)
    path.write_text(text, encoding="utf-8")


def test_draft_review_and_approve(corpus: Path) -> None:
    result = runner.invoke(app, ["rules", "draft", "regelverk-0765-73-2025"])
    assert result.exit_code == 0, result.output
    table = corpus / "rules" / "0765-73.yaml"
    assert "reviewed: false" in table.read_text(encoding="utf-8")
    assert "regelverk rules review 0765-73" in result.output

    again = runner.invoke(app, ["rules", "draft", str(corpus / DOCUMENT)])
    assert isinstance(again.exception, InvalidInput) and "exists already" in again.exception.message

    # A draft is checked like any table: its quotes pass, its missing English names do not.
    check = runner.invoke(app, ["rules", "check"])
    assert isinstance(check.exception, RuleTableError)
    assert "utkast" in check.output and "mangler name_en" in check.output

    shown = runner.invoke(app, ["rules", "review", "0765-73"])
    assert shown.exit_code == 0, shown.output
    assert "utkast, ikke kontrollert" in shown.output
    assert "measures.B.rate.year3" in shown.output and "3. prosjekt-/driftsår: kr. 450 000" in shown.output
    assert "mangler engelsk tekst: name_en" in shown.output

    refused = runner.invoke(app, ["rules", "review", "0765-73", "--approve", "--by", "Kari"])
    assert isinstance(refused.exception, RuleTableError) and "3 engelske tekster mangler" in refused.exception.message
    assert "reviewed: false" in table.read_text(encoding="utf-8")

    _add_english_names(table)
    approved = runner.invoke(app, ["rules", "review", "0765-73", "--approve", "--by", "Kari"])
    assert approved.exit_code == 0, approved.output
    text = table.read_text(encoding="utf-8")
    assert "# Kontrollert av Kari 01.12.2026.\nreviewed: true" in text and "Ikke kontrollert" not in text
    assert RuleBook.load(corpus / "rules").scheme("0765.73").reviewed
    assert runner.invoke(app, ["rules", "check"]).exit_code == 0

    twice = runner.invoke(app, ["rules", "review", "0765-73", "--approve"])
    assert isinstance(twice.exception, RuleTableError) and "allerede godkjent" in twice.exception.message


def test_a_draft_never_shadows_a_table_of_the_same_scheme(corpus: Path) -> None:
    (corpus / "rules").mkdir()
    shutil.copy(CORPUS / "rules" / "0765-73.yaml", corpus / "rules" / "handwritten.yaml")
    result = runner.invoke(app, ["rules", "draft", "regelverk-0765-73-2025"])
    assert isinstance(result.exception, InvalidInput) and "already defined in handwritten.yaml" in str(result.exception)
    elsewhere = runner.invoke(app, ["rules", "draft", "regelverk-0765-73-2025", "--out", str(corpus / "draft.yaml")])
    assert elsewhere.exit_code == 0, elsewhere.output
    assert (corpus / "draft.yaml").is_file()


def test_an_unknown_document_gets_a_clear_error(corpus: Path) -> None:
    result = runner.invoke(app, ["rules", "draft", "no-such-document"])
    assert isinstance(result.exception, InvalidInput)
    assert "neither a file nor the id of a document" in result.exception.message


@pytest.fixture(scope="module")
def drafted() -> tuple[Scheme, list[Chunk]]:
    """The draft of 0765.73 and the chunks of its document (no index needed: the composer reads chunks)."""
    settings = Settings(corpus_dir=CORPUS)
    document = next(d for d in load_corpus_documents(settings) if d.id == "regelverk-0765-73-2025")
    return draft_scheme(document), chunk_document(document)


def _answer(scheme: Scheme, chunks: list[Chunk], question: str) -> Answer:
    book = RuleBook({scheme.id: scheme})
    composer = Composer(book, chunks, ExtractiveAnswerer(chunks), date(2026, 12, 1), {})
    draft = composer.compose(understand(question, book), [], question)
    return verify(draft, {chunk.id: chunk for chunk in chunks}, not_found_text="-")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Hvor mye kan man få for en stilling i Tiltak B i 0765.73 i år 2?", "nb"),
        ("Can county municipalities apply for Tiltak B under 0765.73?", "en"),
        ("Hvor mye kan man få i år 7 av Tiltak B i 0765.73?", "nb"),
    ],
)
def test_answers_from_an_unreviewed_table_carry_a_warning_and_reviewed_ones_do_not(
    drafted: tuple[Scheme, list[Chunk]], question: str, language: Language
) -> None:
    scheme, chunks = drafted
    warning = phrase("unreviewed_table", language)
    answer = _answer(scheme, chunks, question)
    assert answer.status == "answered", answer.text
    assert warning in answer.warnings
    assert warning not in _answer(scheme.model_copy(update={"reviewed": True}), chunks, question).warnings
