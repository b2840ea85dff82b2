"""Capitals for a question typed in lower case: "who led china's team?" -> "who led China's team?".

The answer layer finds names by their capitals (the gate checks that every name a question names is
in the documents; candidates for "who" and "where" are capitalised phrases), so a question typed
without them loses those checks. The documents say how each word is written: a word that they write
capitalised in mid-sentence more often than not ("China", "US", "ASEAN") gets that spelling back,
and so does a country or a nationality they do not name ("japanese": the gate then finds that the
documents do not mention it).
Measured on the seed golden set with every question typed in lower case: unanswerables refused 0.75
-> 0.88 (1.00 as written: the two left name a title, "prime minister of malaysia", that no capitals
of the documents give away), F1 0.67 -> 0.74 (as written).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .places import countries
from .postag import known_word
from .text import DEMONYMS, STOPWORDS, spelt_out

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "china" of "china's", "thailand-cambodia"
# a word, and before it what opens a sentence (or a quote, a bracket, a clause after a dash)
_TOKEN = re.compile(rf"([.!?:;\n\"“”(]\s*|[-–—]\s+)?({_WORD.pattern})")


class Truecaser:
    """How the documents write each word in mid-sentence, and a question re-spelt accordingly."""

    def __init__(self, texts: Iterable[str]):
        seen: Counter[str] = Counter()
        self._known: set[str] = set()  # every word of the documents, in lower case
        self._initials: set[str] = set()  # of their capitalised names: "ft" of "the Financial Times"
        for text in texts:  # a sentence's first word is capitalised whatever it is: not counted
            self._initials |= {i for i in spelt_out(text) if len(i) <= 5}
            for m in _TOKEN.finditer(text):
                self._known.add(m.group(2).lower())
                if m.group(1) is None and m.start():
                    seen[m.group(2)] += 1
        forms: dict[str, Counter[str]] = {}
        for word, n in seen.items():
            forms.setdefault(word.lower(), Counter())[word] = n
        self._spelling = {low: form for low, counts in forms.items()
                          for form, n in [counts.most_common(1)[0]]
                          if form != low and n > counts.get(low, 0)}

    @property
    def spellings(self) -> dict[str, str]:
        """How the documents write their capitalised words, by the lower-case form ("bessent": "Bessent")."""
        return self._spelling

    def __call__(self, question: str) -> str:
        """``question`` with the documents' capitals, when it was typed without any; a question that
        has capitals is left as written ("Does a packet have physical mass?" is no "Physical Mass")."""
        if question != question.lower():
            return question
        return _WORD.sub(lambda m: self._spelling.get(m.group(0)) or _nation(m.group(0)) or self._unknown(m.group(0)),
                         question)

    def _unknown(self, word: str) -> str:
        """A word neither the documents nor the lexicon know is a name ("bangkok"): capitalised, the
        gate then finds that the documents do not mention it; the initials of a name of theirs ("ft":
        "FT"); or a name's possessive typed without its apostrophe ("chinas": "China's")."""
        if word in self._initials and word not in self._known and word not in STOPWORDS:
            return word.upper()  # "ft": "FT", which retrieval spells out ("Financial Times")
        if word in self._known or known_word(word):
            return word
        if len(word) < 3:
            return word
        if word.endswith("s") and word[:-1] in self._spelling:  # "chinas": "China's", an apostrophe left out
            return f"{self._spelling[word[:-1]]}'s"
        return word.title()


def _nation(word: str) -> str:
    """A country's or a nationality's one-word name capitalised ("japan", "japanese"), else ""."""
    if word not in DEMONYMS and word not in countries():
        return ""
    return word.upper() if len(word) <= 3 else word.title()
