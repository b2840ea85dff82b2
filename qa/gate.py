"""The answerability gate: refuse unless the evidence covers what the question is about.

A question is answerable from the evidence when (1) every name and number it mentions occurs in
the evidence, and (2) enough of its content terms, weighted by rarity, occur in the best evidence
sentence and the sentences around it, and (3) the best sentence is close in meaning.
"""
from __future__ import annotations

from dataclasses import dataclass

from .evidence import term_coverage
from .retrieve import KeywordIndex
from .text import QUESTION_WORDS, STOPWORDS, content_terms, fold, names, stem, words
from .types import Evidence


@dataclass(frozen=True)
class GateDecision:
    answerable: bool
    reason: str
    coverage: float = 0.0
    missing: tuple[str, ...] = ()


def key_names(question: str) -> list[str]:
    """Names and numbers in the question, folded: the things an answer must be about."""
    found = [n for n in names(question) if n not in QUESTION_WORDS]
    found += [w for w in words(question) if w[:1].isdigit()]
    return list(dict.fromkeys(found))


def check(question: str, evidence: list[Evidence], context: str, keywords: KeywordIndex,
          min_coverage: float = 0.5, min_similarity: float = 0.2) -> GateDecision:
    """Decide whether ``evidence`` (best first) can answer ``question``.

    ``context`` is the text around the evidence (its chunk): names may be found there.
    """
    if not evidence:
        return GateDecision(False, "nothing relevant was retrieved")
    context_terms = set(content_terms(context))
    missing = tuple(n for n in key_names(question)
                    if n not in STOPWORDS and stem(n) not in context_terms and n not in fold(context))
    if missing:
        return GateDecision(False, f"the documents do not mention {', '.join(missing)}", missing=missing)
    terms = content_terms(question, drop_question_words=True)
    best = evidence[0]
    window = " ".join(e.text for e in evidence[:2])
    coverage = max(term_coverage(terms, best.text, keywords), term_coverage(terms, window, keywords))
    if coverage < min_coverage:
        absent = tuple(t for t in terms if t not in set(content_terms(window)))
        return GateDecision(False, f"the evidence covers too little of the question ({coverage:.0%})",
                            coverage, absent)
    if best.dense < min_similarity:
        return GateDecision(False, f"the closest passage is unrelated (similarity {best.dense:.2f})", coverage)
    return GateDecision(True, "", coverage)
