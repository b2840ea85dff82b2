import pytest

from qa.extract import DATE, NUMBER, PERSON, PLACE, answer_type
from qa.rephrase import keyword_question, plain_question
from tests.conftest import engine_on


@pytest.mark.parametrize("typed, plain", [
    ("Can you tell me who led the Chinese delegation?", "who led the Chinese delegation?"),
    ("Could you please tell me where the talks were held?", "Where were the talks held?"),
    ("Do you know when the export controls take effect?", "When do the export controls take effect?"),
    ("you know what might trigger a trade war?", "what might trigger a trade war?"),  # no "do"
    ("I'd like to know where the talks were held.", "Where were the talks held?"),
    ("I want to know who quoted the spokesperson", "who quoted the spokesperson"),
    ("Please, tell me the date Trump threatened tariffs", "What is the date Trump threatened tariffs"),
    ("Tell me who leads the US delegation.", "who leads the US delegation."),
    ("Do you happen to know which paper quoted the spokesperson?", "which paper quoted the spokesperson?"),
    ("Any idea where the talks were held?", "Where were the talks held?"),
    ("I was wondering what the deadline for the restrictions was", "What was the deadline for the restrictions?"),
    ("Can you check how the Treasury described the talks?", "How did the Treasury describe the talks?"),
    ("Remind me, how big was the extra tariff?", "how big was the extra tariff?"),
    ("Who led the delegation?", "Who led the delegation?"),  # nothing to take away
    ("Tell me about the talks.", "Tell me about the talks."),  # no question inside: left as it is
    # "give me", "list the", "describe (in a few words) how"; a thing where or when: where, when
    ("Give me the date of the talks.", "What is the date of the talks."),
    ("List the materials covered by the export controls.", "Which materials are covered by the export controls?"),
    ("List the dates of the stay.", "What are the dates of the stay."),
    ("Describe in a few words how the talks went.", "How did the talks go?"),
    ("Explain briefly, why Bessent suggested a delay.", "Why did Bessent suggest a delay?"),
    ("State the day when the controls start.", "When do the controls start?"),
    ("Describe the talks.", "Describe the talks."),  # no question inside
    # the headline (subheading, caption) is named as the article is
    ("What may influence the outcomes, according to the subheading?", "What may influence the outcomes?"),
    # the article's own words for a thing: as it describes the thing, the thing is described
    ("How does the article describe the trade tensions between the two countries?",
     "How are the trade tensions between the two countries described?"),
    ("How did the story characterise the talks?", "How were the talks characterised?"),
])
def test_a_polite_wrapper_goes_and_a_thing_asked_for_becomes_a_question(typed, plain):
    assert plain_question(typed) == plain


def test_the_plain_question_asks_for_the_same_kind():
    assert answer_type(plain_question("Can you tell me who led the delegation?")) == PERSON
    assert answer_type(plain_question("I'd like to know where the talks were held.")) == PLACE
    assert answer_type(plain_question("Please tell me the date Trump threatened tariffs")) == DATE
    assert answer_type("what Trump threatened?") != PERSON  # a name after "what" is no kind of thing


def test_the_engine_answers_the_wrapped_question_and_keeps_it_as_typed(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", "The trade talks were held in Kuala Lumpur on Saturday. "
                                              "The delegations were led by Vice Premier He Lifeng.")
    typed = "I'd like to know where the trade talks were held."
    answer = engine.ask(typed)
    assert not answer.refused and "Kuala Lumpur" in answer.text and answer.question == typed


def test_a_contracted_wh_word_is_written_out():
    assert plain_question("Who's Xi Jinping?") == "Who is Xi Jinping?"  # asks a title, as "Who is ...?" does
    assert plain_question("whats the name of the vice premier") == "what is the name of the vice premier"
    assert plain_question("Can you tell me what's planned?") == "what is planned?"
    # the source a question names is the one it is asked of: "according to" it asks nothing more
    assert plain_question("According to the article, what did Xi say?") == "what did Xi say?"
    assert plain_question("What could set off a trade war, according to the article?") == \
        "What could set off a trade war?"
    assert plain_question("In the article, who led the delegation?") == "who led the delegation?"
    assert plain_question("Based on the article, where were the talks held?") == "where were the talks held?"
    assert plain_question("From the text: which ministry confirmed it?") == "which ministry confirmed it?"


@pytest.mark.parametrize("query, question, kind", [
    ("export controls start date", "What is the date of the export controls start?", DATE),
    ("Trump Xi meeting location", "What is the location of the Trump Xi meeting?", PLACE),
    ("chinese delegation leader", "What is the leader of the chinese delegation?", PERSON),
    ("size of the threatened tariff?", "What is the size of the threatened tariff?", NUMBER),
    ("date of Bessent's statement", "What is the date of Bessent's statement?", DATE),
    ("deadline for software export restrictions", "What is the deadline for software export restrictions?", DATE),
    ("US delegation head", "What is the head of the US delegation?", PERSON),
    ("Golden Fleet ship count", "What is the number of the Golden Fleet ship?", NUMBER),  # "count": not a noble
    ("tariff percentage threatened by Trump", "What is the percentage of the tariff threatened by Trump?", NUMBER),
    ("current tariff rate on China", "What is the rate of the current tariff on China?", NUMBER),
    ("Golden Fleet budget", "What is the budget of the Golden Fleet?", NUMBER),  # asked as "how much"
    ("name of China's vice premier", "What is the name of China's vice premier?", PERSON),  # no "name the ..."
    ("Date of the talks", "What is the date of the talks?", DATE),  # a capital that only opens the query
])
def test_a_search_box_query_becomes_the_question_it_stands_for(query, question, kind):
    assert plain_question(query) == question and answer_type(question) == kind


def test_a_query_keeps_a_name_that_opens_it_and_drops_the_capital_of_a_common_noun():
    assert keyword_question("Purpose of Telnet") == "What is the purpose of Telnet?"
    assert keyword_question("Bank of England") == "What is the Bank of England?"


def test_a_query_for_a_title_asks_for_a_role():
    assert plain_question("He Lifeng title") == "What is the title of the He Lifeng?"
    assert answer_type("Which Count did the Prince strike an arrangement with?") != NUMBER  # a count is a noble


@pytest.mark.parametrize("text", ["trade talks", "tl;dr", "Bessent met He Lifeng in Malaysia.",
                                  "Summarize the article.", "The talks took place alongside which gathering?"])
def test_what_is_no_query_for_an_attribute_is_left_as_it_is(text):
    assert keyword_question(text) is None and plain_question(text) == text


@pytest.mark.parametrize("typed, plain", [
    ("According to the piece, who described the talks?", "who described the talks?"),
    ("Per the report, what did the ministry confirm?", "what did the ministry confirm?"),
    ("What does the author say the recent talks signal?", "What do the recent talks signal?"),
    ("What does the article say might happen to the tariffs?", "What might happen to the tariffs?"),
    ("What does the piece say triggered the concerns?", "What triggered the concerns?"),  # "what" is the subject
    ("The article says the delegations met amid concerns over what?", "the delegations met amid concerns over what?"),
    ("What does the caption say about the date?", "What does the caption say about the date?"),  # about: left
])
def test_the_source_a_question_names_goes(typed, plain):
    assert plain_question(typed) == plain
