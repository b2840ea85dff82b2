"""A question's misspelt words put right by the documents' own: "Who lead the chinese delagation?"
-> "... delegation?".

The gate asks the evidence to cover the question's words, so one misspelt word ("delagation",
"contols", "tlaks") refuses a question the documents answer. A word the documents never use in any
form and the tagger's lexicon does not know, one edit (a letter added, dropped, changed, or two
swapped) from a word the documents do use, and with the same first letter, is taken for that word.
Only words of four letters or more are touched (a short word has too many neighbours). Measured: of
the 2,805 SQuAD questions, 22 change, all but two ("mons", "snot") real typos ("charecterized",
"requiered"); no gate decision changes without the new evidence.

A capitalised word of five letters or more that is one edit from exactly one of the documents' names
(the words they write capitalised in mid-sentence, as qa/truecase.py reads them) is taken for that
name ("Bessant": "Bessent"), unless it names a nation ("Malaysian"). The gate let such names through
already, but what comes after reads names as written: "who is Bessant" found no role. Measured
without the model: seed sets +2 correct; 2,805 SQuAD +1 correct ("Maastrich Treaty"), and 3
unanswerable questions no longer refused on the false ground that the documents do not speak of the
"Lavietes Pavillion" (or "Cevennes").

A name the documents give only by its initials is written so: "the Wall Street Journal report" of an
article whose headline ends "...: WSJ" asks of "the WSJ report", so retrieval, the gate and the answer
read one name (the documents' words for it left as they are: "Financial Times", "United States" where
they are written out). Measured without the model: 2,805 SQuAD unchanged; seed sets unchanged.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from .postag import known_word
from .text import QUESTION_WORDS, STOPWORDS, nations, stem
from .truecase import Truecaser

_WORD = re.compile(r"[^\W\d_]+")
_INITIALS = re.compile(r"\b[A-Z]{2,5}\b")
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|the|and)\s+)*[A-Z][a-z]+)+\b")  # "Wall Street Journal"
MIN_LETTERS = 4
NAME_LETTERS = 5  # "Bessant", not "Xu" for "Xi"
_WH_WORDS = ("which", "where", "when", "what", "whose", "whom")  # a question's own words, whatever the documents'


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added, dropped, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:] or \
        (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])


class Speller:
    """The documents' words, and a question's misspelt ones put right by them."""

    def __init__(self, texts: Iterable[str], spellings: Mapping[str, str] | None = None):
        """``spellings``: how the documents write their names (``Truecaser.spellings``; made from
        ``texts`` when not given)."""
        texts = list(texts)
        self._counts: Counter[str] = Counter()
        for text in texts:
            self._counts.update(w.lower() for w in _WORD.findall(text))
        spellings = Truecaser(texts).spellings if spellings is None else spellings
        # "bessent" -> "Bessent": the documents' names, not their initials ("FT")
        self._names = {low: form for low, form in spellings.items() if not form.isupper()}
        self._stems = {stem(w) for w in self._counts}
        self._initials = {w for text in texts for w in _INITIALS.findall(text)}  # "WSJ"
        self._by_first: dict[str, list[str]] = {}
        self._headless: dict[str, str] = {}  # "xport" -> "export": the first letter dropped
        for word in self._counts:
            if len(word) >= MIN_LETTERS - 1:
                self._by_first.setdefault(word[0], []).append(word)
            if len(word) > MIN_LETTERS and self._counts[word] >= self._counts[self._headless.get(word[1:], word)]:
                self._headless[word[1:]] = word

    def correct(self, word: str) -> str:
        """The documents' word ``word`` misspells, or ``word`` itself."""
        if word[:1].isupper() and not word.isupper():
            return self._name(word)
        if len(word) < MIN_LETTERS or not word.islower() or word in self._counts or word in STOPWORDS \
                or word in QUESTION_WORDS or known_word(word) or stem(word) in self._stems:
            return word  # a word of the language, or another form of one of the documents' ("bunkers")
        asked = [w for w in _WH_WORDS if one_edit_apart(word, w)]  # "wich", "wehre"
        if asked:
            return asked[0]
        near = [w for w in self._by_first.get(word[0], ()) if one_edit_apart(word, w)]
        if not near and word in self._headless:
            return self._headless[word]
        return max(near, key=lambda w: (self._counts[w], w)) if near else word

    def _name(self, word: str) -> str:
        """The documents' name ``word`` misspells ("Bessant": "Bessent"), when it is one edit from
        exactly one of them, with the same first letter; else ``word``."""
        lower = word.lower()
        if len(word) < NAME_LETTERS or lower in self._counts or known_word(lower) or nations(word):
            return word  # "Malaysian" is no misspelt "Malaysia"
        near = [w for w in self._by_first.get(lower[0], ()) if w in self._names and one_edit_apart(lower, w)]
        return self._names[near[0]] if len(near) == 1 else word

    def initialled(self, question: str) -> str:
        """``question`` with a name the documents give only by its initials written as they give it:
        "Who wrote the Wall Street Journal report?" -> "Who wrote the WSJ report?" (a headline's "...:
        WSJ"), so that retrieval, the gate and the answer read one name. A name whose words the
        documents use is left as it is ("Financial Times", "Court of Justice of the European Union"), and so
        is one with any word they use ("Parisien Protestants" of a text that writes "PP" and "Protestants")."""
        def short(run: re.Match[str]) -> str:
            named = [w for w in run.group(0).split() if w not in ("of", "the", "and")]
            letters = "".join(w[0] for w in named)
            used = any(w.lower() in self._counts for w in named)  # "Parisien Protestants" is no "PP"
            return letters if letters in self._initials and not used else run.group(0)
        return _NAME_RUN.sub(short, question)

    def __call__(self, question: str) -> str:
        return self.initialled(_WORD.sub(lambda m: self.correct(m.group(0)), question))
