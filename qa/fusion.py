"""Rank fusion for hybrid retrieval."""
from __future__ import annotations

from collections.abc import Hashable, Sequence


def reciprocal_rank_fusion(rankings: Sequence[Sequence[Hashable]], weights: Sequence[float] | None = None,
                           k: int = 60) -> list[tuple[Hashable, float]]:
    """Fuse ranked lists (best first) into one: score(id) = sum of weight / (k + rank).

    Ties keep the order in which ids were first seen, so the result is deterministic.
    """
    weights = list(weights) if weights is not None else [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    scores: dict[Hashable, float] = {}
    for ranking, weight in zip(rankings, weights):
        seen = set()
        for rank, item in enumerate(ranking, start=1):
            if item in seen:  # a duplicate in one list counts once, at its best rank
                continue
            seen.add(item)
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))
