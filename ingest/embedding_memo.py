"""Vectors remembered by content hash, so a text is embedded once per process however often it comes back.

Repeats are common: template paragraphs shared by many regelverk, a question asked again, the same chunks indexed
into several data dirs (the test suite). The memo is a bounded LRU keyed by the text's BLAKE2 digest and whether it
was embedded as a query or a passage; it is thread-safe, since the server embeds from several threads.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from ingest.embedders import Embedder


def _digest(kind: str, text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16, person=kind.encode()).digest()


class MemoisedEmbedder:
    """An embedder that looks each text up in a bounded memo before asking the model."""

    def __init__(self, inner: Embedder, size: int) -> None:
        self.inner = inner
        self.size = size
        self._memo: OrderedDict[bytes, NDArray[np.float32]] = OrderedDict()
        self._lock = threading.Lock()
        self.embedded = 0  # texts the model actually embedded (the rest came from the memo)

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    def embed_query(self, text: str) -> NDArray[np.float32]:
        key = _digest("query", text)
        found = self._get([key])
        if key not in found:
            found = self._put({key: self.inner.embed_query(text)})
        return found[key]

    def embed_passages(self, texts: list[str]) -> NDArray[np.float32]:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [_digest("passage", text) for text in texts]
        found = self._get(keys)
        missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in found}
        if missing:
            # One call for all new texts (a repeated one once), so the backend still batches.
            vectors = self.inner.embed_passages(list(missing.values()))
            found.update(self._put(dict(zip(missing, vectors, strict=True))))
        return np.vstack([found[key] for key in keys])

    def _get(self, keys: list[bytes]) -> dict[bytes, NDArray[np.float32]]:
        with self._lock:
            found = {key: self._memo[key] for key in keys if key in self._memo}
            for key in found:
                self._memo.move_to_end(key)
            return found

    def _put(self, vectors: dict[bytes, NDArray[np.float32]]) -> dict[bytes, NDArray[np.float32]]:
        """Remember copies of `vectors` (read-only: every caller asking for the same text shares them)."""
        kept = {key: np.array(vector, dtype=np.float32) for key, vector in vectors.items()}
        for vector in kept.values():
            vector.setflags(write=False)
        with self._lock:
            self.embedded += len(kept)
            for key, vector in kept.items():
                self._memo[key] = vector
                self._memo.move_to_end(key)
            while len(self._memo) > self.size:
                self._memo.popitem(last=False)
        return kept
