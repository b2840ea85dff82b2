import pytest

from qa.offered import named, offered


@pytest.mark.parametrize("question, stem, options", [
    ("Which city hosted the summit? A) Bangkok B) Kuala Lumpur C) Jakarta", "Which city hosted the summit?",
     (("A", "Bangkok"), ("B", "Kuala Lumpur"), ("C", "Jakarta"))),
    ("How large was the tariff? (a) 25% (b) 50% (c) 100%", "How large was the tariff?",
     (("A", "25%"), ("B", "50%"), ("C", "100%"))),
    ("Who led China's delegation? a. Li Qiang b. He Lifeng", "Who led China's delegation?",
     (("A", "Li Qiang"), ("B", "He Lifeng"))),
    ("Which paper quoted him? 1) The New York Times 2) The Financial Times", "Which paper quoted him?",
     (("1", "The New York Times"), ("2", "The Financial Times"))),
    ("When do the controls take effect? A. November 1 B. November 8", "When do the controls take effect?",
     (("A", "November 1"), ("B", "November 8"))),
    ("Where was the meeting planned? Options: Japan, South Korea or Vietnam", "Where was the meeting planned?",
     (("", "Japan"), ("", "South Korea"), ("", "Vietnam"))),
    ("Which of these do the controls cover? A) solar panels B) lithium batteries", "What do the controls cover?",
     (("A", "solar panels"), ("B", "lithium batteries"))),
])
def test_options_listed_after_a_question_are_read_apart_from_it(question, stem, options):
    found = offered(question)
    assert found.stem == stem and found.options == options


@pytest.mark.parametrize("question", [
    "Who led China's delegation?",
    "What did Trump threaten on October 10?",
    "Was plan B) the one they chose?",  # one label, no list
    "Which city hosted it? B) Kuala Lumpur C) Jakarta",  # not from A
    "What does section a. of the treaty say b. about trade?",  # no question before the labels
])
def test_no_options_where_none_are_listed(question):
    assert offered(question) is None


def test_the_option_an_answer_names_is_the_one_all_of_whose_words_it_has():
    options = (("A", "November 1"), ("B", "November 8"), ("C", "December 1"))
    assert named("November 8 [1].", options) == [1]  # the marker's "1" is no word of the answer
    options = (("A", "Li Qiang"), ("B", "He Lifeng"), ("C", "Wang Yi"))
    assert named("Vice Premier He Lifeng [1].", options) == [1]
    assert named("Vice Premier He [1].", options) == [1]  # a word only that option has
    assert named("Vice Premier He [1].", options, loose=False) == []
    assert named("The documents do not say.", options) == []


def test_the_engine_answers_with_the_option_and_its_label(tmp_path):
    from tests.conftest import assert_citations_valid, engine_on

    engine = engine_on(tmp_path, "talks.txt",
                       "The summit was held in Kuala Lumpur on Friday.\n"
                       "Trump threatened an additional 100% tariff on Chinese imports.\n"
                       "The weather was mild all week.\n")
    a = engine.ask("Where was the summit held? A) Bangkok B) Kuala Lumpur C) Jakarta")
    assert not a.refused and a.text == "B) Kuala Lumpur [1]." and a.note == "option 'B' of the 3 offered"
    assert a.question.endswith("C) Jakarta")  # the question as asked
    assert_citations_valid(engine, a)
    a = engine.ask("How large was the tariff Trump threatened? Options: 25%, 50% or 100%")
    assert a.text == "100% [1]."
    a = engine.ask("Where was the meeting with Putin held? A) Bangkok B) Kuala Lumpur")  # refused as asked alone
    assert a.refused
