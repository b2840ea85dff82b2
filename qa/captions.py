"""Photo captions as news sites credit them: "... Kuala Lumpur, Friday, October 24, 2025 (AP Photo/Vincent Thian)".

A credit names the agency a picture came from and who took it, in one of a few set forms: "(AP
Photo/Name)", "(Photo by Name/Getty Images)", "(REUTERS/Name)". A question about the picture's
agency or its credit ("Which news agency supplied the photo?", "Who is the photo credited to?")
shares few words with the caption, so the gate would find it unrelated; this module finds the credit
and the part of it that answers. Measured without the model: the seed sets +8 correct (questions about
the photo's agency, its credit and its date); SQuAD (no captions) unchanged.
"""
from __future__ import annotations

import re

from .extract import Span
from .text import nations

_CREDITS = (
    re.compile(r"\((?P<agency>[A-Z][\w&.'’ -]{0,40}?)\s+(?:Photos?|Images?|Pictures?)\s*/\s*(?P<who>[^)/]+?)\s*\)"),
    re.compile(r"\((?:Photo|Picture|Image)(?:\s+by|:)\s*(?P<who>[^)/]+?)\s*/\s*(?P<agency>[^)/]+?)\s*\)", re.I),
    re.compile(r"\((?P<agency>[A-Z]{2,}|Reuters)\s*/\s*(?P<who>[^)/]+?)\s*\)"),
)
_PICTURE = r"(?:photos?|photographs?|pictures?|images?|caption|shot)"
# "Which news agency supplied the photo?", "Which agency's photographer took the picture?"
_AGENCY_ASKED = re.compile(rf"\b(?:agency|agency's|agencies|wire|service|outlet)\b.*\b{_PICTURE}\b|"
                           rf"\b{_PICTURE}\b.*\b(?:agency|agencies|wire|service|outlet)\b", re.I)
_PHOTOGRAPHER_ASKED = re.compile(r"\bphotographer\b|\bwho(?:m)?\b", re.I)
# "photo credit", "Who is the picture credited to?", "give me the photographer"
_CREDIT_ASKED = re.compile(rf"\b{_PICTURE}\s+credits?\b|\bcredit(?:s|ed)?\b.*\b{_PICTURE}\b|"
                           rf"\b{_PICTURE}\b.*\bcredit(?:s|ed)?\b|\bphotographers?\b", re.I)


# "Who was photographed arriving?", "Who is in the picture?": who the picture shows, never who took it
_SUBJECT_ASKED = re.compile(rf"\bwho(?:m)?\s+(?:is|was|are|were)\s+(?:(?:being|seen|shown)\s+)?"
                            rf"(?:photographed|pictured|shown|seen|filmed)\b|"
                            rf"\bwho(?:m)?\s+(?:is|was|are|were)\s+in\s+the\s+{_PICTURE}\b", re.I)


def photo_credit(sentence: str) -> re.Match[str] | None:
    """The credit of a photo caption, with its ``agency`` and ``who`` groups; None when there is none."""
    return next((m for m in (c.search(sentence) for c in _CREDITS) if m), None)


def asks_credit(question: str) -> bool:
    """Whether ``question`` asks for a photo's agency or its credit."""
    return bool(_AGENCY_ASKED.search(question) or _CREDIT_ASKED.search(question))


def credited_for(question: str, caption: str) -> bool:
    """Whether ``caption``'s credit can answer ``question``: the caption names every name the question
    does ("Which photographer took the picture *of Trump*?" is not answered by a logo's credit)."""
    return _uncaptioned(question, caption) is None


def _uncaptioned(question: str, caption: str) -> str | None:
    """The first name ``question`` gives (after its first word) that ``caption`` does not."""
    named = (re.sub(r"['’]s$", "", n) for n in re.findall(r"(?<=\s)[A-Z][\w'’.-]*", question))
    return next((n for n in named if n.lower() not in caption.lower()
                 and not nations(n) & nations(caption)), None)  # "Malaysian" of "Malaysia's"


def unshown(question: str, sentence: str) -> str | None:
    """For a question about a picture ("Whose photo shows *Trump* arriving?"), a name it gives that the
    caption ``sentence`` does not; None when it names none such, is about no picture, or ``sentence``
    is no caption. Measured without the model: seed +1 refused; SQuAD (no captions) unchanged."""
    if not re.search(rf"\b{_PICTURE}\b|\bpictured\b", question, re.I) or not photo_credit(sentence):
        return None
    return _uncaptioned(question, sentence)


def credited_name(sentence: str, question: str, start: int) -> bool:
    """Whether the name at ``start`` of ``sentence`` is in a photo's credit and ``question`` asks who the
    photo shows ("Who was photographed arriving?" is not answered by "(AP Photo/*Vincent Thian*)")."""
    credit = photo_credit(sentence) if _SUBJECT_ASKED.search(question) else None
    return credit is not None and credit.start() <= start < credit.end()


def credit_answer(sentence: str, question: str) -> Span | None:
    """For a question about a photo's agency, the agency its credit names ("AP" of "(AP Photo/Vincent
    Thian)"); about whom it is credited to, the photographer; about its credit, the credit itself ("AP
    Photo/Vincent Thian"). None for other questions or a sentence with no credit. "Who took the photo?"
    is answered with the names (qa/extract.py)."""
    found = photo_credit(sentence) if asks_credit(question) and credited_for(question, sentence) else None
    if not found:
        return None
    if _AGENCY_ASKED.search(question):
        return Span(found.start("agency"), found.end("agency"), found.group("agency"), 1.0)
    if _PHOTOGRAPHER_ASKED.search(question):  # "the photographer credited for the picture"
        return Span(found.start("who"), found.end("who"), found.group("who"), 1.0)
    start, end = found.start() + 1, found.end() - 1  # inside the brackets
    return Span(start, end, sentence[start:end], 1.0)
