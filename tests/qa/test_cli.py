import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def run_qa(*args: str | bytes, env_extra: dict | None = None, stdin: str = "") -> subprocess.CompletedProcess:
    """``qa ARGS`` in a subprocess; ``stdin`` is sent as UTF-8 (lone surrogates as the invalid bytes they make)."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env_extra or {})}
    out = subprocess.run([sys.executable, "-m", "qa.cli", *args], capture_output=True, cwd=ROOT, env=env,
                         timeout=300, input=stdin.encode("utf-8", "surrogatepass"))
    return subprocess.CompletedProcess(out.args, out.returncode, out.stdout.decode("utf-8", "replace"),
                                       out.stderr.decode("utf-8", "replace"))


def test_index_and_ask_json(docs, tmp_path):
    idx = str(tmp_path / "idx")
    env = {"QA_EMBEDDER": "hash"}
    out = run_qa("index", str(docs), "--index-dir", idx, "--quiet", env_extra=env)
    assert out.returncode == 0, out.stderr
    assert "3 documents" in out.stdout and "0 files reused" in out.stdout
    out = run_qa("ask", "When was the Eiffel Tower completed?", "--docs", str(docs), "--index-dir", idx,
                 "--backend", "none", "--json", env_extra=env)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert not answer["refused"] and "1889" in answer["text"]
    c = answer["citations"][0]
    assert (docs / c["source"]).read_text()[c["start"]:c["end"]] == c["quote"]


@pytest.mark.parametrize("args, message", [
    (["ask", "   "], "the question is empty"),
    (["ask", "x" * 3000], "the limit is 2,000"),
    (["ask", "Anything?", "--docs", "/nonexistent/folder"], "documents folder not found"),
])
def test_user_errors_exit_2_with_a_message(args, message):
    out = run_qa(*args, env_extra={"QA_EMBEDDER": "hash", "QA_BACKEND": "none"})
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr


@pytest.mark.slow
def test_ask_the_seed_article_readably(tmp_path):
    idx = str(tmp_path / "idx")
    out = run_qa("ask", "Who led the Chinese delegation?", "--index-dir", idx, "--quiet")
    assert out.returncode == 0, out.stderr
    first, *rest = out.stdout.splitlines()
    assert "He Lifeng" in first and first.endswith("[1].")
    assert rest[0].startswith("  [1] 000_5689ba47ca710228.txt, characters ")
    assert "He Lifeng" in " ".join(rest)
    out = run_qa("ask", "What is the capital of France?", "--index-dir", idx, "--quiet")
    assert out.returncode == 0 and out.stdout.startswith("The documents do not say.")
