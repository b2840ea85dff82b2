"""Load on the live app: N concurrent gradio_client clients asking M questions in total through /ask.

    .venv/bin/python bench/load_app.py [--clients 20] [--questions 200] [--url http://127.0.0.1:7860/]

Without --url it starts `app.py` on a copy of seeds/ on a free loopback port. Questions cycle
through the seed golden set. Prints errors, invalid answers, latency p50/p95 per question (as a
client sees it, queueing included) and the app's peak memory (its process tree, sampled).
"""
from __future__ import annotations

import argparse
import concurrent.futures
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import PeakMemory, running_app  # noqa: E402


@dataclass
class LoadReport:
    clients: int
    questions: int
    errors: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)  # answers whose citations do not quote the documents
    inconsistent: list[str] = field(default_factory=list)  # questions answered differently by different calls
    seconds: list[float] = field(default_factory=list)
    wall: float = 0.0
    peak_mb: float = 0.0

    def summary(self) -> str:
        from qa.eval.run import percentile

        return (f"{self.questions} questions from {self.clients} concurrent clients in {self.wall:.1f} s "
                f"({self.questions / self.wall:.1f}/s): {len(self.errors)} errors, {len(self.invalid)} invalid, "
                f"{len(self.inconsistent)} inconsistent; latency p50 {percentile(self.seconds, 0.5):.2f} s, "
                f"p95 {percentile(self.seconds, 0.95):.2f} s, max {max(self.seconds, default=0):.2f} s; "
                f"app peak memory {self.peak_mb:.0f} MB")


def check(answer: dict, texts: dict[str, str]) -> str:
    """'' if the answer keeps the contract, else what is wrong."""
    if not isinstance(answer, dict) or not answer.get("text"):
        return f"no answer text: {answer!r}"[:200]
    if not answer["refused"] and not answer["citations"]:
        return f"an answer without citations: {answer['text']!r}"
    for c in answer["citations"]:
        if texts.get(c["source"], "")[c["start"]:c["end"]] != c["quote"]:
            return f"citation does not quote {c['source']}[{c['start']}:{c['end']}]"
    return ""


def run_load(url: str, questions: list[str], texts: dict[str, str], clients: int = 20, total: int = 200,
             app_pid: int | None = None) -> LoadReport:
    """Ask ``total`` questions (cycling through ``questions``) from ``clients`` threads, each its own client."""
    from gradio_client import Client

    report = LoadReport(clients, total)
    asked = [questions[i % len(questions)] for i in range(total)]
    shares = [asked[i::clients] for i in range(clients)]
    replies: dict[str, set[str]] = {}

    def client_run(share: list[str]) -> None:
        client = Client(url, verbose=False)
        for question in share:
            started = time.perf_counter()
            try:
                answer = client.predict(question, api_name="/ask")
            except Exception as exc:  # noqa: BLE001 (every failure is counted and shown)
                report.errors.append(f"{question!r}: {type(exc).__name__}: {exc}"[:300])
                continue
            report.seconds.append(time.perf_counter() - started)
            problem = check(answer, texts)
            if problem:
                report.invalid.append(f"{question!r}: {problem}")
            replies.setdefault(question, set()).add(answer.get("text", ""))

    started = time.perf_counter()
    with PeakMemory(app_pid) as memory, concurrent.futures.ThreadPoolExecutor(clients) as pool:
        for future in [pool.submit(client_run, share) for share in shares]:
            future.result()
    report.wall, report.peak_mb = time.perf_counter() - started, memory.peak_mb
    report.inconsistent = sorted(q for q, texts_seen in replies.items() if len(texts_seen) > 1)
    return report


def seed_questions() -> list[str]:
    import yaml

    cases = yaml.safe_load((ROOT / "tests" / "golden" / "seed.yaml").read_text(encoding="utf-8"))["cases"]
    return [case["question"] for case in cases]


def folder_texts(folder: Path) -> dict[str, str]:
    from index.load import load_folder

    return {doc.source: doc.text for doc in load_folder(folder).documents}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--questions", type=int, default=200)
    p.add_argument("--url", help="an app already running (default: start one on a copy of seeds/)")
    p.add_argument("--docs", type=Path, default=ROOT / "seeds", help="its documents folder, to check citations")
    args = p.parse_args(argv)
    texts = folder_texts(args.docs)
    if args.url:
        report = run_load(args.url, seed_questions(), texts, args.clients, args.questions)
    else:
        import shutil

        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(shutil.copytree(args.docs, Path(tmp) / "docs"))
            with running_app(folder) as (url, proc):
                report = run_load(url, seed_questions(), texts, args.clients, args.questions, proc.pid)
    print(report.summary())
    for line in (report.errors + report.invalid)[:10]:
        print("  ", line)
    return 1 if report.errors or report.invalid or report.inconsistent else 0


if __name__ == "__main__":
    sys.exit(main())
