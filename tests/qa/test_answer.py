from qa.answer import Answerer, clean_reply, with_markers
from qa.gate import GateDecision
from qa.types import Evidence
from tests.fakes import FailingLLM, ScriptedLLM

DOC = ("The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent. "
       "The export controls take effect on November 8.")
S1 = DOC[: DOC.index(" The export")]
S2 = DOC[DOC.index("The export"):]
EVIDENCE = [Evidence("a.txt", 0, len(S1), S1, 0.9, 0.7, 0.8),
            Evidence("a.txt", DOC.index(S2), len(DOC), S2, 0.5, 0.3, 0.4)]
OK = GateDecision(True, "")


def ask(llm, question="Who led the Chinese delegation?", gate=OK):
    return Answerer(llm).answer(question, EVIDENCE, gate)


def test_generated_answer_is_cited():
    a = ask(ScriptedLLM("Answer: He Lifeng"))
    assert (a.text, a.mode, a.refused) == ("He Lifeng [1].", "generated", False)
    assert a.citations[0].quote == S1 and DOC[a.citations[0].start:a.citations[0].end] == S1


def test_invented_year_falls_back_to_the_cited_sentence():
    a = ask(ScriptedLLM("November 8, 2023"), "When do the export controls take effect?")
    assert a.mode == "extractive" and "2023" in a.note
    assert a.text == f"{S2[:-1]} [1]." and a.citations[0].quote == S2  # the sentence it drew on


def test_answer_drawing_on_two_sentences_cites_both():
    a = ask(ScriptedLLM("He Lifeng; controls take effect November 8"))
    assert a.mode == "generated" and len(a.citations) == 2 and a.text.endswith("[1][2].")


def test_non_answers_and_echoes_fall_back():
    assert ask(ScriptedLLM("unknown")).mode == "extractive"
    assert ask(ScriptedLLM("")).mode == "extractive"
    assert ask(ScriptedLLM("The Chinese delegation")).mode == "extractive"


def test_backend_failure_serves_the_extractive_answer_marked_as_such():
    a = ask(FailingLLM())
    assert a.mode == "extractive" and not a.refused and "cannot reach" in a.note


def test_gate_refusal_skips_the_llm():
    llm = ScriptedLLM("He Lifeng")
    a = ask(llm, gate=GateDecision(False, "the documents do not mention x"))
    assert a.refused and a.citations == [] and a.text == "The documents do not say."
    assert llm.prompts == []


def test_no_llm_is_extractive():
    assert ask(None).mode == "extractive"


def test_helpers():
    assert clean_reply('  "He Lifeng" [1]\nmore') == "He Lifeng"
    assert with_markers("It is so.", 2) == "It is so [1][2]."
    assert with_markers("Yes", 1) == "Yes [1]."
