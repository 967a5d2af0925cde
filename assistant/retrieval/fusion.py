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


def keeping(fused: Sequence[tuple[str, float]], kept: Sequence[str], k: int) -> list[tuple[str, float]]:
    """The first `k` of `fused`, with the `kept` ids among them: one taken in takes the place of the last id that is
    not to be kept."""
    top = list(fused[:k])
    score = dict(fused)
    for item in kept:
        if item not in score or any(present == item for present, _ in top):
            continue
        spare = next((i for i in range(len(top) - 1, -1, -1) if top[i][0] not in kept), None)
        if spare is not None:
            top[spare] = (item, score[item])
    return top
