"""Every benchmark runs, at tiny sizes, so none of them rots. (The real runs: bench/README.md.)"""
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def bench(script: str, *args: str, timeout: int = 600) -> str:
    out = subprocess.run([sys.executable, f"bench/{script}", *args], cwd=ROOT, capture_output=True, text=True,
                         timeout=timeout, env={**os.environ, "HF_HUB_OFFLINE": "1", "QA_PROGRESS": "0"})
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def test_faiss_scale_exact_and_ivf():
    out = bench("faiss_scale.py", "--sizes", "3000,20000", "--exact-max", "5000", "--queries", "50",
                "--peer-size", "3000")
    assert "exact" in out and "ivf" in out and "SimpleVectorStore" in out and "faster than" in out


def test_ingest(tmp_path):
    # the tests' own SQuAD excerpt: the checkout may have no ../shared next to it
    out = bench("ingest.py", "--sizes", "100", "--peer-sizes", "100",
                "--squad", str(ROOT / "tests" / "data" / "squad_tiny"))
    assert "ours" in out and "llama-index" in out and "chunks per second" in out


def test_cold_start():
    out = bench("cold_start.py", "--runs", "1")
    assert "to first answer" in out and "He Lifeng" in out and "python start" in out


def test_concurrency():
    out = bench("concurrency.py", "--threads", "1,4", "--questions", "8")
    assert out.splitlines()[-1].split()[-1] == "0"  # no answer differed from asking one by one


def test_load_app():
    out = bench("load_app.py", "--clients", "2", "--questions", "4")
    assert "4 questions from 2 concurrent clients" in out and "0 errors, 0 invalid" in out


def test_peer_llamaindex():
    out = bench("peer_llamaindex.py", "seed", "--n", "2")
    assert "answerable correct" in out and "ours" in out and "peer" in out


def test_squad_sample(tmp_path):
    out = bench("squad_sample.py", "--squad", str(ROOT / "tests" / "data" / "squad_tiny"), "--n", "2",
                "--backend", "none", "--index-dir", str(tmp_path / "index"))
    assert "correct" in out
