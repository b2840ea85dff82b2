import pytest

from qa.acronyms import asked_acronym, defined_acronym, expansion
from qa.answer import Answerer
from qa.gate import GateDecision
from qa.types import Evidence

CAPTION = ("The logo of the Association of Southeast Asian Nations (ASEAN) is pictured in front of Malaysia's "
           "Petronas Twin Towers ahead of the 47th ASEAN Summit in Kuala Lumpur.")


@pytest.mark.parametrize("question, acronym", [
    ("What does ASEAN stand for?", "ASEAN"),
    ("What does the acronym ASEAN stand for?", "ASEAN"),
    ("What is the full name of ASEAN?", "ASEAN"),
    ("What is NATO short for?", "NATO"),
    ("what does vBNS stand for ", "vBNS"),  # SQuAD's spelling
    ("Where did ASEAN meet?", None),  # asks for no long form
    ("What does the word stand for?", None),  # no acronym to spell out
])
def test_asked_acronym(question, acronym):
    assert asked_acronym(question) == acronym


@pytest.mark.parametrize("sentence, acronym, long_form", [
    (CAPTION, "ASEAN", "Association of Southeast Asian Nations"),  # "Southeast" gives S and E
    ("The Very high-speed Backbone Network Service (vBNS) came on line in April 1995.", "vBNS",
     "Very high-speed Backbone Network Service"),  # a lower-case word passed over
    ("The NSF (National Science Foundation) funded it.", "NSF", "National Science Foundation"),  # after it
    ("The World Health Organization (WHO) said so.", "WHO", "World Health Organization"),
])
def test_expansion_spells_the_acronym(sentence, acronym, long_form):
    span = expansion(sentence, acronym)
    assert span is not None and span.text == long_form == sentence[span.start:span.end]


@pytest.mark.parametrize("sentence, acronym", [
    ("The NSF (a federal agency) funded it.", "NSF"),  # the brackets say something else
    ("Read more: Trump plans 'Golden Fleet' to modernize US Navy: WSJ", "WSJ"),  # never spelt out
    (CAPTION, "WHO"),
])
def test_no_expansion(sentence, acronym):
    assert expansion(sentence, acronym) is None


def test_what_is_an_acronym_asks_for_its_long_form_when_the_documents_give_it():
    assert defined_acronym("What is ASEAN?") == "ASEAN" and defined_acronym("what is CSNET") == "CSNET"
    assert defined_acronym("What is ASEAN's role?") is None and defined_acronym("What is Malaysia?") is None
    sentence = "The logo of the Association of Southeast Asian Nations (ASEAN) is pictured in Kuala Lumpur."
    evidence = [Evidence("a.txt", 0, len(sentence), sentence, 0.9, 0.7, 0.8)]
    a = Answerer(None).answer("What is ASEAN?", evidence, GateDecision(True, ""))
    assert a.text == "Association of Southeast Asian Nations [1]."
