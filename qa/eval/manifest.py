"""The run manifest: what produced a report, hashed, so drift shows even when scores do not move."""
from __future__ import annotations

import hashlib
import json
import subprocess
from functools import lru_cache
from pathlib import Path

from ..answer import LLM_VOTE, SYSTEM_PROMPT, build_prompt


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=8)
def sha256_path(path: str) -> str:
    """SHA-256 of a file, or of every file of a folder (names and contents, sorted)."""
    root = Path(path)
    files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
    h = hashlib.sha256()
    for file in files:
        h.update(file.relative_to(root).as_posix().encode() if root.is_dir() else b"")
        with open(file, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def git_commit(cwd: Path) -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=cwd, capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=cwd,
                               capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    if head.returncode != 0:
        return "unknown"
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def answer_hash(text: str, refused: bool, citations: list[dict]) -> str:
    return sha256_text(json.dumps([text, refused, citations], sort_keys=True, ensure_ascii=False))[:16]


def run_manifest(engine, answer_hashes: list[str]) -> dict:
    """Hashes of the documents, the index, the models and the prompt; decoding settings; the commit."""
    settings = engine.settings
    docs = {s: d.sha256 for s, d in sorted(engine.corpus.documents.items())}
    llm = engine.llm
    if llm is None:
        llm_id = {"backend": "none"}
    elif getattr(llm, "model_path", None):
        llm_id = {"backend": llm.name, "file": Path(llm.model_path).name, "sha256": sha256_path(llm.model_path)}
    else:
        llm_id = {"backend": llm.name, "model": getattr(llm, "model", "")}
    embed_path = getattr(engine.embedder, "model_path", None)
    template = build_prompt("{question}", "{sentence}")
    return {
        "documents": docs,
        "documents_sha256": sha256_text(json.dumps(docs, sort_keys=True)),
        "index_sha256": sha256_text(json.dumps([c.id for c in engine.corpus.chunks])),
        "embedding_model": {"id": engine.embedder.model_id,
                            "sha256": sha256_path(str(embed_path)) if embed_path else None},
        "llm": llm_id,
        "prompt_sha256": sha256_text(SYSTEM_PROMPT + template),
        "decoding": {"temperature": 0.0, "top_k": 1, "max_tokens": settings.max_tokens, "seed": 0, "llm_vote": LLM_VOTE},
        "settings": {k: v for k, v in settings.__dict__.items() if k not in ("api_key",)},
        "git_commit": git_commit(Path(__file__).resolve().parent),
        "answers_sha256": sha256_text("".join(answer_hashes)),
    }
