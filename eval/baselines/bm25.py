"""BASELINE: the assistant's own pipeline with BM25-only retrieval (no dense embeddings, no fusion)."""

from __future__ import annotations

from assistant.services import Services
from assistant.settings import Settings
from eval.answerers import PipelineAnswerer

NAME = "bm25"


def bm25_baseline(settings: Settings) -> PipelineAnswerer:
    """BASELINE answerer: same understanding, rules, composer and verifier, but retrieval mode bm25."""
    retrieval = settings.retrieval.model_copy(update={"mode": "bm25"})
    return PipelineAnswerer(Services(settings.model_copy(update={"retrieval": retrieval})), name=NAME)
