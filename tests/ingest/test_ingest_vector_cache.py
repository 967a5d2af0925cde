"""The passage-vector cache: same vectors as embedding, no embedding for known texts, and the shipped naive-RAG
vectors cover the corpus (so neither `regelverk eval` nor the suite embeds the corpus a second time)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from assistant.settings import EmbedderSettings
from ingest.embedders import Embedder, get_embedder
from ingest.vector_cache import embed_passages_cached


class CountingEmbedder:
    """The real embedder, counting the passages it is asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.embedded = 0

    def embed_query(self, text: str) -> NDArray[np.float32]:
        return self.inner.embed_query(text)

    def embed_passages(self, texts: list[str]) -> NDArray[np.float32]:
        self.embedded += len(texts)
        return self.inner.embed_passages(texts)


def test_known_texts_are_not_embedded_again(tmp_path: Path) -> None:
    embedder = CountingEmbedder(get_embedder(EmbedderSettings()))
    path = tmp_path / "vectors.npz"
    texts = ["Hvem kan søke om tilskudd?", "Søknadsfrist 1. mars."]
    first = embed_passages_cached(embedder, texts, path)
    assert embedder.embedded == 2
    again = embed_passages_cached(embedder, [*texts, "Rapporteringsfrist 1. april."], path)
    assert embedder.embedded == 3
    np.testing.assert_allclose(again[:2], first, atol=1e-6)
    np.testing.assert_allclose(first, embedder.inner.embed_passages(texts), atol=1e-5)


def test_the_shipped_naive_rag_vectors_cover_the_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.settings import PROJECT_ROOT, Settings
    from eval.baselines import naive_rag

    shipped = tmp_path / "shipped.npz"
    shipped.write_bytes(naive_rag.VECTORS.read_bytes())
    counting = CountingEmbedder(get_embedder(EmbedderSettings()))
    monkeypatch.setattr(naive_rag, "get_embedder", lambda settings: counting)
    monkeypatch.setattr(naive_rag, "VECTORS", shipped)
    naive_rag.NaiveRagBaseline(Settings(data_dir=tmp_path, corpus_dir=PROJECT_ROOT / "corpus"), tmp_path / "w")
    assert counting.embedded == 0
