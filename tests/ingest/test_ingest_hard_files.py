"""Files that used to break or fool an ingest: AES-encrypted PDFs, PDFs needing a missing decoder, symbolic links
out of the corpus, broken links and link loops. Each is ingested or reported with its reason; the rest is indexed."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.settings import Settings
from ingest.loaders import find_documents
from ingest.run import run_ingest
from ingest.store import IndexStore

TextMaker = Callable[[str, int], str]
PdfFactory = Callable[..., Path]


def _encrypted_copy(plain: Path, target: Path, user_password: str, algorithm: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(str(plain)))
    writer.encrypt(user_password=user_password, owner_password="eier", algorithm=algorithm)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def _pdf_with_filter(stream: bytes, filter_name: str) -> bytes:
    """A one-page PDF whose content stream is declared as compressed with `filter_name` (written by hand)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /%s >>\nstream\n" % (len(stream), filter_name.encode()) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


@pytest.fixture
def settings(tmp_path: Path, regelverk_text: TextMaker) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "alfa.txt").write_text(regelverk_text("alfa", 100_000), encoding="utf-8")
    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus)


def test_aes_encrypted_pdfs_are_read_or_reported(settings: Settings, pdf_writer: PdfFactory, tmp_path: Path) -> None:
    plain = pdf_writer(tmp_path / "plain.pdf", [["5. Tildelingskriterier", "Maksimalt tilskudd er kr 480 000."]])
    corpus = settings.corpus_dir
    _encrypted_copy(plain, corpus / "aes128.pdf", user_password="", algorithm="AES-128")
    _encrypted_copy(plain, corpus / "aes256.pdf", user_password="", algorithm="AES-256")
    _encrypted_copy(plain, corpus / "laast-aes.pdf", user_password="hemmelig", algorithm="AES-256")
    (corpus / "brotli.pdf").write_bytes(_pdf_with_filter(b"\x0b\x02\x80BT (Hei) Tj ET\x03", "BrotliDecode"))

    report = run_ingest(settings)

    failed = {Path(path).name: reason for path, reason in report.failed}
    assert set(failed) == {"laast-aes.pdf", "brotli.pdf"}
    assert "password-protected" in failed["laast-aes.pdf"]
    assert "cannot read" in failed["brotli.pdf"] and "brotli" in failed["brotli.pdf"]
    assert report.documents == 3
    texts = {chunk.document_id: chunk.text for chunk in IndexStore.open(settings).chunks()}
    assert "kr 480 000" in texts["aes128"] and "kr 480 000" in texts["aes256"]


def _links(corpus: Path, outside: Path) -> None:
    (outside / "hemmelig.txt").write_text("Hemmelig lønnsliste: kr 999 999 til direktøren.\n", encoding="utf-8")
    (outside / "mappe").mkdir()
    (outside / "mappe" / "notat.txt").write_text("Internt notat om budsjett.\n", encoding="utf-8")
    (corpus / "ut.txt").symlink_to(outside / "hemmelig.txt")
    (corpus / "ut-mappe").symlink_to(outside / "mappe")
    (corpus / "brutt.txt").symlink_to(corpus / "finnes-ikke.txt")
    (corpus / "sloyfe-a.txt").symlink_to(corpus / "sloyfe-b.txt")
    (corpus / "sloyfe-b.txt").symlink_to(corpus / "sloyfe-a.txt")
    (corpus / "under").mkdir()
    (corpus / "under" / "tilbake").symlink_to(corpus)
    (corpus / "inne.txt").symlink_to(corpus / "alfa.txt")  # inside: the same document, found once


def test_links_out_of_the_corpus_are_refused_and_every_skipped_link_is_reported(
    settings: Settings, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    corpus = settings.corpus_dir
    _links(corpus, outside)

    files, skipped = find_documents([corpus])
    assert files == [(corpus / "alfa.txt").resolve()]
    reasons = {Path(path).name: reason for path, reason in skipped}
    assert set(reasons) == {"ut.txt", "ut-mappe", "brutt.txt", "sloyfe-a.txt", "sloyfe-b.txt", "tilbake"}
    assert "outside the corpus folder" in reasons["ut.txt"] and "outside the corpus folder" in reasons["ut-mappe"]
    assert "broken symbolic link" in reasons["brutt.txt"]
    assert "loop" in reasons["sloyfe-a.txt"] and "loop" in reasons["tilbake"]

    report = run_ingest(settings)
    assert report.documents == 1
    assert {Path(path).name for path, _ in report.failed} == set(reasons)
    chunks = IndexStore.open(settings).chunks()
    assert not any("999 999" in chunk.text or "notat" in chunk.text for chunk in chunks)
    # Nothing changed: the same report, without rebuilding.
    again = run_ingest(settings)
    assert again.unchanged == 1 and again.generation == report.generation
    assert {Path(path).name for path, _ in again.failed} == set(reasons)


def test_a_link_to_a_folder_inside_the_corpus_is_followed(settings: Settings, regelverk_text: TextMaker) -> None:
    corpus = settings.corpus_dir
    (corpus / "arkiv").mkdir()
    (corpus / "arkiv" / "beta.txt").write_text(regelverk_text("beta", 200_000), encoding="utf-8")
    (corpus / "snarvei").symlink_to(corpus / "arkiv")
    files, skipped = find_documents([corpus])
    assert [path.name for path in files] == ["alfa.txt", "beta.txt"]
    assert skipped == []


def test_old_generations_leave_no_files_behind(settings: Settings, regelverk_text: TextMaker) -> None:
    chroma = settings.data_dir / "chroma"
    for amount in (1, 2, 3, 4):
        (settings.corpus_dir / "alfa.txt").write_text(regelverk_text("alfa", amount), encoding="utf-8")
        run_ingest(settings)
    segment_dirs = [entry for entry in os.scandir(chroma) if entry.is_dir()]
    # One vector segment for the live generation and one for the generation before it.
    assert len(segment_dirs) == 2
    assert "kr 4 per år" in "".join(chunk.text for chunk in IndexStore.open(settings).chunks())
