"""Helpers for the ingest tests: real PDFs written with fpdf2, small text corpora in tmp dirs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ingest.e5.encoder import E5Encoder


def _font() -> Path:
    """DejaVu Sans (it has æøå and ☒/☐) as matplotlib, a dev dependency, ships it: no system font needed."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


PdfFactory = Callable[..., Path]
TextMaker = Callable[[str, int], str]


def write_pdf(path: Path, pages: list[list[str]], page_numbers: bool = True, header: str | None = None) -> Path:
    """A PDF with one text line per entry of each page (DejaVu Sans, so æøå and ☒/☐ render)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=str(_font()))
    pdf.set_font("DejaVu", size=11)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.cell(0, 7, header, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        if page_numbers:
            pdf.set_y(-20)
            pdf.cell(0, 7, str(number), align="C")
    pdf.output(str(path))
    return path


@pytest.fixture
def pdf_writer() -> PdfFactory:
    """write_pdf(path, pages, page_numbers=True, header=None): a real PDF with known text per page."""
    return write_pdf


@pytest.fixture
def regelverk_text() -> TextMaker:
    """small_regelverk(name, amount): a short regelverk-like text."""
    return small_regelverk


def small_regelverk(name: str, amount: int) -> str:
    """A short regelverk-like text (cheap to embed) whose amount identifies the version."""
    return (
        f"Regelverk for {name}\n\n"
        "1. Mål og målgruppe\n\n"
        f"Ordningen {name} skal styrke tilbudet til barn og unge i kommunene.\n\n"
        "3. Hvem kan søke\n\n"
        "☒ Kommuner\n\n"
        "☐ Fylkeskommuner\n\n"
        "5. Tildelingskriterier\n\n"
        f"Maksimalt tilskudd er kr {amount} per år.\n"
    )


@pytest.fixture(scope="session")
def e5_encoder(model_cache_dir: Path) -> E5Encoder:
    """The onnx backend's encoder (tokenizer + int8 model), shared with every onnx embedder of the session."""
    from ingest.e5.encoder import load_encoder

    return load_encoder(model_cache_dir.resolve())
