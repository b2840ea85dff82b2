"""Soft term matching: a question word counts as present when the evidence has a word close in
meaning ("headed" ~ "led", "worried" ~ "concerns"), by cosine of the embedding model's word vectors."""
from __future__ import annotations

import numpy as np

from index import Embedder
from index.embed import VectorCache


class WordVectors:
    """Embedding-model vectors of single words, cached (a question needs a few dozen)."""

    def __init__(self, embedder: Embedder, cache_size: int = 100_000):
        self._vectors = VectorCache(embedder, cache_size)

    def __call__(self, words: list[str]) -> np.ndarray:
        return self._vectors.get(words, str)

    def close_to(self, wanted: list[str], present: list[str], threshold: float) -> list[str]:
        """The words of ``wanted`` that some word of ``present`` is at least ``threshold`` similar to."""
        if not wanted or not present:
            return []
        sims = self(wanted) @ self(present).T
        return [w for w, row in zip(wanted, sims) if float(row.max()) >= threshold]
