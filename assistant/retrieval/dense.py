"""Dense retrieval: embed the query; the nearest chunks in the whole index (Chroma) or among some chunks (exact)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.embedders import Embedder
    from ingest.store import IndexStore


class DenseRetriever:
    """Nearest chunks by embedding similarity, optionally only among some chunks."""

    def __init__(self, store: IndexStore, embedder: Embedder) -> None:
        self._store = store
        self._embedder = embedder

    def search(self, query: str, k: int, chunk_ids: Collection[str] | None = None) -> list[tuple[str, float]]:
        """The best `k` chunks (id, similarity), best first; `chunk_ids` limits the search to those chunks.

        Over the whole index Chroma's approximate (HNSW) search answers; within a scheme's documents — the usual
        case, a few dozen chunks — an exact dot product over their vectors in memory does, and `k` results come back
        however small a part of the index they are.
        """
        if chunk_ids is not None and not chunk_ids:
            return []
        vector = self._embedder.embed_query(query)
        if chunk_ids is None:
            return self._store.dense_query(vector, k)
        return self._store.nearest(vector, k, chunk_ids)
