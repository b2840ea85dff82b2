import pytest

from qa.answer import Answerer, clean_reply, statement, with_markers
from qa.gate import GateDecision
from qa.types import Evidence
from tests.fakes import FailingLLM, ScriptedLLM

DOC = ("The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent. "
       "The export controls take effect on November 8.")
S1 = DOC[: DOC.index(" The export")]
S2 = DOC[DOC.index("The export"):]


def two_sentences(doc: str, first: str, second: str, source: str = "a.txt") -> list[Evidence]:
    """The two sentences of ``doc`` as evidence, the first one best."""
    return [Evidence(source, 0, len(first), first, 0.9, 0.7, 0.8),
            Evidence(source, doc.index(second), len(doc), second, 0.5, 0.3, 0.4)]


def one_sentence(text: str, source: str = "a.txt") -> list[Evidence]:
    """``text`` as the only evidence, a whole document."""
    return [Evidence(source, 0, len(text), text, 0.9, 0.7, 0.8)]


EVIDENCE = two_sentences(DOC, S1, S2)
OK = GateDecision(True, "")


def ask(llm, question="Who led the Chinese delegation?", gate=OK):
    return Answerer(llm).answer(question, EVIDENCE, gate)


def test_short_answer_is_a_cited_span():
    llm = ScriptedLLM("Answer: He Lifeng")
    a = ask(llm)
    assert (a.text, a.mode, a.refused) == ("Vice Premier He Lifeng [1].", "generated", False)
    assert a.citations[0].quote == S1 and DOC[a.citations[0].start:a.citations[0].end] == S1
    assert "Text: " + S1 in llm.prompts[0] and llm.prompts[0].endswith("Question: Who led the Chinese delegation?\nAnswer:")


def test_invented_year_is_dropped_not_served():
    a = ask(ScriptedLLM("November 8, 2023"), "When do the export controls take effect?")
    assert a.text == "November 8 [1]." and a.citations[0].quote == S2 and "2023" not in a.text


def test_a_wrong_model_vote_does_not_override_a_clear_answer():
    assert ask(ScriptedLLM("Scott Bessent")).text == "Vice Premier He Lifeng [1]."
    assert ask(ScriptedLLM("unknown")).text == "Vice Premier He Lifeng [1]."
    assert ask(ScriptedLLM("the delegations")).mode == "extractive"


def test_questions_for_no_name_date_or_number_get_the_sentence():
    llm = ScriptedLLM("rare earths")
    a = ask(llm, "What do the controls cover?")
    assert a.mode == "extractive" and a.text == f"{S1[:-1]} [1]." and llm.prompts == []


def test_no_date_in_the_evidence_is_a_refusal():
    a = Answerer(ScriptedLLM("Monday")).answer("When did the delegations meet?", EVIDENCE[:1], OK)
    assert a.refused and "no date" in a.note


def test_no_named_body_or_title_in_the_evidence_is_a_refusal():
    a = Answerer(ScriptedLLM("rare earths")).answer("Which company makes the export controls?", [EVIDENCE[1]], OK)
    assert a.refused and "no organisation" in a.note
    a = Answerer(ScriptedLLM("Secretary")).answer("What is Scott Bessent's age?", EVIDENCE, OK)
    assert a.refused and "no number" in a.note  # the age asked for is a number, and there is none


def test_a_date_from_the_next_sentence_must_be_about_the_names_asked_about():
    a = ask(ScriptedLLM("November 8"), "When did He Lifeng and Scott Bessent meet?")
    assert a.refused and "no date" in a.note  # the second sentence's date is about the export controls
    assert ask(ScriptedLLM("November 8"), "When do the export controls start?").text == "November 8 [1]."


def test_backend_failure_serves_the_extractive_answer_marked_as_such():
    a = ask(FailingLLM())
    assert a.mode == "extractive" and not a.refused and "cannot reach" in a.note
    assert a.text == "Vice Premier He Lifeng [1]."


def test_gate_refusal_skips_the_llm():
    llm = ScriptedLLM("He Lifeng")
    a = ask(llm, gate=GateDecision(False, "the documents do not mention x"))
    assert a.refused and a.citations == [] and a.text == "The documents do not say."
    assert llm.prompts == []


def test_no_llm_is_extractive():
    a = ask(None)
    assert a.mode == "extractive" and a.text == "Vice Premier He Lifeng [1]."


def test_helpers():
    assert clean_reply('  "He Lifeng" [1]\nmore') == "He Lifeng"
    assert with_markers("It is so.", 2) == "It is so [1][2]."
    assert with_markers("Yes", 1) == "Yes [1]."


def test_the_same_answer_from_two_sentences_is_no_rival():
    doc = ("US and Chinese officials held trade talks on the sidelines of the summit in Malaysia, aiming to ease "
           "tensions. The meetings were held in Malaysia on the sidelines of the summit.")
    first = doc[: doc.index(" The meetings")]
    second = doc[doc.index("The meetings"):]
    a = Answerer(None).answer("Where were the trade talks held?", two_sentences(doc, first, second, "b.txt"), OK)
    assert a.text == "Malaysia [1]." and a.citations[0].quote == first


def test_a_city_asked_of_a_country_is_the_one_the_document_puts_in_it_after_the_question_words():
    doc = ("The logo is pictured ahead of the 47th ASEAN Summit in Kuala Lumpur, Malaysia, Friday (AP Photo/V. Thian). "
           "The meetings were held in Malaysia on the sidelines of the ASEAN summit.")
    best = doc[doc.index("The meetings"):]
    evidence = [Evidence("b.txt", doc.index(best), len(doc), best, 0.9, 0.7, 0.8)]
    a = Answerer(None).answer("In which city was the summit held?", evidence, OK, document=doc)
    assert a.text == "Kuala Lumpur [1][2]."
    assert [c.quote for c in a.citations] == [doc[: doc.index(" The meetings")], best]
    # without the document, or asked of the logo (no question word before the city), there is no city
    assert Answerer(None).answer("In which city was the summit held?", evidence, OK).refused
    assert Answerer(None).answer("In which city were the meetings held?", evidence, OK, document=doc).refused


def test_a_phrase_may_come_from_the_sentence_the_best_one_refers_back_to():
    before = "The ministry announced new export controls on materials critical to high-tech manufacturing."
    best = "These include lithium batteries and graphite anodes."
    doc = f"{before} {best}"
    evidence = [Evidence("c.txt", len(before) + 1, len(doc), best, 0.9, 0.7, 0.8, before=before, before_start=0)]
    a = Answerer(None).answer("What are the controlled materials critical to?", evidence, OK)
    assert a.text == "high-tech manufacturing [1]." and a.citations[0].quote == before


def test_the_same_person_named_shorter_is_no_rival():
    doc = ("In a statement, Treasury Secretary Bessent suggested a delay. "
           "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent.")
    first, second = doc[: doc.index(" The delegations")], doc[doc.index("The delegations"):]
    a = Answerer(None).answer("Who led the American delegation?", two_sentences(doc, first, second), OK)
    assert a.text == "Treasury Secretary Scott Bessent [1]." and a.citations[0].quote == second


def test_a_date_far_from_the_question_words_is_another_things_and_no_answer():
    doc = ("However, in a statement on October 13, Treasury Secretary Bessent suggested that Washington might delay "
           "the tariffs to give Trump and Chinese President Xi Jinping time to negotiate during a planned meeting.")
    evidence = one_sentence(doc, "c.txt")
    a = Answerer(ScriptedLLM("October 13")).answer("When will Trump and Xi meet?", evidence, OK)
    assert a.refused and "near the question" in a.note


def test_a_model_reply_that_only_repeats_the_question_does_not_pick_the_kind():
    sentence = "The heat source is a nuclear reactor, geothermal energy, solar energy or waste heat."
    evidence = one_sentence(sentence)
    question = "Besides nuclear and geothermal heat, what sort of energy might supply the heat?"
    for reply, expected in (("energy", "solar energy [1]."), ("solar energy", "solar energy [1].")):
        assert Answerer(ScriptedLLM(reply)).answer(question, evidence, OK).text == expected


def test_a_question_asking_whose_gets_the_owner_not_the_thing():
    sentence = "Earlier this week, China’s Commerce Ministry confirmed Vice Premier He would lead the delegation."
    evidence = one_sentence(sentence)
    a = Answerer(ScriptedLLM("China’s Commerce Ministry")).answer(
        "Which country's Commerce Ministry confirmed the delegation?", evidence, OK)
    assert (a.text, a.citations[0].quote) == ("China [1].", sentence)


def test_a_part_of_a_name_is_that_word_of_the_whole_name():
    assert ask(ScriptedLLM("Scott"), "What's Bessent's first name?").text == "Scott [1]."
    assert ask(ScriptedLLM("He Lifeng"), "What is the Chinese vice premier's family name?").text == "Lifeng [1]."


@pytest.mark.parametrize("first, question", [
    ("Earlier, the Commerce Ministry confirmed Vice Premier He would lead the delegation.",
     "What is the name of the ministry's vice premier?"),
    # the second names no "China" (only "Chinese"), so it offers no candidate of its own; its fuller name counts
    ("China's Commerce Ministry confirmed Vice Premier He would lead Beijing's delegation to Malaysia.",
     "Who is China's vice premier?"),
])
def test_a_name_cut_short_in_the_best_sentence_is_given_whole_from_another(first, question):
    second = "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent."
    doc = f"{first} {second}"
    a = Answerer(None).answer(question, two_sentences(doc, first, second), OK)
    assert a.text == "He Lifeng [1]." and a.citations[0].quote == second


def test_unsure_of_a_name_for_a_deed_the_evidence_never_tells_of_is_a_refusal():
    sentence = "Anwar Ibrahim met the delegations, and Vincent Thian met them too."
    evidence = one_sentence(sentence)
    a = Answerer(None).answer("Who welcomed the delegations to Kuala Lumpur?", evidence, OK)
    assert a.refused and "no one who welcomed" in a.note
    b = Answerer(None).answer("Who met the delegations?", evidence, OK)
    assert not b.refused and b.mode == "extractive"  # unsure which of the two: the sentence


def test_the_one_name_of_a_sentence_that_tells_another_deed_is_no_answer():
    # "Trump" is the only person, but he attends the ceasefire: he brokered nothing the sentence tells
    evidence = one_sentence("Read more: Trump to attend Thailand-Cambodia ceasefire at ASEAN summit")
    a = Answerer(None).answer("Who brokered the Thailand-Cambodia ceasefire?", evidence, OK)
    assert a.refused and "no one who brokered" in a.note
    assert Answerer(None).answer("Who will attend the ceasefire?", evidence, OK).text == "Trump [1]."


def test_who_reported_a_headline_is_the_source_it_ends_with():
    evidence = one_sentence("Read more: Trump plans 'Golden Fleet' to modernize US Navy: WSJ")
    for question in ("Who reported Trump's Golden Fleet plan?", "Which outlet is cited for the Golden Fleet story?"):
        a = Answerer(None).answer(question, evidence, OK)
        assert a.text == "WSJ [1]." and a.citations[0].quote == evidence[0].text
    a = Answerer(None).answer("What does Trump plan for the Navy, according to the WSJ?", evidence, OK)
    assert a.text != "WSJ [1]."  # it names the source: it asks what the source says


def test_a_question_asking_a_kind_is_answered_by_the_words_that_name_it():
    s = "US and Chinese officials held “very constructive” trade talks on the sidelines of the summit."
    evidence = one_sentence(s)
    assert Answerer(None).answer("What kind of talks were held?", evidence, OK).text == "trade talks [1]."
    assert Answerer(None).answer("Which talks were held?", evidence, OK).text == "trade talks [1]."  # names_kind
    # a longer phrase that nobody confirmed is not sure: the sentence answers
    s = "The ministry announced new export controls on materials critical to high-tech manufacturing."
    evidence = one_sentence(s)
    assert Answerer(None).answer("Which materials do the controls cover?", evidence, OK).text.startswith("The ministry")


def test_a_body_the_sentence_calls_the_ministry_is_answered_by_its_name_in_the_sentence_before():
    doc = ("Earlier this week, China's Commerce Ministry confirmed Vice Premier He would lead the delegation. "
           "The talks came weeks after the ministry announced new export controls.")
    before, sentence = doc[:doc.index(" The talks")], doc[doc.index("The talks"):]
    evidence = [Evidence("a.txt", doc.index(sentence), len(doc), sentence, 0.9, 0.7, 0.8, before, 0)]
    for question in ("Which ministry announced the new export controls?", "Who announced the export controls?"):
        a = Answerer(None).answer(question, evidence, OK)
        assert a.text == "China's Commerce Ministry [1][2]."
        assert [c.quote for c in a.citations] == [before, sentence]  # the name, and the deed
        assert all(doc[c.start:c.end] == c.quote for c in a.citations)
    # an official is no ministry; a university is not asked by "which ministry"
    assert Answerer(None).answer("Which Chinese official announced the export controls?", evidence, OK).refused
    assert Answerer(None).answer("Which university announced the export controls?", evidence, OK).refused


def test_a_question_that_asks_for_two_is_not_answered_by_one():
    from qa.answer import asks_several
    assert asks_several("A trade war between which two countries was feared?")
    assert asks_several("Which countries held the talks?") and not asks_several("Which country held the talks?")
    doc = ("Officials met in Malaysia to ease trade tensions between the two countries. "
           "Trade tensions between the United States and China had risen for weeks.")
    first, second = doc[:doc.index(" Trade")], doc[doc.index("Trade"):]
    evidence = two_sentences(doc, first, second)
    assert Answerer(None).answer("Which country hosted the officials?", evidence, OK).text == "Malaysia [1]."
    a = Answerer(None).answer("Trade tensions between which two countries had risen?", evidence, OK)
    assert "United States and China" in a.text and "Malaysia" not in a.text
    a = Answerer(None).answer("Which two countries held the meeting?", evidence[:1], OK)
    assert a.text.startswith("Officials met in Malaysia") and "not sure" in a.note  # one name is no pair


@pytest.mark.parametrize("sentence, expected", [
    ("However, in a statement on October 13, Bessent suggested a delay.",
     "In a statement on October 13, Bessent suggested a delay."),
    ("This is becoming known as the Advanced Steam movement.[citation needed]",
     "This is becoming known as the Advanced Steam movement."),
    ("For example, integers can be represented in binary notation.", "Integers can be represented in binary notation."),
    ("Thus no problem is harder.", "Thus no problem is harder."),  # no comma: part of the statement
    ("Read more: Trump plans 'Golden Fleet' to modernize US Navy: WSJ",  # a web page's label
     "Trump plans 'Golden Fleet' to modernize US Navy: WSJ"),
])
def test_a_sentence_answer_drops_what_ties_it_to_the_one_before(sentence, expected):
    assert statement(sentence) == expected


def test_a_sentence_that_calls_the_name_by_its_kind_speaks_of_it():
    doc = ("A fort, named Fort Coligny, was built to protect them from attack. It was an attempt to establish a "
           "colony. The fort was destroyed in 1560 by the Portuguese.")
    first, middle, last = (doc.index(s) for s in ("A fort", "It was", "The fort"))
    evidence = [Evidence("a.txt", first, middle - 1, doc[first:middle - 1], 0.9, 0.7, 0.8),
                Evidence("a.txt", last, len(doc), doc[last:], 0.8, 0.6, 0.7),
                Evidence("a.txt", middle, last - 1, doc[middle:last - 1], 0.7, 0.5, 0.6)]
    assert Answerer(None).answer("In what year was Fort Coligny destroyed?", evidence, OK).text == "1560 [1]."
    far = [evidence[0], Evidence("b.txt", 0, len(evidence[1].text), evidence[1].text, 0.8, 0.6, 0.7)]
    assert Answerer(None).answer("In what year was Fort Coligny destroyed?", far, OK).refused  # another fort


def test_a_person_called_by_title_and_one_name_is_the_person_the_question_names():
    from qa.answer import titled
    s = "Vice Premier He would lead Beijing's delegation in Malaysia from October 24 to 27."
    assert titled("lifeng", s, "When was He Lifeng in Malaysia?")  # "Vice Premier He"
    assert titled("lifeng", s, "When was He Lifeng's delegation in Malaysia?")  # a possessive
    assert not titled("louis xiii", "The French attacked king Louis XIV.", "When was Louis XIII crowned?")
    assert not titled("lifeng", "He said no more.", "When was He Lifeng in Malaysia?")  # no title before "He"


def test_a_titled_person_or_a_country_is_no_body_asked_for(tmp_path):
    from qa.answer import titled_person
    from tests.conftest import engine_on

    text = ("On October 10, US President Donald Trump threatened a tariff. These include lithium batteries.\n\n"
            "Bessent suggested a delay to give Trump and Xi time to negotiate in South Korea.\n\n"
            "The talks were reported by the Financial Times.")
    assert titled_person("Trump", text) and not titled_person("Financial Times", text)
    engine = engine_on(tmp_path, "a.txt", text)
    assert engine.ask("Which Chinese company makes lithium batteries?").refused  # not "Trump", not "South Korea"
    assert "Financial Times" in engine.ask("Which newspaper reported the talks?").text


def test_the_list_that_follows_answers_which_of_a_thing_the_best_sentence_only_describes(tmp_path):
    from tests.conftest import engine_on

    text = ("The ministry announced new export controls on materials critical to high-tech manufacturing. "
            "These include rare-earth elements, lithium batteries, and graphite anodes.\n\n"
            "The talks were held in Malaysia.")
    engine = engine_on(tmp_path, "a.txt", text)
    answer = engine.ask("Which materials are covered by the export controls?")
    assert answer.text.startswith("rare-earth elements, lithium batteries, and graphite anodes")
    assert "These include" in answer.citations[0].quote
    kind = engine.ask("What kind of materials are the export controls aimed at?")  # a kind: what describes it
    assert "critical to high-tech manufacturing" in kind.text
    items = engine.ask("What items fall under the export controls?")  # things, where no phrase names them
    assert items.text.startswith("rare-earth elements, lithium batteries, and graphite anodes")


def test_nations_side_by_side_are_no_body(tmp_path):
    from tests.conftest import engine_on

    engine = engine_on(tmp_path, "a.txt", "US China talks in Malaysia called constructive by US Treasury\n"
                                          "The officials met on Saturday in Kuala Lumpur.")
    answer = engine.ask("Which newspaper reported on the talks in Malaysia?")
    assert "US China" not in answer.text
