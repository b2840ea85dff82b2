import pytest

from qa.extract import DATE, NUMBER, OTHER, PERSON, PLACE, answer_type, candidates, snap

S = ("The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent, "
     "who met in Kuala Lumpur on October 25, 2025 to discuss a 100% tariff.")


@pytest.mark.parametrize("question, kind", [
    ("Who led the Chinese delegation?", PERSON), ("When did they meet?", DATE),
    ("In what year was it built?", DATE), ("How many people came?", NUMBER),
    ("Where did they meet?", PLACE), ("Which city hosted the talks?", PLACE),
    ("What were the two sides worried about when they met?", OTHER), ("Why did they meet?", OTHER),
    ("In 1990, who won the cup?", PERSON), ("What percentage was the tariff?", NUMBER),
])
def test_answer_type(question, kind):
    assert answer_type(question) == kind


def test_snap_keeps_only_what_the_sentence_says():
    assert snap("October 25, 2023", S).text == "October 25"
    assert snap("He Lifeng", S).text == "He Lifeng"
    assert snap("Neil Armstrong", S) is None
    span = snap("the 100% tariff", S)
    assert S[span.start:span.end] == span.text == "100% tariff"


@pytest.mark.parametrize("question, best", [
    ("Who led the Chinese delegation?", "Vice Premier He Lifeng"),
    ("Which US official led the delegation?", "Treasury Secretary Scott Bessent"),
    ("When did they meet?", "October 25, 2025"),
    ("Where did they meet?", "Kuala Lumpur"),
    ("How large was the tariff they discussed?", "100%"),
])
def test_candidates_of_the_asked_for_kind_nearest_the_question_words(question, best):
    found = candidates(S, question, answer_type(question))
    assert found and found[0].text == best
    assert all(S[c.start:c.end] == c.text for c in found)
