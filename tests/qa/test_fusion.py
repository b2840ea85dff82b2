import pytest

from qa.fusion import reciprocal_rank_fusion


def test_items_in_both_lists_win():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["c", "d", "a"]])
    assert [item for item, _ in fused][:2] == ["a", "c"]
    assert {item for item, _ in fused} == {"a", "b", "c", "d"}


def test_scores_follow_the_formula():
    fused = dict(reciprocal_rank_fusion([[1, 2], [2]], weights=[1.0, 2.0], k=10))
    assert fused[1] == pytest.approx(1 / 11)
    assert fused[2] == pytest.approx(1 / 12 + 2 / 11)


def test_duplicates_in_one_list_count_once():
    fused = dict(reciprocal_rank_fusion([["a", "a", "a"]], k=0))
    assert fused["a"] == pytest.approx(1.0)


def test_ties_keep_first_seen_order_and_empty_lists_work():
    assert [i for i, _ in reciprocal_rank_fusion([["x"], ["y"]])] == ["x", "y"]
    assert reciprocal_rank_fusion([[], []]) == []
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[1, 2])
