"""The session index of the real corpus holds exactly what the loaders and chunker produce."""

from __future__ import annotations

from assistant.settings import Settings
from assistant.text import contains_quote
from ingest.chunking import chunk_document
from ingest.loaders import load_corpus_documents
from ingest.run import run_ingest
from ingest.store import IndexStore, index_exists


def test_index_round_trips_every_chunk(corpus_settings: Settings) -> None:
    assert index_exists(corpus_settings)
    store = IndexStore.open(corpus_settings)
    documents = load_corpus_documents(corpus_settings)
    expected = [chunk for document in documents for chunk in chunk_document(document)]
    assert store.chunks() == expected
    assert [info.id for info in store.documents()] == [document.id for document in documents]
    texts = {document.id: document.text for document in documents}
    for chunk in store.chunks():
        assert contains_quote(texts[chunk.document_id], chunk.text)


def test_unchanged_corpus_is_a_no_op(corpus_settings: Settings) -> None:
    before = IndexStore.open(corpus_settings).generation
    report = run_ingest(corpus_settings)
    assert (report.unchanged, report.added, report.updated, report.removed) == (5, 0, 0, 0)
    assert IndexStore.open(corpus_settings).generation == before
