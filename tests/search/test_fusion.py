"""Weighted reciprocal rank fusion."""

from __future__ import annotations

from kg.search.fusion import FusionWeights, fuse


def test_a_row_both_lists_agree_on_wins() -> None:
    dense = [(1, 0.9), (2, 0.8), (3, 0.7)]
    lexical = [(3, 12.0), (4, 9.0)]
    ranked = [row for row, _ in fuse(dense, lexical, FusionWeights(1.0, 1.0, 60))]
    assert ranked[0] == 3 and set(ranked) == {1, 2, 3, 4}


def test_weights_decide_between_the_lists() -> None:
    dense, lexical = [(1, 0.9)], [(2, 5.0)]
    assert fuse(dense, lexical, FusionWeights(1.0, 0.5, 60))[0][0] == 1
    assert fuse(dense, lexical, FusionWeights(0.5, 1.0, 60))[0][0] == 2
    assert fuse([], [], FusionWeights()) == []
