"""The persistent index: Chroma collections (one per generation) plus `<data_dir>/index-state.json`.

The state file names the live collection and records every document's content hash and chunk ids, so readers find
the live generation and an unchanged corpus is recognised without importing Chroma. It is replaced atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import socket
import sqlite3
import uuid
from collections.abc import Collection
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, ValidationError

from assistant.errors import IndexNotBuilt, IndexUnavailable, IngestError
from assistant.settings import Settings
from assistant.types import Checkbox, Chunk, Document, DocumentKind
from ingest.atomic import write_atomically

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

STATE_FILE = "index-state.json"
STATE_FORMAT = 1
_PAGE_SIZE = 500


class DocumentInfo(BaseModel):
    """An indexed document, as the state file records it."""

    id: str
    title: str
    short_title: str
    kind: DocumentKind = "other"
    schemes: list[str] = Field(default_factory=list)
    version_date: date | None = None
    valid_for: str | None = None
    origin: str | None = None
    path: str = Field(description="Path relative to the corpus dir when inside it.")
    source: str = Field(description="Absolute path of the file that was ingested.")
    content_hash: str
    chunk_ids: list[str] = Field(default_factory=list, description="Chunk ids in document order.")
    ingested_at: datetime | None = Field(
        default=None, description="When it was last (re-)indexed (UTC); None in indexes built before this was kept."
    )

    @classmethod
    def from_document(cls, document: Document, source: Path, chunk_ids: list[str]) -> DocumentInfo:
        """Describe a loaded document."""
        return cls(
            id=document.id,
            title=document.title,
            short_title=document.short_title,
            kind=document.kind,
            schemes=document.schemes,
            version_date=document.version_date,
            valid_for=document.valid_for,
            origin=document.origin,
            path=document.path,
            source=str(source),
            content_hash=document.content_hash,
            chunk_ids=chunk_ids,
            ingested_at=datetime.now(UTC),
        )


class FailedFile(BaseModel):
    """A file the last ingest could not load (remembered so an unchanged corpus stays a no-op)."""

    source: str
    content_hash: str
    reason: str


class IndexState(BaseModel):
    """The live index of one embedder + chunker configuration."""

    collection: str = Field(description="Name of the live Chroma collection.")
    generation: int = Field(description="Generation number of the live collection.")
    previous_collection: str | None = Field(default=None, description="The generation before, kept for readers.")
    embedder: str = Field(description="Name of the embedder that produced the vectors.")
    documents: list[DocumentInfo] = Field(default_factory=list, description="In ingest order.")
    failed: list[FailedFile] = Field(default_factory=list)


class _StateFile(BaseModel):
    format: int = STATE_FORMAT
    indexes: dict[str, IndexState] = Field(default_factory=dict)


def state_path(settings: Settings) -> Path:
    """Where the state file lives."""
    return settings.data_dir / STATE_FILE


def _read_state_file(settings: Settings) -> _StateFile:
    path = state_path(settings)
    if not path.is_file():
        return _StateFile()
    try:
        return _StateFile.model_validate_json(path.read_bytes())
    except (ValidationError, OSError) as exc:
        raise IngestError(
            f"The index state file {path} is unreadable ({type(exc).__name__}); run `regelverk ingest --force`."
        ) from exc


def read_state(settings: Settings) -> IndexState | None:
    """The live index state for these settings' embedder + chunker, if one has been built."""
    return _read_state_file(settings).indexes.get(settings.collection_base())


def write_state(settings: Settings, state: IndexState) -> None:
    """Record `state` as live: write a temp file beside the state file, then os.replace it (atomic)."""
    current = _read_state_file(settings)
    current.indexes[settings.collection_base()] = state
    write_atomically(state_path(settings), current.model_dump_json(indent=1).encode("utf-8"))


def index_exists(settings: Settings) -> bool:
    """True if an index was built for these settings (reads the state file only)."""
    try:
        return read_state(settings) is not None
    except IngestError:
        return False


def _generation_prefix(settings: Settings) -> str:
    """Name prefix of this index's generations.

    A Chroma server may be shared by several data dirs (hosts, checkouts), each with its own state file; its prefix
    then also names the data dir (host + absolute path), so one data dir's ingest never deletes or reuses another's
    collections as "leftovers". An embedded store belongs to one data dir, so it needs no such part.
    """
    base = settings.collection_base()
    if not settings.chroma_host:
        return f"{base}_g"
    owner = f"{socket.gethostname()}:{settings.data_dir.resolve()}"
    return f"{base}_{hashlib.sha256(owner.encode()).hexdigest()[:10]}_g"


def collection_name(settings: Settings, generation: int) -> str:
    """Chroma collection name of one generation."""
    return f"{_generation_prefix(settings)}{generation}"


def generation_of(settings: Settings, name: str) -> int | None:
    """The generation number encoded in a collection name of these settings, else None."""
    prefix = _generation_prefix(settings)
    if name.startswith(prefix) and name[len(prefix) :].isdigit():
        return int(name[len(prefix) :])
    return None


def open_client(settings: Settings) -> Any:
    """Chroma client: embedded PersistentClient under data_dir, or HttpClient when a server is configured."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        path = settings.data_dir / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:  # connection refused, bad path, incompatible store …
        where = f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else settings.data_dir
        raise IndexUnavailable(f"Cannot open the Chroma index at {where}: {exc}") from exc


def remove_orphan_segments(settings: Settings) -> list[str]:
    """Delete the embedded store's vector-segment folders that no collection uses any more; their names.

    Chroma drops a deleted collection from its database but leaves its HNSW folder (`<uuid>/`) on disk, so every
    ingest would leave one more generation behind. Only folders named by a UUID and absent from Chroma's segment
    table are removed; if that table cannot be read, nothing is.
    """
    if settings.chroma_host:
        return []  # a Chroma server manages its own disk
    root = settings.data_dir / "chroma"
    try:
        with contextlib.closing(sqlite3.connect(f"file:{root / 'chroma.sqlite3'}?mode=ro", uri=True)) as db:
            used = {str(row[0]) for row in db.execute("SELECT id FROM segments")}
    except sqlite3.Error:
        return []
    removed = []
    for entry in os.scandir(root):
        if entry.is_dir(follow_symlinks=False) and _is_uuid(entry.name) and entry.name not in used:
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(entry.name)
    return removed


def _is_uuid(name: str) -> bool:
    try:
        return str(uuid.UUID(name)) == name
    except ValueError:
        return False


def chunk_metadata(chunk: Chunk, order: int) -> dict[str, str | int | float | bool]:
    """Chroma metadata for a chunk: scalars only (lists are JSON-encoded), plus one flag per scheme for filters."""
    metadata: dict[str, str | int | float | bool] = {
        "document_id": chunk.document_id,
        "title": chunk.title,
        "kind": chunk.kind,
        "schemes": json.dumps(chunk.schemes, ensure_ascii=False),
        "version_date": chunk.version_date.isoformat() if chunk.version_date else "",
        "section": chunk.section,
        "page": chunk.page if chunk.page is not None else -1,
        "page_end": chunk.page_end if chunk.page_end is not None else -1,
        "page_breaks": json.dumps(chunk.page_breaks),
        "start": chunk.start,
        "end": chunk.end,
        "text": chunk.text,
        "checkboxes": json.dumps([box.model_dump() for box in chunk.checkboxes], ensure_ascii=False),
        "order": order,
    }
    for scheme in chunk.schemes:
        metadata[f"scheme_{scheme}"] = True
    return metadata


def chunk_from_record(chunk_id: str, search_text: str, metadata: dict[str, Any]) -> Chunk:
    """Rebuild a Chunk from what Chroma stores."""
    page = int(metadata["page"])
    page_end = int(metadata["page_end"])
    return Chunk(
        id=chunk_id,
        document_id=str(metadata["document_id"]),
        title=str(metadata["title"]),
        kind=metadata["kind"],
        schemes=json.loads(str(metadata["schemes"])),
        version_date=date.fromisoformat(str(metadata["version_date"])) if metadata["version_date"] else None,
        section=str(metadata["section"]),
        page=page if page >= 0 else None,
        page_end=page_end if page_end >= 0 else None,
        page_breaks=[(int(at), int(page)) for at, page in json.loads(str(metadata["page_breaks"]))],
        start=int(metadata["start"]),
        end=int(metadata["end"]),
        text=str(metadata["text"]),
        search_text=search_text,
        checkboxes=[Checkbox.model_validate(box) for box in json.loads(str(metadata["checkboxes"]))],
    )


class IndexStore:
    """Read access to the live index generation."""

    def __init__(self, settings: Settings, state: IndexState, collection: Any) -> None:
        self.settings = settings
        self.state = state
        self._collection = collection
        self._chunks: list[Chunk] | None = None
        self._count: int | None = None
        # Every chunk's vector, loaded with the chunks: a search within some documents is then an exact dot
        # product over their rows, not a filtered Chroma query (~50 ms at 22 000 chunks on 2 busy cores).
        self._vectors: NDArray[np.float32] | None = None
        self._rows: dict[str, int] = {}

    @classmethod
    def open(cls, settings: Settings) -> IndexStore:
        """Open the live generation; raises IndexNotBuilt if there is none for these settings."""
        state = read_state(settings)
        if state is None:
            raise IndexNotBuilt()
        client = open_client(settings)
        try:
            collection = client.get_collection(state.collection, embedding_function=None)
        except Exception as exc:  # Chroma raises NotFoundError / ValueError depending on the version
            raise IndexNotBuilt(
                f"The index state names collection {state.collection}, which is missing. "
                "Run `regelverk ingest --force`."
            ) from exc
        return cls(settings, state, collection)

    @property
    def generation(self) -> str:
        """Identifies the live generation; changes with every successful ingest."""
        return self.state.collection

    def documents(self) -> list[DocumentInfo]:
        """The indexed documents, in ingest order."""
        return list(self.state.documents)

    def count(self) -> int:
        """Number of chunks in the live generation (a published generation never changes, so it is asked once)."""
        if self._count is None:
            self._count = int(self._collection.count())
        return self._count

    def chunks(self) -> list[Chunk]:
        """Every chunk, in document order then position in the document."""
        if self._chunks is None:
            self._load()
        assert self._chunks is not None
        return list(self._chunks)

    def _load(self) -> None:
        """Read every chunk and its vector from the collection, page by page."""
        import numpy as np

        by_id: dict[str, Chunk] = {}
        vectors: dict[str, Any] = {}
        offset = 0
        while True:
            page = self._collection.get(
                include=["documents", "metadatas", "embeddings"], limit=_PAGE_SIZE, offset=offset
            )
            records = zip(page["ids"], page["documents"], page["metadatas"], page["embeddings"], strict=True)
            for chunk_id, text, metadata, vector in records:
                by_id[chunk_id] = chunk_from_record(chunk_id, text, metadata)
                vectors[chunk_id] = vector
            if len(page["ids"]) < _PAGE_SIZE:
                break
            offset += _PAGE_SIZE
        ordered = [by_id[cid] for info in self.state.documents for cid in info.chunk_ids if cid in by_id]
        self._rows = {chunk.id: row for row, chunk in enumerate(ordered)}
        matrix = [vectors[chunk.id] for chunk in ordered]
        self._vectors = np.asarray(matrix, dtype=np.float32) if matrix else np.zeros((0, 0), dtype=np.float32)
        self._chunks = ordered

    def nearest(self, vector: NDArray[np.float32], k: int, chunk_ids: Collection[str]) -> list[tuple[str, float]]:
        """The k chunks among `chunk_ids` nearest to `vector` (exact), as (chunk id, cosine similarity), best first.

        Vectors are L2-normalised, so the dot product is the cosine similarity Chroma reports; ties keep index order.
        """
        import numpy as np

        if self._vectors is None:
            self._load()
        assert self._vectors is not None
        rows = sorted(self._rows[chunk_id] for chunk_id in chunk_ids if chunk_id in self._rows)
        if not rows or k <= 0:
            return []
        scores = self._vectors[rows] @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(-scores, kind="stable")[:k]
        assert self._chunks is not None
        return [(self._chunks[rows[i]].id, float(scores[i])) for i in order]

    def dense_query(
        self, vector: NDArray[np.float32], k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """The k nearest chunks to `vector` as (chunk id, cosine similarity), best first."""
        total = self.count()
        if total == 0 or k <= 0:
            return []
        result = self._collection.query(
            query_embeddings=[[float(x) for x in vector]], n_results=min(k, total), where=where, include=["distances"]
        )
        ids = result["ids"][0]
        distances = result["distances"][0] if result["distances"] else [1.0] * len(ids)
        return [(chunk_id, 1.0 - float(distance)) for chunk_id, distance in zip(ids, distances, strict=True)]
