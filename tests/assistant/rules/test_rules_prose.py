"""Every number in a rule's prose is in its own source quote, and every text the chat shows has an English version."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from assistant.rules.book import RuleBook
from assistant.rules.check import check_quotes, missing_english, untraced_prose
from assistant.rules.model import Scheme
from assistant.settings import PROJECT_ROOT, Settings
from assistant.types import Document
from ingest.loaders import load_corpus_documents

RULES_DIR = PROJECT_ROOT / "corpus" / "rules"
BOOK = RuleBook.load(RULES_DIR)
SOURCE = {"document_id": "doc", "section": "5. Tildelingskriterier", "quote": "2. prosjekt-/driftsår: kr. 600 000"}


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return load_corpus_documents(Settings(corpus_dir=PROJECT_ROOT / "corpus"))


def _scheme(**extra: Any) -> Scheme:
    base: dict[str, Any] = {
        "id": "x",
        "name": "Ordning X",
        "name_en": "Scheme X",
        "documents": ["doc"],
        "status": "current",
        "status_note": "gjeldende",
        "status_note_en": "current",
    }
    return Scheme.model_validate({**base, **extra})


def _fact(text: str, text_en: str | None = None, quote: str = SOURCE["quote"]) -> dict[str, Any]:
    return {"value": 1, "unit": "NOK", "text": text, "text_en": text_en, "source": {**SOURCE, "quote": quote}}


@pytest.mark.parametrize("scheme_id", sorted(BOOK.schemes))
def test_every_number_in_the_real_tables_prose_is_in_its_quote(scheme_id: str) -> None:
    checked, problems = untraced_prose(BOOK.schemes[scheme_id])
    assert not problems, [(p.path, p.numbers, p.quote) for p in problems]
    assert checked > 0


@pytest.mark.parametrize("scheme_id", sorted(BOOK.schemes))
def test_no_english_text_is_missing_from_the_real_tables(scheme_id: str) -> None:
    scheme = BOOK.schemes[scheme_id]
    assert [m.path for m in missing_english(scheme)] == []
    assert scheme.name_en and scheme.status_note_en and scheme.aliases_en
    for measure in scheme.measures.values():
        assert measure.name_en and measure.label_en


def test_numbers_are_compared_by_value_not_as_written() -> None:
    # "600 000 kr" / "NOK 600 000" against "kr. 600 000"; "year 2" against "2. prosjekt-/driftsår".
    scheme = _scheme(facts={"rate": _fact("Inntil 600 000 kr i år 2.", "Up to NOK 600 000 in year 2.")})
    assert untraced_prose(scheme) == (2, [])


def test_a_number_the_quote_lacks_is_reported_with_its_path_and_quote() -> None:
    scheme = _scheme(facts={"rate": _fact("Inntil 650 000 kr i år 2.", "Up to NOK 600 000 in year 2.")})
    _, problems = untraced_prose(scheme)
    assert [(p.path, p.numbers, p.quote) for p in problems] == [
        ("facts.rate.text", ["650 000"], "2. prosjekt-/driftsår: kr. 600 000")
    ]


def test_english_thousands_commas_are_not_read_as_the_same_amount() -> None:
    # The verifier reads "600,000" as a decimal, so the chat would drop the sentence: the check must say so.
    scheme = _scheme(facts={"rate": _fact("Inntil 600 000 kr.", "Up to NOK 600,000.")})
    _, problems = untraced_prose(scheme)
    assert [p.path for p in problems] == ["facts.rate.text_en"]


def test_prose_without_any_source_may_state_no_number() -> None:
    unlisted = {"verdict": "unknown", "note": "Oversikten fra 2015 nevner ikke søkertypen."}
    scheme = _scheme(eligibility=[{"document_id": "doc", "applicants": {}, "unlisted": unlisted}])
    _, problems = untraced_prose(scheme)
    assert [(p.path, p.numbers, p.quote) for p in problems] == [("eligibility[0].unlisted.note", ["2015"], None)]


def test_checklist_labels_conditions_and_cap_names_are_checked() -> None:
    measure = {
        "id": "m",
        "name": "Tiltak",
        "name_en": "Measure",
        "label": "Tiltak",
        "label_en": "Measure",
        "kind": "per_position",
        "rates": [{"year_from": 1, "year_to": 1, "value": 600000, "unit": "NOK", "source": SOURCE}],
        "caps": [
            {
                "kind": "per_team",
                "value": 600000,
                "unit": "NOK",
                "name": "Maks. 700 000 kr",
                "name_en": "At most 600 000",
                "source": SOURCE,
            }
        ],
    }
    scheme = _scheme(
        measures={"m": measure},
        award_criteria=[{"label": "Punkt 3 og 4", "checked": True, "source": SOURCE}],
        conditions=[{"id": "c", "text": "Minst 2 år", "text_en": "At least 2 years", "source": SOURCE}],
    )
    _, problems = untraced_prose(scheme)
    assert sorted(p.path for p in problems) == ["award_criteria[0].label", "measures.m.caps[0].name"]


def test_missing_english_names_every_field() -> None:
    lump_sum = {"value": 600000, "unit": "NOK", "text": "Inntil 600 000 kr.", "source": SOURCE}
    measure = {"id": "m", "name": "Tiltak", "label": "Tiltak", "kind": "lump_sum", "lump_sum": lump_sum}
    scheme = _scheme(
        name_en=None,
        status_note_en=None,
        measures={"m": measure},
        deadlines=[{"kind": "reporting", "text": "Rapport 01.04.", "source": SOURCE}],
        eligibility=[
            {
                "document_id": "doc",
                "applicants": {"kommune": {"verdict": "conditional", "condition": "Med avtale", "source": SOURCE}},
                "unlisted": {"verdict": "unknown"},
            }
        ],
    )
    assert sorted(m.path for m in missing_english(scheme)) == [
        "deadlines[0].text_en",
        "eligibility[0].applicants.kommune.condition_en",
        "measures.m.label_en",
        "measures.m.lump_sum.text_en",
        "measures.m.name_en",
        "name_en",
        "status_note_en",
    ]


def test_check_finds_the_old_reporting_deadline_bug(tmp_path: Path, documents: list[Document]) -> None:
    """The 0765-73 deadline said 31.12 while quoting only the sentence with 01.04: the verifier dropped it."""
    text = (RULES_DIR / "0765-73.yaml").read_text(encoding="utf-8")
    long_quote = (
        "Rapporteringsfrist er 01.04 året etter tilskuddsmidlene ble tildelt. "
        "Det skal rapporteres for kalenderåret, dvs. per 31.12 året tilskuddet ble tildelt for."
    )
    assert long_quote in text
    short = text.replace(long_quote, "Rapporteringsfrist er 01.04 året etter tilskuddsmidlene ble tildelt.")
    (tmp_path / "0765-73.yaml").write_text(short, encoding="utf-8")
    report = check_quotes(RuleBook.load(tmp_path), documents)
    assert report.problems == []  # the short quote is verbatim: only the prose check catches the bug
    assert {(p.path, tuple(p.numbers)) for p in report.untraced} == {
        ("deadlines[1].text", ("31.12",)),
        ("deadlines[1].text_en", ("31 December",)),
    }
    assert not report.ok


def test_check_reports_missing_english(tmp_path: Path, documents: list[Document]) -> None:
    text = (RULES_DIR / "rus-ny.yaml").read_text(encoding="utf-8")
    (tmp_path / "rus-ny.yaml").write_text(text.replace("status_note_en:", "# status_note_en:"), encoding="utf-8")
    report = check_quotes(RuleBook.load(tmp_path), documents)
    assert [(m.scheme_id, m.path) for m in report.missing_english] == [("rus-ny", "status_note_en")]
    assert not report.ok


def test_real_tables_pass_the_whole_check(documents: list[Document]) -> None:
    report = check_quotes(BOOK, documents)
    assert report.ok, (report.problems, report.untraced, report.missing_english)
    assert report.prose_checked > 200


def test_rules_check_fails_on_untraced_prose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from assistant.cli import app
    from assistant.settings import get_settings

    corpus = tmp_path / "corpus"
    shutil.copytree(PROJECT_ROOT / "corpus", corpus)
    table = corpus / "rules" / "rus-ny.yaml"
    table.write_text(
        table.read_text(encoding="utf-8").replace("inntil 4 år, med", "inntil 5 år, med"), encoding="utf-8"
    )
    monkeypatch.setenv("REGELVERK_CORPUS_DIR", str(corpus))
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["rules", "check"])
    assert result.exit_code != 0
    assert "facts.duration.text" in result.output and "5" in result.output
