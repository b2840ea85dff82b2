import pytest

from qa.answer import Answerer
from qa.gate import GateDecision, check
from qa.listing import asked_position, list_items, list_position, without_position
from qa.retrieve import KeywordIndex
from qa.types import Evidence

LIST = ("These include medium and heavy rare-earth elements, lithium batteries, artificial graphite anodes, "
        "and rare-earth metal mining equipment.")


def test_the_items_of_a_list_of_three_or_more():
    assert [LIST[a:b] for a, b in list_items(LIST)] == [
        "medium and heavy rare-earth elements", "lithium batteries", "artificial graphite anodes",
        "rare-earth metal mining equipment"]
    s = "The UK, Germany, Italy, Switzerland and Norway banned flying on Sundays."
    assert [s[a:b] for a, b in list_items(s)] == ["The UK", "Germany", "Italy", "Switzerland", "Norway"]
    assert list_items("Bessent and He met in Kuala Lumpur.") == []  # two are no list


@pytest.mark.parametrize("question, place, item", [
    ("What is the 4th item in the list of controlled materials?", 4, "rare-earth metal mining equipment"),
    ("What is the first material named in the export controls?", 1, "medium and heavy rare-earth elements"),
    ("Which material is listed last?", -1, "rare-earth metal mining equipment"),
    ("What is the second thing on the list?", 2, "lithium batteries"),
])
def test_the_item_at_the_place_asked(question, place, item):
    assert asked_position(question) == place
    assert list_position(LIST, question).text == item


def test_a_place_past_the_lists_end_or_no_place_asked():
    assert list_position(LIST, "What is the fifth item in the list?") is None
    assert asked_position("Who was the first king?") is None
    assert without_position("What is the 4th item in the list?") == "What is the  item in the list?"


def test_the_gate_reads_the_place_as_no_name_and_refuses_a_place_the_list_lacks():
    keywords = KeywordIndex([LIST, "Unrelated text about weather.", "More filler on cooking pasta."])
    evidence = [Evidence("a.txt", 0, len(LIST), LIST, 0.5, 0.5, 0.5)]
    decision = check("What is the 4th item on the list?", evidence, LIST, keywords)
    assert decision.answerable, decision.reason  # "4" is no number the documents must mention
    assert Answerer(None).answer("What is the 4th item on the list?", evidence, decision).text == \
        "rare-earth metal mining equipment [1]."
    d = check("What is the 5th item on the list?", evidence, LIST, keywords)
    assert not d.answerable and "4 items" in d.reason


def test_how_many_a_list_holds_is_counted_and_cited():
    from qa.listing import count_listed, in_words
    evidence = [Evidence("a.txt", 0, len(LIST), LIST, 0.5, 0.5, 0.5)]
    assert count_listed("How many kinds of materials do the controls cover?", evidence) == (4, evidence[0])
    assert count_listed("How many items are listed under the controls?", evidence) == (4, evidence[0])
    assert count_listed("How many rare-earth elements are there?", evidence) is None  # how many exist: not told
    assert count_listed("How many companies are listed under the controls?", evidence) is None  # no companies listed
    assert in_words(4) == "four" and in_words(40) == "40"
    a = Answerer(None).answer("How many kinds of materials do the controls cover?", evidence, GateDecision(True, ""))
    assert a.text == "four [1]." and a.mode == "computed" and a.citations[0].quote == LIST


def test_a_place_on_a_list_named_by_its_owner():
    assert asked_position("What is the second material on China's list?") == 2
    assert list_position(LIST, "What is the second material on China's list?").text == "lithium batteries"
