"""Reports for people: a table and summary in the terminal, and a self-contained HTML page."""
from __future__ import annotations

import html
import json
import shutil
import textwrap

SUMMARY_ROWS = [
    ("pass_rate", "cases passed"), ("answerable_correct", "answerable: correct"),
    ("exact_match", "answerable: exact match"), ("f1", "answerable: token F1"),
    ("f1_answered", "answered: token F1"), ("unanswerable_refused", "unanswerable: refused"),
    ("answerable_answered", "answerable: answered"), ("refusal_accuracy", "refusal accuracy"),
    ("hit_at_k", "retrieval hit@k"), ("mrr", "retrieval MRR"), ("citation_validity", "citations valid"),
    ("citation_support", "correct answers supported by their quotes"),
    ("citation_recall", "citation recall (ALCE-style)"), ("latency_p50", "latency p50 (s)"),
    ("latency_p95", "latency p95 (s)"),
]


def fmt(value) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _clip(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def terminal_table(report: dict) -> str:
    width = max(100, min(shutil.get_terminal_size((140, 20)).columns, 200))
    q_w, a_w = (width - 30) * 2 // 5, (width - 30) * 3 // 5
    lines = [f"{'verdict':7}  {'question':{q_w}}  {'answer':{a_w}}  cited"]
    for case in report["cases"]:
        mark = "PASS" if case["verdict"] == "pass" else "FAIL"
        cited = ",".join(sorted({c["source"][:12] for c in case["citations"]})) or "-"
        lines.append(f"{mark:7}  {_clip(case['question'], q_w):{q_w}}  {_clip(case['answer'], a_w):{a_w}}  {cited}")
        if case["reasons"]:
            expected = " | ".join(case["expected"]) or "(a refusal)"
            lines.append(textwrap.indent(f"{'; '.join(case['reasons'])}; expected: {_clip(expected, 80)}", " " * 9))
    return "\n".join(lines)


def summary(report: dict, gate: list[str], comparison: dict | None = None) -> str:
    m = report["metrics"]
    lines = [f"\n{report['name']}: {m['cases']} cases ({m['answerable']} answerable, {m['unanswerable']} unanswerable), k={m['k']}"]
    for key, label in SUMMARY_ROWS:
        line = f"  {label:44} {fmt(m.get(key)):>7}"
        if key in report.get("thresholds", {}):
            line += f"   (threshold {report['thresholds'][key]})"
        if comparison and key in comparison["metrics"]:
            change = comparison["metrics"][key]
            if change["delta"] is not None:
                line += f"   {change['delta']:+.3f} vs baseline"
        lines.append(line)
    if comparison:
        lines.append(f"\nagainst the baseline: {len(comparison['flips'])} flipped, "
                     f"{len(comparison['changed_answers'])} other answers changed")
        for flip in comparison["flips"]:
            pin = " (pinned)" if flip["pinned"] else ""
            lines.append(f"  {flip['before'].upper()} -> {flip['after'].upper()}{pin}  {flip['id']}: {flip['question']}")
            lines.append(f"      before: {_clip(flip['before_answer'], 110)}")
            lines.append(f"      after:  {_clip(flip['after_answer'], 110)}")
    if gate:
        lines.append("\nFAILED:")
        lines += [f"  - {p}" for p in gate]
        failing = [c["id"] for c in report["cases"] if c["verdict"] == "fail"]
        if failing:
            lines.append(f"  failing cases: {', '.join(failing)}")
    else:
        lines.append("\nOK: every threshold holds" + (" and nothing regressed" if comparison else ""))
    return "\n".join(lines)


_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#1d1d1f}
h1{font-size:1.4em} table{border-collapse:collapse;width:100%} td,th{border:1px solid #ddd;padding:4px 8px;vertical-align:top}
th{background:#f4f4f6;text-align:left} tr.fail td:first-child{background:#fde2e1;color:#8a1c14;font-weight:600}
tr.pass td:first-child{background:#e3f6e5;color:#1b5e20;font-weight:600} .quote{color:#555;font-size:.9em}
.metrics td:nth-child(2){text-align:right;font-variant-numeric:tabular-nums} .bad{color:#b3261e;font-weight:600}
code{font-size:.85em} details{margin-top:1em}
"""


def html_report(report: dict, gate: list[str], comparison: dict | None = None) -> str:
    e = html.escape
    m = report["metrics"]
    rows = []
    for key, label in SUMMARY_ROWS:
        extra = ""
        if comparison and key in comparison["metrics"] and comparison["metrics"][key]["delta"] is not None:
            extra = f"{comparison['metrics'][key]['delta']:+.3f}"
        threshold = report.get("thresholds", {}).get(key, "")
        rows.append(f"<tr><td>{e(label)}</td><td>{e(fmt(m.get(key)))}</td><td>{e(str(threshold))}</td><td>{e(extra)}</td></tr>")
    cases = []
    for c in report["cases"]:
        quotes = "".join(f"<div class=quote>[{i}] <b>{e(q['source'])}</b> {q['start']}–{q['end']}: “{e(q['quote'])}”</div>"
                         for i, q in enumerate(c["citations"], 1))
        expected = e(" | ".join(c["expected"])) if c["answerable"] else "<i>a refusal</i>"
        reasons = e("; ".join(c["reasons"]))
        cases.append(f"<tr class={c['verdict']} id='case-{e(c['id'])}'><td>{c['verdict'].upper()}</td><td>{e(c['id'])}"
                     f"{' <small>(pinned)</small>' if c['pinned'] else ''}</td><td>{e(c['question'])}</td><td>{e(c['answer'])}{quotes}</td>"
                     f"<td>{expected}</td><td class=bad>{reasons}</td><td>{fmt(c['f1']) if c['answerable'] else '–'}</td></tr>")
    flips = ""
    if comparison:
        items = "".join(f"<tr><td>{e(f['before'])} → {e(f['after'])}</td><td>{e(f['id'])}</td><td>{e(f['before_answer'])}</td>"
                        f"<td>{e(f['after_answer'])}</td></tr>" for f in comparison["flips"])
        flips = (f"<h2>Against the baseline: {len(comparison['flips'])} flipped</h2><table><tr><th>verdict</th><th>case</th>"
                 f"<th>baseline answer</th><th>this answer</th></tr>{items}</table>")
    status = ("<p class=bad>FAILED: " + "; ".join(e(g) for g in gate) + "</p>") if gate else "<p>OK: every threshold holds.</p>"
    return f"""<!doctype html><html lang=en><head><meta charset=utf-8><title>qa eval: {e(report['name'])}</title>
<style>{_CSS}</style></head><body>
<h1>qa eval: {e(report['name'])}</h1>
<p>{m['cases']} cases ({m['answerable']} answerable, {m['unanswerable']} unanswerable) over <code>{e(report['docs'])}</code>,
commit <code>{e(report['manifest']['git_commit'])}</code>.</p>{status}
<table class=metrics><tr><th>metric</th><th>value</th><th>threshold</th><th>vs baseline</th></tr>{''.join(rows)}</table>
{flips}
<h2>Questions</h2>
<table id=cases><tr><th>verdict</th><th>id</th><th>question</th><th>answer and citations</th><th>accepted</th><th>why it failed</th><th>F1</th></tr>
{''.join(cases)}</table>
<details><summary>Run manifest</summary><pre>{e(json.dumps(report['manifest'], indent=1, ensure_ascii=False))}</pre></details>
</body></html>"""
