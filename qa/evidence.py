"""Sentence-level evidence: the sentences of the retrieved chunks that best answer a question."""
from __future__ import annotations

import numpy as np

from index import Corpus, Embedder
from index.embed import VectorCache

from .coref import resolved
from .retrieve import KeywordIndex, ScoredChunk
from .synonyms import plain, synonyms
from .text import content_terms, is_heading, refers_back
from .types import Evidence


# Evidence selection counts a word covered only by a synonym half: in full, "established" ~
# "founded" lifted "the theretofore established principles" over "It was founded by Larry Roberts"
# (SQuAD sample 2025: one correct answer lost, F1 0.354 -> 0.338; at half, none lost and the seed's
# gains kept).
SELECTION_SYNONYM_WEIGHT = 0.5


def term_coverage(question_terms: list[str], text: str, keywords: KeywordIndex,
                  also_present: frozenset[str] = frozenset(), synonym_weight: float = 1.0) -> float:
    """IDF-weighted share of the question's content terms that occur in ``text`` (0..1), in any
    form or as a word of the same meaning (qa/synonyms.py: "headed" ~ "led").

    ``also_present``: terms known to be covered another way (a demonym matched by its country).
    ``synonym_weight``: how much a term covered only by a synonym counts (the gate: in full;
    evidence selection: ``SELECTION_SYNONYM_WEIGHT``).
    """
    if not question_terms:
        return 0.0
    present = set(content_terms(text)) | also_present
    total = sum(keywords.idf(t) for t in question_terms)
    found = sum(keywords.idf(t) for t in question_terms if t in present)
    similar = sum(keywords.idf(t) for t in question_terms if t not in present and synonyms(t) & present)
    return (found + synonym_weight * similar) / total


class EvidenceSelector:
    """Scores every sentence of the retrieved chunks by meaning (cosine) and by shared terms."""

    def __init__(self, corpus: Corpus, embedder: Embedder, keywords: KeywordIndex,
                 dense_weight: float = 0.5, cache_size: int = 50_000):
        self.corpus, self.embedder, self.keywords = corpus, embedder, keywords
        self.dense_weight = dense_weight
        self._vectors = VectorCache(embedder, cache_size)

    def _sentence_vectors(self, keys: list[tuple[str, int, int]]) -> np.ndarray:
        return self._vectors.get(keys, lambda key: self.corpus.documents[key[0]].text[key[1]:key[2]])

    def select(self, question: str, query_vector: np.ndarray, chunks: list[ScoredChunk],
               k: int = 3) -> list[Evidence]:
        keys: list[tuple[str, int, int]] = []
        # for a sentence that refers back: where the sentence before starts, its text, and what this one
        # says read with it
        referring: dict[tuple[str, int, int], tuple[int, str, str]] = {}
        for scored in chunks:
            doc = self.corpus.documents[scored.chunk.source].text
            said = [doc[a:b] for a, b in scored.chunk.sentences]
            for i, (start, end) in enumerate(scored.chunk.sentences):
                key = (scored.chunk.source, start, end)
                if is_heading(doc, start, end):  # "European Union law": a topic, no statement
                    continue
                if key not in keys:
                    keys.append(key)
                if not i:
                    continue
                previous = (scored.chunk.sentences[i - 1][0], said[i - 1])
                if refers_back(said[i]):  # "These include ...": what the sentence before says, too
                    referring[key] = (*previous, f"{resolved(said[i - 1], said[i - 2]) if i > 1 else said[i - 1]} "
                                                 f"{said[i]}")
                else:  # "... after the ministry announced ...": which ministry
                    told = resolved(said[i], said[i - 1])
                    if told != said[i]:
                        referring[key] = (*previous, told)
        if not keys:
            return []
        dense = self._sentence_vectors(keys) @ query_vector
        terms = content_terms(plain(question), drop_question_words=True)
        evidence = []
        for key, cos in zip(keys, dense):
            source, start, end = key
            text = self.corpus.documents[source].text[start:end]
            lexical = term_coverage(terms, text, self.keywords, synonym_weight=SELECTION_SYNONYM_WEIGHT)
            before_start, previous, told = referring.get(key, (0, "", ""))
            if previous:  # "It was commissioned by Odo": the words of "the Bayeux Tapestry" count too
                lexical = max(lexical, term_coverage(terms, told, self.keywords,
                                                     synonym_weight=SELECTION_SYNONYM_WEIGHT))
            score = self.dense_weight * float(cos) + (1 - self.dense_weight) * lexical
            evidence.append(Evidence(source, start, end, text, score, float(cos), lexical, previous, before_start))
        evidence.sort(key=lambda e: -e.score)
        return evidence[:k]
