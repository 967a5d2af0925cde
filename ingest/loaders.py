"""Read .pdf, .txt, .md and .html files into normalised Documents; bad files raise DocumentLoadError."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from assistant.errors import DocumentLoadError
from assistant.settings import Settings
from assistant.text import fold_whitespace
from assistant.types import Document, PageSpan
from ingest.manifest import MANIFEST_NAME, ManifestEntry, manifest_entry_for
from ingest.normalise import normalise

SUPPORTED_SUFFIXES = frozenset({".pdf", ".txt", ".md", ".html", ".htm"})
# Folders inside a corpus that hold data, not documents.
NON_DOCUMENT_DIRS = frozenset({"rules"})
_PAGE_SEPARATOR = "\n\n"
_MAX_CONTROL_SHARE = 0.02


class SkippedPath(NamedTuple):
    """A path found in a corpus folder and not ingested, with the reason."""

    path: str
    reason: str


def find_documents(paths: Iterable[Path]) -> tuple[list[Path], list[SkippedPath]]:
    """Supported document files under the given files/folders (sorted, resolved), and the links refused on the way.

    A symbolic link inside a folder is followed only while it stays inside that folder: a link out of the corpus,
    a broken link and a link loop are each reported with the reason, never indexed silently or dropped silently.
    Hidden files and folders, the manifest and the rule tables (`rules/`) are not documents.
    """
    found: set[Path] = set()
    skipped: list[SkippedPath] = []
    for path in paths:
        if path.is_dir():
            _walk(path, found, skipped)
        elif path.is_file():
            found.add(path.resolve())
        else:
            raise DocumentLoadError(str(path), "no such file or folder")
    return sorted(found), sorted(skipped)


def discover_files(paths: Iterable[Path]) -> list[Path]:
    """Supported document files under the given files/folders, sorted (see find_documents)."""
    return find_documents(paths)[0]


def _walk(root: Path, found: set[Path], skipped: list[SkippedPath]) -> None:
    corpus = root.resolve()
    scanned: set[Path] = set()
    folders = [root]
    while folders:
        folder = folders.pop()
        real = folder.resolve()
        if real in scanned:  # reached again through a link: its files are already found
            continue
        scanned.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            skipped.append(SkippedPath(str(folder), f"the folder cannot be listed ({exc.strerror or exc})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if entry.is_symlink():
                target = _link_target(path, corpus, skipped)
                if target is None:
                    continue
                if target.is_dir():
                    if real.is_relative_to(target):
                        skipped.append(SkippedPath(str(path), "symbolic link loop (it leads back to a folder above)"))
                    elif entry.name not in NON_DOCUMENT_DIRS:
                        folders.append(path)
                elif target.is_file() and _is_document(target):
                    found.add(target)
            elif entry.is_dir(follow_symlinks=False):
                if entry.name not in NON_DOCUMENT_DIRS:
                    folders.append(path)
            elif entry.is_file(follow_symlinks=False) and _is_document(path):
                found.add(path.resolve())


def _link_target(link: Path, corpus: Path, skipped: list[SkippedPath]) -> Path | None:
    """Where a symbolic link leads if it may be followed; otherwise None, with the reason added to `skipped`."""
    try:
        target = link.resolve(strict=True)
    except RuntimeError:  # Python 3.11 raises RuntimeError for a loop of links
        skipped.append(SkippedPath(str(link), "symbolic link loop"))
        return None
    except FileNotFoundError:
        skipped.append(SkippedPath(str(link), "broken symbolic link (its target does not exist)"))
        return None
    except OSError as exc:
        skipped.append(SkippedPath(str(link), f"symbolic link cannot be followed ({exc.strerror or exc})"))
        return None
    if not target.is_relative_to(corpus):
        reason = f"symbolic link to {target}, outside the corpus folder {corpus}; refused"
        skipped.append(SkippedPath(str(link), reason))
        return None
    return target


def _is_document(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and path.name != MANIFEST_NAME and not path.name.startswith(".")


def document_id_for(path: Path, entry: ManifestEntry | None) -> str:
    """The manifest id, else a slug of the file name."""
    if entry is not None:
        return entry.id
    return re.sub(r"[^a-z0-9æøå]+", "-", path.stem.lower()).strip("-") or "document"


def content_hash(data: bytes, entry: ManifestEntry | None) -> str:
    """sha256 of the file bytes and its manifest entry: either changing means re-ingesting the document."""
    digest = hashlib.sha256(data)
    digest.update(b"\0manifest\0")
    if entry is not None:
        digest.update(entry.model_dump_json().encode())
    return digest.hexdigest()


def load_document(
    path: Path, entry: ManifestEntry | None = None, corpus_dir: Path | None = None, data: bytes | None = None
) -> Document:
    """Load and normalise one file. `corpus_dir` makes the stored path relative; `data` avoids re-reading it."""
    shown = _display_path(path, corpus_dir)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise DocumentLoadError(shown, f"unsupported file type '{path.suffix}' (use .pdf, .txt, .md or .html)")
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DocumentLoadError(shown, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DocumentLoadError(shown, "the file is empty")
    if path.suffix.lower() == ".pdf":
        original, page_spans, boilerplate = _pdf_text(data, shown)
    else:
        original = _decode_text(data, shown)
        if path.suffix.lower() in {".html", ".htm"}:
            original = html_to_text(original)
        page_spans, boilerplate = [], set()
    text, offset_map = normalise(original, boilerplate)
    if not text.strip():
        raise DocumentLoadError(shown, "no text left after normalisation (only page numbers, URLs or blank lines)")
    return Document(
        id=document_id_for(path, entry),
        title=entry.title if entry else _first_line(text, path),
        short_title=(entry.short_title or entry.title) if entry else _first_line(text, path),
        kind=entry.kind if entry else "other",
        schemes=list(entry.schemes) if entry else [],
        version_date=entry.version_date if entry else None,
        valid_for=entry.valid_for if entry else None,
        origin=entry.origin if entry else None,
        path=shown,
        text=text,
        original_text=original,
        offset_map=offset_map,
        pages=_map_pages(page_spans, offset_map),
        content_hash=content_hash(data, entry),
    )


def load_corpus_documents(settings: Settings) -> list[Document]:
    """Every loadable document of the corpus dir, normalised exactly as ingest indexes it (bad files skipped)."""
    documents = []
    for path in discover_files([settings.corpus_dir]):
        try:
            documents.append(load_document(path, manifest_entry_for(path), corpus_dir=settings.corpus_dir))
        except DocumentLoadError:
            continue  # ingest reports it; it is not part of the indexed source
    return documents


def _display_path(path: Path, corpus_dir: Path | None) -> str:
    if corpus_dir is not None:
        try:
            return path.resolve().relative_to(corpus_dir.resolve()).as_posix()
        except ValueError:
            pass
    return str(path)


def _first_line(text: str, path: Path) -> str:
    first = fold_whitespace(text.split("\n", 1)[0]).lstrip("# ")
    return first[:120] if first else path.stem


def _decode_text(data: bytes, shown: str) -> str:
    if b"\0" in data:
        raise DocumentLoadError(shown, "looks like a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentLoadError(
            shown, f"is not valid UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8 and ingest again"
        ) from exc
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t\f")
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise DocumentLoadError(shown, "looks like a binary file, not text (too many control characters)")
    return text


def _pdf_text(data: bytes, shown: str) -> tuple[str, list[tuple[int, int, int]], set[str]]:
    """The PDF's text with pages separated by a blank line, each page's (number, start, end), and running lines."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    # pypdf logs recoverable damage as warnings; the outcome is reported as a DocumentLoadError instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for unsupported encryption
                raise DocumentLoadError(
                    shown, "the PDF is encrypted; save an unprotected copy and ingest that"
                ) from exc
            if not unlocked:
                raise DocumentLoadError(
                    shown, "the PDF is password-protected; save an unprotected copy and ingest that"
                )
        page_texts = [page.extract_text() or "" for page in reader.pages]
    except DocumentLoadError:
        raise
    except DependencyError as exc:
        # A filter or cipher pypdf needs an optional package for (e.g. Brotli streams); the file is skipped.
        raise DocumentLoadError(shown, f"uses a PDF feature this installation cannot read ({exc})") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise DocumentLoadError(shown, f"is not a readable PDF (corrupt or truncated: {exc})") from exc
    if not page_texts:
        raise DocumentLoadError(shown, "the PDF has no pages")
    if not any(text.strip() for text in page_texts):
        raise DocumentLoadError(shown, "the PDF has no extractable text (a scanned image?); run OCR on it first")
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    position = 0
    for number, page_text in enumerate(page_texts, start=1):
        if parts:
            parts.append(_PAGE_SEPARATOR)
            position += len(_PAGE_SEPARATOR)
        parts.append(page_text)
        spans.append((number, position, position + len(page_text)))
        position += len(page_text)
    return "".join(parts), spans, _running_lines(page_texts)


def _running_lines(page_texts: list[str]) -> set[str]:
    """Header/footer lines: the same first or last line on at least half the pages (and three or more)."""
    counts: Counter[str] = Counter()
    for text in page_texts:
        lines = [fold_whitespace(line) for line in text.splitlines() if line.strip()]
        counts.update({lines[0], lines[-1]} if lines else set())
    threshold = max(3, (len(page_texts) + 1) // 2)
    return {line for line, count in counts.items() if count >= threshold}


def _map_pages(spans: list[tuple[int, int, int]], offset_map: list[int]) -> list[PageSpan]:
    pages = []
    for number, start, end in spans:
        pages.append(PageSpan(page=number, start=bisect_left(offset_map, start), end=bisect_left(offset_map, end)))
    return pages


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, one block element per paragraph and list items as bullets."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "head"})
    _BLOCK = frozenset(
        {
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "table",
            "tr",
            "blockquote",
            "pre",
            "dl",
            "dt",
            "dd",
            "form",
            "nav",
            "aside",
            "title",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in {"td", "th"}:
            self.parts.append(" ")
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK or tag == "li":
            self.parts.append("\n\n" if tag in self._BLOCK else "\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML document."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return "".join(extractor.parts)
