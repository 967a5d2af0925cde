"""Loaders: real PDFs (pages, running headers, page numbers), text/HTML, and every kind of bad file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.errors import DocumentLoadError
from assistant.settings import PROJECT_ROOT, Settings
from assistant.text import contains_quote
from assistant.types import Chunk
from ingest.chunking import chunk_document
from ingest.loaders import load_corpus_documents, load_document

PAGES = [
    ["3. Hvem kan søke", "☒ Kommuner", "☐ Fylkeskommuner", "", "Tilskuddet gis til tiltak som"],
    ["styrker tilbudet til barn og unge i kommunen.", "", "5. Tildelingskriterier", "Beløpet er kr 750 000 per år."],
    [
        "6. Saksbehandling",
        "Vedtak fattes av Helsedirektoratet.",
        "",
        "7. Krav til rapporteringen",
        "Rapporteringsfrist er 01.04 året etter tildeling.",
    ],
]


def _chunk_with(chunks: list[Chunk], text: str) -> Chunk:
    return next(chunk for chunk in chunks if text in chunk.text)


def test_pdf_pages_are_kept_and_a_chunk_can_span_a_page_break(tmp_path: Path, pdf_writer: Callable[..., Path]) -> None:
    path = pdf_writer(tmp_path / "regelverk.pdf", PAGES, header="Regelverk for testordning")
    document = load_document(path)
    assert [page.page for page in document.pages] == [1, 2, 3]
    # Running header and page numbers are gone; the sentence broken by the page break is whole again.
    assert "Regelverk for testordning" not in document.text
    assert "Tilskuddet gis til tiltak som styrker tilbudet til barn og unge i kommunen." in document.text
    assert "\n1\n" not in document.text and not document.text.rstrip().endswith("3")

    chunks = chunk_document(document)
    first = _chunk_with(chunks, "☐ Fylkeskommuner")
    assert first.section == "3. Hvem kan søke"
    assert (first.page, first.page_end) == (1, 2)  # it runs on into page 2
    amounts = _chunk_with(chunks, "kr 750 000")
    assert (amounts.page, amounts.page_end, amounts.section) == (2, 2, "5. Tildelingskriterier")
    report = _chunk_with(chunks, "Rapporteringsfrist")
    assert (report.page, report.page_end) == (3, 3)
    for chunk in chunks:
        assert chunk.text == document.text[chunk.start : chunk.end]
    assert [box.checked for box in first.checkboxes] == [True, False]


def test_each_page_span_covers_that_pages_text(tmp_path: Path, pdf_writer: Callable[..., Path]) -> None:
    path = pdf_writer(tmp_path / "three.pdf", [["Side en tekst."], ["Side to tekst."], ["Side tre tekst."]])
    document = load_document(path)
    spans = {page.page: document.text[page.start : page.end] for page in document.pages}
    assert "Side en tekst." in spans[1] and "Side to" not in spans[1]
    assert "Side to tekst." in spans[2]
    assert "Side tre tekst." in spans[3]


def test_encrypted_pdf_is_rejected_with_a_clear_reason(tmp_path: Path, pdf_writer: Callable[..., Path]) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = pdf_writer(tmp_path / "plain.pdf", [["Hemmelig tekst."]])
    writer = PdfWriter()
    writer.append(PdfReader(str(plain)))
    writer.encrypt(user_password="hemmelig", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(DocumentLoadError, match="password-protected"):
        load_document(locked)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.pdf", b"", "empty"),
        ("empty.txt", b"  \n\n ", "empty"),
        ("junk.txt", bytes(range(256)) * 4, "binary"),
        ("latin1.txt", "Tilskudd til kommuner i Trøndelag".encode("latin-1"), "UTF-8"),
        ("only-numbers.txt", b"1\n\n2\n\nhttps://example.org/x\n", "no text left"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_files_raise_document_load_error(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentLoadError, match=reason) as caught:
        load_document(path)
    assert caught.value.path == str(path)


def test_truncated_and_textless_pdfs_are_rejected(tmp_path: Path, pdf_writer: Callable[..., Path]) -> None:
    good = pdf_writer(tmp_path / "good.pdf", [["Litt tekst på side en."], ["Og side to."]]).read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good[: len(good) // 2])
    with pytest.raises(DocumentLoadError, match="not a readable PDF"):
        load_document(truncated)

    from fpdf import FPDF

    blank = FPDF()
    blank.add_page()
    blank.rect(20, 20, 50, 50)
    textless = tmp_path / "scan.pdf"
    blank.output(str(textless))
    with pytest.raises(DocumentLoadError, match="no extractable text"):
        load_document(textless)


def test_html_and_markdown_are_loaded(tmp_path: Path) -> None:
    html = tmp_path / "side.html"
    html.write_text(
        "<html><head><title>x</title><style>p {color: red}</style></head><body>"
        "<h2>Hvem kan søke</h2><p>Kommuner kan s&oslash;ke.</p><ul><li>Første punkt</li><li>Andre punkt</li></ul>"
        "<script>var x = 1;</script></body></html>",
        encoding="utf-8",
    )
    document = load_document(html)
    assert "Kommuner kan søke." in document.text
    assert "• Første punkt\n• Andre punkt" in document.text
    assert "color" not in document.text and "var x" not in document.text

    markdown = tmp_path / "notat.md"
    markdown.write_text("# Søknadsfrist\nFristen er 1. mars.\n", encoding="utf-8")
    document = load_document(markdown)
    assert document.text.startswith("# Søknadsfrist\n\nFristen er 1. mars.")
    assert document.id == "notat" and document.kind == "other"


def test_corpus_documents_carry_manifest_data_and_quotes_are_found() -> None:
    documents = {doc.id: doc for doc in load_corpus_documents(Settings(corpus_dir=PROJECT_ROOT / "corpus"))}
    assert set(documents) == {
        "regelverk-0765-73-2025",
        "ips-jmo-soknad",
        "kartlegging-tilskudd-barn-unge-2015",
        "voksne-langvarige-2019",
        "tilskuddskonferansen-2023",
    }
    regelverk = documents["regelverk-0765-73-2025"]
    assert regelverk.kind == "regelverk" and regelverk.schemes == ["0765-73"]
    assert regelverk.short_title == "Regelverk 0765.73 (2025)"
    assert regelverk.path == "regelverk-0765-73-behandling-rehabilitering-arbeid-2025.txt"
    # A quote that is wrapped over two lines in the file is found in the indexed text.
    assert contains_quote(regelverk.text, "rapportere tilbake til Helse- og omsorgsdepartementet (HOD)")
    assert contains_quote(regelverk.text, "− 3. prosjekt-/driftsår: kr. 450 000")
    assert not contains_quote(regelverk.text, "kr. 999 000")


def test_a_quote_is_cited_with_the_page_it_is_on(tmp_path: Path, pdf_writer: Callable[..., Path]) -> None:
    from assistant.citations import CitationCollector
    from ingest.store import chunk_from_record, chunk_metadata

    chunk = _chunk_with(chunk_document(load_document(pdf_writer(tmp_path / "r.pdf", PAGES))), "☐ Fylkeskommuner")
    assert (chunk.page, chunk.page_end) == (1, 2)
    # The chunk as Chroma stores and returns it keeps where its second page starts.
    stored = chunk_from_record(chunk.id, chunk.search_text, chunk_metadata(chunk, 0))
    assert stored.page_breaks == chunk.page_breaks and len(chunk.page_breaks) == 1
    collector = CitationCollector()
    collector.cite(stored, "☒ Kommuner")
    collector.cite(stored, "styrker  tilbudet til barn og unge")  # page 2, whitespace as the composer may fold it
    assert [citation.page for citation in collector.citations] == [1, 2]
