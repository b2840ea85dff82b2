"""Questions about the time between two events, or their order: "How many days after the tariff threat
did Bessent make his statement?", "Bessent's statement came how many days after Trump's threat?",
"Which happened first, the threat or the statement?", "Did the statement come before or after the
threat?", "Had Trump threatened tariffs before Bessent's statement?".

No one sentence answers them: each event's date is in its own. The engine asks when each happened as
a question of its own (the same retrieval, gate and extraction as any question), and counts or
compares the two dates; the answer cites both sentences. Either date missing, the question is refused.
A question of how long, one sentence may answer itself ("just weeks after the ministry announced ...");
it is asked as any question first. Measured without the model: seed +4 correct, +1 refused, none lost
(before a sentence that tells the gap was asked first: 7 right answers lost to "15 days" counted from
the controls' start, not their announcement); 2,805 SQuAD unchanged.

"What happened three days after the tariff threat?" asks of a day no sentence names that way: the event's
date is found as above, moved by the days (weeks) asked, and "What happened on October 13?" asked as any
question; the answer cites what it found and the passage that dates the event. Nothing told of that day,
refused. Measured without the model: a batch of 40 new seed questions +1 correct, +1 refused; the other
seed sets and 2,805 SQuAD unchanged (none asks so).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .numerals import CARDINALS, DAY_OF_MONTH, MONTHS, cardinal
from .postag import tagged
from .text import FINITE_VERBS, fold
from .word_order import lemma

_MONTHS = {m.lower(): i for i, m in enumerate(MONTHS, 1)}
_MONTH = "|".join(_MONTHS)
_DATE = re.compile(DAY_OF_MONTH, re.I)
_UNIT = r"(?P<unit>days|weeks|months|years)"
_AUX = r"(?:did|does|do|was|were|is|are|will|would|had|has|have)"
_GAP = (
    # "How many days after the tariff threat did Bessent make his statement?"
    re.compile(rf"^\W*how\s+(?:many\s+{_UNIT}|long|soon)\s+(?P<rel>after|before)\s+(?P<a>.+?)\s+{_AUX}\s+(?P<b>.+?)"
               rf"\s*\??$", re.I),
    # "Bessent's statement came how many days after Trump's threat?"
    re.compile(rf"^\W*(?P<b>.+?)\s+(?:came|happened|occurred|was|were)\s+how\s+(?:many\s+{_UNIT}|long|soon)\s+"
               rf"(?P<rel>after|before)\s+(?P<a>.+?)\s*\??$", re.I),
    # "How many days passed between the threat and the statement?"
    re.compile(rf"^\W*how\s+(?:many\s+{_UNIT}|long|much\s+time)\s+(?:passed|elapsed|went\s+by|were\s+there|was\s+there|"
               rf"separated\s+\w+)?\s*between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s*\??$", re.I),
    # "How many days separated the threat and the statement?"
    re.compile(rf"^\W*how\s+(?:many\s+{_UNIT}|long|much\s+time)\s+(?:separated|separates|separate|lay\s+between)\s+"
               rf"(?P<a>.+?)\s+(?:and|from)\s+(?P<b>.+?)\s*\??$", re.I),
)
_ORDER = (
    # "Which happened first, the threat or the statement?", "Which came later: A or B?"
    re.compile(r"^\W*which\s+(?:\w+\s+)?(?:happened|happens|came|comes|occurred|occurs|was|is|took\s+place|"
               r"(?:was|were|is|are)\s+\w+ed)\s+(?P<which>first|earlier|sooner|"
               r"later|last|second|more\s+recent|older|newer)\s*[,:;-]?\s*(?P<a>.+?),?\s+or\s+(?P<b>.+?)\s*\??$",
               re.I),
    # "Did the statement come before or after the threat?"
    re.compile(rf"^\W*{_AUX}\s+(?P<b>.+?)\s+(?:come|happen|occur|take\s+place)\s+before\s+or\s+after\s+"
               rf"(?P<a>.+?)\s*\??$", re.I),
)


# "Had Trump threatened tariffs before Bessent's statement?", "Was the statement after the threat?": whether the
# first event came before (after) the second; not before a date ("... before November 1?": qa/comparison.py)
_WHETHER_ORDER = re.compile(r"^\W*(?P<aux>did|had|has|have|does|do|was|were)\s+(?P<b>.+?)\s+(?P<rel>before|after|"
                            r"prior\s+to|earlier\s+than|later\s+than)\s+(?P<a>.+?)\s*\??$", re.I)


# "What happened three days after the tariff threat?", "What happened the day before the talks began?"
_SHIFT = re.compile(rf"^\W*what\s+(?:happened|occurred|took\s+place)\s+"
                    rf"(?:(?P<n>an?|the|one|\d+|{'|'.join(CARDINALS[2:])})\s+)?"
                    r"(?P<unit>days?|weeks?)\s+(?P<rel>after|before|later\s+than|earlier\s+than)\s+"
                    r"(?P<a>.+?)\s*\??$", re.I)


@dataclass(frozen=True)
class TimeAsked:
    """What a question about time between events asks: ``kind`` "gap" (how long from ``events[0]`` to
    ``events[1]``, in ``unit``), "order" (which is ``which``: "first" or "later"; "relative": whether
    ``events[1]`` came before or after ``events[0]``; "before", "after": whether ``events[1]`` did) or
    "shift" (what happened ``days`` after ``events[0]``, before it when negative)."""

    kind: str
    events: tuple[str, ...]
    unit: str = "days"
    which: str = ""
    days: int = 0


def time_asked(question: str) -> TimeAsked | None:
    """The events and what is asked of their dates, or None when ``question`` is no such question."""
    text = question.strip()
    for pattern in _GAP:
        m = pattern.match(text)
        if m:
            a, b = _event(m.group("a")), _event(m.group("b"))
            unit = (m.group("unit") or "days").lower()
            return TimeAsked("gap", (b, a) if m.groupdict().get("rel", "").lower() == "before" else (a, b), unit)
    m = _SHIFT.match(text)
    if m:
        n = (m.group("n") or "one").lower()
        count = int(n) if n.isdigit() else cardinal(n) or 1  # "a", "the": one
        size = 7 if m.group("unit").lower().startswith("week") else 1
        later = m.group("rel").lower().startswith(("after", "later"))
        return TimeAsked("shift", (_event(m.group("a")),), "weeks" if size == 7 else "days",
                         days=count * size * (1 if later else -1))
    for pattern in _ORDER:
        m = pattern.match(text)
        if m:
            which = (m.groupdict().get("which") or "relative").lower()
            which = {"earlier": "first", "sooner": "first", "older": "first", "last": "later", "second": "later",
                     "newer": "later", "more recent": "later"}.get(" ".join(which.split()), which)
            return TimeAsked("order", (_event(m.group("a")), _event(m.group("b"))), which=which)
    m = _WHETHER_ORDER.match(text)
    if m and not re.search(rf"\b(?:{_MONTH}|\d{{4}})\b", m.group("a"), re.I):  # a date, a month, a year
        a, b = _event(m.group("a")), _event(m.group("b"))
        verbless = not any(pos.startswith("VB") for _, _, pos in tagged(b))
        if m.group("aux").lower() not in ("was", "were") or verbless:  # "Was the statement made ...?": not read
            which = "before" if m.group("rel").lower().startswith(("before", "prior", "earlier")) else "after"
            return TimeAsked("order", (a, b), which=which)
    return None


def _event(phrase: str) -> str:
    return re.sub(r"^(?:that|when)\s+", "", phrase.strip(" ,;:?"), flags=re.I)


def when_question(event: str) -> str:
    """The question that asks when ``event`` happened: "When did Bessent make his statement?" of a
    clause ("the talks began": "When did the talks begin?"), "When was the tariff threat?" of a noun
    phrase."""
    tags = tagged(event)
    at = next((i for i, (_, _, pos) in enumerate(tags) if i and (pos in FINITE_VERBS or pos == "VB" or
                                                              pos == "VBN" and tags[i - 1][2] == "NNP")), None)
    if at is None:
        return f"When was {event}?"
    start, end, pos = tags[at]
    if pos in ("VBD", "VBZ", "VBP", "VBN"):  # "the talks began": "When did the talks begin?"
        event = f"{event[:start]}{lemma(event[start:end])}{event[end:]}"
    return f"When did {event}?"


def opens_with_verb(text: str) -> bool:
    """Whether ``text`` (what a sentence says before a date) has a verb: the date is then no date of the
    sentence's main clause ("... announced new export controls, set to take effect on *November 8*")."""
    return any(pos.startswith("VB") for _, _, pos in tagged(text))


def date_in(text: str, year: int | None = None) -> date | None:
    """The first date ``text`` gives ("October 13", "24 October 2025"; the first day of a span), in
    ``year`` when it names none (a year with every day: 2000)."""
    m = _DATE.search(text)
    if not m:
        return None
    month, day, given = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    try:
        return date(int(given) if given else year or 2000, _MONTHS[fold(month)], int(day))
    except ValueError:
        return None


def counted(days: int, unit: str) -> str:
    """``days`` in the ``unit`` asked, when it is whole ("3 days", "2 weeks"); in days otherwise."""
    size = {"days": 1, "weeks": 7, "months": 0, "years": 0}[unit]
    if size and days % size == 0:
        n, name = days // size, unit
    else:
        n, name = days, "days"
    return f"{n} {name[:-1] if n == 1 else name}"
