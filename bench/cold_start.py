"""Cold start: a new process, the index already on disk, until the first answer; where the time goes.

    .venv/bin/python bench/cold_start.py [--docs seeds] [--runs 3]

Each run is a fresh `python` process that times its own phases: importing the package, loading the
persisted index (and building the retrievers), loading both models (`Engine.warm_up`: the embedding
model in this thread, the LLM in another, with the fixed start of its prompt evaluated), and the
first answer. Prints every run, the median of each phase, and when each model was ready.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import OFFLINE_ENV  # noqa: E402

CHILD = r"""
import json, sys, time
started_at = time.time()
t0 = time.perf_counter()
marks = {}
import qa
marks["import qa"] = time.perf_counter()
engine = qa.load(sys.argv[1], index_dir=sys.argv[2], progress=False)
marks["load index"] = time.perf_counter()
warm = engine.warm_up()
marks["both models"] = time.perf_counter()
answer = engine.ask(sys.argv[3])
marks["first answer"] = time.perf_counter()
last, phases = t0, {}
for name, at in marks.items():
    phases[name], last = at - last, at
answered_at = started_at + (marks["first answer"] - t0)
print(json.dumps({"phases": phases, "models": {"embedding model": warm.embedding_model, "LLM": warm.llm}, "answer": answer.text, "started_at": started_at, "answered_at": answered_at}))
"""


def run_once(docs: Path, index_dir: Path, question: str) -> dict:
    launched = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, str(docs), str(index_dir), question], cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ, **OFFLINE_ENV}, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["phases"] = {"python start": result["started_at"] - launched, **result["phases"]}
    result["total"] = result["answered_at"] - launched  # process start to first answer (exit not counted)
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--docs", type=Path, default=ROOT / "seeds")
    p.add_argument("--index-dir", type=Path, default=ROOT / ".cache" / "bench-index" / "cold-start")
    p.add_argument("--question", default="Who led the Chinese delegation?")
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args(argv)
    run_once(args.docs, args.index_dir, args.question)  # builds the index if needed; not counted
    runs = [run_once(args.docs, args.index_dir, args.question) for _ in range(args.runs)]
    names = list(runs[0]["phases"])
    print(f"{'phase':<20}" + "".join(f"{f'run {i + 1}':>9}" for i in range(len(runs))) + f"{'median':>9}")
    for name in names + ["total"]:
        values = [r["phases"][name] if name != "total" else r["total"] for r in runs]
        name = name if name != "total" else "to first answer"
        print(f"{name:<20}" + "".join(f"{v:>9.2f}" for v in values) + f"{statistics.median(values):>9.2f}")
    for name in runs[0]["models"]:
        values = [r["models"][name] for r in runs]
        print(f"  {name + ' ready':<18}" + "".join(f"{v:>9.2f}" for v in values) + f"{statistics.median(values):>9.2f}")
    print(f"first answer: {runs[0]['answer']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
