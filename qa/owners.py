"""Whose thing: "Which country's Commerce Ministry confirmed the delegation?" against "China's Commerce
Ministry confirmed ..." asks for the owner, "China", not for the ministry the question already names.
The owner stands before the thing with a possessive ("China's Commerce Ministry"), after it with "of"
("the logo of the Association of Southeast Asian Nations"), or before it as a name ("Norman culture").
"""
from __future__ import annotations

import re

from .extract import PERSON_NOUNS, Span
from .places import is_country
from .text import fold, nations

# "Which country's ...", "what newspaper's ...", "which US agency's ...", "whose ...": the words after
# it name the owned thing
_ASKS = re.compile(r"(?:\b(?:which|what)\s+(?:(?!(?:is|was|are|were|do|does|did|has|have|had)\s)[^\W\d_]+\s+)?"
                   r"[^\W\d_]+(?:['’]s|s['’])|^\s*whose)\s+(.+)", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_OWNED_WORDS = 3  # "Commerce Ministry", "parent company": the thing is named in a few words
# a capitalised name, not opened by an article ("The USSR's invasion" -> "USSR"); "Cobham–Edmonds"
_NAME = r"(?!(?:The|A|An)\s)[A-Z][\w&.–-]*(?:\s+(?:(?:of|the|for|de)\s+)*[A-Z][\w&.–-]*)*"  # "and" joins two
# "China's Commerce Ministry" for "Commerce Ministry" or "Ministry": up to two words between; the
# kind of owner may follow its name ("the Daily Mail newspaper's parent company")
_POSSESSIVE = re.compile(rf"({_NAME})(?:\s+[a-z]+)?(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){{0,2}}$")
_OF = re.compile(rf"^\s+of\s+(?:the\s+)?({_NAME})")
_BEFORE = re.compile(rf"({_NAME})\s+$")


def asked_owned(question: str) -> list[str]:
    """The words that may name the owned thing, longest first ("Commerce Ministry confirmed",
    "Commerce Ministry", "Commerce"), or [] when the question does not ask whose."""
    m = _ASKS.search(question)
    if not m:
        return []
    owned = _ARTICLE.sub("", m.group(1)).split()[:_OWNED_WORDS]
    return [" ".join(owned[:n]).strip("?.,") for n in range(len(owned), 0, -1)]


def _name_before(sentence: str, at: int) -> re.Match[str] | None:
    """The name right before offset ``at`` ("*Norman* culture"); a single capitalised word that only
    opens the sentence is none, unless it names a nation ("*Japanese* imports became ...")."""
    found = _BEFORE.search(sentence[:at])
    if found and (" " in found.group(1) or sentence[:found.start(1)].strip() or nations(found.group(1))):
        return found
    return None


def _a_person_asked(question: str) -> bool:
    """Whether the owner asked for is a person: "Which *leader's* navy plan ...?" (not "Which country's")."""
    m = re.search(r"\b(?:which|what)\s+(?:[^\W\d_]+\s+)?([^\W\d_]+)(?:['’]s|s['’])", question, re.I)
    return m is not None and (fold(m.group(1)) in PERSON_NOUNS or fold(m.group(1))[:-1] in PERSON_NOUNS)


def owner(sentence: str, question: str) -> Span | None:
    """The name that owns the thing the question names, in ``sentence``; None if no occurrence of
    the thing has one (then the question is answered the usual way). Measured: seed dev set +2
    answers ("China", "Association of Southeast Asian Nations"); of the 2,805 SQuAD questions it
    answers 4: "USSR", "Japanese", "Daily Mail", and "Cobham–Edmonds" where "Cobham" was wanted (the
    sentence answered that one wrongly before)."""
    person = _a_person_asked(question)
    for owned in asked_owned(question):
        found_thing = False
        for m in re.finditer(rf"(?<!\w){re.escape(owned)}(?:s|es)?(?!\w)", sentence, re.I):
            found_thing = True
            found = _POSSESSIVE.search(sentence[:m.start()])
            if found:
                return Span(found.start(1), found.end(1), found.group(1), 1.0)
            found = _OF.match(sentence[m.end():])
            if found:
                return Span(m.end() + found.start(1), m.end() + found.end(1), found.group(1), 1.0)
            found = _name_before(sentence, m.start())
            if found and not (person and (nations(found.group(1)) or is_country(fold(found.group(1))))):
                return Span(found.start(1), found.end(1), found.group(1), 1.0)  # not "US" of "US Navy" for a leader
        if found_thing:  # the longest naming of the thing that the sentence has decides
            return None
    return None
