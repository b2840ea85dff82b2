"""Hybrid retrieval: FAISS (dense) and BM25 (keyword) rankings of chunks, fused.

``qa.llamaindex.LlamaIndexRetriever`` wraps it for llama-index query engines (``Engine.as_retriever()``);
llama-index is imported only there, since importing it costs 0.7 s of every cold start.
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
from index import Chunk, Corpus, Embedder

from .fusion import reciprocal_rank_fusion
from .injection import addresses_the_model
from .text import content_terms

log = logging.getLogger("qa")
_INITIALS = re.compile(r"\b([A-Z]{2,5})\b")  # "FT", "WSJ"
MAX_INITIALS = 3  # looked up per question: each unknown one reads the documents once
MAX_LONG_FORMS = 4096


@dataclass(frozen=True)
class ScoredChunk:
    chunk: Chunk
    score: float
    dense_rank: int | None  # 1-based rank in the FAISS list, None if absent
    keyword_rank: int | None


class KeywordIndex:
    """BM25 (bm25s) over stemmed content words, plus document frequencies for term weights."""

    def __init__(self, texts: list[str]):
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.ERROR)
        tokens = [content_terms(t) or ["\x00empty"] for t in texts]
        self._bm25 = bm25s.BM25()
        self._bm25.index(tokens, show_progress=False)
        self._n = len(texts)
        self._df = Counter(term for doc in tokens for term in set(doc))

    def __contains__(self, term: str) -> bool:
        return term in self._df

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term; unseen terms weigh the most."""
        return math.log(1 + (self._n + 1) / (self._df.get(term, 0) + 0.5))

    def search(self, question: str, k: int) -> list[tuple[int, float]]:
        terms = [t for t in content_terms(question) if t in self._df]
        if not terms or not self._n:
            return []
        ids, scores = self._bm25.retrieve([terms], k=min(k, self._n), show_progress=False, n_threads=1)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if s > 0]


class HybridRetriever:
    def __init__(self, corpus: Corpus, embedder: Embedder, top_k: int = 5, candidates: int = 20,
                 weights: tuple[float, float] = (1.0, 1.0)):
        self.corpus, self.embedder = corpus, embedder
        self.top_k, self.candidates, self.weights = top_k, candidates, weights
        # Passages that talk to the model ("ignore your instructions...") are not content: they are
        # left out of both rankings, so a folder with them answers exactly as one without them.
        self.planted = {i for i, c in enumerate(corpus.chunks) if addresses_the_model(c.text)}
        for i in sorted(self.planted):
            c = corpus.chunks[i]
            log.warning("%s, characters %d-%d: reads as instructions to the model; never used as evidence",
                        c.source, c.start, c.end)
        self._rows = [i for i in range(len(corpus.chunks)) if i not in self.planted]  # keyword row -> chunk row
        self.keywords = KeywordIndex([corpus.chunks[i].text for i in self._rows])
        self._long_forms: dict[str, str | None] = {}

    def long_forms(self, question: str) -> list[str]:
        """What the question's unknown initials stand for in the documents: "Financial Times" for "FT"
        when no chunk says "FT" but one names a "Financial Times" (the first run of capitalised words
        those letters begin, "of", "the" and "and" passed over). A keyword search for "FT" finds nothing."""
        out = []
        for letters in list(dict.fromkeys(_INITIALS.findall(question)))[:MAX_INITIALS]:
            if letters.lower() in self.keywords:
                continue
            if letters not in self._long_forms:
                if len(self._long_forms) >= MAX_LONG_FORMS:  # a server asked forever: bounded
                    self._long_forms.clear()
                runs = r"\s+(?:(?:of|the|and)\s+)*".join(rf"{c}[\w'’-]*" for c in letters)
                pattern = re.compile(rf"\b{runs}\b")
                self._long_forms[letters] = next((m.group(0) for doc in self.corpus.documents.values()
                                                  for m in [pattern.search(doc.text)] if m), None)
            if self._long_forms[letters]:
                out.append(self._long_forms[letters])
        return out

    def search(self, question: str, query_vector: np.ndarray | None = None,
               top_k: int | None = None) -> list[ScoredChunk]:
        """The best ``top_k`` chunks for ``question``, fused from both rankings."""
        if query_vector is None:
            query_vector = self.embedder.embed_queries([question])[0]
        _, ids = self.corpus.index.search(query_vector[None, :], self.candidates + len(self.planted))
        dense = [int(i) for i in ids[0] if i >= 0 and int(i) not in self.planted][: self.candidates]
        keyword = [self._rows[i] for i, _ in self.keywords.search(question, self.candidates)]
        fused = reciprocal_rank_fusion([dense, keyword], self.weights)
        dense_rank = {i: r for r, i in enumerate(dense, 1)}
        keyword_rank = {i: r for r, i in enumerate(keyword, 1)}
        return [ScoredChunk(self.corpus.chunks[i], score, dense_rank.get(i), keyword_rank.get(i))
                for i, score in fused[: top_k or self.top_k]]
