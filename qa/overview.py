"""A question about a document as a whole ("What is this article about?", "Summarize the text in one
sentence", "What are the key takeaways?"; "What is the headline?").

It has no content words to retrieve by or to check, so the gate refused it ("covers too little of
the question"). The document's opening statement, its lede, is what it is about: that sentence,
cited, answers it; its first line, when that is a title, is its headline. With several documents
there is no telling which one "the article" is.
"""
from __future__ import annotations

import re

from index.split import sentence_spans

from .text import is_heading

_DOCUMENT = r"(?:article|document|text|story|page|report|file|piece|post|paper)s?"
_BRIEFLY = r"(?:\s+(?:in\s+(?:one|a|two|three|a\s+few)\s+(?:sentences?|words|lines|paragraphs?)|briefly|for\s+me))?"
_ASKS = re.compile(
    rf"^\s*(?:(?:please\s+)?(?:summari[sz]e|sum\s+up|recap)\b(?:\s+(?:this|the|that)\s+{_DOCUMENT})?{_BRIEFLY}"
    rf"|(?:what\s+are\s+)?(?:the\s+)?(?:key|main)\s+(?:takeaways?|points|facts)(?:\s+of\s+(?:this|the)\s+{_DOCUMENT})?"
    rf"|what\s+is\s+(?:this|the)\s+{_DOCUMENT}\s+mainly\s+about"
    rf"|(?:give\s+me\s+|write\s+)?(?:an?\s+|the\s+)?(?:short\s+|brief\s+|quick\s+)?(?:summary|overview|gist)\b"
    rf"(?:\s+of\s+(?:this|the|that)\s+{_DOCUMENT})?"
    rf"|(?:the\s+)?{_DOCUMENT}(?:'s)?\s+(?:summary|overview|gist)"
    rf"|what(?:\s+is|'s|\s+are|\s+was)\s+(?:this|the|that|these)\s+{_DOCUMENT}\s+about"
    rf"|what(?:\s+is|'s)\s+the\s+(?:gist|main\s+(?:point|idea|topic|story))(?:\s+of\s+(?:this|the)\s+{_DOCUMENT})?"
    rf"|tl;?\s*dr)\s*[?.!]*\s*$", re.I)
# "What is the headline?", "the article's title", "What is this story called?"
_TITLE_ASKED = re.compile(
    rf"^\s*(?:(?:what(?:\s+is|\s+was|'s)|give\s+me|tell\s+me)\s+)?(?:the\s+)?(?:{_DOCUMENT}(?:'s)?\s+)?"
    rf"(?:headline|title)(?:\s+of\s+(?:this|the|that)\s+{_DOCUMENT})?\s*[?.!]*\s*$"
    rf"|^\s*what\s+(?:is|was)\s+(?:this|the|that)\s+{_DOCUMENT}\s+(?:called|titled|headlined)\s*[?.!]*\s*$", re.I)
_TITLE_WORDS = 25  # more words than this make a paragraph, not a title
_LEDE_WORDS = 8  # fewer words than this make a title or a caption fragment, not an opening statement


def asks_overview(question: str) -> bool:
    """Whether ``question`` asks what a document is about, and nothing more specific."""
    return _ASKS.match(question.replace("’", "'")) is not None


def lede(text: str) -> tuple[int, int] | None:
    """(start, end) of the first sentence of ``text`` that states something: a full sentence
    (closing punctuation, eight words or more), not a heading, title line or caption fragment."""
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if sentence[-1] in ".!?" and len(sentence.split()) >= _LEDE_WORDS and not is_heading(text, start, end):
            return start, end
    return None


def asks_title(question: str) -> bool:
    """Whether ``question`` asks for a document's headline or title, and nothing more."""
    return _TITLE_ASKED.match(question.replace("’", "'")) is not None


def title(text: str) -> tuple[int, int] | None:
    """(start, end) of the first line of ``text`` when it is a title: no closing full stop, at most
    ``_TITLE_WORDS`` words ("US China talks in Malaysia called 'very constructive' by US Treasury")."""
    found = re.match(r"\s*(\S[^\n]*?)\s*(?:\n|$)", text)
    if not found or found.group(1)[-1] in ".!?" or len(found.group(1).split()) > _TITLE_WORDS:
        return None
    return found.start(1), found.end(1)
