"""Reciprocal rank fusion."""

from __future__ import annotations

import pytest

from assistant.retrieval.fusion import keeping, reciprocal_rank_fusion


def test_scores_are_sums_of_reciprocal_ranks() -> None:
    fused = dict(reciprocal_rank_fusion([["a", "b"], ["b", "c"]], rrf_k=60))
    assert fused["a"] == pytest.approx(1 / 61)
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert fused["c"] == pytest.approx(1 / 62)


def test_item_ranked_by_both_lists_wins() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["c", "d", "b"]], rrf_k=60)
    assert [item for item, _ in fused][:2] == ["c", "b"]


def test_ties_keep_first_seen_order() -> None:
    fused = reciprocal_rank_fusion([["x", "y"], ["y", "x"]], rrf_k=10)
    assert [item for item, _ in fused] == ["x", "y"]
    assert fused[0][1] == pytest.approx(fused[1][1])


def test_small_k_favours_top_ranks_more() -> None:
    lists = [["a", "b", "c", "e"], ["d", "f", "g", "c"]]
    assert reciprocal_rank_fusion(lists, rrf_k=1)[0][0] == "a"
    assert reciprocal_rank_fusion(lists, rrf_k=100)[0][0] == "c"


def test_empty_and_invalid_input() -> None:
    assert reciprocal_rank_fusion([], rrf_k=60) == []
    assert reciprocal_rank_fusion([[], []], rrf_k=60) == []
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], rrf_k=0)


def test_an_id_to_keep_takes_the_place_of_the_last_other() -> None:
    # "z" is the lexical ranking's first and missing from the dense one: fusion puts it last.
    dense, lexical = ["a", "b", "c", "d"], ["z", "a", "b", "c", "d"]
    fused = reciprocal_rank_fusion([dense, lexical], rrf_k=60)
    assert [item for item, _ in fused[:3]] == ["a", "b", "c"]
    assert [item for item, _ in keeping(fused, ["z"], k=3)] == ["a", "b", "z"]


def test_keeping_leaves_a_top_k_that_has_them_alone() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "a", "c"]], rrf_k=60)
    assert keeping(fused, ["a"], k=2) == fused[:2]
    assert keeping(fused, [], k=2) == fused[:2]
    assert keeping(fused, ["unknown"], k=2) == fused[:2]
