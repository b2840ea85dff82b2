"""Two questions asked as one: "Who led the delegations and where did they meet?", "When did Trump
threaten the tariff, and how large was it?", "What did Trump threaten and when?". Read whole, the
first is answered and the second dropped; read as two, each is answered (or refused) on its own and
the answers are joined, their citations numbered on. A pronoun of the second stands for what the
first names ("they": "the delegations"; "he": "Trump"), or, after a who-question, the name that
answers it ("Who made a statement on October 13 and what did he suggest?": "What did Treasury
Secretary Bessent suggest?"); a bare wh-word asks the first again ("and when?": "When did Trump
threaten?"). Measured without the model: the seed sets' two such questions F1
+0.5 summed (one sentence answered each whole), 2,805 SQuAD unchanged (none asks two); a new batch of
24 (bw-, vw-) 0.75 / 0.57 / 1.00 before, 0.94 / 0.48 / 0.75 after: a part asked alone is answered as
any question is, so two of its unanswerable ones ("... and what did investors say?") show what each
part alone gets wrong."""
from __future__ import annotations

import re

from .postag import tagged
from .text import is_plural
from .types import Answer

_WH = r"(?:who|whom|whose|what|when|where|why|how|which)"
# "<first>, and <wh-word> ...": both open with a wh-word; "and also", "and then" may join them
_JOINED = re.compile(rf"^(?P<first>\W*{_WH}\b.+?),?\s+and\s+(?:also\s+|then\s+)?(?P<second>{_WH}\b.*)$", re.I)
_AUX = r"(?:is|are|was|were|do|does|did|has|have|had|will|would|could|can|might|may|should)"
_FIRST_AUX = re.compile(rf"^\W*{_WH}\s+(?={_AUX}\b)", re.I)
# what a pronoun of the second stands for: a name for "he"/"she", a "the ..." phrase for "it"/"they"
_NAME = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_THE_PHRASE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\b", re.I)
_PERSONAL = {"he": "person", "she": "person", "him": "person", "her": "person",
             "it": "thing", "they": "thing", "them": "thing", "its": "thing", "their": "thing"}
_WHO = re.compile(r"\W*who\b", re.I)
ANSWER = "{answer}"  # in the second question, where the first's answer goes (see ``with_answer``)
_STOP = re.compile(r"\b(?:of|in|on|at|to|for|from|with|by|about|over|during|after|before|and|or)\b", re.I)


def _thing(first: str) -> str | None:
    """The first "the ..." phrase of ``first``, up to its verb or preposition: "the delegations" of
    "Who led the delegations", "the talks" of "Where were the talks held"."""
    m = _THE_PHRASE.search(first)
    if not m:
        return None
    words = list(re.finditer(r"[\w'’-]+", m.group()))
    tags = {a: pos for a, _, pos in tagged(first)}
    end = len(words)
    for i, w in enumerate(words[1:], start=1):
        pos = tags.get(m.start() + w.start(), "")
        if _STOP.fullmatch(w.group()) or pos.startswith("VB") and not (i == 1 and pos in ("VBN", "VBG")):
            # "the talks *held*", not "the *threatened* tariff"
            end = i
            break
    return m.group()[:words[end - 1].end()] if end > 1 else None


def _standing_for(pronoun: str, first: str, subject: bool = False) -> str | None:
    """What ``pronoun`` of the second question stands for in ``first``; a name for "it" only as the
    subject ("who was *it* named after": "Harvard"; not "where did he say *it*")."""
    kind = _PERSONAL.get(pronoun.lower())
    if kind == "person" and _WHO.match(first):
        return ANSWER  # "Who led China's delegation and when did *he* arrive?": whom the first answers
    if kind == "person":
        name = _NAME.search(first)
        return name.group() if name and not re.search(r"['’]s$", name.group()) else None
    plural = pronoun.lower() in ("they", "them", "their")
    thing = _thing(first) if kind else None
    if thing and is_plural(thing.split()[-1]) != plural:
        return None  # "it" of "the talks": not what the first names
    name = _NAME.search(first) if kind and not thing and not plural and subject else None
    return thing or (name.group() if name else None)  # "When was Harvard founded and who was it named after?"


def _resolved(second: str, first: str) -> str | None:
    """``second`` with its pronouns written as what ``first`` names them ("its": "the tariff's"); None
    when one stands for nothing ``first`` names."""
    missing = False

    def put(m: re.Match[str]) -> str:
        nonlocal missing
        after_aux = re.search(rf"\b{_AUX}\s+$", second[:m.start()], re.I) is not None
        found = _standing_for(m.group(), first, subject=after_aux)
        missing = missing or found is None
        return (found or m.group()) + ("'s" if found and m.group().lower() in ("its", "their") else "")
    text = re.sub(r"\b(?:he|she|him|her|it|they|them|its|their)\b", put, second, flags=re.I)
    return None if missing else text


def parts(question: str) -> tuple[str, str] | None:
    """The two questions ``question`` joins, each to be asked alone, or None if it asks one."""
    m = _JOINED.match(question.strip())
    if not m:
        return None
    first, second = m.group("first").strip(" ,"), m.group("second").strip()
    if len(first.split()) < 3 or re.search(r"\bbetween\b(?!.*\band\b)", first, re.I):
        return None  # "Who and what ...", "the difference between A and what B does": one question
    bare = re.fullmatch(rf"({_WH})\s*\??", second, re.I)
    if bare:  # "What did Trump threaten and when?": the first again, with the second's wh-word
        opening = _FIRST_AUX.match(first)
        if not opening:
            return None
        second = bare.group(1).capitalize() + " " + first[opening.end():]
    elif re.match(rf"{_WH}\s+(?:and|or)\b", second, re.I):
        return None  # "... and where and when?": no question of its own
    else:
        second = _resolved(second, first)
        if second is None:
            return None
    first = first[0].upper() + first[1:]
    second = second[0].upper() + second[1:]
    return first.rstrip("?") + "?", second.rstrip("?. ") + "?"


def with_answer(second: str, first: Answer) -> str | None:
    """The second question with the first's short answer where its pronoun stood ("When did *He
    Lifeng* arrive?"); None when the first is refused or answered by a whole sentence."""
    if ANSWER not in second:
        return second
    short = re.fullmatch(r"(.{1,60}?)\s*\[\d+\]\.", first.text)
    return None if first.refused or not short else second.replace(ANSWER, short.group(1))


def joined(question: str, asked: tuple[str, str], answers: tuple[Answer, Answer], refusal: Answer) -> Answer:
    """The two answers as one, in the order asked, the second's citation markers numbered on (a passage
    both cite keeps its number); a part the documents do not answer says so by its question. Refused
    (``refusal``) only when both are."""
    if all(a.refused for a in answers):
        return refusal
    citations, texts = [], []
    for part, answer in zip(asked, answers):
        if answer.refused:
            texts.append(f"On \"{part}\" the documents do not say.")
            continue
        numbers = {}
        for n, citation in enumerate(answer.citations, start=1):
            if citation not in citations:
                citations.append(citation)
            numbers[n] = citations.index(citation) + 1
        text = re.sub(r"\[(\d+)\]", lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", answer.text)
        texts.append(text[:1].upper() + text[1:])  # "Malaysia [1]. Very constructive [1]."
    mode = next(a.mode for a in answers if not a.refused)
    notes = "; ".join(f"{part} {a.note or a.mode}" for part, a in zip(asked, answers))
    return Answer(question, " ".join(texts), False, citations, mode=mode, note=f"two questions: {notes}")
