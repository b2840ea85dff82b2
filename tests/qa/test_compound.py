import pytest

from qa.compound import joined, parts, with_answer
from qa.types import Answer, Citation
from tests.conftest import assert_citations_valid, engine_on


@pytest.mark.parametrize("question, first, second", [
    ("Who led the delegations and where did they meet?", "Who led the delegations?",
     "Where did the delegations meet?"),
    ("When did Trump threaten the tariff, and how large was it?", "When did Trump threaten the tariff?",
     "How large was the tariff?"),
    ("Where were the talks held and how were they described?", "Where were the talks held?",
     "How were the talks described?"),  # "the talks", not "the talks held"
    ("How large was the threatened tariff and what did the EU say about it?", "How large was the threatened tariff?",
     "What did the EU say about the threatened tariff?"),
    ("When did Trump threaten China and what did he threaten?", "When did Trump threaten China?",
     "What did Trump threaten?"),  # "he": the name
    ("What did Trump threaten and when?", "What did Trump threaten?", "When did Trump threaten?"),  # a bare wh-word
    ("When was Harvard founded and who was it named after?", "When was Harvard founded?",
     "Who was Harvard named after?"),  # "it" as the subject: the name, with no "the ..." phrase
])
def test_two_questions_asked_as_one_are_read_as_two(question, first, second):
    assert parts(question) == (first, second)


@pytest.mark.parametrize("question", [
    "Who led the talks?",
    "Who and what led the talks?",  # one question about two things
    "What is the difference between tariffs and what export controls do?",
    "Who led the talks and where?",  # a bare wh-word after a question that opens with no auxiliary
    "When did the talks begin and what did it say?",  # "it" stands for nothing the first names
    "What did Xi say on October 13 and where did he say it?",  # "it" the object: no name stands for it
    "Who led the talks and where and when?",  # no question of its own after "and"
])
def test_one_question_is_not_split(question):
    assert parts(question) is None


def test_a_pronoun_after_a_who_question_stands_for_its_answer():
    first, second = parts("Who led China's delegation and when did he arrive?")
    assert second == "When did {answer} arrive?"
    assert with_answer(second, _cited("Vice Premier He [1].", "...")) == "When did Vice Premier He arrive?"
    assert with_answer(second, Answer("q", "The documents do not say.", True, mode="refused")) is None
    assert with_answer(second, _cited("Earlier this week, the ministry confirmed Vice Premier He would lead Beijing's "
                                      "delegation in Malaysia from October 24 to 27 [1].", "...")) is None  # a sentence


def _cited(text: str, quote: str) -> Answer:
    return Answer("q", text, False, [Citation("a.txt", quote, 0, len(quote))])


def test_the_answers_are_joined_with_their_citations_numbered_on():
    a, b, c = _cited("October 10 [1].", "On October 10, ..."), _cited("100% [1].", "a 100% tariff"), \
        _cited("100% [1].", "On October 10, ...")
    refusal = Answer("q", "The documents do not say.", True, mode="refused")
    one = joined("q", ("When?", "How large?"), (a, b), refusal)
    assert one.text == "October 10 [1]. 100% [2]." and [x.quote for x in one.citations] == \
        ["On October 10, ...", "a 100% tariff"]
    assert joined("q", ("When?", "How large?"), (a, c), refusal).text == "October 10 [1]. 100% [1]."  # one passage
    half = joined("q", ("When?", "Where?"), (a, refusal), refusal)
    assert half.text == 'October 10 [1]. On "Where?" the documents do not say.' and not half.refused
    assert joined("q", ("When?", "Where?"), (refusal, refusal), refusal) is refusal


TEXT = ("On October 10, Trump threatened an additional 100% tariff on imports.\n\n"
        "The trade talks were held in Malaysia and described as very constructive by the Treasury.\n")


def test_the_engine_answers_each_part_and_cites_each_passage(tmp_path):
    engine = engine_on(tmp_path, "a.txt", TEXT)
    answer = engine.ask("When did Trump threaten the tariff, and where were the talks held?")
    assert answer.text == "October 10 [1]. Malaysia [2]." and not answer.refused
    assert [c.quote[:8] for c in answer.citations] == ["On Octob", "The trad"]
    assert_citations_valid(engine, answer)
    half = engine.ask("When did Trump threaten the tariff, and when did Xi visit Paris?")
    assert half.text == 'October 10 [1]. On "When did Xi visit Paris?" the documents do not say.'
    assert engine.ask("When did Xi visit Paris and what did the EU say?").refused
    who = engine.ask("Who threatened the tariff, and when did he threaten it?")
    assert who.text == "Trump [1]. October 10 [1]." and len(who.citations) == 1
