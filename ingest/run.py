"""One ingest run: hash the files, and unless nothing changed, build the next index generation and swap it in.

Incremental: documents whose bytes and manifest entry are unchanged keep their chunks and vectors (copied into the
new generation, not re-embedded); removed documents are dropped. Atomic: the state file is replaced only after the
new generation is complete, so a failed or killed run leaves the previous generation serving; its leftover
collection is deleted at the start of the next run. An unchanged corpus returns after hashing, without importing
Chroma or an embedding model.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from assistant.errors import DocumentLoadError, IngestError
from assistant.settings import Settings
from ingest.loaders import content_hash, document_id_for, find_documents
from ingest.manifest import ManifestEntry, manifest_entry_for
from ingest.store import DocumentInfo, FailedFile, IndexState, read_state

if TYPE_CHECKING:
    from assistant.types import Chunk
    from ingest.embedders import Embedder

ProgressCallback = Callable[[str, int, int], None]
# Rows per Chroma add (copying and storing): Chroma pays a fixed cost per call.
_STORE_BATCH = 256
# Ids per existence check of stored chunks.
_LOOKUP_BATCH = 5000


class IngestReport(BaseModel):
    """What an ingest run did."""

    documents: int = Field(description="Documents in the index after the run.")
    chunks: int = Field(description="Chunks in the index after the run.")
    added: int = Field(default=0, description="Documents indexed for the first time.")
    updated: int = Field(default=0, description="Changed documents re-chunked and re-embedded.")
    unchanged: int = Field(default=0, description="Documents kept as they were (no embedding).")
    removed: int = Field(default=0, description="Documents dropped because their file is gone.")
    failed: list[tuple[str, str]] = Field(default_factory=list, description="(path, reason) of files skipped.")
    generation: int = Field(description="Generation number of the live index.")
    seconds: float = Field(description="Wall-clock duration of the run.")


@dataclass
class _Source:
    path: Path
    shown: str
    entry: ManifestEntry | None
    document_id: str
    data: bytes
    content_hash: str


def _shown(path: Path, corpus_dir: Path) -> str:
    try:
        return path.relative_to(corpus_dir.resolve()).as_posix()
    except ValueError:
        return str(path)


def _read_sources(settings: Settings, paths: list[Path]) -> tuple[list[_Source], list[tuple[str, str, str]]]:
    """Every file's bytes, manifest entry and content hash; unreadable files as (path, hash, reason)."""
    try:
        files, skipped = find_documents(paths)
    except DocumentLoadError as exc:
        raise IngestError(f"{exc.path}: {exc.reason}.") from exc
    sources: list[_Source] = []
    # Refused links are reported like unreadable files (with no content hash), so an unchanged corpus stays a no-op.
    unreadable: list[tuple[str, str, str]] = [(path, "", reason) for path, reason in skipped]
    for path in files:
        shown = _shown(path, settings.corpus_dir)
        try:
            data = path.read_bytes()
        except OSError as exc:
            unreadable.append((str(path), "", f"cannot be read ({exc.strerror or exc})"))
            continue
        entry = manifest_entry_for(path)
        sources.append(_Source(path, shown, entry, document_id_for(path, entry), data, content_hash(data, entry)))
    return sources, unreadable


def _embedder_name(settings: Settings) -> str:
    backend = settings.embedder.backend
    return f"st:{settings.embedder.model}" if backend == "sentence-transformers" else backend


def _is_unchanged(state: IndexState, sources: list[_Source], unreadable: list[tuple[str, str, str]]) -> bool:
    indexed = {(info.source, info.content_hash) for info in state.documents}
    indexed |= {(failed.source, failed.content_hash) for failed in state.failed}
    current = {(str(source.path), source.content_hash) for source in sources}
    current |= {(path, digest) for path, digest, _ in unreadable}
    return indexed == current


def run_ingest(
    settings: Settings,
    paths: list[Path] | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Make the index reflect exactly the documents under `paths` (default: the corpus dir)."""
    started = time.perf_counter()
    roots = list(paths) if paths else [settings.corpus_dir]
    sources, unreadable = _read_sources(settings, roots)
    if not sources and not unreadable:
        shown = ", ".join(str(root) for root in roots)
        raise IngestError(f"No documents (.pdf, .txt, .md, .html) found in {shown}.")
    state = read_state(settings)
    if state is not None and not force and _is_unchanged(state, sources, unreadable):
        return IngestReport(
            documents=len(state.documents),
            chunks=sum(len(info.chunk_ids) for info in state.documents),
            unchanged=len(state.documents),
            failed=[(failed.source, failed.reason) for failed in state.failed],
            generation=state.generation,
            seconds=time.perf_counter() - started,
        )
    return _Build(settings, state, force, progress).run(sources, unreadable, started)


class _Build:
    """Builds the next generation collection and swaps it in."""

    def __init__(
        self, settings: Settings, state: IndexState | None, force: bool, progress: ProgressCallback | None
    ) -> None:
        from ingest.store import open_client

        self.settings = settings
        self.state = state
        self.force = force
        self.progress = progress or (lambda label, done, total: None)
        self.client = open_client(settings)
        self._embedder: Embedder | None = None

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            from ingest.embedders import get_embedder

            self._embedder = get_embedder(self.settings.embedder)
        return self._embedder

    def _our_collections(self) -> dict[str, int]:
        from ingest.store import generation_of

        found: dict[str, int] = {}
        for collection in self.client.list_collections():
            name = collection if isinstance(collection, str) else collection.name
            generation = generation_of(self.settings, name)
            if generation is not None:
                found[name] = generation
        return found

    def _delete_except(self, keep: set[str | None]) -> None:
        for name in self._our_collections():
            if name not in keep:
                self.client.delete_collection(name)

    def run(self, sources: list[_Source], unreadable: list[tuple[str, str, str]], started: float) -> IngestReport:
        from ingest.store import collection_name, remove_orphan_segments, write_state

        live = self.state.collection if self.state else None
        previous = self.state.previous_collection if self.state else None
        self._delete_except({live, previous})  # leftovers of an interrupted run
        generation = max([self.state.generation if self.state else 0, *self._our_collections().values()]) + 1
        name = collection_name(self.settings, generation)
        collection = self.client.create_collection(
            name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
        )
        try:
            report, infos, failed = self._fill(collection, sources, unreadable)
        except BaseException:
            self._drop(name)
            raise
        if not infos:
            self._drop(name)
            reasons = "; ".join(f"{path}: {reason}" for path, _, reason in failed)
            raise IngestError(f"No document could be indexed, the previous index is unchanged. {reasons}")
        write_state(
            self.settings,
            IndexState(
                collection=name,
                generation=generation,
                previous_collection=live,
                embedder=_embedder_name(self.settings),
                documents=infos,
                failed=[FailedFile(source=path, content_hash=digest, reason=reason) for path, digest, reason in failed],
            ),
        )
        self._delete_except({name, live})
        remove_orphan_segments(self.settings)
        report.generation = generation
        report.seconds = time.perf_counter() - started
        return report

    def _drop(self, name: str) -> None:
        with contextlib.suppress(Exception):  # best effort: the next run deletes leftovers anyway
            self.client.delete_collection(name)

    def _fill(
        self, collection: Any, sources: list[_Source], unreadable: list[tuple[str, str, str]]
    ) -> tuple[IngestReport, list[DocumentInfo], list[tuple[str, str, str]]]:
        from ingest.chunking import chunk_document
        from ingest.loaders import load_document

        old_docs = {info.id: info for info in self.state.documents} if self.state else {}
        old_collection = self._old_collection()
        stored = self._stored_ids(old_collection, sources, old_docs)
        to_copy: list[str] = []  # chunk ids of unchanged documents, copied in bulk
        report = IngestReport(documents=0, chunks=0, generation=0, seconds=0.0)
        infos: list[DocumentInfo] = []
        failed = list(unreadable)
        pending: list[tuple[Chunk, int]] = []  # (chunk, its position in its document) still to embed
        seen: dict[str, str] = {}
        for index, source in enumerate(sources):
            self.progress(f"reading {source.shown}", index, len(sources))
            if source.document_id in seen:
                reason = f"duplicate document id '{source.document_id}' (also {seen[source.document_id]})"
                failed.append((str(source.path), source.content_hash, reason))
                continue
            old = old_docs.get(source.document_id)
            if (
                not self.force
                and old is not None
                and old.content_hash == source.content_hash
                and all(chunk_id in stored for chunk_id in old.chunk_ids)
            ):
                to_copy.extend(old.chunk_ids)
                infos.append(old.model_copy(update={"source": str(source.path), "path": source.shown}))
                report.unchanged += 1
            else:
                try:
                    document = load_document(source.path, source.entry, self.settings.corpus_dir, source.data)
                except DocumentLoadError as exc:
                    failed.append((str(source.path), source.content_hash, exc.reason))
                    continue
                chunks = chunk_document(document)
                pending.extend((chunk, position) for position, chunk in enumerate(chunks))
                infos.append(DocumentInfo.from_document(document, source.path, [chunk.id for chunk in chunks]))
                if old is None:
                    report.added += 1
                else:
                    report.updated += 1
            seen[source.document_id] = source.shown
        self._copy(old_collection, collection, to_copy)
        self._embed_into(collection, pending)
        report.documents = len(infos)
        report.chunks = sum(len(info.chunk_ids) for info in infos)
        report.removed = len(set(old_docs) - {info.id for info in infos})
        report.failed = [(path, reason) for path, _, reason in failed]
        return report, infos, failed

    def _old_collection(self) -> Any:
        if self.state is None:
            return None
        try:
            return self.client.get_collection(self.state.collection, embedding_function=None)
        except Exception:  # the live collection vanished: everything is re-embedded
            return None

    def _stored_ids(self, old_collection: Any, sources: list[_Source], old_docs: dict[str, DocumentInfo]) -> set[str]:
        """Which chunk ids of the unchanged documents the live collection really holds (asked in bulk)."""
        if old_collection is None or self.force:
            return set()
        hashes = {source.document_id: source.content_hash for source in sources}
        wanted = [
            chunk_id
            for doc_id, info in old_docs.items()
            if hashes.get(doc_id) == info.content_hash
            for chunk_id in info.chunk_ids
        ]
        stored: set[str] = set()
        for start in range(0, len(wanted), _LOOKUP_BATCH):
            stored.update(old_collection.get(ids=wanted[start : start + _LOOKUP_BATCH], include=[])["ids"])
        return stored

    def _copy(self, old_collection: Any, collection: Any, chunk_ids: list[str]) -> None:
        """Copy stored vectors of unchanged documents into the new generation, _STORE_BATCH rows per call.

        One get and one add per document made a one-document change in a 1 000-document corpus cost ~2 000 Chroma
        calls of ~20 rows each; in bulk it is ~90 calls.
        """
        for start in range(0, len(chunk_ids), _STORE_BATCH):
            self.progress("copying unchanged", start, len(chunk_ids))
            records = old_collection.get(
                ids=chunk_ids[start : start + _STORE_BATCH], include=["embeddings", "documents", "metadatas"]
            )
            collection.add(
                ids=records["ids"],
                embeddings=records["embeddings"],
                documents=records["documents"],
                metadatas=records["metadatas"],
            )

    def _embed_into(self, collection: Any, pending: list[tuple[Chunk, int]]) -> None:
        """Embed and store chunks batch by batch, similar lengths together (less padding in each batch)."""
        import numpy as np

        from ingest.store import chunk_metadata

        ordered = sorted(pending, key=lambda item: len(item[0].search_text))
        batch = self.settings.embedder.batch_size
        # Storing _STORE_BATCH rows per add instead of one embedding batch: a 22 000-chunk ingest spends ~1 minute
        # in Chroma instead of ~3.
        step = max(batch, _STORE_BATCH // batch * batch)
        for store_start in range(0, len(ordered), step):
            part = ordered[store_start : store_start + step]
            vectors = []
            for start in range(0, len(part), batch):
                self.progress("embedding", store_start + start, len(ordered))
                texts = [chunk.search_text for chunk, _ in part[start : start + batch]]
                vectors.append(self.embedder.embed_passages(texts))
            collection.add(
                ids=[chunk.id for chunk, _ in part],
                embeddings=np.concatenate(vectors),
                documents=[chunk.search_text for chunk, _ in part],
                metadatas=[chunk_metadata(chunk, position) for chunk, position in part],
            )
        self.progress("embedding", len(ordered), len(ordered))
