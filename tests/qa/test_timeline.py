from datetime import date

import pytest

from qa.timeline import TimeAsked, counted, date_in, time_asked, when_question
from tests.conftest import assert_citations_valid, engine_on


@pytest.mark.parametrize("question, asked", [
    ("How many days after the tariff threat did Bessent make his statement?",
     TimeAsked("gap", ("the tariff threat", "Bessent make his statement"))),
    ("Bessent's statement came how many days after Trump's threat?",
     TimeAsked("gap", ("Trump's threat", "Bessent's statement"))),
    ("How many weeks before the talks were the controls announced?",
     TimeAsked("gap", ("the controls announced", "the talks"), unit="weeks")),
    ("How many days passed between the threat and the statement?", TimeAsked("gap", ("the threat", "the statement"))),
    ("How many days separated the threat and the statement?", TimeAsked("gap", ("the threat", "the statement"))),
    ("Which is more recent, the threat or the statement?",
     TimeAsked("order", ("the threat", "the statement"), which="later")),
    ("Which happened first, the threat or the statement?",
     TimeAsked("order", ("the threat", "the statement"), which="first")),
    ("Which date comes later, the deadline or the start?", TimeAsked("order", ("the deadline", "the start"),
                                                                     which="later")),
    ("Did the statement come before or after the threat?",
     TimeAsked("order", ("the threat", "the statement"), which="relative")),
    ("What happened three days after Trump's tariff threat?", TimeAsked("shift", ("Trump's tariff threat",), days=3)),
    ("What happened the day before the talks began?", TimeAsked("shift", ("the talks began",), days=-1)),
    ("What happened two weeks after the announcement?",
     TimeAsked("shift", ("the announcement",), unit="weeks", days=14)),
    ("Had Trump threatened tariffs before Bessent's statement?",
     TimeAsked("order", ("Bessent's statement", "Trump threatened tariffs"), which="before")),
    ("Was the statement after the threat?", TimeAsked("order", ("the threat", "the statement"), which="after")),
])
def test_what_a_question_about_two_events_times_asks(question, asked):
    assert time_asked(question) == asked


@pytest.mark.parametrize("question", ["When did Bessent speak?", "Which came first?",
                                      "How many days did the talks last?",
                                      "Did the controls take effect after November 1?",  # a date: a bound
                                      "Was the statement made after the threat?"])  # a passive: not read
def test_other_questions_ask_no_two_dates(question):
    assert time_asked(question) is None


def test_dates_days_and_the_when_question():
    assert date_in("October 13") == date(2000, 10, 13)
    assert date_in("24 October 2025") == date(2025, 10, 24)
    assert date_in("October 24 to 27", 2025) == date(2025, 10, 24)
    assert date_in("last week") is None
    assert counted(3, "days") == "3 days" and counted(14, "weeks") == "2 weeks" and counted(10, "weeks") == "10 days"
    assert counted(1, "days") == "1 day"
    assert when_question("Bessent make his statement") == "When did Bessent make his statement?"
    assert when_question("the tariff threat") == "When was the tariff threat?"
    assert when_question("the talks began") == "When did the talks begin?"  # the verb in its base form
    assert when_question("Bessent made his statement") == "When did Bessent make his statement?"


TEXT = ("On October 10, Trump threatened an additional tariff on imports.\n\n"
        "In a statement on October 13, Bessent suggested that the tariffs might be delayed.\n\n"
        "The Golden Fleet is a plan to modernize the navy.\n")


def test_the_engine_counts_the_days_between_two_dated_events_and_cites_both(tmp_path):
    engine = engine_on(tmp_path, "a.txt", TEXT)
    a = engine.ask("How many days after the tariff threat did Bessent make his statement?")
    assert a.text == "3 days: from October 10 [1] to October 13 [2]." and a.mode == "computed"
    assert [c.quote[:20] for c in a.citations] == ["On October 10, Trump", "In a statement on Oc"]
    assert_citations_valid(engine, a)
    first = engine.ask("Which happened first, Bessent's statement or Trump's threat?")
    assert first.text.startswith("Trump's threat, on October 10 [1]")
    assert engine.ask("Which came first, the Golden Fleet or the tariff threat?").refused  # the fleet has no date


def test_the_engine_tells_whether_one_dated_event_came_before_another(tmp_path):
    engine = engine_on(tmp_path, "a.txt", TEXT)
    a = engine.ask("Had Trump threatened a tariff before Bessent's statement?")
    assert a.text == "Yes: on October 10 [1]; Bessent's statement on October 13 [2]." and a.mode == "computed"
    assert_citations_valid(engine, a)
    assert engine.ask("Was Bessent's statement before Trump's threat?").text.startswith("No: on October 13 [1]")
    assert engine.ask("Had Xi threatened a tariff before Bessent's statement?").refused  # Trump did
    undated = engine.ask("Did Trump threaten a tariff before the Golden Fleet?")  # no date: read whole, as asked
    assert undated.mode != "computed"


def test_the_engine_tells_what_happened_days_after_a_dated_event_and_cites_its_date(tmp_path):
    engine = engine_on(tmp_path, "a.txt", TEXT)
    a = engine.ask("What happened three days after Trump's tariff threat?")
    assert not a.refused and a.mode == "computed" and "Bessent suggested" in a.text
    assert a.text.endswith("(October 13: 3 days after Trump's tariff threat, on October 10 [2].)")
    assert [c.quote[:20] for c in a.citations] == ["In a statement on Oc", "On October 10, Trump"]
    assert_citations_valid(engine, a)
    assert engine.ask("What happened three days after Bessent's statement?").refused  # October 16: nothing told
    assert engine.ask("What happened a week after the Golden Fleet?").refused  # no date to count from


def test_the_days_after_a_span_ended_count_from_its_last_day(tmp_path):
    engine = engine_on(tmp_path, "a.txt",
                       "The ministry confirmed He would lead the delegation in Malaysia from October 24 to 27 for "
                       "direct talks.\n\n"
                       "The ministry announced new export controls, set to take effect on November 8.\n\n"
                       "The Golden Fleet is a plan to modernize the navy.\n")
    a = engine.ask("How many days after the talks ended did the export controls take effect?")
    assert a.text == "12 days: from October 27 [1] to November 8 [2]." and a.mode == "computed"
    assert_citations_valid(engine, a)
    assert engine.ask("How many days after the talks began did the export controls take effect?").text.startswith(
        "15 days: from October 24 [1]")
