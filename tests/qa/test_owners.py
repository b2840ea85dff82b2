import pytest

from qa.owners import asked_owned, owner

MINISTRY = ("Earlier this week, China’s Commerce Ministry confirmed Vice Premier He would lead Beijing’s "
            "delegation in Malaysia from October 24 to 27 for direct talks with the US side.")
CAPTION = ("The logo of the Association of Southeast Asian Nations (ASEAN) is pictured in front of Malaysia's "
           "Petronas Twin Towers ahead of the 47th ASEAN Summit in Kuala Lumpur.")


@pytest.mark.parametrize("question, owned", [
    ("Which country's Commerce Ministry confirmed it?",
     ["Commerce Ministry confirmed", "Commerce Ministry", "Commerce"]),
    ("Whose delegation was it?", ["delegation was it", "delegation was", "delegation"]),
    ("What newspapers' reporters came?", ["reporters came", "reporters"]),
    ("Who was the king whose son led the army?", []),  # "whose" inside the question: it asks "who"
    ("Which country hosted the summit?", []),  # asks for no owner
    ("Which US agency's spokesperson spoke?", ["spokesperson spoke", "spokesperson"]),  # two words before "'s"
    ("What was Plato's approach considered?", []),  # "was" is no kind of owner
])
def test_asked_owned(question, owned):
    assert asked_owned(question) == owned


@pytest.mark.parametrize("sentence, question, expected", [
    (MINISTRY, "Which country's Commerce Ministry confirmed the delegation?", "China"),  # a possessive before
    (MINISTRY, "Which country's ministry confirmed the delegation?", "China"),  # a word between
    (MINISTRY, "Whose delegation did He lead?", "Beijing"),
    ("It was called constructive by a US Treasury spokesperson.", "Which US agency's spokesperson called it that?",
     "US Treasury"),  # a name right before the thing
    (CAPTION, "Which organisation's logo is shown in the photo?", "Association of Southeast Asian Nations"),  # "of"
    ("Norman culture reached Scotland under King David.", "What culture's arrival in Scotland is remembered?",
     None),  # the thing asked about ("arrival") is not in the sentence
    ("Under King David, Norman culture reached Scotland.", "Which people's culture reached Scotland?", "Norman"),
])
def test_owner(sentence, question, expected):
    span = owner(sentence, question)
    assert (span.text if span else None) == expected
    if span:
        assert sentence[span.start:span.end] == span.text


def test_a_thing_without_an_owner_gives_none():
    # "The logo" opens the sentence: "The" is no owner, and the longest naming found decides
    assert owner("The logo is pictured in front of the towers.", "Which organisation's logo is shown?") is None


def test_an_article_is_no_part_of_the_owner():
    sentence = "The USSR's invasion of Afghanistan was only one sign of insecurity in the region."
    assert owner(sentence, "Which country's invasion showed the insecurity?").text == "USSR"
    assert owner("In fact, the Cobham–Edmonds thesis states that only those problems ...",
                 "Whose thesis states that problems are feasible?").text == "Cobham–Edmonds"


def test_the_owner_may_open_the_sentence_or_carry_its_kind():
    assert owner("Japanese imports became mass-market leaders.", "Which country's imports became leaders?").text \
        == "Japanese"
    assert owner("This meant the Daily Mail newspaper's parent company could not evade tax.",
                 "Which newspaper's parent company could not evade tax?").text == "Daily Mail"


def test_a_nation_owns_nothing_a_person_is_asked_to_own():
    headline = "Trump plans 'Golden Fleet' to modernize US Navy: WSJ"
    assert owner(headline, "Which leader's navy plan did the WSJ report?") is None  # not "US" of "US Navy"
    assert owner(headline, "Which country's navy will Trump modernize?").text == "US"


def test_and_joins_two_names_it_is_not_inside_one():
    s = "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent."
    assert owner(s, "Which US department's secretary led the delegation?").text == "US Treasury"
