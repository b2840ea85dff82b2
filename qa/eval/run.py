"""Run a golden set through an engine: per-case verdicts and deterministic metrics."""
from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass, field

from ..types import Answer
from . import metrics as m
from .golden import GoldenCase, GoldenSet
from .manifest import answer_hash, run_manifest


@dataclass
class CaseResult:
    id: str
    question: str
    answerable: bool
    expected: list[str]
    pinned: bool
    tags: list[str]
    answer: str
    refused: bool
    mode: str
    note: str
    citations: list[dict]
    verdict: str  # "pass" | "fail"
    reasons: list[str] = field(default_factory=list)
    exact_match: float = 0.0
    f1: float = 0.0
    contains: bool = False
    correct: bool = False
    citation_validity: float | None = None
    citation_supported: bool | None = None
    citation_recall: float | None = None
    retrieval_rank: int | None = None
    seconds: float = 0.0
    answer_hash: str = ""


def judge(case: GoldenCase, answer: Answer, read, rank: int | None, seconds: float) -> CaseResult:
    """The verdict on one answer, with every metric and every reason it failed."""
    text = m.strip_markers(answer.text)
    citations = [asdict(c) for c in answer.citations]
    r = CaseResult(case.id, case.question, case.answerable, list(case.answers), case.pinned, list(case.tags),
                   answer.text, answer.refused, answer.mode, answer.note, citations, "pass",
                   retrieval_rank=rank, seconds=seconds, answer_hash=answer_hash(answer.text, answer.refused, citations))
    r.citation_validity = m.citation_validity(answer, read)
    if r.citation_validity is not None and r.citation_validity < 1:
        r.reasons.append("a citation's offsets do not reproduce its quote")
    if case.answerable:
        if answer.refused:
            r.reasons.append("refused an answerable question")
        else:
            r.exact_match = m.best(m.exact_match, text, case.answers)
            r.f1 = m.best(m.f1, text, case.answers)
            r.contains = m.contains_answer(text, case.answers)
            r.correct = r.contains or r.f1 >= 0.5
            r.citation_supported = m.citation_support(answer, case.answers)
            r.citation_recall = m.citation_recall(answer, case.question)
            if not r.correct:
                r.reasons.append("no accepted answer in the answer")
            if case.sources and not any(c.source in case.sources for c in answer.citations):
                r.reasons.append(f"does not cite {', '.join(case.sources)}")
    elif not answer.refused:
        r.reasons.append("answered an unanswerable question")
        r.citation_recall = m.citation_recall(answer, case.question)
    folded = answer.text.lower()
    r.reasons += [f"missing {s!r}" for s in case.must_include if s.lower() not in folded]
    r.reasons += [f"contains {s!r}" for s in case.must_not_include if s.lower() in folded]
    r.verdict = "fail" if r.reasons else "pass"
    return r


def _mean(values) -> float | None:
    values = [float(v) for v in values if v is not None]
    return round(statistics.fmean(values), 4) if values else None


def percentile(values: list[float], q: float) -> float | None:
    """The ``q`` quantile (0..1) of ``values``, nearest rank; None for none."""
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 4)


def summarize(results: list[CaseResult], k: int) -> dict:
    ans = [r for r in results if r.answerable]
    una = [r for r in results if not r.answerable]
    answered = [r for r in results if not r.refused]
    n_cit = sum(len(r.citations) for r in results)
    valid = sum(round((r.citation_validity or 0) * len(r.citations)) for r in results)
    seconds = [r.seconds for r in results]
    return {
        "cases": len(results), "answerable": len(ans), "unanswerable": len(una),
        "pass_rate": _mean(r.verdict == "pass" for r in results),
        "answerable_correct": _mean(r.correct for r in ans),
        "exact_match": _mean(r.exact_match for r in ans),
        "f1": _mean(r.f1 for r in ans),
        "f1_answered": _mean(r.f1 for r in ans if not r.refused),
        "answerable_answered": _mean(not r.refused for r in ans),
        "unanswerable_refused": _mean(r.refused for r in una),
        "refusal_accuracy": _mean(r.refused != r.answerable for r in results),
        "hit_at_k": _mean(r.retrieval_rank is not None and r.retrieval_rank <= k for r in ans),
        "mrr": _mean(1 / r.retrieval_rank if r.retrieval_rank else 0.0 for r in ans),
        "k": k,
        "citation_validity": round(valid / n_cit, 4) if n_cit else None,
        "citation_support": _mean(r.citation_supported for r in ans if r.correct),
        "citation_recall": _mean(r.citation_recall for r in answered if r.citation_recall is not None),
        "latency_p50": percentile(seconds, 0.5),
        "latency_p95": percentile(seconds, 0.95),
    }


def evaluate(engine, golden: GoldenSet, k: int = 5, progress: bool = True) -> dict:
    """Ask every case, judge it, and return the report (JSON-ready)."""
    from tqdm import tqdm

    results = []
    for case in tqdm(golden.cases, desc="eval", unit="q", disable=not progress, leave=False):
        started = time.perf_counter()
        answer = engine.ask(case.question)
        seconds = time.perf_counter() - started
        passages = [(s.chunk.id, s.chunk.source, s.chunk.text) for s in engine.retriever.search(case.question, top_k=k)]
        rank = m.retrieval_ranks(passages, case.answers, case.sources) if case.answerable else None
        results.append(judge(case, answer, engine.read, rank, round(seconds, 4)))
    return {
        "name": golden.name,
        "golden": str(golden.path) if golden.path else None,
        "docs": str(engine.folder),
        "thresholds": golden.thresholds,
        "max_drop": golden.max_drop,
        "metrics": summarize(results, k),
        "cases": [asdict(r) for r in results],
        "manifest": run_manifest(engine, [r.answer_hash for r in results]),
    }
