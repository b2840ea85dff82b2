import pytest

import qa
from tests.conftest import assert_citations_valid


def test_answers_cite_exact_passages(fast_engine):
    a = fast_engine.ask("When was the Eiffel Tower completed?")
    assert not a.refused and "1889" in a.text
    assert a.citations[0].source == "paris.txt"
    assert_citations_valid(fast_engine, a)


def test_html_answers_cite_the_extracted_text(fast_engine):
    a = fast_engine.ask("When did Neil Armstrong walk on the Moon?")
    assert not a.refused and a.citations[0].source == "moon.html"
    assert_citations_valid(fast_engine, a)


def test_refuses_what_the_documents_do_not_say(fast_engine):
    for question in ("Who is the Prime Minister of Malaysia?", "What is the launch code in the script?"):
        a = fast_engine.ask(question)
        assert a.refused and a.citations == [], question


def test_settings_from_keywords_and_environment(docs, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_TOP_K", "2")
    monkeypatch.setenv("QA_BACKEND", "none")
    s = qa.Settings.from_env(evidence_k=1)
    assert (s.top_k, s.backend, s.evidence_k) == (2, "none", 1)
    with pytest.raises(qa.ConfigError, match="unknown setting"):
        qa.Settings.from_env(topk=3)
    monkeypatch.setenv("QA_TOP_K", "many")
    with pytest.raises(qa.ConfigError, match="QA_TOP_K"):
        qa.Settings.from_env()
    monkeypatch.delenv("QA_TOP_K")
    with pytest.raises(qa.ConfigError, match="unknown backend"):
        qa.load(docs, embedder="hash", backend="gpt", index_dir=str(tmp_path / "j"))


def test_scripted_backend_through_the_registry(docs, tmp_path):
    from tests.fakes import ScriptedLLM

    engine = qa.load(docs, embedder="hash", llm=ScriptedLLM("1889"), index_dir=str(tmp_path / "k"), progress=False)
    a = engine.ask("When was the Eiffel Tower completed?")
    assert a.text == "1889 [1]." and a.mode == "generated"


def test_retriever_plugs_into_llama_index(fast_engine):
    nodes = fast_engine.as_retriever().retrieve("Danube countries")
    assert nodes and nodes[0].node.metadata["source"] == "rivers.md"
    assert nodes[0].node.start_char_idx is not None


def test_a_name_the_question_gives_far_from_the_answering_sentence_is_refused(tmp_path):
    from tests.conftest import engine_on

    text = ("The Lavietes Pavilion hosts the basketball teams. "
            + "Rowers train on the river every spring and race in the autumn. " * 5
            + "The Malkin Athletic Center has two cardio rooms and a pool.")
    engine = engine_on(tmp_path, "campus.txt", text)
    a = engine.ask("How many cardio rooms beside a pool are at the Lavietes Pavilion?")  # the gym sentence is best
    assert a.refused and "does not speak of lavietes pavilion" in a.note
    a = engine.ask("How many cardio rooms are at the Malkin Athletic Center?")
    assert not a.refused and a.text.startswith("two")


def test_a_question_reads_one_version_of_the_index_while_the_folder_is_refreshed(tmp_path):
    from tests.conftest import engine_on

    old = "Trade talks\nThe talks were held in Kuala Lumpur on Friday. Officials met for two days.\n"
    engine = engine_on(tmp_path, "news.txt", old)
    index = engine._index()  # what a question being answered holds while a refresh swaps the index
    (tmp_path / "docs" / "news.txt").write_text("Other news\nA new bridge opened in Penang.\n", encoding="utf-8")
    engine.refresh()
    evidence, _, document = engine._evidence("Where were the talks held?", index)
    assert document == old and evidence[0].text == "The talks were held in Kuala Lumpur on Friday."
    assert engine.evidence("Where did the bridge open?")[0][0].text == "A new bridge opened in Penang."


def test_initials_the_documents_spell_out_find_what_they_stand_for(tmp_path):
    from tests.conftest import engine_on
    engine = engine_on(tmp_path, "talks.txt",
                       "The weather in the city was mild all week.\n"
                       "Trade discussions were described as very constructive, according to a spokesperson quoted "
                       "by the Financial Times on Saturday.\n"
                       "The markets closed higher on Friday.\n")
    assert engine.retriever.long_forms("When did the FT describe the discussions?") == ["Financial Times"]
    assert engine.retriever.long_forms("What did the WSJ say?") == []  # spelt out nowhere
    a = engine.ask("When were the discussions described as very constructive by the FT?")
    assert not a.refused and a.text.startswith("Saturday")


def test_a_greeting_and_thanks_around_the_question_change_nothing(fast_engine):
    plain = fast_engine.ask("When was the Eiffel Tower completed?")
    chatty = fast_engine.ask("Hi there! Quick question: when was the Eiffel Tower completed? Thanks!")
    assert not chatty.refused and chatty.text == plain.text and chatty.citations == plain.citations
    assert chatty.question.startswith("Hi there!")  # the answer keeps the question as it was asked
