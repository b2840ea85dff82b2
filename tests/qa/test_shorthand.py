import pytest

from qa.shorthand import written_out
from tests.conftest import engine_on


@pytest.mark.parametrize("typed, full", [
    ("What did the Pres. threaten on Oct. 10?", "What did the President threaten on October 10?"),
    ("Who is the US Treas. Sec.?", "Who is the US Treasury Secretary?"),
    ("What takes effect Nov 8?", "What takes effect November 8?"),  # a month before a day, no dot
    ("Who won in Dec 2019?", "Who won in December 2019?"),
    ("What are both govts assessing?", "What are both governments assessing?"),
    ("Which Dept's spokesperson met w/ Bessent?", "Which Department's spokesperson met with Bessent?"),
    ("Which materials are critical to high-tech mfg?", "Which materials are critical to high-tech manufacturing?"),
    ("wher are trump and xi gonna meet", "where are trump and xi going to meet"),  # chat spellings
    ("Wat did u ask", "What did you ask"),
])
def test_shorthand_is_written_out(typed, full):
    assert written_out(typed) == full


@pytest.mark.parametrize("typed", [
    "Which month is Mar?",  # no dot, no day: a word of its own
    "What did the VP say?",  # Vice President or Vice Premier: left as typed
    "Did the talks last 10 sec.?",  # seconds, not a secretary
    "Who will decide?",
    "Which U-boat sank first?", "What is WAT?",  # capitals: a name or an acronym, no chat spelling
])
def test_what_may_be_read_two_ways_is_left(typed):
    assert written_out(typed) == typed


def test_the_engine_finds_a_date_typed_short(tmp_path):
    engine = engine_on(tmp_path, "talks.txt", "On October 10, President Trump threatened a 100% tariff on Chinese "
                                              "imports. The talks were held in Kuala Lumpur on Saturday.")
    answer = engine.ask("What did the Pres. threaten on Oct. 10?")
    assert not answer.refused and "100%" in answer.text
    assert engine.ask("What did Trump threaten on Dec. 10?").refused  # a day the documents do not name
