import pytest

from qa.rephrase import plain_question
from qa.word_order import (blanks_asked, checked, embedded_asked, fronted, future_asked, positive, setting_last,
                           significance_asked, whether_asked)
from tests.conftest import engine_on


@pytest.mark.parametrize("typed, asked", [
    ("Trump threatened what on October 10?", "What did Trump threaten on October 10?"),
    ("The delegations were led by whom?", "By whom were the delegations led?"),
    ("The photo was taken by who?", "By whom was the photo taken?"),
    ("The export controls take effect when?", "When do the export controls take effect?"),
    ("The talks were held where?", "Where were the talks held?"),
    ("The next round of talks will be held where?", "Where will the next round of talks be held?"),
    ("He Lifeng met with whom?", "Whom did He Lifeng meet with?"),  # the preposition stays where it was
    ("Trump did what?", "What did Trump do?"),
    ("Time and space are both examples of what type of resource?",
     "What type of resource are Time and space both examples of?"),  # no telling whether "Time" is a name
    ("Harold Wilson supported which country's army?", "Which country's army did Harold Wilson support?"),
    # the verbs of the clause "that" opens are the main verb's object, not a second clause of the question
    ("Bessent suggested that Washington might delay what?", "What did Bessent suggest that Washington might delay?"),
])
def test_a_wh_word_in_place_is_moved_to_the_front(typed, asked):
    assert fronted(typed) == asked


def test_a_subjects_first_word_keeps_its_capital_only_when_it_is_a_name():
    typed = "Classification of resources depends on what?"
    assert fronted(typed, is_name=lambda word: False) == "What does classification of resources depend on?"
    assert fronted("Trump threatened what?", is_name=lambda word: word == "Trump") == "What did Trump threaten?"
    assert fronted("Xi threatened what?", is_name=lambda word: False) == "What did Xi threaten?"  # no ordinary word


@pytest.mark.parametrize("typed", [
    "What did Trump threaten?",  # at the front already
    "In 1066, who invaded England?",  # an opening phrase, no subject
    "Did Bessent say when the talks end?",  # a yes/no question
    "Scholars stated that there was a settlement before which date?",  # a clause inside the subject's clause
    "The export restrictions China threatened concern what?",  # "concern", tagged a noun, is the verb
    "Who led the delegation and where did they meet?",  # two wh-words
])
def test_what_is_not_a_simple_clause_is_left_as_it_is(typed):
    assert fronted(typed) is None


@pytest.mark.parametrize("typed, asked", [
    ("The talks were held on the sidelines of the ___ summit.",
     "The talks were held on the sidelines of which summit?"),
    ("Fill in the blank: Trump threatened an additional ___ tariff.", "Trump threatened what additional tariff?"),
    ("Complete the sentence: the export controls take effect on ...", "the export controls take effect on what?"),
    ("The spokesperson was quoted by the _____ on Saturday.", "The spokesperson was quoted by what on Saturday?"),
    ("The talks were attended by the CEO of ___.", "The talks were attended by the CEO of what?"),
])
def test_a_blank_to_fill_is_asked_for(typed, asked):
    assert blanks_asked(typed) == asked


def test_no_blank_no_question_of_one():
    assert blanks_asked("Who led the talks?") is None
    assert blanks_asked("The talks went on ...") is None  # trailing dots without "complete the sentence"


TALKS = ("The talks were held in Kuala Lumpur on Saturday. "
         "On October 10, Trump threatened an additional 100% tariff on Chinese imports.")


@pytest.mark.parametrize("typed, expected", [
    ("Fill in the blank: Trump threatened an additional ___ tariff on Chinese imports.", "100%"),
    ("The talks were held where?", "Kuala Lumpur"),
])
def test_the_engine_answers_a_blank_and_a_wh_word_in_place(tmp_path, typed, expected):
    answer = engine_on(tmp_path, "talks.txt", TALKS).ask(typed)
    assert not answer.refused and expected in answer.text and answer.question == typed


def test_the_gate_reads_a_wh_word_in_place_as_asked_of_its_doer(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", TALKS)
    assert engine.ask("Xi threatened what on October 10?").refused  # Trump did
    assert engine.ask("Complete the sentence: China threatened a ___ tariff on Chinese imports.").refused
    assert not engine.ask("Trump threatened what on October 10?").refused


def test_the_gate_reads_a_said_clause_in_place_as_asked_of_who_said_it(tmp_path):
    said = engine_on(tmp_path, "said.txt", "On October 13, Treasury Secretary Bessent suggested that Washington "
                                           "might delay the tariffs to give Trump time to negotiate with Beijing.")
    assert said.ask("Beijing suggested that Washington might delay what?").refused  # Bessent did
    assert "tariffs" in said.ask("Bessent suggested that Washington might delay what?").text


@pytest.mark.parametrize("clause, asked", [
    ("whether the talks were constructive", "Were the talks constructive?"),
    ("whether Xi attended the ASEAN summit", "Did Xi attend the ASEAN summit?"),
    ("if the export controls take effect in November, or not", "Do the export controls take effect in November?"),
    ("whether or not a meeting in South Korea is planned", "Is a meeting in South Korea planned?"),
    ("if you know who led the talks", None),  # a wh-question inside
    ("the talks were constructive", None),
])
def test_a_whether_clause_is_the_yes_no_question_it_stands_for(clause, asked):
    assert whether_asked(clause) == asked


def test_a_request_to_know_whether_is_a_yes_no_question():
    assert plain_question("I want to know whether the talks were constructive.") == "Were the talks constructive?"
    assert plain_question("Tell me if Trump threatened a tariff.") == "Did Trump threaten a tariff?"


@pytest.mark.parametrize("typed, asked", [
    ("The talks were in Malaysia, weren't they?", "Were the talks in Malaysia?"),
    ("Trump threatened a 100% tariff, didn't he?", "Did Trump threaten a 100% tariff?"),
    ("The export controls start on November 8, correct?", "Do the export controls start on November 8?"),
    ("Trump also threatened a tariff, right?", "Did Trump also threaten a tariff?"),
    ("He Lifeng led the Chinese side, right?", "Did He Lifeng lead the Chinese side?"),  # "He" of a name
    ("It was the 47th summit, wasn't it?", "Was it the 47th summit?"),
    ("Is it true that the Financial Times quoted a spokesperson?", "Did the Financial Times quote a spokesperson?"),
    ("Am I right that lithium batteries are among the materials?", "Are lithium batteries among the materials?"),
    ("Confirm that Trump made his threat on October 10.", "Did Trump make his threat on October 10?"),
    ("Verify: the delegations were led by He Lifeng.", "Were the delegations led by He Lifeng?"),
    ("Can you check whether Bessent suggested a delay?", "Did Bessent suggest a delay?"),
    ("True or false: the talks were held in Malaysia.", "Were the talks held in Malaysia?"),
    ("Yes or no: did He Lifeng lead the Chinese delegation?", "Did He Lifeng lead the Chinese delegation?"),
    ("Yes or no, were the talks held in Malaysia", "Were the talks held in Malaysia?"),  # no "no" to deny
    ("Fact check: He Lifeng led the US delegation.", "Did He Lifeng lead the US delegation?"),
    ("Is this right? The controls take effect on November 8.", "Do the controls take effect on November 8?"),
    ("Who led the talks?", None),
    ("Is it true that who led the talks?", None),  # a wh-word: no statement to check
])
def test_a_statement_put_up_to_be_checked_is_a_yes_no_question(typed, asked):
    assert checked(typed) == asked


@pytest.mark.parametrize("typed, asked", [
    ("Didn't Bessent lead the US delegation?", "Did Bessent lead the US delegation?"),
    ("Wasn't the summit held in Malaysia?", "Was the summit held in Malaysia?"),
    ("won't the controls take effect?", "will the controls take effect?"),
    ("Who didn't attend?", "Who didn't attend?"),  # "not" that is not the question's opening
])
def test_a_negated_question_asks_what_the_positive_one_does(typed, asked):
    assert positive(typed) == asked


def test_the_engine_answers_a_tag_question_and_refuses_a_false_one(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", TALKS)
    answer = engine.ask("The talks were held in Kuala Lumpur, weren't they?")
    assert not answer.refused and "Kuala Lumpur" in answer.text
    assert not engine.ask("Didn't Trump threaten a tariff on Chinese imports?").refused
    assert engine.ask("The talks were held in Bangkok, weren't they?").refused


@pytest.mark.parametrize("clause, asked", [
    ("where the talks took place", "Where did the talks take place?"),
    ("how markets reacted to the talks", "How did markets react to the talks?"),
    ("what Trump threatened", "What did Trump threaten?"),
    ("how many ships Trump wants", "How many ships does Trump want?"),
    ("who led the delegation", None),  # the wh-word is the subject: a question as it is
    ("which newspaper quoted the spokesperson", None),
])
def test_a_wh_clause_in_the_order_of_a_statement_is_asked(clause, asked):
    assert embedded_asked(clause) == asked


@pytest.mark.parametrize("typed, asked", [
    ("Identify the newspaper that quoted the spokesperson.", "What is the newspaper that quoted the spokesperson."),
    ("Please provide the name of the US Treasury Secretary.", "What is the name of the US Treasury Secretary."),
    ("Kindly state the date on which the controls take effect.", "What is the date on which the controls take effect."),
    ("Indicate where the talks took place.", "Where did the talks take place?"),
    ("Determine how markets reacted to the talks.", "How did markets react to the talks?"),
])
def test_a_formal_request_asks_for_its_object(typed, asked):
    assert plain_question(typed) == asked


@pytest.mark.parametrize("typed, asked", [
    ("After Trump's threat, what did Xi say in response?", "What did Xi say in response after Trump's threat?"),
    ("In 1066, who invaded England?", "Who invaded England in 1066?"),
    ("What did Xi say after the threat?", None),  # in order already
    ("According to the FT, who described the talks?", None),  # a source, not a time or place
])
def test_a_phrase_of_time_or_place_before_the_question_goes_to_its_end(typed, asked):
    assert setting_last(typed) == asked


def test_the_gate_reads_a_question_after_a_phrase_of_time_as_asked_of_its_doer(tmp_path):
    engine = engine_on(tmp_path, "summit.txt", "At the summit on October 10, Trump threatened an additional 100% "
                                               "tariff on goods from Xi's China.\n\n" + TALKS)
    assert engine.ask("At the summit, what did Xi threaten?").refused  # Trump did
    assert engine.ask("At the summit, what did Trump threaten?").text.startswith("additional 100% tariff")  # the span


@pytest.mark.parametrize("typed, asked", [
    ("What was it that Trump threatened on October 10?", "What did Trump threaten on October 10?"),
    ("Who was it that led Beijing's delegation?", "Who led Beijing's delegation?"),
    ("Where was it that the talks were held?", "Where were the talks held?"),
    ("How come Bessent suggested a delay?", "Why Bessent suggested a delay?"),
    ("To what end did officials meet in Malaysia?", "Why did officials meet in Malaysia?"),
    ("For what purpose were the talks held?", "Why were the talks held?"),
    ("Which U.S. official suggested a delay?", "Which US official suggested a delay?"),  # as the documents write it
])
def test_a_cleft_question_and_a_why_asked_another_way_are_asked_plainly(typed, asked):
    assert plain_question(typed) == asked


def test_the_gate_reads_a_cleft_question_as_asked_of_its_deed(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", TALKS)
    assert engine.ask("What was it that Trump signed on October 10?").refused  # threatened
    assert "100%" in engine.ask("What was it that Trump threatened on October 10?").text


def test_an_indefinite_pronoun_is_no_word_the_evidence_must_say(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", TALKS)
    assert not engine.ask("Did anyone threaten a tariff on Chinese imports?").refused


@pytest.mark.parametrize("asked, future", [
    ("What are Trump and Xi going to sign?", "What will Trump and Xi sign?"),
    ("By when was Xi going to put export restrictions on software?",
     "By when would Xi put export restrictions on software?"),
    ("Who's going to lead the talks?", "Who will lead the talks?"),
    ("Is China going to lift the controls?", "Will China lift the controls?"),
    ("Where are the talks going to be held?", "Where will the talks be held?"),
    ("Who is going to the summit?", "Who is going to the summit?"),  # going somewhere
    ("Who is going to war with China?", "Who is going to war with China?"),
])
def test_be_going_to_is_asked_as_will(asked, future):
    assert future_asked(asked) == future


def test_the_gate_reads_gonna_as_will_and_checks_the_deed(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", TALKS + " Trump and Xi are set to meet in South Korea.")
    assert "South Korea" in engine.ask("where are trump and xi gonna meet").text
    assert engine.ask("what are trump and xi gonna sign").refused  # no signing told


@pytest.mark.parametrize("asked, plain", [
    ("Why is October 13 important in the article?", "What happened on October 13?"),
    ("What is the significance of 8 November?", "What happened on 8 November?"),
    ("Why is Kuala Lumpur so important?", "What is the significance of Kuala Lumpur?"),
    ("Why was the meeting important to Trump?", None),  # to someone: a reason asked
    ("What is the significance of the talks?", None),  # asked as it is
])
def test_why_something_matters_asks_what_the_article_tells_of_it(asked, plain):
    assert significance_asked(asked) == plain


def test_the_engine_tells_what_happened_on_a_day_asked_why_it_matters(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", TALKS + " On October 13, Bessent suggested a delay.")
    assert "Bessent suggested a delay" in engine.ask("Why is October 13 significant?").text
    assert engine.ask("Why is October 30 significant?").refused
