"""Persist an index to disk and read it back, safely.

Layout of ``index_dir``::

    CURRENT            name of the live generation, replaced atomically
    <generation>/      manifest.json, chunks.jsonl, vectors.npy
    .lock              held while a process builds

A build writes a whole new generation, then swaps ``CURRENT``: a crash mid-build leaves the
previous index usable. The manifest holds a SHA-256 of every other file, so a truncated or edited
file is detected when loading and never used silently.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .types import Chunk

FORMAT_VERSION = 1
_GENERATION = re.compile(r"gen-[0-9a-f]{12}")


class CorruptIndexError(Exception):
    """The persisted index is missing a file, or a file does not match its checksum."""


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def locked(index_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``index_dir`` (other processes wait)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def save(index_dir: Path, manifest: dict, chunks: list[Chunk], vectors: np.ndarray) -> np.ndarray:
    """Write a new generation and make it the live one; returns its vectors, memory-mapped."""
    generation = f"gen-{uuid.uuid4().hex[:12]}"
    tmp = index_dir / f".tmp-{generation}"
    tmp.mkdir(parents=True)
    with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as f:
        for chunk in chunks:
            f.write(json.dumps(chunk.to_dict(), ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())
    with open(tmp / "vectors.npy", "wb") as f:
        np.save(f, np.ascontiguousarray(vectors, dtype=np.float32))
        f.flush()
        os.fsync(f.fileno())
    manifest = dict(manifest, format=FORMAT_VERSION,
                    checksums={name: _sha256_file(tmp / name) for name in ("chunks.jsonl", "vectors.npy")})
    with open(tmp / "manifest.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / generation)
    pointer = index_dir / f".CURRENT-{generation}"
    pointer.write_text(generation)
    os.replace(pointer, index_dir / "CURRENT")
    _fsync_dir(index_dir)
    for old in index_dir.iterdir():  # earlier generations and leftovers of killed builds
        if old.is_dir() and old.name != generation and (old.name.startswith("gen-") or old.name.startswith(".tmp-")):
            shutil.rmtree(old, ignore_errors=True)
    return np.load(index_dir / generation / "vectors.npy", mmap_mode="r")


def load(index_dir: Path) -> tuple[dict, list[Chunk], np.ndarray] | None:
    """The persisted (manifest, chunks, vectors), or None if there is none.

    Raises CorruptIndexError when what is there does not check out.
    """
    pointer = index_dir / "CURRENT"
    if not pointer.exists():
        return None
    name = pointer.read_text(errors="replace").strip()
    if not _GENERATION.fullmatch(name):
        raise CorruptIndexError(f"CURRENT names no generation: {name[:40]!r}")
    gen = index_dir / name
    try:
        manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
        for name, digest in manifest["checksums"].items():
            if _sha256_file(gen / name) != digest:
                raise CorruptIndexError(f"{name} does not match its checksum")
        with open(gen / "chunks.jsonl", encoding="utf-8") as f:
            chunks = [Chunk.from_dict(json.loads(line)) for line in f]
        vectors = np.load(gen / "vectors.npy", mmap_mode="r")
    except CorruptIndexError:
        raise
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorruptIndexError(f"cannot read {gen.name}: {exc}") from exc
    if len(vectors) != len(chunks):
        raise CorruptIndexError(f"{len(chunks)} chunks but {len(vectors)} vectors")
    return manifest, chunks, vectors
