"""A text is embedded once per process: repeats come from the memo, keyed by content and query/passage."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.settings import EmbedderSettings, Settings
from ingest.embedders import OnnxE5Embedder, get_embedder
from ingest.embedding_memo import MemoisedEmbedder

A, B, C, D = (
    "Kommuner kan søke om tilskudd.",
    "Rapporteringsfristen er 1. april.",
    "Tilskuddet dekker lønn.",
    "Klagefristen er tre uker.",
)


def test_repeated_texts_are_embedded_once(model_cache_dir: Path) -> None:
    inner = OnnxE5Embedder(model_cache_dir)
    memo = MemoisedEmbedder(inner, size=100)
    first = memo.embed_passages([A, B, A])
    assert memo.embedded == 2
    assert np.array_equal(first[0], first[2])
    assert np.allclose(first, inner.embed_passages([A, B, A]), atol=1e-6)
    again = memo.embed_passages([B, A])
    assert memo.embedded == 2 and np.array_equal(again, first[[1, 0]])
    # The same words as a question get the "query: " prefix, so a different vector.
    question = memo.embed_query(A)
    assert memo.embedded == 3 and not np.allclose(question, first[0])
    assert np.array_equal(memo.embed_query(A), question) and memo.embedded == 3
    assert memo.embed_passages([]).shape == (0, 384)


def test_the_memo_is_bounded_and_forgets_the_least_recent(model_cache_dir: Path) -> None:
    memo = MemoisedEmbedder(OnnxE5Embedder(model_cache_dir), size=3)
    memo.embed_passages([A, B, C])
    memo.embed_passages([A])  # A is now the most recent
    memo.embed_passages([D])  # evicts B
    assert memo.embedded == 4
    memo.embed_passages([A, C, D])
    assert memo.embedded == 4
    memo.embed_passages([B])
    assert memo.embedded == 5


def test_one_embedder_per_configuration_shares_the_memo(model_cache_dir: Path) -> None:
    settings = EmbedderSettings(cache_dir=model_cache_dir)
    assert get_embedder(settings) is get_embedder(EmbedderSettings(cache_dir=model_cache_dir))
    assert get_embedder(Settings(data_dir=Path("elsewhere")).embedder) is get_embedder(settings)  # env: same cache
    unmemoised = get_embedder(EmbedderSettings(cache_dir=model_cache_dir, memo_size=0))
    assert isinstance(unmemoised, OnnxE5Embedder)
