"""Deterministic answer metrics: SQuAD exact match and F1, retrieval hit@k and MRR, citation checks."""
from __future__ import annotations

import collections
import re
import string
import unicodedata
from collections.abc import Callable, Sequence

from ..support import unsupported
from ..types import Answer

_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)
_MARKERS = re.compile(r"\s*\[\d+\]")


_ASCII_PUNCT = set(string.punctuation)


def normalize_answer(text: str) -> str:
    """The official SQuAD normalisation: lower case, no punctuation, no articles, single spaces.

    Punctuation includes typographic quotes and dashes (Unicode category P), which the official
    script, written for ASCII-cleaned text, leaves in: ‘very constructive’ must match very constructive.
    """
    text = text.lower()
    text = "".join(ch for ch in text if ch not in _ASCII_PUNCT and not unicodedata.category(ch).startswith("P"))
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def exact_match(prediction: str, truth: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(truth))


def f1(prediction: str, truth: str) -> float:
    pred, gold = normalize_answer(prediction).split(), normalize_answer(truth).split()
    if not pred or not gold:
        return float(pred == gold)
    common = collections.Counter(pred) & collections.Counter(gold)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision, recall = same / len(pred), same / len(gold)
    return 2 * precision * recall / (precision + recall)


def best(metric: Callable[[str, str], float], prediction: str, truths: Sequence[str]) -> float:
    return max((metric(prediction, t) for t in truths), default=0.0)


def contains_answer(text: str, truths: Sequence[str]) -> bool:
    """Whether an accepted answer occurs in ``text``, both normalised, on word boundaries."""
    padded = f" {normalize_answer(text)} "
    return any(f" {normalize_answer(t)} " in padded for t in truths if normalize_answer(t))


def strip_markers(text: str) -> str:
    return _MARKERS.sub("", text).strip()


def citation_validity(answer: Answer, read: Callable[[str], str]) -> float | None:
    """Share of citations whose offsets reproduce their quote; None when there are none."""
    if not answer.citations:
        return None
    ok = 0
    for c in answer.citations:
        try:
            ok += read(c.source)[c.start:c.end] == c.quote
        except Exception:  # an unknown source is an invalid citation
            pass
    return ok / len(answer.citations)


def citation_support(answer: Answer, truths: Sequence[str]) -> bool:
    """Whether an accepted answer occurs in what the answer cites."""
    return contains_answer(" ".join(c.quote for c in answer.citations), truths)


def answer_sentences(text: str) -> list[str]:
    """Sentences of an answer, markers kept, split after terminal punctuation that follows a marker or word."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text.strip())
    return [p for p in parts if p.strip()]


def citation_recall(answer: Answer, question: str = "") -> float | None:
    """ALCE-style citation recall: the share of answer sentences that carry a marker and are backed
    by the passages they cite (judged by the project's support check, not an NLI model)."""
    if answer.refused:
        return None
    sentences = answer_sentences(answer.text)
    if not sentences:
        return 0.0
    good = 0
    for sentence in sentences:
        marks = [int(m) for m in re.findall(r"\[(\d+)\]", sentence)]
        cited = [answer.citations[m - 1].quote for m in marks if 0 < m <= len(answer.citations)]
        if cited and not unsupported(strip_markers(sentence), " ".join(cited), question):
            good += 1
    return good / len(sentences)


def retrieval_ranks(passages: Sequence[tuple[str, str, str]], truths: Sequence[str],
                    sources: Sequence[str]) -> int | None:
    """1-based rank of the first relevant passage among de-duplicated (id, source, text) passages.

    A passage is relevant when it contains an accepted answer, or, when the case has no answers
    but names sources, when it comes from one of them. Duplicated ids count once, at their first rank.
    """
    seen: set[str] = set()
    rank = 0
    for pid, source, text in passages:
        if pid in seen:
            continue
        seen.add(pid)
        rank += 1
        if (truths and contains_answer(text, truths)) or (not truths and sources and source in sources):
            return rank
    return None
