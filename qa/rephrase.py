"""A question as users type it, made plain before it is read: "what's" is "what is", the polite
wrapper around it goes ("Can you tell me who led the delegation?" -> "who led the delegation?"),
and a request for a thing becomes a question for it ("Please tell me the date Trump threatened
tariffs" -> "What is the date Trump threatened tariffs"). Its words then say only what is asked:
"like", "know" and "tell" would count as words the evidence must cover, and a question with no
wh-word asks for nothing in particular. The answer keeps the question as typed."""
from __future__ import annotations

import re

_WRAPPER = re.compile(
    r"^\s*(?:please\s*,?\s+)?(?:"
    r"(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|show|say\s+to)\s+me\s+|"
    r"(?:do|does)\s+(?:you|anyone|anybody)\s+know\s+|"
    r"i\s*(?:'d|’d|\s+would)\s+like\s+to\s+know\s+|i\s+(?:want|need)\s+to\s+know\s+|"
    r"i\s+wonder(?:ed)?\s+|i'?m\s+wondering\s+|tell\s+me\s+)", re.I)
_WH = re.compile(r"^(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did)\b", re.I)
# "the date ...", "a list of ...": a thing asked for after the wrapper
_THING = re.compile(r"^(?:the|a|an)\s+\w", re.I)


# "what's", "whats", "who's": "what is" (a casual "what's the vice premier's name")
_WH_IS = re.compile(r"\b(what|where|when|how|who)['’]?s\b", re.I)


def wh_is(question: str) -> str:
    """``question`` with "what's" (or "whats", "who's", ...) written out: "what is"."""
    return _WH_IS.sub(r"\1 is", question)


def plain_question(question: str) -> str:
    """``question`` without a polite wrapper, "what's" written out, and as a question when it names
    the thing it wants."""
    question = wh_is(question)
    stripped = _WRAPPER.sub("", question, count=1)
    if _WH.match(stripped) and stripped != question:
        return stripped
    if _THING.match(stripped) and stripped != question:
        return f"What is {stripped}"
    return question  # "Tell me about the talks.": no question inside
