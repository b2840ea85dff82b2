import pytest

from qa.inventory import COUNTRIES, DATES, PEOPLE, asks_inventory, inventory

ARTICLE = ("US China talks in Malaysia called 'very constructive'\n"
           "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent.\n"
           "Earlier this week, the ministry confirmed Vice Premier He would lead the delegation from October 24 to 27.\n"
           "On October 10, US President Donald Trump threatened a tariff; Trump to attend Thailand-Cambodia ceasefire.\n"
           "Treasury Secretary Bessent suggested a delay before a meeting in South Korea.\n")


@pytest.mark.parametrize("question, kind", [
    ("Who are the main people mentioned?", PEOPLE), ("Who is mentioned in the article?", PEOPLE),
    ("List the people named in the text", PEOPLE), ("What countries are mentioned?", COUNTRIES),
    ("Which countries are named in the article?", COUNTRIES), ("What dates are mentioned in the article?", DATES),
    ("List all the dates.", DATES), ("Which countries does the article mention?", COUNTRIES),
])
def test_a_question_for_what_a_document_names_of_a_kind(question, kind):
    assert asks_inventory(question) == (kind, False)
    assert asks_inventory("How many people are mentioned in the article?") == (PEOPLE, True)
    assert asks_inventory("How many people does the article name?") == (PEOPLE, True)


@pytest.mark.parametrize("question", [
    "Which countries are mentioned in the tariff threat?",  # of something in it: retrieved, not listed
    "Who led the delegation?", "What were the dates of the visit?", "How many people attended?",
])
def test_a_question_about_something_in_it_lists_nothing(question):
    assert asks_inventory(question) is None


def test_each_item_once_in_the_order_first_named_with_its_sentence():
    people = inventory(ARTICLE, PEOPLE)
    assert [p for p, _ in people] == ["He Lifeng", "Scott Bessent", "Donald Trump"]  # "Bessent" again, "He": the same
    start, end = people[0][1]
    assert ARTICLE[start:end].startswith("The delegations were led by")
    assert [c for c, _ in inventory(ARTICLE, COUNTRIES)] == ["Malaysia", "Thailand", "Cambodia", "South Korea"]
    assert [d for d, _ in inventory(ARTICLE, DATES)] == ["October 24 to 27", "October 10"]


def test_the_engine_lists_them_each_cited(tmp_path):
    from tests.conftest import assert_citations_valid, engine_on

    engine = engine_on(tmp_path, "a.txt", ARTICLE)
    a = engine.ask("Who are the people mentioned in the article?")
    assert a.text == "He Lifeng [1], Scott Bessent [1] and Donald Trump [2]." and a.mode == "computed"
    assert_citations_valid(engine, a)
    assert engine.ask("What dates are mentioned?").text == "October 24 to 27 [1] and October 10 [2]."
    assert engine.ask("How many countries are mentioned?").text.startswith("Four: Malaysia [1], Thailand [2]")


@pytest.mark.parametrize("question, what", [
    ("Does the article mention Xi Jinping?", "Xi Jinping"), ("Is Japan mentioned?", "Japan"),
    ("Is the WTO mentioned in the article?", "WTO"), ("Is there any mention of lithium batteries?", "lithium batteries"),
    ("Does the article say anything about batteries?", "batteries"), ("Does the text discuss tariffs?", "tariffs"),
    ("Who mentioned the tariff?", None), ("Is Japan a member?", None), ("Did Trump say anything about Xi?", None),
])
def test_a_question_whether_the_documents_mention_a_thing(question, what):
    from qa.inventory import mention_asked
    assert mention_asked(question) == what


def test_the_engine_cites_the_first_sentence_that_names_it_or_refuses(tmp_path):
    from tests.conftest import assert_citations_valid, engine_on

    engine = engine_on(tmp_path, "a.txt", ARTICLE)
    a = engine.ask("Does the article mention Donald Trump?")
    assert not a.refused and a.citations[0].quote.startswith("On October 10, US President Donald Trump")
    assert_citations_valid(engine, a)
    a = engine.ask("Is Japan mentioned?")
    assert a.refused and "do not mention Japan" in a.note


def test_with_several_documents_the_article_is_not_told_apart(tmp_path):
    import qa

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text("The summit ended on Sunday with a joint statement by the leaders.\n", encoding="utf-8")
    engine = qa.load(folder, embedder="hash", backend="none", index_dir=str(tmp_path / "idx"), progress=False)
    for question in ("Who are the people mentioned?", "Summarize the article."):
        a = engine.ask(question)
        assert a.refused and a.note.startswith("the folder holds 2 documents")
    assert not engine.ask("Does the article mention Donald Trump?").refused  # any document may
