import pytest

from qa.overview import asks_overview, asks_title, lede, title
from tests.conftest import assert_citations_valid, engine_on

ARTICLE = ("US China talks in Malaysia called 'very constructive'\n"
           "Trade talks\n"
           "US and Chinese officials held trade talks in Malaysia, aiming to ease tensions.\n"
           "The delegations were led by He Lifeng and Scott Bessent.\n")


@pytest.mark.parametrize("question", [
    "Summarize the article.", "What is this article about?", "what's the text about", "What’s this story about?",
    "Give me a short summary", "tl;dr", "article summary", "the article's gist", "What is the main point?",
    "What are these documents about?", "Summarize the article in one sentence.", "What are the key takeaways?",
    "Main points of this article?", "What is this article mainly about?", "Summarize the text briefly",
])
def test_questions_about_the_whole_document(question):
    assert asks_overview(question)


@pytest.mark.parametrize("question", [
    "Summarize the talks between the US and China", "What is the tariff about?", "What were the talks about?",
    "What are the key facts about the tariff?",
])
def test_questions_about_something_in_it(question):
    assert not asks_overview(question)


def test_the_lede_is_the_first_full_sentence_after_title_and_headings():
    start, end = lede(ARTICLE)
    assert ARTICLE[start:end] == "US and Chinese officials held trade talks in Malaysia, aiming to ease tensions."
    assert lede("A title\nShort.\n") is None


def test_the_engine_answers_with_the_one_documents_lede_and_cites_it(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", ARTICLE)
    answer = engine.ask("What is this article about?")
    assert not answer.refused and answer.text.startswith("US and Chinese officials held trade talks")
    assert_citations_valid(engine, answer)
    (engine.folder / "other.txt").write_text("Another document about the weather in Paris, which was fine all week.\n",
                                      encoding="utf-8")
    engine.refresh()
    answer = engine.ask("Summarize the article.")  # which one? the note says so
    assert answer.refused and "2 documents" in answer.note


@pytest.mark.parametrize("question, asks", [
    ("What is the headline of the article?", True), ("What's the title?", True), ("the article's headline", True),
    ("What is this story called?", True), ("headline", True),
    ("What does the headline say about the talks?", False), ("What is the title of Bessent?", False),
])
def test_questions_for_the_title(question, asks):
    assert asks_title(question) is asks


def test_the_title_is_the_first_line_when_it_states_nothing_in_full():
    start, end = title(ARTICLE)
    assert ARTICLE[start:end] == "US China talks in Malaysia called 'very constructive'"
    assert title("The talks were held in Malaysia.\nMore text.\n") is None  # a sentence, not a title


def test_the_engine_answers_with_the_title_and_cites_it(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", ARTICLE)
    answer = engine.ask("What is the headline of the article?")
    assert answer.text == "US China talks in Malaysia called 'very constructive' [1]."
    assert_citations_valid(engine, answer)
