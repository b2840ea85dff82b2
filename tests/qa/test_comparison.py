from datetime import date

import pytest

from qa.comparison import amount_in, compared, holds
from tests.conftest import assert_citations_valid, engine_on


@pytest.mark.parametrize("question, rest, above, inclusive", [
    ("Did Trump threaten a tariff of more than 50%?", "Did Trump threaten a tariff?", True, False),
    ("Was the additional tariff at least 100%?", "Was the additional tariff?", True, True),
    ("Was the tariff below 50%?", "Was the tariff?", False, False),
    ("Do the export controls take effect after November 1?", "Do the export controls take effect?", True, False),
    ("Was the statement made before November?", "Was the statement made?", False, False),
])
def test_the_bound_a_yes_no_question_compares_with(question, rest, above, inclusive):
    asked = compared(question)
    assert (asked.rest, asked.above, asked.inclusive) == (rest, above, inclusive)


@pytest.mark.parametrize("question", ["Who threatened a tariff of more than 50%?",  # no yes/no question
                                      "Did Trump threaten a tariff?", "Was the statement made on October 13?"])
def test_no_bound_no_comparison(question):
    assert compared(question) is None


def test_a_value_on_the_side_of_the_bound_asked():
    assert holds(compared("Was it more than 50%?"), 100) and not holds(compared("Was it more than 150%?"), 100)
    assert holds(compared("Was it at least 100%?"), 100) and not holds(compared("Was it more than 100%?"), 100)
    assert holds(compared("Was it made before November?"), date(2025, 10, 13))
    assert not holds(compared("Was it made after December?"), date(2025, 10, 13))
    assert holds(compared("Did it come earlier than October 12?"), date(2025, 10, 10))
    assert not holds(compared("Did it come later than October 20?"), date(2025, 10, 10))


def test_only_an_amount_in_the_bounds_unit_is_compared():
    assert amount_in("an additional 100%", "%") == 100 and amount_in("3 days", "days") == 3
    assert amount_in("October 24 to 27", "days") is None  # a date is no count of days
    assert amount_in("100 ships", "%") is None and amount_in("47th", "") is None


TEXT = ("On October 10, Trump threatened an additional 100% tariff on imports.\n\n"
        "In a statement on October 13, Bessent suggested that the tariffs might be delayed.\n")


def test_the_engine_answers_yes_or_no_with_the_value_it_compared_and_cites_it(tmp_path):
    engine = engine_on(tmp_path, "a.txt", TEXT)
    more = engine.ask("Did Trump threaten a tariff of more than 50%?")
    assert more.text == "Yes: 100% [1]." and more.mode == "computed"
    assert more.citations[0].quote.startswith("On October 10, Trump")
    assert_citations_valid(engine, more)
    assert engine.ask("Did Trump threaten a tariff of more than 150%?").text == "No: 100% [1]."
    assert engine.ask("Was Bessent's statement made before November?").text == "Yes: October 13 [1]."
    assert engine.ask("Did Bessent's statement come later than October 20?").text == "No: October 13 [1]."
    assert engine.ask("Did Xi threaten a tariff of more than 50%?").refused  # Trump did: the gate as ever
    assert engine.ask("Did the talks last more than 2 days?").refused  # no count of days given
