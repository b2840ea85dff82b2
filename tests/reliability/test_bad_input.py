"""Bad input through every door: the Python API, the ``qa`` CLI and the app's ``/ask``.

Each case gets a clear message (or is cleaned, or skipped with a warning) and the rest keeps working.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import qa
from tests.conftest import SEED_FILE, SEEDS, assert_citations_valid
from tests.qa.test_cli import run_qa

FAST = {"QA_EMBEDDER": "hash", "QA_BACKEND": "none", "QA_PROGRESS": "0"}
MEGABYTE_QUESTION = "When was the Eiffel Tower completed? " * 28_000  # ~1 MB

# (question, what must happen): an error message, or the answer the cleaned question gets
BAD_QUESTIONS = [
    pytest.param("", "the question is empty", id="empty"),
    pytest.param(" \n\t\u3000 ", "the question is empty", id="whitespace"),
    pytest.param(MEGABYTE_QUESTION, "the limit is 2,000", id="1MB"),
    pytest.param("\x00\x1b[31m\x07", "the question is empty", id="only-control-characters"),
]
CLEANED_QUESTIONS = [
    pytest.param("When was the\x00 Eiffel\x1b Tower\r\ncompleted?\x07", id="control-characters"),
    pytest.param("When was the Eiffel Tower completed?\udcff\ud800", id="invalid-unicode"),
]


# -- Python API ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question, message", BAD_QUESTIONS)
def test_api_bad_questions(fast_engine, question, message):
    with pytest.raises(qa.QuestionError, match=message):
        fast_engine.ask(question)
    assert "1889" in fast_engine.ask("When was the Eiffel Tower completed?").text  # still answering


@pytest.mark.parametrize("question", [None, 42, b"When?"])
def test_api_questions_that_are_not_text(fast_engine, question):
    with pytest.raises(qa.QuestionError, match="must be text"):
        fast_engine.ask(question)


@pytest.mark.parametrize("question", CLEANED_QUESTIONS)
def test_api_questions_are_cleaned(fast_engine, question):
    answer = fast_engine.ask(question)
    assert not answer.refused and "1889" in answer.text
    assert_citations_valid(fast_engine, answer)


# -- CLI: the question as an argument, or on standard input with "-" -------------------------------

@pytest.mark.parametrize("question, message", BAD_QUESTIONS)
def test_cli_bad_questions(docs, tmp_path, question, message):
    out = run_qa("ask", "-", "--docs", str(docs), "--index-dir", str(tmp_path / "idx"), env_extra=FAST,
                 stdin=question)
    assert out.returncode == 2 and message in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("question", CLEANED_QUESTIONS)
def test_cli_questions_are_cleaned(docs, tmp_path, question):
    # argv cannot carry NUL or lone surrogates; stdin can carry anything, so both are tried
    out = run_qa("ask", "-", "--docs", str(docs), "--index-dir", str(tmp_path / "idx"), "--json",
                 env_extra=FAST, stdin=question)
    assert out.returncode == 0, out.stderr
    assert "1889" in json.loads(out.stdout)["text"]
    arg = question.replace("\x00", "").encode("utf-8", "surrogatepass")
    out = run_qa("ask", arg, "--docs", str(docs), "--index-dir", str(tmp_path / "idx"), env_extra=FAST)
    assert out.returncode == 0 and "1889" in out.stdout, out.stderr


# -- folders, through the API and `qa index` ----------------------------------------------------

def _binary_folder(folder: Path) -> None:
    (folder / "image.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "archive.md").write_bytes(b"PK\x03\x04\x00\x00" + bytes(500))


BAD_FOLDERS = [
    pytest.param(lambda f: None, "it is empty", id="empty"),
    pytest.param(lambda f: f.rmdir(), "documents folder not found", id="missing"),
    pytest.param(_binary_folder, "looks binary", id="only-binary-files"),
]


@pytest.mark.parametrize("make, message", BAD_FOLDERS)
def test_bad_folders_api_and_cli(tmp_path, make, message):
    folder = tmp_path / "docs"
    folder.mkdir()
    make(folder)
    with pytest.raises(qa.QAError, match=message):
        qa.load(folder, embedder="hash", backend="none", index_dir=str(tmp_path / "idx"), progress=False)
    out = run_qa("index", str(folder), "--index-dir", str(tmp_path / "idx"), env_extra=FAST)
    assert out.returncode == 2 and message in out.stderr and "Traceback" not in out.stderr


def _add_bad_files(folder: Path) -> None:
    with open(folder / "huge.txt", "wb") as f:  # 200 MB, sparse: the size is checked before reading
        f.truncate(200 * 1024 * 1024)
    (folder / "latin1.txt").write_bytes("Café au lait costs 4 € in Zürich.".encode("cp1252"))
    (folder / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(100))
    (folder / "page.html").write_text(
        "<html><head><style>.x{content:'zebra stripes'}</style><script>alert('the secret is walrus')</script>"
        "</head><body><p>Sloths sleep about fifteen hours a day.</p>"
        "<script type='module'>document.write('walrus')</script></body></html>", encoding="utf-8")


def test_bad_files_are_skipped_with_warnings_and_the_rest_is_served(docs, tmp_path, caplog):
    _add_bad_files(docs)
    engine = qa.load(docs, embedder="hash", backend="none", index_dir=str(tmp_path / "idx"), progress=False)
    skipped = {s.source: s.reason for s in engine.report.skipped}
    assert set(skipped) == {"huge.txt", "latin1.txt", "blob.txt"}
    assert "over the 50 MB limit" in skipped["huge.txt"]
    assert "not UTF-8" in skipped["latin1.txt"] and "looks binary" in skipped["blob.txt"]
    assert all(f"skipped {name}" in caplog.text for name in skipped)
    assert not any(w in c.text for c in engine.corpus.chunks for w in ("walrus", "zebra", "alert"))
    assert "fifteen hours" in engine.ask("How long do sloths sleep?").text
    assert engine.ask("What is the secret walrus in the script?").refused
    assert "1889" in engine.ask("When was the Eiffel Tower completed?").text

    out = run_qa("index", str(docs), "--index-dir", str(tmp_path / "idx2"), env_extra=FAST)
    assert out.returncode == 0, out.stderr
    assert "4 documents" in out.stdout
    for name in skipped:
        assert f"skipped {name}" in out.stdout


# -- the app's /ask ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(live_app):
    from gradio_client import Client

    return Client(live_app[0], verbose=False)


@pytest.mark.slow
@pytest.mark.parametrize("question, message", BAD_QUESTIONS)
def test_ask_endpoint_bad_questions(client, question, message):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match=message):
        client.predict(question, api_name="/ask")


def ask_raw(url: str, question: str) -> dict:
    """POST to /ask the way any HTTP client can: JSON with \\u escapes, so lone surrogates go through."""
    import urllib.request

    body = json.dumps({"data": [question]}, ensure_ascii=True).encode()
    request = urllib.request.Request(f"{url}gradio_api/call/ask", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as r:
        event_id = json.load(r)["event_id"]
    with urllib.request.urlopen(f"{url}gradio_api/call/ask/{event_id}", timeout=60) as r:
        lines = r.read().decode().splitlines()
    event = next(line for line in lines if line.startswith("event: "))
    data = json.loads(next(line for line in lines if line.startswith("data: "))[6:])
    assert event == "event: complete", lines
    return data[0]


@pytest.mark.slow
def test_ask_endpoint_cleans_control_characters_and_broken_unicode(live_app):
    seed = (SEEDS / SEED_FILE).read_text(encoding="utf-8")
    for question in ("Who led the\x00 Chinese\x1b[1m delegation?\x07", "Who led the Chinese delegation?\udcff\ud800"):
        answer = ask_raw(live_app[0], question)
        assert "He Lifeng" in answer["text"]
        assert all(seed[c["start"]:c["end"]] == c["quote"] for c in answer["citations"])
