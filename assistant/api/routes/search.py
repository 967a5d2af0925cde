"""GET /api/search: the ranked passages hybrid retrieval finds for a query."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from assistant.api.deps import ServicesDep
from assistant.errors import InvalidInput
from assistant.retrieval.results import SearchResults, to_results

router = APIRouter(tags=["search"])


@router.get("/api/search", response_model=SearchResults)
def search(
    services: ServicesDep,
    q: Annotated[str, Query(description="What to look for, in Norwegian or English.")] = "",
    k: Annotated[int, Query(ge=1, le=100, description="How many passages to return.")] = 5,
    mode: Annotated[
        Literal["hybrid", "dense", "bm25"] | None, Query(description="Retrievers to use (default from settings).")
    ] = None,
    document: Annotated[list[str] | None, Query(description="Only these document ids (repeatable).")] = None,
    scheme: Annotated[list[str] | None, Query(description="Only documents of these schemes (repeatable).")] = None,
) -> SearchResults:
    """Search the index; 422 for an empty or too long query, 503 when no index has been built."""
    settings = services.settings
    if not q.strip():
        raise InvalidInput("q: the search query is empty. Pass some words, e.g. /api/search?q=Hvem+kan+søke")
    limit = settings.answer.max_question_chars
    if len(q) > limit:
        raise InvalidInput(f"q: the search query is {len(q)} characters long; the limit is {limit}. Shorten it.")
    effective_mode = mode or settings.retrieval.mode
    passages = services.retriever.search(q, k=k, mode=effective_mode, document_ids=document, schemes=scheme)
    return to_results(q, effective_mode, passages)
