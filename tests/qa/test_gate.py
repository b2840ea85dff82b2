from qa.gate import check, key_names
from qa.retrieve import KeywordIndex
from qa.types import Evidence

SENTENCES = [
    "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent.",
    "The meetings were held in Malaysia on the sidelines of the ASEAN summit.",
    "Trump threatened an additional 100% tariff on Chinese imports.",
]
KEYWORDS = KeywordIndex(SENTENCES + ["Unrelated text about weather.", "More filler on cooking pasta."])


def ev(i: int, dense: float = 0.6) -> Evidence:
    return Evidence("a.txt", 0, len(SENTENCES[i]), SENTENCES[i], 0.5, dense, 0.5)


def test_key_names():
    assert key_names("Who is the Prime Minister of Malaysia?") == ["prime", "minister", "malaysia"]
    assert key_names("What happened on October 13?") == ["october", "13"]


def test_answerable_when_terms_are_covered():
    assert check("Who led the Chinese delegation?", [ev(0), ev(1)], " ".join(SENTENCES), KEYWORDS).answerable


def test_refuses_when_a_named_thing_is_absent():
    d = check("Who is the Prime Minister of Malaysia?", [ev(1), ev(0)], " ".join(SENTENCES), KEYWORDS)
    assert not d.answerable and "prime" in d.missing


def test_refuses_when_coverage_is_low():
    d = check("What colour are the summit flags and banners?", [ev(1)], SENTENCES[1], KEYWORDS)
    assert not d.answerable and d.coverage < 0.5


def test_refuses_unrelated_and_empty_evidence():
    assert not check("Where were the meetings held?", [ev(1, dense=0.05)], SENTENCES[1], KEYWORDS).answerable
    assert not check("Anything?", [], "", KEYWORDS).answerable
