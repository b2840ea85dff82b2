"""Retrieval at scale: the index this service builds (index/store.py chooses exact or IVF by size)
on synthetic vectors of the embedding model's dimension, against exact search and against
llama-index's default in-memory vector store (SimpleVectorStore).

    .venv/bin/python bench/faiss_scale.py [--sizes 10000,100000,1000000] [--queries 500] [--peer-size 100000]

Vectors: unit vectors around 2,000 random centres (a clustered cloud, as sentence embeddings are;
uniform random vectors in 384 dimensions have no neighbours to find). Queries come from the same
distribution and are not in the index. Prints build time, index memory, p50/p99 single-query latency
and recall@10 against exact search, then the peer at the largest size it is run at, as a ratio.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DIM = 384


def clustered(n: int, dim: int = DIM, centres: int = 2000, spread: float = 0.6, seed: int = 0) -> np.ndarray:
    """``n`` unit vectors scattered around ``centres`` random unit centres, made in blocks."""
    rng = np.random.default_rng(seed)
    c = rng.standard_normal((centres, dim)).astype(np.float32)
    c /= np.linalg.norm(c, axis=1, keepdims=True)
    out = np.empty((n, dim), np.float32)
    for start in range(0, n, 100_000):
        m = min(100_000, n - start)
        block = c[rng.integers(0, centres, m)] + spread * rng.standard_normal((m, dim)).astype(np.float32) / np.sqrt(dim)
        out[start:start + m] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 1e6


def timed_queries(search, queries: np.ndarray, k: int = 10) -> tuple[list[float], np.ndarray]:
    seconds, ids = [], []
    for q in queries:
        started = time.perf_counter()
        _, found = search(q[None, :], k)
        seconds.append(time.perf_counter() - started)
        ids.append(found[0])
    return seconds, np.array(ids)


def recall_at(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth)]))


def ours(n: int, queries: np.ndarray, exact_max: int) -> dict:
    import faiss

    from index.store import FaissIndex

    vectors = clustered(n)
    before = rss_mb()
    started = time.perf_counter()
    index = FaissIndex(vectors, exact_max=exact_max)
    build = time.perf_counter() - started
    memory = rss_mb() - before
    exact = faiss.IndexFlatIP(DIM)
    exact.add(vectors)
    _, truth = exact.search(queries, 10)
    seconds, found = timed_queries(index.search, queries)
    exact_seconds, _ = timed_queries(exact.search, queries[:100])
    return {"n": n, "kind": index.kind, "build_s": build, "index_mb": memory,
            "p50_ms": 1000 * float(np.median(seconds)), "p99_ms": 1000 * float(np.percentile(seconds, 99)),
            "recall10": recall_at(found, truth), "exact_p50_ms": 1000 * float(np.median(exact_seconds))}


def peer(n: int, queries: np.ndarray) -> dict:
    """llama-index's SimpleVectorStore (its default store): vectors as Python lists, queried in Python."""
    from llama_index.core.schema import TextNode
    from llama_index.core.vector_stores import SimpleVectorStore, VectorStoreQuery

    vectors = clustered(n)
    before = rss_mb()
    started = time.perf_counter()
    store = SimpleVectorStore()
    store.add([TextNode(id_=str(i), text="", embedding=v.tolist()) for i, v in enumerate(vectors)])
    build = time.perf_counter() - started
    memory = rss_mb() - before
    seconds = []
    for q in queries[:20]:
        started = time.perf_counter()
        store.query(VectorStoreQuery(query_embedding=q.tolist(), similarity_top_k=10))
        seconds.append(time.perf_counter() - started)
    return {"n": n, "kind": "SimpleVectorStore", "build_s": build, "index_mb": memory,
            "p50_ms": 1000 * float(np.median(seconds)), "p99_ms": 1000 * float(np.percentile(seconds, 99)),
            "recall10": 1.0, "exact_p50_ms": float("nan")}


def row(r: dict) -> str:
    return (f"{r['n']:>10,} {r['kind']:<22}{r['build_s']:>9.1f}{r['index_mb']:>10.0f}{r['p50_ms']:>10.2f}"
            f"{r['p99_ms']:>10.2f}{r['recall10']:>10.3f}{r['exact_p50_ms']:>12.2f}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="10000,100000,1000000")
    p.add_argument("--queries", type=int, default=500)
    p.add_argument("--peer-size", type=int, default=100_000, help="0 to skip the peer")
    p.add_argument("--exact-max", type=int, default=None, help="override index.store.EXACT_MAX")
    args = p.parse_args(argv)
    from index.store import EXACT_MAX

    exact_max = args.exact_max or EXACT_MAX
    queries = clustered(args.queries, seed=1)
    print(f"{'vectors':>10} {'index':<22}{'build s':>9}{'MB':>10}{'p50 ms':>10}{'p99 ms':>10}{'recall@10':>10}"
          f"{'exact p50':>12}")
    results = {}
    for n in (int(s) for s in args.sizes.split(",")):
        results[n] = ours(n, queries, exact_max)
        print(row(results[n]), flush=True)
    if args.peer_size:
        theirs = peer(args.peer_size, queries)
        print(row(theirs))
        mine = results.get(args.peer_size) or ours(args.peer_size, queries, exact_max)
        print(f"at {args.peer_size:,} vectors: query p50 {theirs['p50_ms'] / mine['p50_ms']:.0f}x faster than "
              f"llama-index SimpleVectorStore; build {theirs['build_s'] / mine['build_s']:.0f}x faster; "
              f"memory {theirs['index_mb'] / max(mine['index_mb'], 1):.1f}x less")
    return 0


if __name__ == "__main__":
    sys.exit(main())
