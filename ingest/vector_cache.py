"""Passage vectors kept in a file, keyed by embedder and text, so the same texts are never embedded twice.

The naive-RAG baseline embeds its own fixed-size chunks of the corpus (131 of them, about 25 s on 2 cores); the
project ships their vectors, so `regelverk eval` and the test suite do not repeat that work. Texts that are not in
the file are embedded and added (the file is rewritten when it can be).
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from ingest.embedders import Embedder


def _key(embedder: Embedder, text: str) -> str:
    return hashlib.sha256(f"{embedder.name}\0{text}".encode()).hexdigest()


def _load(path: Path) -> dict[str, NDArray[np.float32]]:
    if not path.is_file():
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            return dict(zip(data["keys"].tolist(), data["vectors"].astype(np.float32), strict=True))
    except (OSError, ValueError, KeyError):  # unreadable or from another format: start again
        return {}


def embed_passages_cached(embedder: Embedder, texts: list[str], path: Path) -> NDArray[np.float32]:
    """embedder.embed_passages(texts), taking known vectors from `path` and adding the new ones to it."""
    cache = _load(path)
    keys = [_key(embedder, text) for text in texts]
    missing = [i for i, key in enumerate(keys) if key not in cache]
    if missing:
        fresh = embedder.embed_passages([texts[i] for i in missing])
        cache.update({keys[i]: np.asarray(vector, dtype=np.float32) for i, vector in zip(missing, fresh, strict=True)})
        used = {key: cache[key] for key in keys}  # keep only what this corpus uses
        with contextlib.suppress(OSError):  # a read-only install still works, it only embeds again next time
            np.savez(path, keys=np.array(list(used)), vectors=np.stack(list(used.values())))
    return np.stack([cache[key] for key in keys]) if keys else np.zeros((0, embedder.dim), dtype=np.float32)
