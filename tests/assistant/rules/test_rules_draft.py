"""`regelverk rules draft`: the draft of the real 0765.73 against the hand-written table, synthetic documents
against the generator's truth (also through a real PDF), and what the draft promises (verbatim quotes, unreviewed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import RulesError
from assistant.rules.book import RuleBook, load_table_file
from assistant.rules.check import check_quotes
from assistant.rules.compare import compare_tables
from assistant.rules.draft import draft_scheme, parse_amount
from assistant.rules.tables import write_scheme
from assistant.settings import PROJECT_ROOT, Settings
from assistant.types import Document
from eval.synthetic.generate import generate_document
from ingest.loaders import load_corpus_documents, load_document

CORPUS = PROJECT_ROOT / "corpus"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {doc.id: doc for doc in load_corpus_documents(Settings(corpus_dir=CORPUS))}


def test_the_draft_of_0765_73_has_every_value_of_the_hand_written_table_but_its_conditions(
    documents: dict[str, Document],
) -> None:
    draft = draft_scheme(documents["regelverk-0765-73-2025"])
    comparison = compare_tables(RuleBook.load(CORPUS / "rules").scheme("0765-73"), draft)
    # Not drafted (yet): the conditions, and each measure's own reporting points ("Tiltak A: • …").
    by_person = ("cond", "reporting_requirements.A[", "reporting_requirements.B[")
    wrong = [
        (f.path, f.outcome) for f in comparison.fields if f.outcome != "exact" and not f.path.startswith(by_person)
    ]
    assert wrong == []
    assert any(f.path.startswith(by_person[1:]) and f.outcome == "missing" for f in comparison.fields)
    assert {f.path for f in comparison.fields if f.outcome == "missing" and not f.path.startswith(by_person[1:])} == {
        "conditions.tiltak-a-fagmiljo",
        "conditions.tiltak-b-etablert-team",
        "conditions.tiltak-b-bare-lonn",
        "conditions.soknad-hvert-ar",
    }
    assert comparison.count("exact") >= 56
    assert draft.measures["B"].rates[2].value == 450_000
    assert draft.measures["A"].position_limit is not None and draft.measures["A"].position_limit.value == 2


def test_a_draft_is_unreviewed_and_every_quote_and_number_checks_out(documents: dict[str, Document]) -> None:
    draft = draft_scheme(documents["regelverk-0765-73-2025"])
    assert draft.reviewed is False
    report = check_quotes(RuleBook({draft.id: draft}), list(documents.values()))
    assert report.problems == [] and report.untraced == []
    # Only what needs a person is left: English names of the scheme and its measures.
    assert {m.path for m in report.missing_english} == {"name_en", "measures.A.name_en", "measures.B.name_en"}


def test_a_written_draft_loads_back_as_the_same_table(tmp_path: Path, documents: dict[str, Document]) -> None:
    draft = draft_scheme(documents["regelverk-0765-73-2025"])
    path = write_scheme(draft, tmp_path / "draft.yaml", "Utkast.")
    assert path.read_text(encoding="utf-8").startswith("# Utkast.\nid: 0765-73\nreviewed: false\n")
    (loaded,) = load_table_file(path)
    assert loaded.reviewed is False
    comparison = compare_tables(draft, loaded)
    assert comparison.count("exact") == len(comparison.fields)
    assert loaded.sources() == draft.sources()


@pytest.mark.parametrize("doc_id", ["ips-jmo-soknad", "voksne-langvarige-2019", "tilskuddskonferansen-2023"])
def test_documents_outside_the_template_are_refused(documents: dict[str, Document], doc_id: str) -> None:
    with pytest.raises(RulesError, match="ikke et regelverk i Helsedirektoratets mal") as caught:
        draft_scheme(documents[doc_id])
    assert "not a regelverk in Helsedirektoratet's template" in caught.value.localized("en")


def _synthetic_document(tmp_path: Path, index: int) -> tuple[Document, RuleBook]:
    spec, text, truth, _ = generate_document(11, index)
    path = tmp_path / spec.file_name
    path.write_text(text, encoding="utf-8")
    document = load_document(path).model_copy(update={"id": spec.document_id})
    return document, RuleBook({truth.id: truth})


def test_synthetic_documents_are_drafted_exactly_as_the_generator_wrote_them(tmp_path: Path) -> None:
    for index in range(25):
        document, truth = _synthetic_document(tmp_path, index)
        draft = draft_scheme(document)
        comparison = compare_tables(truth.schemes[draft.id], draft)
        assert [(f.path, f.outcome) for f in comparison.fields if f.outcome != "exact"] == [], document.id


def test_a_synthetic_regelverk_printed_to_pdf_is_drafted_as_well(tmp_path: Path) -> None:
    from fpdf import FPDF

    spec, text, truth, _ = generate_document(11, 3)
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=7)
    lines = text.split("\n")
    for start in range(0, len(lines), 60):
        pdf.add_page()
        for line in lines[start : start + 60]:
            pdf.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-15)
        pdf.cell(0, 4, str(start // 60 + 1), align="C")
    path = tmp_path / "regelverk.pdf"
    pdf.output(str(path))
    document = load_document(path).model_copy(update={"id": spec.document_id})
    assert document.pages, "a real PDF with pages"
    comparison = compare_tables(truth, draft_scheme(document))
    assert [(f.path, f.outcome) for f in comparison.fields if f.outcome != "exact"] == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Maksimalt kr. 750 000 pr år.", 750_000),
        ("inntil kr 400 000 til opplæring", 400_000),
        ("Det kan gis inntil 650 000 kroner i tilskudd.", 650_000),
        ("maksimalt 3 mill. kroner per team", 3_000_000),
        ("Kr 300.000,- per stilling", 300_000),
        ("to 100 %-stillinger", None),
    ],
)
def test_amounts_are_read_with_their_currency(text: str, amount: int | None) -> None:
    found = parse_amount(text)
    assert (found[0] if found else None) == amount
