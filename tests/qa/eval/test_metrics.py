import pytest

from qa.eval import metrics as m
from qa.types import Answer, Citation


@pytest.mark.parametrize("text, normal", [
    ("The Eiffel Tower!", "eiffel tower"), ("an  apple, a pear", "apple pear"), ("100%", "100"),
    ("Theatre of the absurd", "theatre of absurd"), ("‘very constructive’", "very constructive"),
])
def test_official_normalisation(text, normal):
    assert m.normalize_answer(text) == normal


@pytest.mark.parametrize("pred, truth, em, f1", [
    ("He Lifeng", "He Lifeng", 1.0, 1.0),
    ("Vice Premier He Lifeng", "He Lifeng", 0.0, 2 * 0.5 * 1 / 1.5),
    ("Bessent", "He Lifeng", 0.0, 0.0),
    ("the", "a", 1.0, 1.0),  # both normalise to nothing
])
def test_exact_match_and_f1(pred, truth, em, f1):
    assert m.exact_match(pred, truth) == em
    assert m.f1(pred, truth) == pytest.approx(f1)


def test_contains_answer_on_word_boundaries():
    assert m.contains_answer("It was led by He Lifeng [1].", ["He Lifeng"])
    assert not m.contains_answer("Heather", ["he"])
    assert not m.contains_answer("anything", [""])


def _answer(text, quotes, refused=False):
    cits = [Citation("a.txt", q, 0, len(q)) for q in quotes]
    return Answer("q", text, refused, cits)


def test_citation_validity_and_support():
    doc = "Paris is the capital of France."
    good = Answer("q", "Paris [1].", False, [Citation("a.txt", "Paris", 0, 5)])
    bad = Answer("q", "Paris [1].", False, [Citation("a.txt", "Paris", 1, 6), Citation("b.txt", "x", 0, 1)])
    read = {"a.txt": doc}.__getitem__
    assert m.citation_validity(good, read) == 1.0
    assert m.citation_validity(bad, read) == 0.0
    assert m.citation_validity(_answer("x", []), read) is None
    assert m.citation_support(good, ["Paris"]) and not m.citation_support(good, ["Lyon"])


def test_citation_recall_alce_style():
    quotes = ["The tower was completed in 1889.", "It is in Paris."]
    assert m.citation_recall(_answer("It was completed in 1889 [1]. It is in Paris [2].", quotes)) == 1.0
    assert m.citation_recall(_answer("It was completed in 1889 [1]. It is in Paris.", quotes)) == 0.5
    assert m.citation_recall(_answer("It was completed in 1925 [1].", quotes)) == 0.0
    assert m.citation_recall(_answer("no", [], refused=True)) is None


def test_retrieval_rank_deduplicates_passages():
    passages = [("p1", "a.txt", "nothing"), ("p1", "a.txt", "nothing"), ("p2", "b.txt", "He Lifeng led")]
    assert m.retrieval_ranks(passages, ["He Lifeng"], []) == 2
    assert m.retrieval_ranks(passages, [], ["b.txt"]) == 2
    assert m.retrieval_ranks(passages, ["Bessent"], []) is None
