import pytest

from qa.preamble import without_preamble


@pytest.mark.parametrize("question, plain", [
    # the pronoun stands for what the preamble names: a person, a body, a thing, things
    ("Trump made a threat on October 10 - how large was the additional tariff he threatened?",
     "How large was the additional tariff Trump threatened?"),
    ("I read somewhere that the talks were in Thailand. Where were they held?", "Where were the talks held?"),
    ("The article mentions a Chinese vice premier; what is his full name?",
     "What is the Chinese vice premier's full name?"),
    ("Regarding the export controls that China announced, when are they set to take effect?",
     "When are the export controls set to take effect?"),
    ("Concerning the photo in the article, which agency took it?", "Which agency took the photo?"),
    ("The ASEAN summit is mentioned several times; which number summit was it?",
     "Which number summit was the ASEAN summit?"),
    ("Thinking about the delegations, who led the American one?", "Who led the American delegation?"),
    ("Regarding the talks - what dates was He Lifeng in Malaysia for?",  # "He" of "He Lifeng": no pronoun
     "What dates was He Lifeng in Malaysia for?"),
    # a topic, or what the user has read, goes
    ("On the topic of graphite, what graphite product is covered by the controls?",
     "What graphite product is covered by the controls?"),
    ("I read that the US and China met in Asia - in which country did the talks take place?",
     "In which country did the talks take place?"),
    # a clause that opens with "when" follows the question, which then asks what it asked
    ("When Bessent spoke on October 13, what did he suggest Washington might do?",
     "What did Bessent suggest Washington might do when Bessent spoke on October 13?"),
])
def test_the_question_proper_with_its_pronoun_written_out(question, plain):
    assert without_preamble(question) == plain


@pytest.mark.parametrize("question", [
    "In 1979, what was the average mpg for American cars?",  # the clause narrows what is asked
    "According to the FT, how were the talks described?",
    "The talks were described as very constructive - by which department's spokesperson?",  # needs the sentence
    "What did Bessent say, and when?",
    "Who led China's team?",
])
def test_a_preamble_that_narrows_the_question_stays(question):
    assert without_preamble(question) == question


@pytest.mark.parametrize("question, plain", [
    ("I'm a journalist checking sources: which paper first quoted the Treasury spokesperson?",
     "Which paper first quoted the Treasury spokesperson?"),
    ("For my class report, where were the US-China trade talks held?", "Where were the US-China trade talks held?"),
    ("Teaching a lesson on ASEAN - which edition of the summit was it?", "Which edition of the summit was it?"),
    ("I blog about Southeast Asia: which ceasefire is Trump to attend?", "Which ceasefire is Trump to attend?"),
    ("My boss wants to know. Who led the Chinese side?", "Who led the Chinese side?"),  # a sentence of its own
])
def test_a_preamble_that_says_who_asks_or_what_for_goes(question, plain):
    assert without_preamble(question) == plain


def test_an_askers_preamble_stays_when_the_question_speaks_of_the_asker():
    question = "I'm an exporter of soybeans: from what date do the controls apply to me?"
    assert without_preamble(question) == question
