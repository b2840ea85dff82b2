"""Follow-up questions ("and when do they take effect?") made standalone before retrieval."""
from __future__ import annotations

import re

from .text import QUESTION_WORDS, STOPWORDS

_REFERS_BACK = re.compile(r"\b(it|its|they|them|their|theirs|he|him|his|she|her|this|that|these|those|there|then)\b", re.I)
_LEADING = re.compile(r"^\s*(and|but|so|also|then|ok(ay)?|what about|how about)\b[\s,]*", re.I)


def is_followup(question: str) -> bool:
    """Whether a question leans on an earlier one: it opens with "and …"/"what about …", or refers
    back with a pronoun and names nothing of its own."""
    if _LEADING.match(question):
        return True
    if not _REFERS_BACK.search(question):
        return False
    own = [w for w in re.findall(r"[A-Za-z][\w'-]*", question)
           if w.lower() not in STOPWORDS and w.lower() not in QUESTION_WORDS and not _REFERS_BACK.fullmatch(w)]
    return len(own) <= 3


def topic_words(question: str) -> list[str]:
    """The content words of a question, in their original form, in order."""
    words = re.findall(r"[\w'’%-]+", question)
    return [w for w in words if w.lower() not in STOPWORDS and w.lower() not in QUESTION_WORDS]


def standalone(question: str, previous: list[str]) -> str:
    """``question`` made standalone using the earlier questions of the conversation (latest last).

    A follow-up keeps its own words and gains the topic words of the question it follows, which
    is what retrieval and the answerability gate need:
    "and when do they take effect?" after "What export controls did China announce?" becomes
    "When do they take effect? (export controls China announce)".
    """
    question = question.strip()
    if not previous or not is_followup(question):
        return question
    body = _LEADING.sub("", question).strip() or question
    body = body[0].upper() + body[1:]
    own = {w.lower() for w in topic_words(body)}
    topic = [w for w in topic_words(previous[-1]) if w.lower() not in own]
    return f"{body} ({' '.join(topic)})" if topic else body
