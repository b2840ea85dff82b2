"""A place in a list, and how many it holds: "What is the 4th item in the list of controlled
materials?", "Which material is named first?", "What is the last thing on the list?" - the item at that
place of a list of three or more ("These include medium and heavy rare-earth elements, lithium
batteries, artificial graphite anodes, and rare-earth metal mining equipment": the fourth is "rare-earth
metal mining equipment"); "How many kinds of materials do the controls cover?" - four.

The ordinal says where in the list, not what the documents must mention: the gate reads the question
without it (``without_position``). Measured without the model: seed +1 correct, F1 +1.6 (two list
questions answered by the item, not the sentence); 2,805 SQuAD unchanged.
"""
from __future__ import annotations

import re

from .extract import LIST_OF_THREE, Span
from .numerals import CARDINALS, ORDINALS
from .postag import tagged
from .text import content_terms, fold, stem
from .types import Evidence

_PLACES = {word: i for i, word in enumerate(ORDINALS[:11]) if i} | {"last": -1, "final": -1}  # "first" .. "tenth"
_ORDINAL = rf"(?:{'|'.join(_PLACES)}|\d{{1,2}}(?:st|nd|rd|th))"
# "the 4th item in (on, of) the list", "the first material named (listed, mentioned)", "named first", "listed last"
_POSITION = re.compile(rf"\bthe\s+({_ORDINAL})\s+(?:[a-z-]+\s+){{0,2}}?(?:(?:in|on|of|from)\s+(?:the|that|this|"
                       rf"[A-Z][\w'’]*['’]s)\s+(?:[a-z-]+\s+)?list|(?:named|listed|mentioned|given)\b)|"
                       rf"\b(?:named|listed|mentioned|given)\s+({_ORDINAL})\b", re.I)
# where a list's first item starts: after a verb, a preposition, a colon or "such as" (walking back from its comma)
_OPENER_TAGS = ("VB", "IN", "TO", ":", "WDT", "WP")


def asked_position(question: str) -> int | None:
    """The place in a list a question asks for: 1 for "first", 4 for "4th", -1 for "last"; else None."""
    m = _POSITION.search(question)
    if not m:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return _PLACES[word] if word in _PLACES else int(re.match(r"\d+", word).group())


def without_position(question: str) -> str:
    """``question`` without the ordinal of a place in a list ("the 4th item in the list": "the item in
    the list"), which names nothing the documents must mention."""
    m = _POSITION.search(question)
    if not m:
        return question
    group = 1 if m.group(1) else 2
    return question[:m.start(group)] + question[m.end(group):]


def list_items(sentence: str) -> list[tuple[int, int]]:
    """The items of the first list of three or more in ``sentence``, as (start, end) spans: the words
    between its commas, the first from where its noun phrase starts, the last up to a verb or a break."""
    found = LIST_OF_THREE.search(sentence)
    if not found:
        return []
    first_comma = found.start()
    start = 0
    for a, b, pos in reversed(tagged(sentence[:first_comma])):
        if pos.startswith(_OPENER_TAGS) and sentence[a:b].lower() not in ("and", "or"):
            start = b
            break
    items = []
    for m in re.finditer(r"[^,]+", sentence[start:found.start(0) + len(found.group(0))]):
        part = re.sub(r"\s*\b(?:and|or)\s*$", "", m.group())  # the comma before "and": the last one follows
        a = start + m.start() + len(part) - len(part.lstrip())
        if part.strip():
            items.append((a, start + m.start() + len(part.rstrip())))
    last = found.end()
    tail = sentence[last:]
    stop = len(tail)
    previous = ""
    for a, b, pos in tagged(tail):  # the last item: up to a verb ("... and Norway *banned* ...") or a break
        if pos in ("VB", "VBD", "VBZ", "VBP", "MD", ".", ",", ":") or pos == "VBN" and previous.startswith("NN"):
            stop = a
            break
        previous = pos
    if tail[:stop].strip():
        items.append((last + len(tail) - len(tail.lstrip()), last + len(tail[:stop].rstrip())))
    return items


def list_position(sentence: str, question: str) -> Span | None:
    """The item at the place ``question`` asks for (see ``asked_position``) of the list in ``sentence``."""
    place = asked_position(question)
    items = list_items(sentence) if place else []
    if not items or place > len(items):
        return None
    a, b = items[place - 1] if place > 0 else items[-1]
    return Span(a, b, sentence[a:b], 1.0)


# "How many kinds of materials ...?", "How many items are listed ...?": a count of what a list holds (not "How many
# rare-earth elements are there?": the list says how many it names, not how many there are)
_HOW_MANY = re.compile(r"\W*how\s+many\s+(?:(?:kinds|types|sorts|categories|items|things|entries)\b|"
                       r"(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)\s+(?:are|were|is|was)\s+(?:listed|named|included|"
                       r"on\s+the\s+list)\b)", re.I)
_GENERIC = frozenset("kinds types sorts categories items things entries".split())  # whatever is listed
_COUNTS = CARDINALS[:13]  # "zero" .. "twelve"


def count_listed(question: str, evidence: list[Evidence]) -> tuple[int, Evidence] | None:
    """For "How many kinds of materials do the controls cover?" (a question that asks how many, of
    evidence with no number for it): how many items the list of the best two sentences has, and that
    sentence; None when neither lists three or more. Measured without the model: seed +1 correct,
    2,805 SQuAD unchanged; for any "how many" question, seed -13 refused ("How many rare-earth mines
    does China operate?": 4) and SQuAD -15: only kinds, items and what is listed are counted, and a
    thing listed only when the list or the sentence before it names it ("How many companies are
    listed?" of a list of materials is refused)."""
    asked = _HOW_MANY.match(question)
    if not asked:
        return None
    noun = asked.group("noun")

    def lists_such(ev: Evidence) -> bool:  # "How many companies are listed?" of a list of materials: not counted
        return not noun or noun.lower() in _GENERIC or stem(fold(noun)) in content_terms(f"{ev.before} {ev.text}")
    return next(((len(items), ev) for ev in evidence[:2] for items in [list_items(ev.text)]
                 if len(items) >= 3 and lists_such(ev)), None)


def in_words(n: int) -> str:
    """A count as a word, as documents write small ones: "four"; 13 and more in figures."""
    return _COUNTS[n] if n < len(_COUNTS) else str(n)
