"""`qa eval` end to end on small documents: exit codes, reports, baselines, determinism."""
import json

import pytest

from qa.cli import main
from tests import fakes  # noqa: F401  (registers the scripted and contrarian backends)
from tests.browser import chromium_page, needs_chromium
from tests.conftest import ROOT

GOLDEN = """
name: small set
thresholds: {answerable_correct: 0.75, refusal_accuracy: 0.75, citation_validity: 1.0}
cases:
  - {id: tower, question: "When was the Eiffel Tower completed?", answers: ["1889"], sources: [paris.txt], pinned: true}
  - {id: capital, question: "What is the capital city of France?", answers: [Paris], sources: [paris.txt]}
  - {id: nile, question: "How long is the Nile?", answers: ["6,650 km"], sources: [rivers.md]}
  - {id: moon, question: "Who walked on the Moon in 1969?", answers: [Neil Armstrong], sources: [moon.html]}
  - {id: pm, question: "Who is the Prime Minister of Malaysia?", answerable: false}
  - {id: spain, question: "What is the capital of Spain?", answerable: false}
"""


@pytest.fixture
def golden(docs, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_EMBEDDER", "hash")
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setenv("QA_PROGRESS", "0")
    path = tmp_path / "golden.yaml"
    path.write_text(GOLDEN + f"docs: {docs}\n")
    return path


def run(golden, tmp_path, name, *extra):
    report = tmp_path / f"{name}.json"
    code = main(["eval", str(golden), "--report", str(report), "--html", str(tmp_path / f"{name}.html"),
                 "--quiet", *extra])
    return code, json.loads(report.read_text())


def test_passes_and_writes_reports(golden, tmp_path, capsys):
    code, report = run(golden, tmp_path, "good", "--backend", "none")
    out = capsys.readouterr().out
    assert code == 0, out
    assert report["metrics"]["answerable_correct"] == 1.0 and report["metrics"]["unanswerable_refused"] == 1.0
    assert "PASS" in out and "OK: every threshold holds" in out
    manifest = report["manifest"]
    for key in ("documents", "index_sha256", "embedding_model", "llm", "prompt_sha256", "git_commit", "answers_sha256"):
        assert key in manifest
    page = (tmp_path / "good.html").read_text()
    assert page.startswith("<!doctype html>") and "When was the Eiffel Tower completed?" in page


def test_same_run_twice_gives_the_same_metrics(golden, tmp_path):
    _, first = run(golden, tmp_path, "a", "--backend", "none")
    _, second = run(golden, tmp_path, "b", "--backend", "none")
    strip = lambda r: {k: v for k, v in r["metrics"].items() if not k.startswith("latency")}  # noqa: E731
    assert strip(first) == strip(second)
    assert first["manifest"]["answers_sha256"] == second["manifest"]["answers_sha256"]


def test_a_broken_engine_fails_and_names_the_cases(golden, tmp_path, capsys, monkeypatch):
    run(golden, tmp_path, "base", "--backend", "none")
    capsys.readouterr()
    from qa import gate

    monkeypatch.setattr(gate, "check", lambda *a, **k: gate.GateDecision(True, ""))  # a gate that never refuses
    code, report = run(golden, tmp_path, "broken", "--backend", "none", "--baseline", str(tmp_path / "base.json"))
    out = capsys.readouterr().out
    assert code == 1
    failing = [c["id"] for c in report["cases"] if c["verdict"] == "fail"]
    assert set(failing) == {"pm", "spain"} and f"failing cases: {', '.join(failing)}" in out
    assert "threshold not met: refusal_accuracy" in out
    flips = report["baseline"]["flips"]
    assert {f["id"] for f in flips} == set(failing)
    assert all(f["before_answer"] != f["after_answer"] for f in flips)
    if "tower" in failing:
        assert "pinned case flipped to fail: tower" in out
    assert "vs baseline" in out


def test_user_errors_are_messages(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "missing.yaml")]) == 2
    assert "golden file not found" in capsys.readouterr().err


@pytest.mark.browser
@needs_chromium
def test_html_report_opens_in_chromium(golden, tmp_path):
    run(golden, tmp_path, "page", "--backend", "none")
    with chromium_page(1200, 800) as page:
        page.goto((tmp_path / "page.html").as_uri())
        rows = page.locator("#cases tr")
        assert rows.count() == 1 + 6  # header and one row per case
        assert "When was the Eiffel Tower completed?" in page.locator("#cases").inner_text()
        assert page.locator("table.metrics").inner_text().count("\n") >= 5
        shot = ROOT / ".cache" / "screenshots" / "eval-report.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shot), full_page=True)
