"""Reciprocal rank fusion: combine ranked lists by summing 1 / (rrf_k + rank)."""

from __future__ import annotations

from collections.abc import Sequence


def reciprocal_rank_fusion(rankings: Sequence[Sequence[str]], rrf_k: int) -> list[tuple[str, float]]:
    """Fuse ranked id lists (best first) into one list of (id, score), best first.

    Ties keep the order in which ids were first seen (earlier lists, then earlier ranks), so results are stable.
    """
    if rrf_k < 1:
        raise ValueError("rrf_k must be at least 1")
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (rrf_k + rank)
    first_seen = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda pair: (-pair[1], first_seen[pair[0]]))
