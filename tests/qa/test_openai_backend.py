"""The openai backend against a real OpenAI-compatible server: llama-cpp-python's own
(``python -m llama_cpp.server``) serving the same GGUF on loopback. Same answers, same contract."""
from __future__ import annotations

import sys

import pytest

import qa
from bench.common import free_port, running_server
from qa.answer import build_prompt
from qa.llm.llamacpp import default_model_path
from tests.conftest import assert_citations_valid

pytestmark = pytest.mark.slow

QUESTIONS = [
    "Who led the Chinese delegation?",
    "Who led the US delegation?",
    "Where were the talks held?",
    "What tariff did Trump threaten?",
    "When did the tariff truce expire?",
    "Who is the Prime Minister of Malaysia?",
    "What did the talks cover?",
]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    pytest.importorskip("sse_starlette", reason="llama-cpp-python[server] dependencies are not installed")
    port = free_port()
    base = f"http://127.0.0.1:{port}/v1"
    command = [sys.executable, "-m", "llama_cpp.server", "--model", default_model_path(), "--host", "127.0.0.1",
               "--port", str(port), "--n_ctx", "2048", "--n_threads", "2", "--seed", "0"]
    with running_server(command, f"{base}/models", tmp_path_factory.mktemp("llama-server") / "server.log",
                        timeout=120):
        yield base


def test_same_answers_through_the_server_as_in_process(seed_engine, llama_server):
    remote = qa.load(seed_engine.folder, backend="openai", base_url=llama_server, embedder=seed_engine.embedder,
                     index_dir=str(seed_engine.index_dir), progress=False)
    assert remote.llm.name.startswith("openai:")
    for question in QUESTIONS:
        here, there = seed_engine.ask(question), remote.ask(question)
        assert (there.text, there.refused, there.mode) == (here.text, here.refused, here.mode), question
        assert [c.quote for c in there.citations] == [c.quote for c in here.citations]
        assert_citations_valid(remote, there)
        assert "extractive:" not in there.note  # the server answered; no fallback
        # and the model's own replies, the part of the answer the backend decides, are the same
        evidence, _ = seed_engine.evidence(question)
        prompt = build_prompt(question, evidence[0].text)
        assert remote.llm.complete(prompt) == seed_engine.llm.complete(prompt), question
