"""BM25 (bm25s) over the chunks' search text, with the Norwegian analyser."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from assistant.retrieval.tokenize import NorwegianAnalyzer, default_analyzer
from assistant.tokens import fold
from assistant.types import Chunk

# The shortest indexed term a query word typed without æøå is taken for.
_FOLDED_MIN = 5


class Bm25Index:
    """An in-memory BM25 index of a fixed list of chunks."""

    def __init__(self, chunks: Sequence[Chunk], analyzer: NorwegianAnalyzer | None = None) -> None:
        import bm25s

        self._analyzer = analyzer or default_analyzer()
        self._ids = [chunk.id for chunk in chunks]
        self._position = {chunk_id: i for i, chunk_id in enumerate(self._ids)}
        self._bm25 = bm25s.BM25()
        corpus = [self._analyzer.tokens(chunk.search_text) for chunk in chunks]
        if self._ids:
            self._bm25.index(corpus, show_progress=False)
        self._terms = {term for tokens in corpus for term in tokens}
        # "soknaden", typed without æøå, is the indexed "søknad"; a short word is more likely a word of its own ("ga"
        # is no "gå").
        self._by_folding = {fold(term): term for term in sorted(self._terms, reverse=True) if len(term) >= _FOLDED_MIN}

    def __len__(self) -> int:
        return len(self._ids)

    def search(self, query: str, k: int, allowed_ids: Collection[str] | None = None) -> list[tuple[str, float]]:
        """The best `k` chunks (id, BM25 score) with a positive score, optionally only among `allowed_ids`."""
        tokens = [
            t if t in self._terms else self._by_folding.get(fold(t), t) for t in self._analyzer.query_tokens(query)
        ]
        if not tokens or not self._ids:
            return []
        mask = None
        if allowed_ids is not None:
            mask = np.zeros(len(self._ids), dtype=np.float32)
            for chunk_id in allowed_ids:
                if chunk_id in self._position:
                    mask[self._position[chunk_id]] = 1.0
        scores = np.asarray(self._bm25.get_scores(tokens, weight_mask=mask), dtype=np.float64)
        # Stable sort keeps document order among ties, so results are deterministic.
        order = np.argsort(-scores, kind="stable")[:k]
        return [(self._ids[i], float(scores[i])) for i in order if scores[i] > 0.0]
