"""The hybrid retriever as a langchain-core `BaseRetriever`, so users can plug it into their own chains."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from assistant.retrieval.hybrid import HybridRetriever
from assistant.types import Passage


class RegelverkRetriever(BaseRetriever):
    """Returns langchain Documents: page_content is the chunk text, metadata all chunk fields plus the scores."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: HybridRetriever = Field(description="The Regelverk hybrid retriever to query.")
    k: int | None = Field(default=None, ge=1, description="Passages per query (default from settings).")
    mode: str | None = Field(default=None, description="hybrid, dense or bm25 (default from settings).")
    document_ids: list[str] | None = Field(default=None, description="Only these documents.")
    schemes: list[str] | None = Field(default=None, description="Only documents of these schemes.")

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        passages = self.retriever.search(
            query, k=self.k, mode=self.mode, document_ids=self.document_ids, schemes=self.schemes
        )
        return [passage_to_document(passage) for passage in passages]


def passage_to_document(passage: Passage) -> Document:
    """A langchain Document for one passage (JSON-friendly metadata)."""
    chunk = passage.chunk
    metadata: dict[str, Any] = chunk.model_dump(mode="json", exclude={"text", "search_text", "id"})
    metadata.update(
        chunk_id=chunk.id,
        citation_name=chunk.citation_name,
        score=passage.score,
        rank=passage.rank,
        dense_rank=passage.dense_rank,
        lexical_rank=passage.lexical_rank,
    )
    return Document(page_content=chunk.text, metadata=metadata, id=chunk.id)
