"""A question that offers two named choices: "Was the summit held in Kuala Lumpur or in Bangkok?",
"Did He Lifeng or Xi Jinping lead Beijing's delegation?", "Did Trump threaten a 100% tariff or a 50%
tariff?". Read as one question, it names a thing the documents never mention (Bangkok) and is refused
for it; read as two, one question per choice, the documents answer one and not the other, and the
choice they answer is the answer. The engine asks both (``Choice.questions``) and answers with the
option whose question alone passes the gate; when both pass or neither does, the question is read
whole, as before ("a Treasury spokesperson or a Commerce Ministry one?": both are named). Three or
more options are read the same way ("in Bangkok, Jakarta or Kuala Lumpur?", "50%, 100% or 200%?"):
one question each, the one option whose question passes being the answer."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import QUESTION_WORDS, asks_yes_no, fold
from .word_order import statement_asked

# A name's words (capitalised, "of" between them) or a number ("100%", "November 8"), as the options are written
_WORD = r"(?:[A-Z][\w'’.-]*|\d[\d,.]*%?)"
_RUN = rf"{_WORD}(?:\s+(?:of\s+)?{_WORD})*"
# what the second option repeats of the first before its name: "in Kuala Lumpur or *in* Bangkok"
_LEAD = r"(?:(?:in|on|at|by|from|to|for|with|of)\s+)?(?:(?:the|a|an)\s+)?"
# the options, and the common words after both ("a 100% *tariff* or a 50% *tariff*")
_CHOICE = re.compile(rf"(?<![\w'’.-])(?P<a>{_RUN})(?P<shared>(?:\s+[a-z]+){{0,2}}),?\s+or\s+{_LEAD}"
                     rf"(?P<b>{_RUN})(?P=shared)(?![\w'’-])")
# three or more: "in Bangkok, Jakarta or Kuala Lumpur", "50%, 100% or 200%"
_LIST_CHOICE = re.compile(rf"(?<![\w'’.-])(?P<items>{_RUN}(?:\s*,\s*{_LEAD}{_RUN})+),?\s+or\s+{_LEAD}"
                          rf"(?P<last>{_RUN})(?![\w'’-])")


@dataclass(frozen=True)
class Choice:
    """The two options of a question and the question asked of each alone."""

    options: tuple[str, ...]
    questions: tuple[str, ...]


def _opening(run: str) -> int:
    """How many characters of ``run`` open the question rather than name an option: "Did " of "Did He Lifeng"."""
    first = re.match(r"(\S+)\s+", run)
    return first.end() if first and (fold(first.group(1)) in QUESTION_WORDS or asks_yes_no(run)) else 0


def _set_apart(question: str, found: re.Match[str]) -> bool:
    """Whether the options are set apart by a comma or a colon before them (an article or a
    preposition may come between: "the spokesperson, *the* Wall Street Journal, ...") and a comma or
    the end after them: "Which city, A or B(,) ..."."""
    before = re.sub(rf"\s*{_LEAD}$", "", question[:found.start()])
    return before.rstrip().endswith((",", ":")) and question[found.end():].strip(" ?.")[:1] in ("", ",")


def _listed(question: str, yes_no: bool) -> Choice | None:
    """Three or more options ("Was the summit held in Bangkok, Jakarta or Kuala Lumpur?"), each put
    alone where the list stood; None when there is no such list, or it is not a choice."""
    for found in _LIST_CHOICE.finditer(question):
        if not yes_no and not _set_apart(question, found):
            continue
        items = re.split(rf"\s*,\s*{_LEAD}", found.group("items"))
        skip = _opening(items[0])
        options = [items[0][skip:], *items[1:], found.group("last")]
        if not options[0] or len({fold(o) for o in options}) < len(options) or \
                any(fold(o) in QUESTION_WORDS for o in options):
            continue
        start = found.start("items") + skip
        return Choice(tuple(options), tuple(question[:start] + o + question[found.end():] for o in options))
    return None


# "Which of the following is on the list: A, B, or C?": the options after the colon, any words
_FOLLOWING = re.compile(r"^\W*(?:which|what)\s+(?:one\s+)?of\s+(?:the\s+following|these|those|the\s+options)"
                        r"(?:\s+(?:items|things|options|choices))?\s+(?P<said>[^:?]+?)\s*[:–—]\s*"
                        r"(?P<options>[^:?]+?)\s*\??\s*$", re.I)


def _following(question: str) -> Choice | None:
    """The options listed after "Which of the following ...:", each asked of alone as a yes/no question
    ("Is lithium batteries on the list?"); None for any other question, or one that asks which is not so."""
    m = _FOLLOWING.match(question)
    if not m or re.search(r"\bnot\b|n't\b", m.group("said"), re.I):
        return None
    options = [o.strip(" .") for o in re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", m.group("options")) if o.strip(" .")]
    if len(options) < 2:
        return None
    asked = [statement_asked(f"{o} {m.group('said')}") or f"{o} {m.group('said')}?" for o in options]
    return Choice(tuple(options), tuple(asked))


def choice(question: str) -> Choice | None:
    """The options of ``question`` and the question with each alone, or None if it offers no choice
    of names or numbers ("Who or what ...?", "the treaties or the courts" are left whole). A
    question asks to choose when it asks yes or no ("Was it ... A or B?") or sets its options apart
    by commas ("Which city hosted it, A or B?", "Which city, A or B, hosted it?"); "Who showed that
    ... not in P or NP-complete?" asks for neither."""
    following = _following(question)
    if following:
        return following
    yes_no = asks_yes_no(question)
    listed = _listed(question, yes_no)
    if listed:
        return listed
    for found in _CHOICE.finditer(question):
        if not yes_no and not _set_apart(question, found):
            continue  # "Who showed that ... not in P or NP-complete?" asks for neither
        skip = _opening(found.group("a"))
        a, b = found.group("a")[skip:], found.group("b")
        if not a or fold(a) == fold(b) or fold(b) in QUESTION_WORDS:
            continue
        start = found.start("a") + skip
        first = question[:found.end("shared")] + question[found.end():]
        second = question[:start] + question[found.start("b"):]
        return Choice((a, b), (first, second))
    return None
