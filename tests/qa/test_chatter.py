import pytest

from qa.chatter import without_chatter


@pytest.mark.parametrize("typed, asked", [
    ("Hi there! What is the Golden Fleet meant to modernize?", "What is the Golden Fleet meant to modernize?"),
    ("Quick q - what dates was He Lifeng in Malaysia for?", "What dates was He Lifeng in Malaysia for?"),
    ("Sorry if this is obvious, but which two countries were talking?", "Which two countries were talking?"),
    ("Just curious: which ministry announced the controls?", "Which ministry announced the controls?"),
    ("Hi! Quick question: who led the talks?", "Who led the talks?"),
    ("Who headed the American side? Thanks!", "Who headed the American side?"),
    ("where are trump and xi supposed to meet?? need this asap", "where are trump and xi supposed to meet?"),
    ("What kind of anodes are on the list? (ps: love this tool)", "What kind of anodes are on the list?"),
    ("hey, who led the talks thanks", "who led the talks"),
    ("which ASEAN summit number was this 🤔", "which ASEAN summit number was this"),
    ("In a word, how were the talks described?", "How were the talks described?"),
    ("Briefly: what do the controls cover?", "What do the controls cover?"),
    ("Correct me if I'm wrong, but weren't the talks in Malaysia?", "Weren't the talks in Malaysia?"),
    ("Q: Who led the US delegation?", "Who led the US delegation?"),
    ("Question 3: On what date do the controls take effect?", "On what date do the controls take effect?"),
    ("Where were they actually held?", "Where were they held?"),  # emphasis
    ("so like how many days were the chinese in malaysia for", "how many days were the chinese in malaysia for"),
    ("Um who led the talks?", "Who led the talks?"),  # a filler with no break after it
])
def test_greetings_hedges_thanks_and_postscripts_go(typed, asked):
    assert without_chatter(typed) == asked


@pytest.mark.parametrize("question", [
    "Thanks!",  # nothing else: left as typed (and refused as asking nothing)
    "How fast", "What happens today", "What was fast?", "Well known for what?", "Hello Kitty is made by whom?",
    "Who led the talks, please?", "Regarding the controls - when do they start?",
    "Well-known for what?", "So what?",
])
def test_words_that_are_part_of_the_question_stay(question):
    assert without_chatter(question) == question
