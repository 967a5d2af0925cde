"""Public shape of search results, shared by `GET /api/search` and `regelverk search --json`."""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.types import Passage


class PassageHit(BaseModel):
    """One retrieved passage, flattened for clients."""

    rank: int = Field(description="1-based rank in the returned list.")
    score: float = Field(description="Fused RRF score (hybrid), cosine similarity (dense) or BM25 score (bm25).")
    dense_rank: int | None = Field(description="Rank in the dense list, if the chunk was in it.")
    lexical_rank: int | None = Field(description="Rank in the BM25 list, if the chunk was in it.")
    chunk_id: str = Field(description="Stable chunk id.")
    document_id: str = Field(description="Document id as in corpus/manifest.yaml.")
    title: str = Field(description="Short document title.")
    section: str = Field(description="Section path.")
    page: int | None = Field(description="PDF page where the passage starts, if any.")
    text: str = Field(description="The passage text, verbatim from the normalised document.")


class SearchResults(BaseModel):
    """The ranked passages for one query."""

    query: str = Field(description="The query as received.")
    mode: str = Field(description="hybrid, dense or bm25.")
    passages: list[PassageHit] = Field(description="Best first.")


def to_results(query: str, mode: str, passages: list[Passage]) -> SearchResults:
    """Flatten passages into the public result shape."""
    return SearchResults(
        query=query,
        mode=mode,
        passages=[
            PassageHit(
                rank=p.rank,
                score=p.score,
                dense_rank=p.dense_rank,
                lexical_rank=p.lexical_rank,
                chunk_id=p.chunk.id,
                document_id=p.chunk.document_id,
                title=p.chunk.title,
                section=p.chunk.section,
                page=p.chunk.page,
                text=p.chunk.text,
            )
            for p in passages
        ],
    )
