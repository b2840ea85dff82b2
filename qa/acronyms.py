"""What an acronym stands for: "What does ASEAN stand for?" against "the Association of Southeast
Asian Nations (ASEAN)". Documents spell an acronym out once, next to it in brackets; the long form
is the run of words whose letters spell the acronym, which no embedding or keyword score finds.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .extract import Span

# "What does X stand for?", "What is X short for?", "What is the full name of X?", "the acronym X"
_ASKS = re.compile(r"\bstands? for\b|\bshort for\b|\bfull (?:name|form|title)\b"
                   r"|\b(?:acronym|abbreviation|initialism)s?\b|\babbreviat", re.I)
# an acronym: two to eight letters, two or more of them capitals ("ASEAN", "vBNS", "NATO's")
_ACRONYM = re.compile(r"\b([A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?:['’]s)?\b")
_WORD = re.compile(r"[^\s()\[\],;:]+")
MAX_WORDS_PER_LETTER = 3  # "Very high-speed Backbone Network Service" (vBNS): small words in between


# "What is ASEAN?": the long form answers, if the documents give it (else the question is read as any other)
_WHAT_IS = re.compile(r"\s*what\s+(?:is|was|are|were)\s+(?:the\s+)?([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*\??\s*", re.I)


def defined_acronym(question: str) -> str | None:
    """The acronym of a question that asks only what it is ("What is ASEAN?"), or None."""
    m = _WHAT_IS.fullmatch(question)
    return m.group(1) if m and 2 <= len(m.group(1)) <= 8 and sum(c.isupper() for c in m.group(1)) >= 2 else None


def asked_acronym(question: str) -> str | None:
    """The acronym a question asks to have spelt out, or None if it asks something else."""
    if not _ASKS.search(question):
        return None
    found = [m.group(1) for m in _ACRONYM.finditer(question) if 2 <= len(m.group(1)) <= 8]
    return found[0] if found else None


@lru_cache(maxsize=4096)
def _spells(letters: str, words: tuple[str, ...]) -> bool:
    """Whether ``words`` spell ``letters``: every capitalised word gives its first letter and may give
    more from inside it, in order ("Southeast" -> S, E); a lower-case word may be passed over
    ("of", "high-speed")."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word[0].islower() and _spells(letters, rest):
        return True
    if not letters or word[0].lower() != letters[0]:
        return False
    inside, k = word[1:].lower(), 1
    while not _spells(letters[k:], rest):  # this word gives letters[:k]; try one more
        at = inside.find(letters[k]) if k < len(letters) else -1
        if at < 0:
            return False
        inside, k = inside[at + 1:], k + 1
    return True


def _long_form(letters: str, words: list[re.Match[str]], forward: bool) -> tuple[int, int] | None:
    """The offsets of the words right after the acronym (``forward``) or right before it that spell
    it, the longest such run ("Association of Southeast Asian Nations"), starting and ending with a
    capitalised word."""
    for n in range(min(len(words), len(letters) * MAX_WORDS_PER_LETTER), 0, -1):
        run = words[:n] if forward else words[-n:]
        if run[0].group(0)[0].isupper() and run[-1].group(0)[0].isupper() and \
                _spells(letters, tuple(m.group(0) for m in run)):
            return run[0].start(), run[-1].end()
    return None


def expansion(sentence: str, acronym: str) -> Span | None:
    """The words of ``sentence`` that ``acronym`` stands for, given next to it in brackets either
    way round ("Long Form (LF)", "LF (Long Form)"); None when the sentence does not spell it out."""
    letters = acronym.lower()
    for m in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", sentence):
        before = list(_WORD.finditer(sentence[:m.start()]))
        found = _long_form(letters, before, forward=False)
        if found:
            return Span(found[0], found[1], sentence[found[0]:found[1]], 1.0)
    for m in re.finditer(rf"\b{re.escape(acronym)}\s*\(([^)]*)\)", sentence):
        inner = m.start(1)
        after = list(_WORD.finditer(sentence, inner, m.end(1)))
        found = _long_form(letters, after, forward=True)
        if found:
            return Span(found[0], found[1], sentence[found[0]:found[1]], 1.0)
    return None
