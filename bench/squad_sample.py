"""The SQuAD 2.0 benchmark: a fixed sample of 200 questions (100 answerable, 100 unanswerable)
over the eight articles of ../shared/squad as one corpus, scored by `qa eval`.

    .venv/bin/python bench/squad_sample.py [--squad ../shared/squad] [--n 100] [--seed 2025]
                                           [--report out.json] [--html out.html] [--backend none]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_SQUAD = ROOT.parent / "shared" / "squad"
SEED = 2025


def sample(squad: Path, n: int, seed: int = SEED) -> list[dict]:
    """``n`` answerable and ``n`` unanswerable questions, drawn with a fixed seed, in file order."""
    rows = [json.loads(line) for line in (squad / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line]
    rng = random.Random(seed)
    facts = [r for r in rows if r["kind"] != "unanswerable"]
    unans = [r for r in rows if r["kind"] == "unanswerable"]
    chosen = {r["id"] for r in rng.sample(facts, n) + rng.sample(unans, n)}
    return [r for r in rows if r["id"] in chosen]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--squad", type=Path, default=DEFAULT_SQUAD)
    p.add_argument("--n", type=int, default=100, help="questions of each kind (default: 100)")
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--report", help="write the JSON report here")
    p.add_argument("--html", help="write the HTML report here")
    p.add_argument("--backend", default=None)
    p.add_argument("--index-dir", default=str(ROOT / ".cache" / "bench-index" / "squad"))
    args = p.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import qa
    from qa.eval import evaluate
    from qa.eval.golden import GoldenSet, squad_row_case
    from qa.eval.report import html_report, summary

    golden = GoldenSet(f"SQuAD 2.0 sample ({args.n} answerable + {args.n} unanswerable, seed {args.seed})",
                       [squad_row_case(r) for r in sample(args.squad, args.n, args.seed)])
    started = time.perf_counter()
    settings = {"index_dir": args.index_dir, "progress": False}
    if args.backend:
        settings["backend"] = args.backend
    engine = qa.load(args.squad / "docs", **settings)
    print(f"index ready in {time.perf_counter() - started:.1f} s: {len(engine.sources)} documents, "
          f"{len(engine.corpus.chunks)} chunks", file=sys.stderr)
    report = evaluate(engine, golden, k=5, progress=True)
    print(summary(report, []))
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.html:
        Path(args.html).write_text(html_report(report, []), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
