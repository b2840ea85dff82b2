"""Compare a report with a baseline, and decide whether a run is good enough to pass CI."""
from __future__ import annotations

# Metrics where higher is better; latency is reported but never gates (it is not deterministic).
QUALITY_METRICS = ("pass_rate", "answerable_correct", "exact_match", "f1", "answerable_answered",
                   "unanswerable_refused", "refusal_accuracy", "hit_at_k", "mrr", "citation_validity",
                   "citation_support", "citation_recall")
REPORTED_METRICS = QUALITY_METRICS + ("latency_p50", "latency_p95")


def diff(current: dict, baseline: dict) -> dict:
    """Per-question flips (pass<->fail) with both answers, changed answers, and every metric's change."""
    before = {c["id"]: c for c in baseline["cases"]}
    flips, changed, added = [], [], []
    for case in current["cases"]:
        old = before.get(case["id"])
        if old is None:
            added.append(case["id"])
            continue
        if old["verdict"] != case["verdict"]:
            flips.append({"id": case["id"], "question": case["question"], "pinned": case["pinned"],
                          "before": old["verdict"], "after": case["verdict"],
                          "before_answer": old["answer"], "after_answer": case["answer"],
                          "reasons": case["reasons"]})
        elif old.get("answer_hash") != case.get("answer_hash"):
            changed.append({"id": case["id"], "before_answer": old["answer"], "after_answer": case["answer"]})
    removed = sorted(set(before) - {c["id"] for c in current["cases"]})
    metric_changes = {}
    for name in REPORTED_METRICS:
        a, b = baseline["metrics"].get(name), current["metrics"].get(name)
        if a is not None or b is not None:
            metric_changes[name] = {"before": a, "after": b,
                                    "delta": round(b - a, 4) if a is not None and b is not None else None}
    return {"flips": flips, "changed_answers": changed, "added": added, "removed": removed,
            "metrics": metric_changes}


def gate_failures(report: dict, comparison: dict | None = None) -> list[str]:
    """Why this run must fail CI: unmet thresholds, pinned cases that flipped, metrics that dropped."""
    problems = []
    metrics = report["metrics"]
    for name, minimum in report.get("thresholds", {}).items():
        value = metrics.get(name)
        if value is None or value < minimum:
            problems.append(f"threshold not met: {name} = {value} < {minimum}")
    if comparison:
        for flip in comparison["flips"]:
            if flip["pinned"] and flip["before"] == "pass" and flip["after"] == "fail":
                problems.append(f"pinned case flipped to fail: {flip['id']} ({flip['question']})")
        margin = report.get("max_drop", 0.02)
        for name in QUALITY_METRICS:
            change = comparison["metrics"].get(name)
            if change and change["delta"] is not None and change["delta"] < -margin:
                problems.append(f"{name} dropped {change['before']} -> {change['after']} (allowed: {margin})")
    return problems
