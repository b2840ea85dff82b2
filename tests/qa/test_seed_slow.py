"""The real components on the seed article: MiniLM embeddings, FAISS, BM25, SmolLM2 via llama.cpp."""
import time

import pytest

import qa
from tests.conftest import SEED_FILE, SEEDS, assert_citations_valid

pytestmark = pytest.mark.slow


def test_names_the_leader_of_the_chinese_delegation(seed_engine):
    a = seed_engine.ask("Who led the Chinese delegation?")
    assert not a.refused and "He Lifeng" in a.text
    assert any("He Lifeng" in c.quote for c in a.citations)
    assert_citations_valid(seed_engine, a)


def test_the_threatened_tariff(seed_engine):
    a = seed_engine.ask("What tariff did Trump threaten?")
    assert not a.refused and "100%" in a.text
    assert any("100%" in c.quote for c in a.citations)
    assert_citations_valid(seed_engine, a)


def test_a_question_typed_in_lower_case(seed_engine):
    a = seed_engine.ask("what position does he lifeng hold?")
    assert a.text.startswith("Chinese Vice Premier") and a.question == "what position does he lifeng hold?"
    assert_citations_valid(seed_engine, a)
    a = seed_engine.ask("who led the japanese delegation?")  # Japan is not in the article
    assert a.refused and "japanese" in a.note


def test_spells_out_an_acronym(seed_engine):
    a = seed_engine.ask("What does the acronym ASEAN stand for?")
    assert a.text.startswith("Association of Southeast Asian Nations")
    assert "Association of Southeast Asian Nations (ASEAN)" in a.citations[0].quote
    assert_citations_valid(seed_engine, a)


@pytest.mark.parametrize("question", [
    "Who is the Prime Minister of Malaysia?", "What is the capital of France?",
    "What does WSJ stand for?",  # named, never spelt out
    "What did Xi Jinping say about the negotiations?",  # Bessent said what the best sentence says
    "What did Bessent say about rare earths?",  # the rare-earth sentence names no sayer
    "Which US company makes lithium batteries?",  # no company is named
    "Where was the previous ASEAN summit held?",  # only this one is spoken of
])
def test_refuses_what_the_article_does_not_say(seed_engine, question):
    a = seed_engine.ask(question)
    assert a.refused and a.citations == [] and a.text == "The documents do not say."


@pytest.mark.parametrize("question", [
    "When do the new export controls take effect?",
    "Where were the talks held?",
    "Who led the US delegation?",
    "What did the Treasury spokesperson call the talks?",
    "What materials do the export controls cover?",
    "When did Trump threaten the tariff?",
])
def test_every_answer_cites_exact_passages(seed_engine, question):
    a = seed_engine.ask(question)
    assert_citations_valid(seed_engine, a)
    assert not a.refused, a.note


def test_a_second_load_reuses_the_persisted_index(seed_engine, tmp_path):
    again = qa.load(seed_engine.folder, index_dir=str(seed_engine.index_dir), backend="none", progress=False)
    assert again.report.loaded_from_disk and again.report.embedded_chunks == 0
    assert again.report.reused_files == [SEED_FILE]


def test_editing_one_file_reembeds_only_it(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / SEED_FILE).write_text((SEEDS / SEED_FILE).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "note.md").write_text("# Note\n\nThe next round of talks is planned for Geneva.\n")
    first = qa.load(folder, backend="none", progress=False)
    assert sorted(first.report.embedded_files) == ["000_5689ba47ca710228.txt", "note.md"]
    (folder / "note.md").write_text("# Note\n\nThe next round of talks is planned for Vienna.\n")
    started = time.perf_counter()
    second = qa.load(folder, backend="none", progress=False)
    assert second.report.embedded_files == ["note.md"] and second.report.reused_files == [SEED_FILE]
    assert second.report.embedded_chunks == 1
    a = second.ask("Where is the next round of talks planned?")
    assert "Vienna" in a.text and a.citations[0].source == "note.md"
    assert time.perf_counter() - started < 60


def test_warm_up_leaves_the_fixed_prompt_start_evaluated(seed_engine):
    from qa.answer import PROMPT_PREFIX

    warm = seed_engine.warm_up()
    assert 0 < warm.embedding_model <= warm.seconds and 0 < warm.llm <= warm.seconds
    llm = seed_engine.llm._llm
    prefix = llm.tokenize(PROMPT_PREFIX.encode())[:-1]  # the last token may merge with what follows
    assert len(prefix) > 100 and list(llm._input_ids[: len(prefix)]) == prefix  # reused by every question
    a = seed_engine.ask("Who led the Chinese delegation?")
    assert "He Lifeng" in a.text

