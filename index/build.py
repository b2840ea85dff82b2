"""Build the index of a folder, or load it: only new and changed files are (re-)embedded."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import persist
from .embed import Embedder
from .load import DEFAULT_MAX_FILE_BYTES, load_folder
from .split import split_document
from .store import FaissIndex
from .types import BuildReport, Chunk, Document

log = logging.getLogger("qa.index")
SPLITTER_VERSION = 2  # 2: "c." (circa), "ca.", "cf.", "viz.", "et al." end no sentence


@dataclass(frozen=True)
class SplitSettings:
    chunk_chars: int = 600
    overlap_sentences: int = 1

    def to_dict(self) -> dict:
        return {"chunk_chars": self.chunk_chars, "overlap_sentences": self.overlap_sentences,
                "splitter": SPLITTER_VERSION}


@dataclass
class Corpus:
    """An indexed folder: its documents, chunks, their vectors and the FAISS index over them."""

    folder: Path
    documents: dict[str, Document]
    chunks: list[Chunk]
    vectors: np.ndarray
    index: FaissIndex
    indexed_at: dict[str, str] = field(default_factory=dict)  # source -> when it was embedded (UTC, ISO)

    def chunk_counts(self) -> dict[str, int]:
        return count_chunks(self.documents, self.chunks)


def count_chunks(documents: dict[str, Document], chunks: list[Chunk]) -> dict[str, int]:
    counts = dict.fromkeys(documents, 0)
    for chunk in chunks:
        counts[chunk.source] = counts.get(chunk.source, 0) + 1
    return counts


class NoDocumentsError(ValueError):
    """The folder holds no document that could be indexed."""


def _reusable(stored: dict | None, embedder: Embedder, split: SplitSettings) -> tuple[dict, str]:
    """Files of the stored manifest that can be reused, or why none can."""
    if stored is None:
        return {}, "no index yet"
    manifest = stored[0]
    if manifest.get("model_id") != embedder.model_id:
        return {}, f"embedding model changed ({manifest.get('model_id')} -> {embedder.model_id})"
    if manifest.get("split") != split.to_dict():
        return {}, "split settings changed"
    return manifest.get("files", {}), ""


def build_or_load(folder: str | Path, index_dir: str | Path, embedder: Embedder,
                  split: SplitSettings = SplitSettings(), progress: bool = True,
                  max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> tuple[Corpus, BuildReport]:
    folder, index_dir = Path(folder), Path(index_dir)
    loaded = load_folder(folder, max_file_bytes)
    report = BuildReport(skipped=loaded.skipped)
    if not loaded.documents:
        detail = "; ".join(f"{s.source}: {s.reason}" for s in loaded.skipped) or "it is empty"
        raise NoDocumentsError(f"no readable .txt, .md or .html documents in {folder} ({detail})")
    documents = {doc.source: doc for doc in loaded.documents}

    with persist.locked(index_dir):
        try:
            stored = persist.load(index_dir)
        except persist.CorruptIndexError as exc:
            log.warning("index at %s is corrupt (%s); rebuilding it", index_dir, exc)
            stored, report.rebuilt_reason = None, f"corrupt index: {exc}"
        files, why = _reusable(stored, embedder, split)
        if why and stored is not None:
            report.rebuilt_reason = why
            log.info("rebuilding the index: %s", why)
        rows_by_source: dict[str, list[int]] = {}
        if stored is not None and files:
            for row, chunk in enumerate(stored[1]):
                rows_by_source.setdefault(chunk.source, []).append(row)
        report.removed_files = sorted(set(files) - set(documents))

        chunks: list[Chunk] = []
        reused: list[tuple[int, list[int]]] = []  # (first row here, rows in the stored index)
        new_rows: list[int] = []  # rows here whose chunks are embedded now
        for source, doc in documents.items():
            entry = files.get(source)
            if entry and entry.get("sha256") == doc.sha256 and source in rows_by_source:
                rows = rows_by_source[source]
                reused.append((len(chunks), rows))
                chunks.extend(stored[1][r] for r in rows)
                report.reused_files.append(source)
            else:
                pieces = split_document(doc, split.chunk_chars, split.overlap_sentences)
                new_rows.extend(range(len(chunks), len(chunks) + len(pieces)))
                chunks.extend(pieces)
                report.embedded_files.append(source)
        if report.loaded_from_disk:
            vectors = stored[2]  # nothing changed: the memory-mapped file as it is
        else:
            # One array for every vector, filled in place: reused rows copied from the stored file,
            # new ones embedded a batch at a time, so no second copy of the whole set is ever held.
            dim = stored[2].shape[1] if reused else embedder.dim
            vectors = np.empty((len(chunks), dim), dtype=np.float32)
            for at, rows in reused:
                vectors[at:at + len(rows)] = stored[2][rows]
            _embed_into(vectors, new_rows, [chunks[i].text for i in new_rows], embedder, progress)
        report.embedded_chunks = len(new_rows)
        report.total_chunks = len(chunks)

        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        indexed_at = {s: (files.get(s, {}).get("indexed_at", now) if s in report.reused_files else now)
                      for s in documents}
        if not report.loaded_from_disk:
            counts = count_chunks(documents, chunks)
            manifest = {
                "model_id": embedder.model_id, "dim": int(vectors.shape[1]), "split": split.to_dict(),
                "files": {s: {"sha256": d.sha256, "title": d.title, "chunks": counts[s],
                              "indexed_at": indexed_at[s]} for s, d in documents.items()},
            }
            # Saved first, then indexed from the memory-mapped file: the array just embedded is let
            # go before FAISS makes its copy, so the vectors are never in memory twice.
            vectors = persist.save(index_dir, manifest, chunks, vectors)
        corpus = Corpus(folder, documents, chunks, vectors, FaissIndex(vectors), indexed_at)
    return corpus, report


EMBED_BATCH = 4096  # texts per call into the embedder (it batches further inside)


def _embed_into(out: np.ndarray, rows: list[int], texts: list[str], embedder: Embedder, progress: bool) -> None:
    """Embed ``texts`` into ``out[rows]``, a batch at a time."""
    from tqdm import tqdm

    bar = tqdm(total=len(texts), desc="embedding", unit="chunk", disable=not progress or len(texts) <= EMBED_BATCH)
    for start in range(0, len(texts), EMBED_BATCH):
        batch = texts[start:start + EMBED_BATCH]
        out[rows[start:start + len(batch)]] = embedder.embed_documents(batch, progress=progress and bar.disable)
        bar.update(len(batch))
    bar.close()
