"""A question put as a test puts it, with its options listed after it: "Which city hosted the
summit? A) Bangkok B) Kuala Lumpur C) Jakarta", "(a) 25% (b) 50% (c) 100%", "a. Li Qiang b. He
Lifeng", "1) The New York Times 2) The Financial Times", "Options: Japan, South Korea, Vietnam".

Read whole, the options are names the documents never mention, and the question is refused for them.
The question is asked without them (``Offered.stem``) and answered as any other; the option the
answer names is the answer, with its letter ("B) Kuala Lumpur [1]."), or else the one option the best
evidence sentences name ("Which of these do the controls cover? A) solar panels B) lithium batteries"
of an answer that is the sentence before the list). An answer that names none of the options, or more
than one, stands as it is, with a note that says so; a refusal stays a refusal ("Which city hosted the
46th summit? A) ... B) ..." of an article about the 47th)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold

# a label: "A)", "(a)", "a.", "1)", "B:" - each one after a space, or the question's end
_LABEL = re.compile(r"(?:(?<=\s)|^)(?:\((?P<p>[A-Da-d1-4])\)|(?P<l>[A-Da-d1-4])[).:])(?=\s)")
# "Options: Japan, South Korea, Vietnam", "Choices: ... or ..."
_NAMED_LIST = re.compile(r"\s*\b(?:options?|choices?|choose\s+from|pick\s+one|answers?)\s*:\s*(?P<items>.+)$", re.I)
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|/)\s*(?:or\s+)?|\s+or\s+")
# "Which of these ...?", "Which of the following ...?": the options are what "these" stands for
_OF_THESE = re.compile(r"\bwhich\s+of\s+(?:these|the\s+following|them)\b"
                       r"(\s+(?!(?:do|does|did|is|are|was|were|has|have|had|can|will|would)\b)[a-z]+\b)?", re.I)


@dataclass(frozen=True)
class Offered:
    """A question without its options (``stem``) and the options, each with its label ("B", or "")."""

    stem: str
    options: tuple[tuple[str, str], ...]


def _labels_in_order(labels: list[str]) -> bool:
    """Whether the labels run A, B, C ... (or a, b, c; 1, 2, 3) from the first."""
    first = {"a": "a", "1": "1"}.get(labels[0].lower())
    return first is not None and all(ord(lab.lower()) - ord(first) == i for i, lab in enumerate(labels))


def offered(question: str) -> Offered | None:
    """The options ``question`` lists after it (two or more, labelled in order from A, a or 1, or
    after "Options:"), and the question without them; None when it lists none."""
    labels = list(_LABEL.finditer(question))
    for i in range(len(labels) - 1):  # from the first label that opens an ordered run to the end
        run = labels[i:]
        names = [m.group("p") or m.group("l") for m in run]
        stem = question[:run[0].start()].strip()
        if len(run) < 2 or not _labels_in_order(names) or not stem.endswith(("?", ":")):
            continue
        texts = [question[m.end():(run[k + 1].start() if k + 1 < len(run) else len(question))] for k, m in
                 enumerate(run)]
        options = tuple((name.upper(), re.sub(r"[\s,;]+(?:or)?$", "", t.strip()).strip(" .")) for name, t in
                        zip(names, texts))
        if all(text for _, text in options):
            return Offered(_stem(stem), options)
    listed = _NAMED_LIST.search(question)
    if listed and question[:listed.start()].strip().endswith(("?", ".")):
        items = [i.strip(" .?") for i in _ITEM_SPLIT.split(listed.group("items"))]
        if len(items) >= 2 and all(items):
            return Offered(_stem(question[:listed.start()].strip()), tuple(("", item) for item in items))
    return None


def _stem(question: str) -> str:
    """The question alone, as a question: "Which of these do the controls cover?" asks what they cover."""
    question = question.rstrip(" :") + ("" if question.rstrip(" :").endswith("?") else "?")
    def plain(m: re.Match[str]) -> str:  # "Which of these products ...?" - "Which products ...?"
        word = ("which" + m.group(1)) if m.group(1) else "what"
        return word.capitalize() if m.group(0)[0].isupper() else word
    return _OF_THESE.sub(plain, question)


def _words(text: str) -> set[str]:
    """The words of ``text``, folded, without citation markers and leading articles ("The Financial Times")."""
    text = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\[\d+\]", " ", text), flags=re.I)
    return set(re.findall(r"[\w%]+", fold(text).replace("'s", "")))


def named(answer: str, options: tuple[tuple[str, str], ...], loose: bool = True) -> list[int]:
    """The indices of the options whose every word the answer has ("He Lifeng" in "Vice Premier He
    Lifeng"; "November 8", not "November 1"); failing that (and ``loose``), of the one option that
    shares a word with the answer no other option has ("He Lifeng" for "Vice Premier He")."""
    have = _words(answer)
    wants = [_words(text) for _, text in options]
    whole = [i for i, want in enumerate(wants) if want and want <= have]
    if whole or not loose:
        return whole
    own = [want - set().union(*(w for j, w in enumerate(wants) if j != i)) for i, want in enumerate(wants)]
    shared = [i for i, words in enumerate(own) if words & have]
    return shared if len(shared) == 1 else []
