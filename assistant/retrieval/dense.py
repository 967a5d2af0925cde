"""Dense retrieval: embed the query, ask the index store for the nearest chunks."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.embedders import Embedder
    from ingest.store import IndexStore


class DenseRetriever:
    """Nearest chunks by embedding similarity, optionally only from some documents."""

    def __init__(self, store: IndexStore, embedder: Embedder) -> None:
        self._store = store
        self._embedder = embedder

    def search(self, query: str, k: int, document_ids: Collection[str] | None = None) -> list[tuple[str, float]]:
        """The best `k` chunks (id, similarity), best first; `document_ids` limits the search to those documents.

        The filter runs inside the store (a metadata `where`), so `k` results come back even when the allowed
        documents hold only a small part of the index.
        """
        if document_ids is not None and not document_ids:
            return []
        where = None if document_ids is None else {"document_id": {"$in": sorted(document_ids)}}
        vector = self._embedder.embed_query(query)
        return self._store.dense_query(vector, k, where=where)
