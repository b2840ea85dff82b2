"""Ingestion: chunks embedded per second and peak memory, this service against llama-index's default
ingestion (SimpleDirectoryReader -> VectorStoreIndex.from_documents, HuggingFaceEmbedding with the
same all-MiniLM-L6-v2, its default splitter and in-memory store), each in a fresh process.

    .venv/bin/python bench/ingest.py [--sizes squad,10000,100000] [--peer-sizes squad,10000]

"squad" is the eight SQuAD articles of ../shared/squad; a number N is a corpus of about N chunks
made from the SQuAD paragraphs (sentences reshuffled within each paragraph, so no text repeats
exactly), written once under $TMPDIR/qa-bench-corpus/.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import OFFLINE_ENV, SHARED  # noqa: E402

CHUNK_CHARS = 375  # measured: the default splitter cuts this text into chunks of 373 characters on average

OURS = r"""
import json, resource, sys, time, tempfile
from index import build_or_load, make_embedder
embedder = make_embedder("sentence-transformers")
embedder.embed_queries(["load the model before the clock starts"])
started = time.perf_counter()
with tempfile.TemporaryDirectory() as tmp:
    corpus, report = build_or_load(sys.argv[1], tmp, embedder, progress=False)
    seconds = time.perf_counter() - started
print(json.dumps({"chunks": report.embedded_chunks, "seconds": seconds, "chars": sum(len(c.text) for c in corpus.chunks),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

PEER = r"""
import json, resource, sys, time
from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.huggingface import HuggingFaceEmbedding
from index.embed import default_model_path
Settings.embed_model = HuggingFaceEmbedding(model_name=default_model_path(), device="cpu")
Settings.embed_model.get_text_embedding("load the model before the clock starts")
Settings.llm = None
started = time.perf_counter()
documents = SimpleDirectoryReader(sys.argv[1]).load_data()
index = VectorStoreIndex.from_documents(documents)
seconds = time.perf_counter() - started
nodes = list(index.docstore.docs.values())
print(json.dumps({"chunks": len(nodes), "seconds": seconds, "chars": sum(len(n.get_content()) for n in nodes),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def synthetic_corpus(chunks: int, squad: Path) -> Path:
    """A folder of about ``chunks`` chunks of SQuAD text (made once)."""
    # not under a hidden folder: llama-index's reader skips paths with hidden parts
    folder = Path(tempfile.gettempdir()) / "qa-bench-corpus" / f"{squad.name}-{chunks}"
    if (folder / ".complete").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = [p for f in sorted((squad / "docs").glob("*")) for p in f.read_text(encoding="utf-8").split("\n\n")
                  if len(p) > 200]
    if not paragraphs:
        raise SystemExit(f"no paragraphs to build a corpus from in {squad / 'docs'}: pass --squad FOLDER")
    rng, target, made, n = random.Random(0), chunks * CHUNK_CHARS, 0, 0
    while made < target:
        parts = []
        for p in rng.sample(paragraphs, min(20, len(paragraphs))):
            sentences = re.split(r"(?<=[.!?])\s+", p)
            rng.shuffle(sentences)
            parts.append(" ".join(sentences))
        text = "\n\n".join(parts)
        (folder / f"doc-{n:06d}.txt").write_text(text, encoding="utf-8")
        made, n = made + len(text), n + 1
    (folder / ".complete").touch()
    return folder


def measure(script: str, folder: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", script, str(folder)], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, **OFFLINE_ENV})
    if out.returncode:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def folder_for(size: str, squad: Path) -> Path:
    return squad / "docs" if size == "squad" else synthetic_corpus(int(size), squad)


def line(name: str, size: str, r: dict) -> str:
    if "error" in r:
        return f"{size:>8} {name:<10} failed: {r['error']}"
    return (f"{size:>8} {name:<12}{r['chunks']:>9,}{r['seconds']:>10.1f}{r['chunks'] / r['seconds']:>11.1f}"
            f"{r['chars'] / r['seconds'] / 1000:>10.1f}{r['peak_mb']:>10.0f}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="squad,10000,100000")
    p.add_argument("--peer-sizes", default="squad,10000", help="'' to skip the peer")
    p.add_argument("--squad", type=Path, default=SHARED / "squad")
    args = p.parse_args(argv)
    print(f"{'corpus':>8} {'who':<12}{'chunks':>9}{'seconds':>10}{'chunks/s':>11}{'kchars/s':>10}{'peak MB':>10}")
    peer_sizes = [s for s in args.peer_sizes.split(",") if s]
    failed = False
    for size in args.sizes.split(","):
        folder = folder_for(size, args.squad)
        ours = measure(OURS, folder)
        failed |= "error" in ours
        print(line("ours", size, ours), flush=True)
        if size in peer_sizes:
            peer = measure(PEER, folder)
            failed |= "error" in peer
            print(line("llama-index", size, peer), flush=True)
            if "error" not in ours and "error" not in peer:
                speed = (ours["chunks"] / ours["seconds"]) / (peer["chunks"] / peer["seconds"])
                text = (ours["chars"] / ours["seconds"]) / (peer["chars"] / peer["seconds"])
                print(f"{'':>8} ours/llama-index: {speed:.2f}x chunks per second, {text:.2f}x text per second, "
                      f"{ours['peak_mb'] / peer['peak_mb']:.2f}x peak memory (chunks differ: ours whole sentences, "
                      f"{ours['chars'] / ours['chunks']:.0f} characters on average, all of it embedded; theirs "
                      f"{peer['chars'] / peer['chunks']:.0f} characters, of which the model reads the first 256 tokens)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
