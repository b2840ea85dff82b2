"""Soft term matching: a question word counts as present when the evidence has a word close in
meaning ("headed" ~ "led", "worried" ~ "concerns"), by cosine of the embedding model's word vectors."""
from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from index import Embedder


class WordVectors:
    """Embedding-model vectors of single words, cached (a question needs a few dozen)."""

    def __init__(self, embedder: Embedder, cache_size: int = 100_000):
        self.embedder = embedder
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def __call__(self, words: list[str]) -> np.ndarray:
        with self._lock:
            missing = [w for w in dict.fromkeys(words) if w not in self._cache]
        if missing:
            fresh = self.embedder.embed_documents(missing)
            with self._lock:
                self._cache.update(zip(missing, fresh))
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        with self._lock:
            return np.stack([self._cache[w] for w in words]) if words else np.zeros((0, 0), np.float32)

    def close_to(self, wanted: list[str], present: list[str], threshold: float) -> list[str]:
        """The words of ``wanted`` that some word of ``present`` is at least ``threshold`` similar to."""
        if not wanted or not present:
            return []
        sims = self(wanted) @ self(present).T
        return [w for w, row in zip(wanted, sims) if float(row.max()) >= threshold]
