"""The peer, side by side: llama-index's CitationQueryEngine over a FAISS vector store with the same
two models (all-MiniLM-L6-v2, SmolLM2-135M-Instruct GGUF), library defaults otherwise, and this
service, on the same questions, scored by the same code (qa.eval: correct, F1, refused, citations).

    .venv/bin/python bench/peer_llamaindex.py seed            # the 54 seed golden questions
    .venv/bin/python bench/peer_llamaindex.py squad --n 10    # 10 answerable + 10 unanswerable SQuAD questions

The peer takes over 20 s a question on the SQuAD corpus, so its sample there is small; ours is
run on the very same questions for the ratio (bench/squad_sample.py gives ours on the full 200).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import OFFLINE_ENV, SHARED  # noqa: E402

REFUSAL = re.compile(r"(?i)\b(not (mention|provide|specif|contain|say|state|include)|no (information|mention)|"
                     r"(does|do)n['’]?t (know|say|mention)|cannot (answer|determine|find)|unable to|unknown|"
                     r"not (enough|sufficient) information|isn['’]t (mentioned|provided))")
METRICS = [("answerable_correct", "answerable correct"), ("f1", "answerable mean F1"),
           ("exact_match", "answerable exact match"), ("unanswerable_refused", "unanswerables refused"),
           ("citation_validity", "citations valid"), ("citation_support", "correct & supported"),
           ("hit_at_k", "retrieval hit@5"), ("latency_p50", "latency p50 (s)"), ("latency_p95", "latency p95 (s)")]


class PeerEngine:
    """llama-index's CitationQueryEngine, the usual way, answering through this package's Answer type."""

    def __init__(self, folder: Path, threads: int = 2):
        import faiss
        from llama_index.core import Settings, SimpleDirectoryReader, StorageContext, VectorStoreIndex
        from llama_index.core.query_engine import CitationQueryEngine
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding
        from llama_index.llms.llama_cpp import LlamaCPP
        from llama_index.vector_stores.faiss import FaissVectorStore

        from index.embed import default_model_path as embed_path
        from qa.llm.llamacpp import default_model_path as gguf_path

        Settings.embed_model = HuggingFaceEmbedding(model_name=embed_path(), device="cpu")
        Settings.llm = LlamaCPP(model_path=gguf_path(), verbose=False, model_kwargs={"n_threads": threads})
        documents = SimpleDirectoryReader(str(folder), required_exts=[".txt", ".md", ".html"]).load_data()
        self.texts = {Path(d.metadata["file_path"]).name: d.text for d in documents}
        store = FaissVectorStore(faiss_index=faiss.IndexFlatL2(384))
        index = VectorStoreIndex.from_documents(documents, storage_context=StorageContext.from_defaults(vector_store=store))
        self.engine = CitationQueryEngine.from_args(index)

    def read(self, source: str) -> str:
        return self.texts[source]

    def ask(self, question: str):
        from qa.types import Answer, Citation

        response = self.engine.query(question)
        text = str(response).strip()
        citations, passages = [], []
        for node in response.source_nodes:
            source = Path(node.node.metadata.get("file_path", "")).name
            quote = re.sub(r"^Source \d+:\s*", "", node.node.get_content()).strip()
            start = self.texts.get(source, "").find(quote)
            citations.append(Citation(source, quote, start, start + len(quote) if start >= 0 else -1))
            passages.append((node.node.node_id, source, quote))
        refused = not text or bool(REFUSAL.search(text))
        return Answer(question, text, refused, [] if refused else citations, mode="peer"), passages


class OursEngine:
    def __init__(self, folder: Path, index_dir: Path):
        import qa

        self.engine = qa.load(folder, index_dir=str(index_dir), progress=False)
        self.engine.warm_up()
        self.read = self.engine.read

    def ask(self, question: str):
        answer = self.engine.ask(question)
        passages = [(s.chunk.id, s.chunk.source, s.chunk.text) for s in self.engine.retriever.search(question)]
        return answer, passages


def run(engine, cases, k: int = 5) -> tuple[dict, list]:
    from qa.eval import metrics as m
    from qa.eval.run import judge, summarize

    results = []
    for case in cases:
        started = time.perf_counter()
        answer, passages = engine.ask(case.question)
        seconds = time.perf_counter() - started
        rank = m.retrieval_ranks(passages[:k], case.answers, case.sources) if case.answerable else None
        results.append(judge(case, answer, engine.read, rank, round(seconds, 4)))
    return summarize(results, k), results


def load_cases(which: str, n: int, squad: Path):
    from qa.eval import load_golden

    if which == "seed":
        golden = load_golden(ROOT / "tests" / "golden" / "seed.yaml")
        cases = golden.cases if not n else golden.cases[:n]
        return ROOT / "seeds", cases
    from bench.squad_sample import sample
    from qa.eval.golden import squad_row_case

    return squad / "docs", [squad_row_case(r) for r in sample(squad, n)]


def table(ours: dict, peer: dict) -> str:
    lines = [f"{'metric':<24}{'ours':>10}{'peer':>10}{'ours/peer':>12}"]
    for key, label in METRICS:
        a, b = ours.get(key), peer.get(key)
        ratio = f"{a / b:.1f}x" if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b else "-"
        if key.startswith("latency") and isinstance(a, (int, float)) and a:
            ratio = f"{b / a:.0f}x faster"
        fmt = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
        lines.append(f"{label:<24}{fmt(a):>10}{fmt(b):>10}{ratio:>12}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import os

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", choices=["seed", "squad"])
    p.add_argument("--n", type=int, default=0, help="seed: first N questions (default all); squad: N of each kind (default 10)")
    p.add_argument("--squad", type=Path, default=SHARED / "squad")
    p.add_argument("--json", help="write both metric sets and per-case answers here")
    args = p.parse_args(argv)
    os.environ.update(OFFLINE_ENV)
    n = args.n or (10 if args.corpus == "squad" else 0)
    folder, cases = load_cases(args.corpus, n, args.squad)
    print(f"{len(cases)} questions on {folder}", file=sys.stderr)

    started = time.perf_counter()
    ours_engine = OursEngine(folder, ROOT / ".cache" / "bench-index" / args.corpus)
    ours_setup = time.perf_counter() - started
    ours, ours_cases = run(ours_engine, cases)
    started = time.perf_counter()
    peer_engine = PeerEngine(folder)
    peer_setup = time.perf_counter() - started
    peer, peer_cases = run(peer_engine, cases)

    print(f"\n{args.corpus}: {len(cases)} questions; setup (index + models): ours {ours_setup:.1f} s, peer {peer_setup:.1f} s")
    print(table(ours, peer))
    if args.json:
        from dataclasses import asdict

        Path(args.json).write_text(json.dumps({"ours": ours, "peer": peer,
                                               "ours_cases": [asdict(r) for r in ours_cases],
                                               "peer_cases": [asdict(r) for r in peer_cases]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
