"""The OpenAI-compatible backend against real, misbehaving servers on loopback: unreachable, slow,
or answering garbage. Each question still gets the extractive answer, marked, within the timeout."""
from __future__ import annotations

import http.server
import json
import threading
import time

import pytest

import qa
from bench.common import free_port
from tests.conftest import assert_citations_valid

QUESTION = "When was the Eiffel Tower completed?"


def _completion(text) -> bytes:
    return json.dumps({"id": "c", "object": "text_completion", "created": 0, "model": "m",
                       "choices": [{"text": text, "index": 0, "finish_reason": "stop"}]}).encode()


REPLIES = {  # mode -> (status, content type, body)
    "good": (200, "application/json", _completion(" 1889")),
    "html": (200, "text/html", b"<html><body>502 Bad Gateway</body></html>"),
    "not-json": (200, "application/json", b"{\"choices\": [{\"text\": "),
    "no-choices": (200, "application/json", b"{\"object\": \"text_completion\", \"choices\": []}"),
    "text-not-string": (200, "application/json", _completion(42)),
    "bad-request": (400, "application/json", b"{\"error\": {\"message\": \"unknown field top_k\"}}"),
    "server-error": (500, "application/json", b"{\"error\": {\"message\": \"out of memory\"}}"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    mode = "good"
    delay = 0.0
    requests = 0

    def do_POST(self):  # noqa: N802 (http.server's naming)
        type(self).requests += 1
        request = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        time.sleep(self.delay)
        mode = self.mode
        if mode == "strict":  # a server that refuses fields outside the OpenAI standard
            mode = "bad-request" if b"top_k" in request else "good"
        status, ctype, body = REPLIES[mode]
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    handler = type("H", (Handler,), {})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", handler
    httpd.shutdown()
    httpd.server_close()


def remote_engine(docs, tmp_path, base_url: str, timeout: float = 1.0):
    return qa.load(docs, embedder="hash", backend="openai", base_url=base_url, llm_timeout=timeout,
                   index_dir=str(tmp_path / "idx"), progress=False)


def assert_extractive_fallback(engine, message: str, within: float) -> None:
    started = time.perf_counter()
    answer = engine.ask(QUESTION)
    assert time.perf_counter() - started < within
    assert not answer.refused and "1889" in answer.text and answer.mode == "extractive"
    assert message in answer.note and answer.note.startswith("extractive: ")
    assert_citations_valid(engine, answer)


def test_a_good_server_is_used(docs, tmp_path, server):
    url, handler = server
    answer = remote_engine(docs, tmp_path, url).ask(QUESTION)
    assert answer.mode == "generated" and answer.text == "1889 [1]." and not answer.note


def test_a_server_that_takes_only_standard_fields_is_used_without_the_extras(docs, tmp_path, server):
    url, handler = server
    handler.mode = "strict"
    engine = remote_engine(docs, tmp_path, url)
    assert engine.ask(QUESTION).mode == "generated" and engine.llm._extras is None


def test_unreachable(docs, tmp_path):
    engine = remote_engine(docs, tmp_path, f"http://127.0.0.1:{free_port()}/v1")
    assert_extractive_fallback(engine, "cannot reach the LLM server", within=2.0)


def test_slow_server_times_out_once_then_is_skipped_for_a_while(docs, tmp_path, server):
    url, handler = server
    handler.delay = 5.0
    engine = remote_engine(docs, tmp_path, url, timeout=1.0)
    assert_extractive_fallback(engine, "did not answer within 1 s", within=2.5)
    assert_extractive_fallback(engine, "not retried", within=0.5)  # no second wait
    handler.delay, engine.llm._down = 0.0, None  # back up (and the retry window over)
    assert engine.ask(QUESTION).mode == "generated"


@pytest.mark.parametrize("mode, message", [
    ("html", "not an answer"), ("not-json", "not an answer"), ("no-choices", "not an answer"),
    ("text-not-string", "not an answer"), ("server-error", "HTTP 500"),
])
def test_garbage_replies(docs, tmp_path, server, mode, message):
    url, handler = server
    handler.mode = mode
    assert_extractive_fallback(remote_engine(docs, tmp_path, url), message, within=2.0)


def test_warm_up_sends_no_request_to_a_remote_server(docs, tmp_path, server):
    url, handler = server
    engine = remote_engine(docs, tmp_path, url)
    warm = engine.warm_up()
    assert warm.seconds >= warm.embedding_model >= 0 and handler.requests == 0
    assert engine.ask(QUESTION).mode == "generated" and handler.requests == 1


@pytest.mark.parametrize("content", [b"", b"GGUF" + b"\x00" * 64, bytes(range(256)) * 400])
def test_a_corrupt_model_file_is_named_and_questions_are_still_answered(docs, tmp_path, content, caplog):
    model = tmp_path / "model.gguf"
    model.write_bytes(content)
    engine = qa.load(docs, embedder="hash", model_path=str(model), index_dir=str(tmp_path / "idx"), progress=False)
    engine.warm_up()  # logs, does not raise
    assert "cannot load the model" in caplog.text and str(model) in caplog.text
    assert_extractive_fallback(engine, "cannot load the model", within=5.0)
