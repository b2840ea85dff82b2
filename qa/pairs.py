"""The two things a question asks for, as the sentence pairs them: "What are the two primary
constitutional sources of the European Union?" - "the Treaty on European Union (TEU) and the Treaty
on the Functioning of the European Union (TFEU)"; "What are two basic primary resources used to
gauge complexity?" - "time and storage".

A question that asks for two things of a kind ("the two ...", "what two ...", "which two ...") is
answered by the two noun phrases of its best sentence that an "and" or an "or" joins, nearest to the
question's words, unless the question names both already ("both inflationary and deflationary").
Measured without the model: 2,805 SQuAD +3 correct, F1 +7.8 summed (whole sentences and one of the
two became the pair), no answer lost; seed sets F1 +3.3 ("Which two leaders might meet in South
Korea?" - "Trump and Chinese President Xi Jinping"), none lost.
"""
from __future__ import annotations

import re

from .extract import Span, _norm, question_stems, tokens
from .postag import tagged

# "What are the two ...", "What two ...", "Which two ...", "What were the first two ...": two asked for
_TWO_ASKED = re.compile(r"^\W*(?:what|which|who)\s+(?:(?:are|were|is|was)\s+)?(?:the\s+)?(?:(?:first|last|main)\s+)?"
                        r"two\s+(?!of\b)[a-z]", re.I)
_PHRASE_TAGS = ("NN", "JJ", "CD", "VBG", "FW")  # "time", "Council", "primary", "1964", "mining"
_JOINS = ("and", "or")
_NAME_LINKS = ("of", "on", "for")  # "the Treaty *on* European Union", "the Council *of* the European Union"
_WINDOW = 8  # tokens either side in which the question's words count


def two_asked(question: str) -> bool:
    """Whether ``question`` asks for two things of a kind ("What are the two ...?")."""
    return _TWO_ASKED.match(question) is not None


def _phrase_end(tags: list[tuple[int, int, str]], words: list[str], i: int) -> int:
    """The index after the noun phrase that starts at ``i`` ("the Council of the European Union")."""
    k = i + (words[i] in ("the", "a", "an"))
    start = k
    while k < len(tags) and tags[k][2].startswith(_PHRASE_TAGS) and \
            not (k > start and tags[k - 1][2].startswith("NNP") and tags[k][2] in ("NN", "NNS", "CD")):
        k += 1  # not "Xi Jinping *time*", "Mithouard *two* importers": a name ends where a common word follows
        linked = k + 1 < len(tags) and words[k] in _NAME_LINKS and \
            (tags[k + 1][2].startswith("NNP") and tags[k - 1][2].startswith("NN") or
             words[k + 1] == "the" and tags[k - 1][2].startswith("NNP"))
        if linked:  # "Council *of* the European Union", "the area *of* West Frisia"
            k += 1 + (words[k + 1] == "the")
    if k < len(tags) and "(" in (words[k], tags[k][2]):
        k = next((j + 1 for j in range(k, min(k + 4, len(tags))) if tags[j][2] == ")"), k)  # "(TEU)"
    return k if k > start else i


def _phrase_start(tags: list[tuple[int, int, str]], words: list[str], i: int) -> int:
    """The index where the noun phrase that ends just before ``i`` starts."""
    j = i
    if j and tags[j - 1][2] == ")":  # "(TEU)"
        j = next((x for x in range(j - 1, max(j - 5, -1), -1) if tags[x][2] == "("), j)
    while j and (tags[j - 1][2].startswith(_PHRASE_TAGS) or
                 j > 1 and words[j - 1] in (*_NAME_LINKS, "the") and tags[j - 2][2].startswith(("NNP", "IN"))
                 and words[j - 1] != words[j - 2]):
        j -= 1
    while j < i and words[j] in (*_NAME_LINKS, "the"):
        j += 1
    return j


def pair_asked(sentence: str, question: str) -> Span | None:
    """For a question that asks for two things (``two_asked``), the span of ``sentence`` that joins
    two noun phrases by "and" or "or", nearest to the question's words and not all of them the
    question's own; None when there is none."""
    if not two_asked(question):
        return None
    tags = list(tagged(sentence))
    words = [sentence[a:b].lower() for a, b, _ in tags]
    asked = question_stems(question)
    best: tuple[int, int, int] | None = None
    for i, word in enumerate(words):
        if word not in _JOINS or not 0 < i < len(tags) - 1:
            continue
        start, end = _phrase_start(tags, words, i), _phrase_end(tags, words, i + 1)
        if start == i or end == i + 1:
            continue
        own = {_norm(t) for _, _, t in tokens(sentence[tags[start][0]:tags[end - 1][1]])} - set(_JOINS)
        own -= {"the", "a", "an", *_NAME_LINKS}
        if not own or own <= asked:
            continue  # "both inflationary and deflationary": the question's own words
        near = sum(1 for a, b, _ in tags[max(0, start - _WINDOW):end + _WINDOW]
                   if _norm(sentence[a:b].lower()) in asked)
        if best is None or near > best[0]:
            best = (near, start, end)
    if best is None or not best[0]:
        return None
    _, start, end = best
    a, b = tags[start][0], tags[end - 1][1]
    return Span(a, b, sentence[a:b])
