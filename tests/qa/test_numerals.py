import pytest

from qa.numerals import in_figures


@pytest.mark.parametrize("typed, figures", [
    ("What did Trump threaten on 10/10?", "What did Trump threaten on October 10?"),
    ("What was pictured on 2025-10-24?", "What was pictured on October 24, 2025?"),
    ("Which summit was held on 24/10/2025?", "Which summit was held on October 24, 2025?"),  # a day past 12 first
    ("What deadline did Trump set, Nov 1st?", "What deadline did Trump set, Nov 1?"),
    ("What was due by 1 Nov?", "What was due by Nov 1?"),
    ("What takes effect on the 8th of November?", "What takes effect on November 8?"),
    ("Who made a statement on 13 October?", "Who made a statement on October 13?"),
    ("The extra tariff was how many per cent?", "The extra tariff was what percentage?"),
    ("Was the threatened tariff one hundred percent?", "Was the threatened tariff 100%?"),
    ("Did prices rise 45 per cent?", "Did prices rise 45%?"),
    ("Where was the forty-seventh ASEAN Summit held?", "Where was the 47th ASEAN Summit held?"),
    ("What did Bessent suggest on the thirteenth?", "What did Bessent suggest on 13?"),
])
def test_dates_and_amounts_are_written_as_documents_write_them(typed, figures):
    assert in_figures(typed) == figures


@pytest.mark.parametrize("question", [
    "What happened on 1/11?",  # January 11 or November 1: left as typed
    "What is 3.5 times 2?",
    "What is the first material named?",  # "first", "fourth": words of their own
    "Which of the 3 may be chosen?",  # "may" the verb, no month
    "Who led the talks?",
])
def test_what_reads_two_ways_or_is_no_date_is_left(question):
    assert in_figures(question) == question
