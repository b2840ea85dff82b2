"""The support check: an answer may state only what the cited text states.

Every number and name in the answer must occur in the cited text, and every other content word
must occur in the cited text or in the question (restating the question is not a claim).
"""
from __future__ import annotations

from .text import content_terms, fold, is_number, names, stem, words


def unsupported(answer: str, cited: str, question: str = "") -> list[str]:
    """The words of ``answer`` that ``cited`` does not back, in order; empty when fully supported."""
    cited_words = words(cited)
    cited_tokens = set(cited_words)
    cited_stems = {stem(w) for w in cited_words}
    allowed_stems = cited_stems | set(content_terms(question))
    folded_cited = fold(cited)
    problems: list[str] = []
    for token in words(answer):
        if is_number(token):
            if token not in cited_tokens:
                problems.append(token)
    answer_names = set(names(answer))
    for name in answer_names:
        if name not in cited_tokens and stem(name) not in cited_stems and name not in folded_cited:
            problems.append(name)
    for term in content_terms(answer):
        if not is_number(term) and term not in allowed_stems and term not in problems:
            if not any(stem(n) == term for n in answer_names):
                problems.append(term)
    return list(dict.fromkeys(problems))


def is_supported(answer: str, cited: str, question: str = "") -> bool:
    return not unsupported(answer, cited, question)
