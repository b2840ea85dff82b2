import pytest

from qa.answer import Answerer
from qa.captions import asks_credit, credit_answer, photo_credit, unshown
from qa.gate import GateDecision, check
from qa.retrieve import KeywordIndex
from qa.types import Evidence

CAPTION = ("The logo of ASEAN is pictured in front of Malaysia's Petronas Twin Towers in Kuala Lumpur, Malaysia, "
           "Friday, October 24, 2025 (AP Photo/Vincent Thian)")
OTHER = "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent."


@pytest.mark.parametrize("caption, agency, who", [
    (CAPTION, "AP", "Vincent Thian"),
    ("Leaders pose for a photo in Hanoi (Photo by Jane Doe/Getty Images)", "Getty Images", "Jane Doe"),
    ("Delegates arrive at the venue (REUTERS/Edgar Su)", "REUTERS", "Edgar Su"),
])
def test_a_credit_names_the_agency_and_the_photographer(caption, agency, who):
    found = photo_credit(caption)
    assert found and found.group("agency") == agency and found.group("who") == who


def test_no_credit_in_a_sentence_with_brackets_of_another_kind():
    assert photo_credit("The Association of Southeast Asian Nations (ASEAN) met in Malaysia.") is None
    assert photo_credit(OTHER) is None


def test_which_part_of_the_credit_answers():
    assert credit_answer(CAPTION, "Which news agency supplied the photo?").text == "AP"
    assert credit_answer(CAPTION, "Which agency's photographer took the picture?").text == "AP"
    assert credit_answer(CAPTION, "Who is the picture credited to?").text == "Vincent Thian"
    assert credit_answer(CAPTION, "Who is the photographer credited?").text == "Vincent Thian"
    assert credit_answer(CAPTION, "give me the photographer").text == "Vincent Thian"  # a photographer is a credit's
    assert credit_answer(CAPTION, "Which photographer took the picture of Trump?") is None  # not of this picture
    assert credit_answer(CAPTION, "photo credit").text == "AP Photo/Vincent Thian"
    assert credit_answer(CAPTION, "Where was the logo pictured?") is None  # not about the credit
    assert credit_answer(OTHER, "Which news agency supplied the photo?") is None
    assert not asks_credit("Who photographed Bessent at the talks?")  # a photographer, found with the names


def test_an_agency_question_is_answered_from_the_caption_it_shares_few_words_with():
    evidence = [Evidence("a.txt", 0, len(CAPTION), CAPTION, 0.3, 0.2, 0.1),
                Evidence("a.txt", 300, 300 + len(OTHER), OTHER, 0.2, 0.1, 0.1)]
    keywords = KeywordIndex([CAPTION, OTHER, "Unrelated text about weather."])
    question = "Which news agency supplied the photo?"
    decision = check(question, evidence, CAPTION, keywords)
    assert decision.answerable
    a = Answerer(None).answer(question, evidence, decision)
    assert a.text == "AP [1]." and a.citations[0].quote == CAPTION
    assert not check(question, evidence[1:], OTHER, keywords).answerable  # no caption: nothing says


def test_a_captions_date_is_the_pictures():
    a = Answerer(None).answer("Which day of the week was the picture of the logo taken?",
                              [Evidence("a.txt", 0, len(CAPTION), CAPTION, 0.5, 0.5, 0.5)], GateDecision(True, ""))
    assert a.text == "Friday [1]."


@pytest.mark.parametrize("question, missing", [
    ("Whose photo shows Trump arriving in Malaysia?", "Trump"),  # the caption shows the logo
    ("Where is the Chinese flag pictured?", "Chinese"),
    ("Which Malaysian landmark is in the photo?", None),  # "Malaysia's" names it
    ("Whose photo shows the ASEAN logo?", None),
    ("Where did Trump arrive?", None),  # no picture asked of
])
def test_a_question_about_a_picture_names_only_what_its_caption_does(question, missing):
    assert unshown(question, CAPTION) == missing
    assert unshown(question, OTHER) is None  # no caption


def test_who_a_picture_shows_is_never_who_took_it():
    caption = [Evidence("a.txt", 0, len(CAPTION), CAPTION, 0.5, 0.5, 0.5)]
    assert Answerer(None).answer("Who took the photo?", caption, GateDecision(True, "")).text == "Vincent Thian [1]."
    a = Answerer(None).answer("Who was photographed arriving on Friday?", caption, GateDecision(True, ""))
    assert a.refused  # the caption shows a logo and credits its photographer
