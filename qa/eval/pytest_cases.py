"""Golden cases as pytest tests: one test id per case, failures that show the whole story.

    @pytest.mark.parametrize("case", golden_params("tests/golden/seed.yaml", "tests/golden/seed.baseline.json"))
    def test_golden(case, engine):
        check_case(engine, case)

With a baseline report, a case that already failed there is an expected failure (xfail, not
strict: when it starts passing, pytest says XPASS and the baseline should be refreshed); every
other case, and every pinned case, must pass.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from .golden import GoldenCase, load_golden
from .run import judge


def golden_params(path: str | Path, baseline: str | Path | None = None) -> list:
    golden = load_golden(path)
    known_failures: dict[str, str] = {}
    if baseline and Path(baseline).is_file():
        report = json.loads(Path(baseline).read_text(encoding="utf-8"))
        known_failures = {c["id"]: "; ".join(c["reasons"]) for c in report["cases"] if c["verdict"] == "fail"}
    params = []
    for case in golden.cases:
        marks = []
        if case.id in known_failures and not case.pinned:
            marks.append(pytest.mark.xfail(reason=f"fails in the baseline: {known_failures[case.id]}", strict=False))
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def check_case(engine, case: GoldenCase) -> None:
    started = time.perf_counter()
    answer = engine.ask(case.question)
    result = judge(case, answer, engine.read, None, time.perf_counter() - started)
    if result.verdict == "pass":
        return
    cited = "\n".join(f"    [{i}] {c['source']} {c['start']}-{c['end']}: “{c['quote']}”"
                      for i, c in enumerate(result.citations, 1)) or "    (none)"
    expected = " | ".join(case.answers) if case.answerable else "a refusal"
    pytest.fail(f"golden case {case.id} failed: {'; '.join(result.reasons)}\n"
                f"  question: {case.question}\n  answer:   {answer.text}\n  expected: {expected}\n"
                f"  mode:     {answer.mode} {answer.note}\n  citations:\n{cited}", pytrace=False)
