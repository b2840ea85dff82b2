"""Many questions at once through one engine (the Python API, threads): answers stay the same as
when asked one by one, latency stays bounded, memory stays flat.

    .venv/bin/python bench/concurrency.py [--threads 1,4,16,64] [--questions 128]

One engine, one LLM instance; QA_WORKERS (default 1) questions are answered at a time and the rest
queue, so the two cores are never oversubscribed. Prints throughput, p50/p95 latency as a caller
sees it (queueing included) and the process's peak memory, per thread count.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import PeakMemory  # noqa: E402
from bench.load_app import seed_questions  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    import os

    from bench.common import OFFLINE_ENV

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", default="1,4,16,64")
    p.add_argument("--questions", type=int, default=128)
    p.add_argument("--docs", type=Path, default=ROOT / "seeds")
    args = p.parse_args(argv)
    os.environ.update(OFFLINE_ENV)
    import qa
    from qa.eval.run import percentile

    engine = qa.load(args.docs, index_dir=str(ROOT / ".cache" / "bench-index" / "concurrency"), progress=False)
    engine.warm_up()
    pool_questions = seed_questions()
    asked = [pool_questions[i % len(pool_questions)] for i in range(args.questions)]
    expected = {q: engine.ask(q).text for q in pool_questions}  # one by one
    print(f"{'threads':>8}{'q/s':>8}{'p50 s':>8}{'p95 s':>8}{'max s':>8}{'peak MB':>9}{'different':>11}")
    failed = 0
    for threads in (int(t) for t in args.threads.split(",")):
        def timed(question: str) -> tuple[str, float, str]:
            started = time.perf_counter()
            text = engine.ask(question).text
            return question, time.perf_counter() - started, text

        started = time.perf_counter()
        with PeakMemory() as memory, concurrent.futures.ThreadPoolExecutor(threads) as pool:
            results = list(pool.map(timed, asked))
        wall = time.perf_counter() - started
        seconds = [s for _, s, _ in results]
        different = sum(text != expected[q] for q, _, text in results)
        failed += different
        print(f"{threads:>8}{len(asked) / wall:>8.1f}{percentile(seconds, 0.5):>8.2f}{percentile(seconds, 0.95):>8.2f}"
              f"{max(seconds):>8.2f}{memory.peak_mb:>9.0f}{different:>11}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
