from qa.spelling import Speller
from tests.conftest import engine_on

ARTICLE = ("US and Chinese officials held constructive trade talks in Malaysia. Beijing's delegation was led "
           "by Vice Premier He Lifeng. New export controls take effect on November 8.")


def test_a_misspelt_word_is_put_right_by_the_documents_word():
    speller = Speller([ARTICLE])
    assert speller("Who lead the chinese delagation?") == "Who lead the chinese delegation?"
    assert speller("When do the export contols start?") == "When do the export controls start?"
    assert speller("Where were the trade tlaks held?") == "Where were the trade talks held?"
    assert speller("wich country were the talks in") == "which country were the talks in"  # a question word
    assert speller("when do the xport controls start") == "when do the export controls start"  # first letter lost


def test_words_of_the_language_names_and_short_words_are_left_alone():
    speller = Speller([ARTICLE])
    assert speller("Which newspaper reported it?") == "Which newspaper reported it?"  # not "Whigh"
    assert speller("Who is Scot Besent?") == "Who is Scot Besent?"  # no such name in these documents
    assert speller("Was it fast?") == "Was it fast?"  # a word of the language, though not the documents'
    assert speller("Which controlled talking points?") == "Which controlled talking points?"  # forms of theirs
    assert speller("Is it tlak?") == "Is it tlak?"  # two edits from "talks"; "tak": too short to tell


def test_a_misspelt_name_is_put_right_by_the_one_name_of_the_documents_it_is_one_edit_from():
    speller = Speller([ARTICLE + " Treasury Secretary Scott Bessent met them."])
    assert speller("who is Bessant") == "who is Bessent"
    assert speller("He Lifang role?") == "He Lifeng role?"
    assert speller("What did the Malaysian government say?") == "What did the Malaysian government say?"  # a nation's
    assert speller("Who is Xu?") == "Who is Xu?"  # too short to tell


def test_a_name_the_documents_give_only_by_its_initials_is_written_so():
    speller = Speller([ARTICLE + " Read more: Trump plans 'Golden Fleet' to modernize US Navy: WSJ"])
    assert speller("Who wrote the Wall Street Journal report?") == "Who wrote the WSJ report?"
    assert speller("What did the Financial Times say?") == "What did the Financial Times say?"  # no "FT" there
    assert speller("Who led the United States side?") == "Who led the US side?"  # they say only "US"
    speller = Speller([ARTICLE + " Talks between the United States and China: US officials said."])
    assert speller("Who led the United States side?") == "Who led the United States side?"  # words they use too
    speller = Speller(["Many protestants were killed. The classes P and PP may be equal."])
    question = "How many Parisien Protestants were killed?"
    assert speller(question) == question  # not "How many PP were killed?": they use "protestants"


def test_the_engine_answers_a_question_with_a_typo(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", ARTICLE)
    answer = engine.ask("When do the new export contols take effect?")
    assert not answer.refused and "November 8" in answer.text
    assert answer.question == "When do the new export contols take effect?"
