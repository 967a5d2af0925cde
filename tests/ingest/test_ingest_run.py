"""The ingest run on real Chroma and the real embedder in tmp dirs: incremental, removals, bad files, generations."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.errors import IndexNotBuilt, IngestError
from assistant.settings import Settings
from ingest.embedders import get_embedder
from ingest.run import run_ingest
from ingest.store import IndexStore, index_exists, open_client, state_path

TextMaker = Callable[[str, int], str]


def _corpus(root: Path, text: TextMaker) -> Path:
    root.mkdir()
    for name, amount in [("alfa", 100_000), ("beta", 200_000), ("gamma", 300_000)]:
        (root / f"{name}.txt").write_text(text(name, amount), encoding="utf-8")
    (root / "rules").mkdir()
    (root / "rules" / "alfa.yaml").write_text("not: a document\n", encoding="utf-8")
    return root


@pytest.fixture
def settings(tmp_path: Path, regelverk_text: TextMaker) -> Settings:
    return Settings(data_dir=tmp_path / "data", corpus_dir=_corpus(tmp_path / "corpus", regelverk_text))


class Recorder:
    """Collects progress events so a test can see what was embedded."""

    def __init__(self) -> None:
        self.events: list[tuple[str, int, int]] = []

    def __call__(self, label: str, done: int, total: int) -> None:
        self.events.append((label, done, total))

    def embedded(self) -> int:
        totals = [total for label, _, total in self.events if label == "embedding"]
        return totals[-1] if totals else 0


def test_first_run_indexes_every_document_and_store_reads_it_back(settings: Settings) -> None:
    assert not index_exists(settings)
    with pytest.raises(IndexNotBuilt):
        IndexStore.open(settings)
    report = run_ingest(settings)
    assert (report.documents, report.added, report.unchanged, report.generation) == (3, 3, 0, 1)
    assert index_exists(settings)
    store = IndexStore.open(settings)
    chunks = store.chunks()
    assert len(chunks) == report.chunks
    assert [doc.id for doc in store.documents()] == ["alfa", "beta", "gamma"]
    assert [chunk.document_id for chunk in chunks] == sorted(chunk.document_id for chunk in chunks)
    who = next(chunk for chunk in chunks if chunk.document_id == "beta" and chunk.section == "3. Hvem kan søke")
    assert [(box.label, box.checked) for box in who.checkboxes] == [("Kommuner", True), ("Fylkeskommuner", False)]
    embedder = get_embedder(settings.embedder)
    hits = store.dense_query(embedder.embed_query("Maksimalt tilskudd for gamma"), k=3)
    assert len(hits) == 3 and all(-1.0 <= score <= 1.0 for _, score in hits)
    assert hits[0][1] >= hits[1][1] >= hits[2][1]
    only_beta = store.dense_query(embedder.embed_query("tilskudd"), k=10, where={"document_id": "beta"})
    beta_ids = {chunk.id for chunk in chunks if chunk.document_id == "beta"}
    assert only_beta and {chunk_id for chunk_id, _ in only_beta} <= beta_ids
    # Within some chunks the search is exact and in memory; it ranks as Chroma's filtered search does.
    exact = store.nearest(embedder.embed_query("tilskudd"), 10, beta_ids)
    assert [chunk_id for chunk_id, _ in exact] == [chunk_id for chunk_id, _ in only_beta]
    assert [round(score, 4) for _, score in exact] == [round(score, 4) for _, score in only_beta]
    assert store.nearest(embedder.embed_query("tilskudd"), 1, beta_ids) == exact[:1]
    assert store.nearest(embedder.embed_query("tilskudd"), 5, {"no-such-chunk"}) == []


def test_incremental_runs_embed_only_what_changed(settings: Settings, regelverk_text: TextMaker) -> None:
    first = run_ingest(settings)
    generation_before = IndexStore.open(settings).generation

    recorder = Recorder()
    again = run_ingest(settings, progress=recorder)
    assert (again.unchanged, again.added, again.updated, again.generation) == (3, 0, 0, first.generation)
    assert recorder.embedded() == 0
    assert IndexStore.open(settings).generation == generation_before

    (settings.corpus_dir / "beta.txt").write_text(regelverk_text("beta", 250_000), encoding="utf-8")
    recorder = Recorder()
    changed = run_ingest(settings, progress=recorder)
    assert (changed.updated, changed.unchanged, changed.added, changed.removed) == (1, 2, 0, 0)
    store = IndexStore.open(settings)
    beta_chunks = [chunk for chunk in store.chunks() if chunk.document_id == "beta"]
    assert recorder.embedded() == len(beta_chunks)
    assert any("250000" in chunk.text for chunk in beta_chunks)
    assert not any("200000" in chunk.text for chunk in store.chunks())
    assert store.generation != generation_before

    (settings.corpus_dir / "gamma.txt").unlink()
    removed = run_ingest(settings, progress=Recorder())
    assert (removed.removed, removed.documents, removed.unchanged) == (1, 2, 2)
    store = IndexStore.open(settings)
    assert all(chunk.document_id != "gamma" for chunk in store.chunks())
    assert [doc.id for doc in store.documents()] == ["alfa", "beta"]
    assert store.count() == removed.chunks


def test_an_unchanged_document_whose_vectors_went_missing_is_embedded_again(
    settings: Settings, regelverk_text: TextMaker
) -> None:
    run_ingest(settings)
    store = IndexStore.open(settings)
    beta = [chunk.id for chunk in store.chunks() if chunk.document_id == "beta"]
    live = open_client(settings).get_collection(store.generation, embedding_function=None)
    live.delete(ids=beta[:1])
    (settings.corpus_dir / "gamma.txt").write_text(regelverk_text("gamma", 350_000), encoding="utf-8")
    recorder = Recorder()
    report = run_ingest(settings, progress=recorder)
    assert (report.unchanged, report.updated) == (1, 2)  # alfa copied; beta re-embedded; gamma changed
    store = IndexStore.open(settings)
    gamma = [chunk.id for chunk in store.chunks() if chunk.document_id == "gamma"]
    assert recorder.embedded() == len(beta) + len(gamma)
    assert {chunk.id for chunk in store.chunks()} >= set(beta)
    assert store.count() == report.chunks


def test_force_re_embeds_everything(settings: Settings) -> None:
    run_ingest(settings)
    recorder = Recorder()
    forced = run_ingest(settings, force=True, progress=recorder)
    assert forced.updated == 3 and recorder.embedded() == forced.chunks


def test_old_generations_are_deleted_and_state_is_consistent(settings: Settings, regelverk_text: TextMaker) -> None:
    for amount in (1, 2, 3):
        (settings.corpus_dir / "alfa.txt").write_text(regelverk_text("alfa", amount), encoding="utf-8")
        run_ingest(settings)
    names = sorted(c if isinstance(c, str) else c.name for c in open_client(settings).list_collections())
    base = settings.collection_base()
    assert names == [f"{base}_g2", f"{base}_g3"]  # the live one and the one before it
    state = json.loads(state_path(settings).read_text(encoding="utf-8"))["indexes"][base]
    assert state["collection"] == f"{base}_g3" and state["previous_collection"] == f"{base}_g2"
    assert all(isinstance(doc["content_hash"], str) and doc["chunk_ids"] for doc in state["documents"])


def test_bad_files_are_reported_and_the_rest_is_indexed(settings: Settings, pdf_writer: Callable[..., Path]) -> None:
    from pypdf import PdfReader, PdfWriter

    corpus = settings.corpus_dir
    good_pdf = pdf_writer(corpus / "god.pdf", [["3. Hvem kan søke", "☒ Kommuner"], ["Mer tekst på side to."]])
    (corpus / "tom.pdf").write_bytes(b"")
    (corpus / "avkortet.pdf").write_bytes(good_pdf.read_bytes()[:400])
    writer = PdfWriter()
    writer.append(PdfReader(str(good_pdf)))
    writer.encrypt(user_password="hemmelig", algorithm="RC4-128")
    with (corpus / "laast.pdf").open("wb") as handle:
        writer.write(handle)
    (corpus / "søppel.txt").write_bytes(bytes(range(256)))
    (corpus / "latin1.txt").write_bytes("Søknadsfrist".encode("latin-1"))
    (corpus / "tom.txt").write_text("")

    report = run_ingest(settings)
    failed = {Path(path).name: reason for path, reason in report.failed}
    assert set(failed) == {"tom.pdf", "avkortet.pdf", "laast.pdf", "søppel.txt", "latin1.txt", "tom.txt"}
    assert "password" in failed["laast.pdf"] and "UTF-8" in failed["latin1.txt"]
    assert report.documents == 4 and report.added == 4
    pdf_chunks = [chunk for chunk in IndexStore.open(settings).chunks() if chunk.document_id == "god"]
    assert pdf_chunks and pdf_chunks[0].page == 1

    # Nothing changed: the failures are remembered and reported without re-reading anything.
    again = run_ingest(settings)
    assert again.unchanged == 4 and {Path(path).name for path, _ in again.failed} == set(failed)


def test_when_every_file_fails_the_previous_index_stays(settings: Settings, tmp_path: Path) -> None:
    run_ingest(settings)
    before = IndexStore.open(settings)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "a.txt").write_bytes(b"\xff\xfe\x00\x00junk")
    with pytest.raises(IngestError, match="No document could be indexed"):
        run_ingest(settings, [broken])
    after = IndexStore.open(settings)
    assert after.generation == before.generation
    assert [chunk.id for chunk in after.chunks()] == [chunk.id for chunk in before.chunks()]


def test_paths_select_exactly_what_is_indexed(settings: Settings, tmp_path: Path) -> None:
    report = run_ingest(settings, [settings.corpus_dir / "alfa.txt"])
    assert report.documents == 1
    assert {chunk.document_id for chunk in IndexStore.open(settings).chunks()} == {"alfa"}
    with pytest.raises(IngestError, match="no such file"):
        run_ingest(settings, [tmp_path / "missing"])
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    with pytest.raises(IngestError, match="No documents"):
        run_ingest(settings, [empty])
