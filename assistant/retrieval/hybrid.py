"""Hybrid retrieval: dense (index store) + BM25, fused with reciprocal rank fusion; filters by document/scheme."""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Literal, get_args

from assistant.errors import ChunkNotFound, IndexNotBuilt, InvalidInput
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.dense import DenseRetriever
from assistant.retrieval.fusion import keeping, reciprocal_rank_fusion
from assistant.retrieval.tokenize import default_analyzer
from assistant.settings import Settings
from assistant.types import Chunk, Passage

if TYPE_CHECKING:
    from ingest.embedders import Embedder
    from ingest.store import DocumentInfo, IndexStore

Mode = Literal["hybrid", "dense", "bm25"]
MODES: tuple[str, ...] = get_args(Mode)
# How many times the next lexical match's score the best one must have to be kept among the passages returned.
LEXICAL_STANDOUT = 2.0


def scheme_key(scheme: str) -> str:
    """Scheme ids compare case-insensitively with '.' and '-' alike ("0765.73" = "0765-73")."""
    return scheme.strip().lower().replace(".", "-")


class _Generation:
    """One loaded index generation: its chunks, lookups and (lazily) its BM25 index."""

    def __init__(self, store: IndexStore) -> None:
        self.store = store
        self.generation = store.generation
        self.chunks = store.chunks()
        self.by_id = {chunk.id: chunk for chunk in self.chunks}
        self.chunk_ids_by_document: dict[str, list[str]] = {}
        for chunk in self.chunks:
            self.chunk_ids_by_document.setdefault(chunk.document_id, []).append(chunk.id)
        self.document_ids = set(self.chunk_ids_by_document)
        self.scheme_documents: dict[str, set[str]] = {}
        for chunk in self.chunks:
            for scheme in chunk.schemes:
                self.scheme_documents.setdefault(scheme_key(scheme), set()).add(chunk.document_id)
        self._bm25: Bm25Index | None = None
        self._bm25_lock = threading.Lock()

    @property
    def bm25(self) -> Bm25Index:
        with self._bm25_lock:
            if self._bm25 is None:
                self._bm25 = Bm25Index(self.chunks)
            return self._bm25

    def chunks_of(self, document_ids: Collection[str] | None) -> set[str] | None:
        """Ids of the chunks of these documents (None: no filter), without scanning every chunk of the index."""
        if document_ids is None:
            return None
        by_document = self.chunk_ids_by_document
        return {chunk_id for document_id in document_ids for chunk_id in by_document.get(document_id, ())}

    def allowed_documents(self, document_ids: Sequence[str] | None, schemes: Sequence[str] | None) -> set[str] | None:
        """Documents passing both filters (None = no filter); unknown ids are an error, not an empty result."""
        allowed: set[str] | None = None
        if document_ids:
            unknown = sorted(set(document_ids) - self.document_ids)
            if unknown:
                raise InvalidInput(
                    f"Unknown document id(s): {', '.join(unknown)}. Known: {', '.join(sorted(self.document_ids))}."
                )
            allowed = set(document_ids)
        if schemes:
            unknown = sorted(s for s in schemes if scheme_key(s) not in self.scheme_documents)
            if unknown:
                raise InvalidInput(
                    f"Unknown scheme(s): {', '.join(unknown)}. Known: {', '.join(sorted(self.scheme_documents))}."
                )
            by_scheme = set().union(*(self.scheme_documents[scheme_key(s)] for s in schemes))
            allowed = by_scheme if allowed is None else allowed & by_scheme
        return allowed


class HybridRetriever:
    """Searches the current index; reloads when an ingest publishes a new generation."""

    def __init__(self, settings: Settings, embedder_factory: Callable[[], Embedder]) -> None:
        self._settings = settings
        self._embedder_factory = embedder_factory
        self._embedder: Embedder | None = None
        self._loaded: _Generation | None = None
        self._signature: tuple[int, int, int] | None = None
        self._lock = threading.Lock()

    def _current(self) -> _Generation:
        """The loaded generation, reloaded when an ingest has published a new one.

        The check per search is one stat() of the state file; it is parsed only when that file was replaced.
        """
        from ingest.store import IndexStore, read_state, state_path

        with self._lock:
            try:
                stat = state_path(self._settings).stat()
                signature: tuple[int, int, int] | None = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            except FileNotFoundError:
                signature = None
            loaded = self._loaded
            if loaded is not None and signature is not None and signature == self._signature:
                return loaded
            state = read_state(self._settings)
            if state is None:
                self._loaded = None
                raise IndexNotBuilt(
                    f"No search index for embedder {self._settings.embedder.backend!r} in "
                    f"{self._settings.data_dir}. Run `regelverk ingest` first."
                )
            if loaded is None or state.collection != loaded.generation:
                loaded = self._loaded = _Generation(IndexStore.open(self._settings))
            self._signature = signature
            return loaded

    def _embed_with(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                self._embedder = self._embedder_factory()
            return self._embedder

    def chunks(self) -> list[Chunk]:
        """All chunks of the current index, in document order."""
        return list(self._current().chunks)

    def documents(self) -> list[DocumentInfo]:
        """The documents of the current index, in ingest order (their chunk ids match `chunks()`)."""
        return self._current().store.documents()

    def chunk(self, chunk_id: str) -> Chunk:
        """The chunk with this id in the current index."""
        try:
            return self._current().by_id[chunk_id]
        except KeyError:
            raise ChunkNotFound(f"No chunk with id {chunk_id!r} in the current index.") from None

    @property
    def generation(self) -> str:
        """The index generation searches currently run against."""
        return self._current().generation

    def search(
        self,
        query: str,
        k: int | None = None,
        mode: str | None = None,
        document_ids: Sequence[str] | None = None,
        schemes: Sequence[str] | None = None,
    ) -> list[Passage]:
        """The best `k` passages for `query`, best first.

        `score` is the fused RRF score in hybrid mode, the cosine similarity in dense mode and the BM25 score in
        bm25 mode; `dense_rank` / `lexical_rank` say where each retriever placed the chunk.
        """
        text = query.strip()
        if not text:
            raise InvalidInput("The search query is empty: type a few words, e.g. 'Hvem kan søke?'.")
        mode = mode or self._settings.retrieval.mode
        if mode not in MODES:
            raise InvalidInput(f"Unknown search mode {mode!r}: use one of {', '.join(MODES)}.")
        k = self._settings.retrieval.top_k if k is None else k
        if k < 1:
            raise InvalidInput(f"k must be at least 1 (got {k}).")

        loaded = self._current()
        allowed_chunks = loaded.chunks_of(loaded.allowed_documents(document_ids, schemes))
        candidates = max(self._settings.retrieval.candidates, k)

        dense: list[tuple[str, float]] = []
        lexical: list[tuple[str, float]] = []
        if mode in ("hybrid", "dense"):
            # The glossary's Norwegian terms help the embedder bridge English questions to the Norwegian corpus.
            dense_query = default_analyzer().expand(text)
            dense = DenseRetriever(loaded.store, self._embed_with()).search(dense_query, candidates, allowed_chunks)
            # A store may hand back ids of a newer generation mid-ingest; keep only chunks we can cite.
            dense = [(chunk_id, score) for chunk_id, score in dense if chunk_id in loaded.by_id]
        if mode in ("hybrid", "bm25"):
            lexical = loaded.bm25.search(text, candidates, allowed_chunks)

        ranked = self._rank(mode, dense, lexical)
        if mode == "hybrid" and _stands_out(lexical):
            # "Vi har fått utbetalt for mye tilskudd": the one passage with the question's own words («for mye
            # utbetalt tilskudd») that the embedder misses, which fusion would rank 33rd.
            ranked = keeping(ranked, [lexical[0][0]], k)
        dense_ranks = {chunk_id: rank for rank, (chunk_id, _) in enumerate(dense, start=1)}
        lexical_ranks = {chunk_id: rank for rank, (chunk_id, _) in enumerate(lexical, start=1)}
        return [
            Passage(
                chunk=loaded.by_id[chunk_id],
                score=score,
                rank=rank,
                dense_rank=dense_ranks.get(chunk_id),
                lexical_rank=lexical_ranks.get(chunk_id),
            )
            for rank, (chunk_id, score) in enumerate(ranked[:k], start=1)
        ]

    def _rank(
        self, mode: str, dense: list[tuple[str, float]], lexical: list[tuple[str, float]]
    ) -> list[tuple[str, float]]:
        if mode == "dense":
            return dense
        if mode == "bm25":
            return lexical
        return reciprocal_rank_fusion(
            [[chunk_id for chunk_id, _ in dense], [chunk_id for chunk_id, _ in lexical]],
            rrf_k=self._settings.retrieval.rrf_k,
        )


def _stands_out(lexical: list[tuple[str, float]]) -> bool:
    """The best lexical match scores far above the next: the question's own words are in that passage alone."""
    return bool(lexical) and (len(lexical) == 1 or lexical[0][1] >= LEXICAL_STANDOUT * lexical[1][1])
