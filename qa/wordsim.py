"""Soft matching by cosine of the embedding model's vectors: a question word counts as present when
the evidence has a word close in meaning ("headed" ~ "led", "worried" ~ "concerns"), and a long
sentence is as close to a question as its closest clause."""
from __future__ import annotations

import numpy as np

from index import Embedder
from index.embed import VectorCache

from .text import PHRASE_BREAK


class WordVectors:
    """Embedding-model vectors of single words and clauses, cached (a question needs a few dozen)."""

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

    def best_clause(self, question: str, sentence: str) -> float:
        """The highest similarity of ``question`` to a clause of ``sentence`` (parts between commas,
        quotes, dashes and brackets, of three words or more): a long sentence's similarity is
        diluted by its other clauses ("... were described as 'very constructive', *according to a
        US Treasury spokesperson quoted by the Financial Times*")."""
        parts = [p.strip() for p in PHRASE_BREAK.split(sentence) if len(p.split()) >= 3]
        if len(parts) < 2:
            return -1.0
        vectors = self([question] + parts)
        return float((vectors[1:] @ vectors[0]).max())

