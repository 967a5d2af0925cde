"""BASELINE: naive LangChain-style RAG. Fixed-size chunks of the raw files in Chroma; the answer is the top chunk.

It has no document structure, no checkbox reading, no rules, no refusal and no conversation, which is exactly what
the report measures the assistant against. Not used by the product.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import chromadb
import yaml
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.errors import IndexNotBuilt
from assistant.settings import Settings
from assistant.types import Answer, Chunk, Citation, Passage
from ingest.embedders import get_embedder

NAME = "naive-rag"
CHUNK_SIZE = 800
CHUNK_OVERLAP = 100
TOP_K = 8


class NaiveRagBaseline:
    """BASELINE answerer: RecursiveCharacterTextSplitter chunks in an embedded Chroma; answer = top chunk verbatim."""

    name = NAME

    def __init__(self, settings: Settings, workdir: Path) -> None:
        self.embedder = get_embedder(settings.embedder)
        manifest = yaml.safe_load((settings.corpus_dir / "manifest.yaml").read_text(encoding="utf-8"))
        entries = manifest["documents"]
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True
        )
        pieces = splitter.create_documents(
            [(settings.corpus_dir / e["file"]).read_text(encoding="utf-8") for e in entries],
            metadatas=[{"document_id": e["id"], "title": e.get("short_title", e["title"])} for e in entries],
        )
        ids = [
            hashlib.sha256(f"{p.metadata['document_id']}:{p.metadata['start_index']}".encode()).hexdigest()[:16]
            for p in pieces
        ]
        client = chromadb.PersistentClient(
            path=str(workdir), settings=chromadb.config.Settings(anonymized_telemetry=False)
        )
        self.collection = client.get_or_create_collection(
            "naive_rag_baseline", embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        vectors = self.embedder.embed_passages([p.page_content for p in pieces])
        self.collection.add(
            ids=ids,
            embeddings=vectors.tolist(),
            documents=[p.page_content for p in pieces],
            metadatas=[dict(p.metadata) for p in pieces],
        )

    def ask(self, message: str, conversation_id: str | None) -> tuple[str | None, Answer]:
        """Top chunk verbatim as the answer, itself as the only citation; the conversation is ignored."""
        result = self.collection.query(query_embeddings=[self.embedder.embed_query(message).tolist()], n_results=TOP_K)
        rows = zip(
            _first(result["ids"]),
            _first(result["documents"]),
            _first(result["metadatas"]),
            _first(result["distances"]),
            strict=True,
        )
        passages = [_passage(*row, rank=rank) for rank, row in enumerate(rows, start=1)]
        top = passages[0].chunk
        citation = Citation(n=1, document_id=top.document_id, title=top.title, quote=top.text, chunk_id=top.id)
        answer = Answer(
            status="answered", language="nb", text=f"{top.text} [1]", citations=[citation], passages=passages
        )
        return conversation_id, answer


def _first(rows: list[Any] | None) -> list[Any]:
    """Chroma returns one list per query embedding; we send one."""
    if not rows:
        raise IndexNotBuilt("The naive-RAG baseline index returned nothing; it was not built.")
    return list(rows[0])


def _passage(chunk_id: str, text: str, meta: Any, distance: float, rank: int) -> Passage:
    start = int(meta["start_index"])
    chunk = Chunk(
        id=chunk_id,
        document_id=str(meta["document_id"]),
        title=str(meta["title"]),
        start=start,
        end=start + len(text),
        text=text,
        search_text=text,
    )
    return Passage(chunk=chunk, score=1.0 - float(distance), rank=rank)
