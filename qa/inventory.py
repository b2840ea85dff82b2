"""A question that asks what a document names of one kind: "Who are the people mentioned in the
article?", "Which countries are mentioned?", "List the dates in the text", "How many people are named?";
and one that asks whether it names a thing at all ("Does the article mention Xi Jinping?").

It has no words to retrieve by, and no one sentence answers it: the gate refused it. The answer is
every such item in the order the document first names it, each cited by that sentence. People are
the names the document gives with a title ("US Treasury Secretary Scott Bessent": "Scott Bessent";
"Treasury Secretary Bessent" later is the same person), so that a place, a body or a headline word
is not taken for one; countries are the names the country list knows; dates are those with a day
or a year ("October 24, 2025", "October 24 to 27"; not "Friday" alone). Whether a thing is mentioned
is answered by the first sentence that names it, cited, or refused when none does.
"""
from __future__ import annotations

import re

from index.split import sentence_spans

from .extract import _CAP_SEQ, DATE, TITLES, _type_spans
from .places import is_country
from .text import content_terms, fold

PEOPLE, COUNTRIES, DATES = "people", "countries", "dates"
_KINDS = {"people": PEOPLE, "persons": PEOPLE, "individuals": PEOPLE, "names": PEOPLE, "officials": PEOPLE,
          "countries": COUNTRIES, "nations": COUNTRIES, "dates": DATES}
_DOCUMENT = r"(?:the|this|that)\s+(?:article|document|text|story|piece|report)"
_KIND = rf"(?P<kind>{'|'.join(_KINDS)})"
_WHERE = rf"(?:\s+in\s+{_DOCUMENT})?\s*[?.!]*\s*$"
# "... does the article mention (name)?"
_NAMES = rf"(?:does|did)\s+{_DOCUMENT}\s+(?:mention|name|cite|list)\s*[?.!]*\s*$"
_ASKED = (  # "Who are the people mentioned (in the article)?", "List the dates", "What countries are named?"
    re.compile(rf"^\s*(?:(?:what|which|who)\s+(?:are|were)\s+(?:all\s+)?(?:the\s+)?(?:main\s+|key\s+)?"
               rf"|(?:please\s+)?(?:list|name|give\s+me)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?){_KIND}"
               rf"(?:\s+(?:that\s+(?:are|were)\s+)?(?:mentioned|named|cited|given))?{_WHERE}", re.I),
    re.compile(rf"^\s*(?:what|which)\s+{_KIND}\s+(?:are|were)\s+(?:mentioned|named|cited|given){_WHERE}", re.I),
    re.compile(rf"^\s*who\s+(?:is|are)\s+(?:mentioned|named){_WHERE}", re.I),
    re.compile(rf"^\s*(?:what|which)\s+{_KIND}\s+{_NAMES}", re.I),  # "Which countries does the article name?"
)
_HOW_MANY = re.compile(rf"^\s*how\s+many\s+{_KIND}\s+(?:(?:are|were)\s+(?:mentioned|named|cited|given){_WHERE}|"
                       rf"{_NAMES})", re.I)


def asks_inventory(question: str) -> tuple[str, bool] | None:
    """The kind of item a question asks the document's list of (``PEOPLE``, ``COUNTRIES``, ``DATES``)
    and whether it asks how many ("How many people are mentioned?"), or None."""
    counted = _HOW_MANY.match(question)
    m = counted or next((m for pattern in _ASKED for m in [pattern.match(question)] if m), None)
    if not m:
        return None
    return (_KINDS[m.group("kind").lower()] if m.groupdict().get("kind") else PEOPLE), counted is not None


def _runs(sentence: str) -> list[tuple[int, str]]:
    """The runs of capitalised words of ``sentence`` and where each starts, without a full stop after them."""
    return [(m.start(), m.group(0).rstrip(".")) for m in _CAP_SEQ.finditer(sentence)]


def _people(sentence: str) -> list[tuple[int, int]]:
    """The names after a title in ``sentence``: "Scott Bessent" of "US Treasury Secretary Scott Bessent"."""
    out = []
    for at, run in _runs(sentence):
        words = list(re.finditer(r"\S+", run))
        titled = [i for i, w in enumerate(words) if fold(w.group(0)) in TITLES]
        if titled and titled[-1] + 1 < len(words):
            out.append((at + words[titled[-1] + 1].start(), at + len(run)))
    return out


def _countries(sentence: str) -> list[tuple[int, int]]:
    return [(at, at + len(run)) for at, run in _runs(sentence) if is_country(run)] + \
        [(m.start() + i, m.start() + i + len(p)) for m in re.finditer(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)+\b", sentence)
         for i, p in _hyphened(m.group(0)) if is_country(p)]  # "Thailand-Cambodia"


def _hyphened(text: str) -> list[tuple[int, str]]:
    at, out = 0, []
    for part in text.split("-"):
        out.append((at, part))
        at += len(part) + 1
    return out


def _dates(sentence: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in _type_spans(sentence, DATE) if re.search(r"\d", sentence[a:b])]


_FIND = {PEOPLE: _people, COUNTRIES: _countries, DATES: _dates}


def inventory(text: str, kind: str) -> list[tuple[str, tuple[int, int]]]:
    """Each item of ``kind`` that ``text`` names, in the order it first names it, with the (start,
    end) of the sentence that does; a person named again in part ("Bessent") is not named twice."""
    found: list[tuple[str, tuple[int, int]]] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        for a, b in sorted(_FIND[kind](sentence)):
            item = sentence[a:b]
            words = set(item.split())
            if any(words <= set(seen.split()) for seen, _ in found):
                continue  # "Bessent" after "Scott Bessent", "Malaysia" again
            found = [(seen, at) for seen, at in found if not set(seen.split()) < words]  # "He" before "He Lifeng"
            found.append((item, (start, end)))
    return found


# "Does the article mention Xi Jinping?", "Is Japan mentioned (in the text)?", "Is there any mention of X?"
_MENTION = (
    re.compile(rf"^\s*(?:does|do|did)\s+(?:the\s+|this\s+)?(?:article|document|documents|text|story|piece|report)\s+"
               r"(?:ever\s+)?(?:mention|name|refer\s+to|talk\s+about|discuss|(?:say|said|tell|note)\s+anything\s+"
               r"(?:about|of|on))\s+(?P<what>.+?)\s*[?.!]*\s*$", re.I),
    re.compile(rf"^\s*(?:is|are|was|were)\s+(?P<what>.+?)\s+(?:ever\s+)?(?:mentioned|named|referred\s+to){_WHERE}",
               re.I),
    re.compile(rf"^\s*is\s+there\s+(?:any\s+)?mention\s+of\s+(?P<what>.+?){_WHERE}", re.I),
)


def mention_asked(question: str) -> str | None:
    """What a question asks whether the documents mention ("Xi Jinping" of "Does the article mention
    Xi Jinping?"), without a leading article; None for any other question."""
    m = next((m for pattern in _MENTION for m in [pattern.match(question)] if m), None)
    return re.sub(r"^(?:the|a|an)\s+", "", m.group("what"), flags=re.I) if m else None


def first_mention(text: str, what: str) -> tuple[int, int] | None:
    """(start, end) of the first sentence of ``text`` that names ``what`` as a phrase (any case), or
    else has all its words ("the ASEAN logo" of "The logo of the Association ... (ASEAN)")."""
    pattern = re.compile(rf"(?<!\w){re.escape(fold(what))}(?!\w)")
    spans = sentence_spans(text)
    wanted = set(content_terms(what))
    return next(((a, b) for a, b in spans if pattern.search(fold(text[a:b]))), None) or \
        next(((a, b) for a, b in spans if wanted and wanted <= set(content_terms(text[a:b]))), None)
