"""Chunk boundaries on the real corpus: sections, whole lists, offsets, stable ids."""

from __future__ import annotations

import re

import pytest

from assistant.settings import PROJECT_ROOT, Settings
from assistant.types import Chunk, Document
from ingest.chunking import MAX_CHARS, chunk_document
from ingest.loaders import load_corpus_documents


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {doc.id: doc for doc in load_corpus_documents(Settings(corpus_dir=PROJECT_ROOT / "corpus"))}


@pytest.fixture(scope="module")
def chunks(documents: dict[str, Document]) -> dict[str, list[Chunk]]:
    return {doc_id: chunk_document(doc) for doc_id, doc in documents.items()}


def test_every_chunk_is_an_exact_bounded_slice_of_its_document(
    documents: dict[str, Document], chunks: dict[str, list[Chunk]]
) -> None:
    for doc_id, doc_chunks in chunks.items():
        assert doc_chunks, doc_id
        text = documents[doc_id].text
        previous_end = 0
        for chunk in doc_chunks:
            assert chunk.text == text[chunk.start : chunk.end]
            assert chunk.start >= previous_end  # in order, never overlapping
            previous_end = chunk.end
            assert len(chunk.text) <= MAX_CHARS
            assert chunk.document_id == doc_id and chunk.title == documents[doc_id].short_title
            assert chunk.section in chunk.search_text


def test_who_may_apply_list_is_one_chunk_with_parsed_checkboxes(chunks: dict[str, list[Chunk]]) -> None:
    section_three = [chunk for chunk in chunks["regelverk-0765-73-2025"] if chunk.section == "3. Hvem kan søke"]
    assert len(section_three) == 1
    chunk = section_three[0]
    assert chunk.text.count("☒") + chunk.text.count("☐") == 8
    boxes = {box.label: box.checked for box in chunk.checkboxes}
    assert boxes["Kommuner"] is True
    assert boxes["Fylkeskommuner"] is False
    assert boxes["Statlige foretak (f.eks. RHF/HF)"] is True
    assert boxes["Bedrifter"] is False
    assert "Fylkeskommuner: kan ikke søke (may not apply)." in chunk.search_text
    assert "Kommuner: kan søke (may apply)." in chunk.search_text
    assert "☐ Fylkeskommuner" in chunk.text  # the quotable text keeps the original box


def test_tiltak_b_amount_list_is_never_cut(chunks: dict[str, list[Chunk]]) -> None:
    amount_lines = [f"{year}. prosjekt-/driftsår: kr." for year in (1, 2, 3, 4)]
    holders = [chunk for chunk in chunks["regelverk-0765-73-2025"] if amount_lines[0] in chunk.text]
    assert len(holders) == 1
    chunk = holders[0]
    assert all(line in chunk.text for line in amount_lines)
    assert "Tiltak B" in chunk.section
    assert chunk.section.startswith("5. Tildelingskriterier")


def test_lists_are_kept_whole_in_every_document(documents: dict[str, Document], chunks: dict[str, list[Chunk]]) -> None:
    item = r"(?:[•−✓☒☐*]|-|\d{1,2}[.)])"
    for doc_id, doc in documents.items():
        for match in re.finditer(rf"(?m)(?:^{item}.*\n)+^{item}.*$", doc.text):
            if match.end() - match.start() > MAX_CHARS:
                continue
            assert any(c.start <= match.start() and match.end() <= c.end for c in chunks[doc_id]), (
                doc_id,
                match.group(0)[:80],
            )


def test_section_paths_follow_the_document_structure(chunks: dict[str, list[Chunk]]) -> None:
    sections = {doc_id: [chunk.section for chunk in doc_chunks] for doc_id, doc_chunks in chunks.items()}
    regelverk = sections["regelverk-0765-73-2025"]
    for expected in [
        "1. Mål og målgruppe for ordningen",
        "5. Tildelingskriterier › Tiltak A",
        "6. Saksbehandling › Klage på vedtaket",
        "7. Krav til rapporteringen fra tilskuddsmottaker › Tiltak B",
        "9. Bortfall av tilskudd og andre reaksjonsformer",
    ]:
        assert expected in regelverk
    assert "Søknadsbeløp" in sections["ips-jmo-soknad"]
    assert {"Hvem kan søke?", "Beregningsregler", "Overgangsregler"} <= set(sections["voksne-langvarige-2019"])
    assert "765.62 Kommunalt rusarbeid - overgangsordning" in sections["tilskuddskonferansen-2023"]
    overview = sections["kartlegging-tilskudd-barn-unge-2015"]
    assert "Oversikt 1 › Helsedir › Psykisk helse i skolen" in overview
    assert "Oversikt 1 › IMDi › Jobbsjansen (JS)" in overview
    assert sum(1 for section in overview if section.startswith("Oversikt 2 › Udir")) >= 5


def test_overview_rows_start_their_own_chunk(chunks: dict[str, list[Chunk]]) -> None:
    for chunk in chunks["kartlegging-tilskudd-barn-unge-2015"]:
        lines = [line for line in chunk.text.split("\n") if line]
        # A group line such as "2.1) Foreldre- og nærmiljøstøtte" may head the row that follows it.
        body = lines[2:] if re.match(r"^\d\.\d\)", lines[0]) else lines[1:]
        for line in body:
            assert not re.match(r"^(Bufdir|Helsedir|Avdir|IMDi|IMDI|Udir) [A-ZÆØÅ]", line), chunk.section


def test_each_slide_is_its_own_section(documents: dict[str, Document], chunks: dict[str, list[Chunk]]) -> None:
    slides = chunks["tilskuddskonferansen-2023"]
    titles = {chunk.section.split(" › ")[0] for chunk in slides}
    assert {"Hva skal vi snakke om?", "Hva har skjedd i 2022?", "Kommunalt rusarbeid – ny ordning"} <= titles
    overgang = next(chunk for chunk in slides if "330.000" in chunk.text)
    assert overgang.section.startswith("Beregningsregler for overgangsordningen")


def test_ids_are_stable_and_unique(documents: dict[str, Document], chunks: dict[str, list[Chunk]]) -> None:
    again = {doc_id: [chunk.id for chunk in chunk_document(doc)] for doc_id, doc in documents.items()}
    assert again == {doc_id: [chunk.id for chunk in doc_chunks] for doc_id, doc_chunks in chunks.items()}
    all_ids = [chunk_id for ids in again.values() for chunk_id in ids]
    assert len(all_ids) == len(set(all_ids))
