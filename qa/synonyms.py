"""Synonyms: a question that says "headed" of a sentence that says "led" asks what it says. A
closed list of everyday words with the same meaning, as qa/opposites.py is of opposites: the
embedding model puts such pairs far apart when it sees them alone ("weigh" ~ "assess" 0.35,
"headed" ~ "led" 0.34), and a word with two senses ("state": say / nation) is left out. The gate
also asks the model's word vectors (qa/wordsim.py); evidence selection asks only this list."""
from __future__ import annotations

import re
from functools import lru_cache

from .text import stem

_GROUPS = """lead led head chair direct command helm run ran manage chief | say said tell told report quote describe
announce declare claim remark comment | weigh assess consider evaluate examine | meet met gather convene assemble |
talks discussions negotiations | team delegation | begin began begun start commence launch initiate | end finish
conclude terminate | buy bought purchase acquire | build built construct erect | create found establish | make made
produce manufacture | die died perish | kill slay slew murder | show display exhibit demonstrate reveal | help aid
assist | give gave given grant award provide | get got obtain receive | use employ utilize utilise | need require |
try attempt seek sought aim hope | possible potential | grow grew grown increase rise rose risen expand | fall fell
fallen decrease decline drop | change alter modify | allow permit enable | stop halt cease | fight fought battle
combat | win won defeat beat | attack assault invade | leave depart quit | call name dub | write wrote written author
compose | study research investigate | rule govern reign | war conflict confrontation | summit gathering conference |
famous renowned noted celebrated | big large huge | small little tiny | important significant crucial | fast quick
rapid | worry concern fear | goal aim objective purpose | delay postpone defer | impose levy | picture photograph snap
| ban prohibit forbid | trigger spark provoke | happen occur hold held | suggest hint imply signal indicate | restrict
restriction curb limit control | equipment gear machinery | tariff levy | mediate broker | increase intensify heighten
| alongside sidelines margins fringes | ease reduce lessen defuse de-escalate | include cover comprise | withdraw
withdrew withdrawn pull | threat threaten warn | logo emblem symbol insignia | affect influence impact | manage handle
tackle address | evaluate measure gauge | hold held host | spokesperson spokesman spokeswoman representative |
describe characterise characterize portray depict | modernize modernise upgrade revamp overhaul"""


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in _GROUPS.split("|"):
        stems = {stem(w) for w in group.split()}
        for s in stems:
            out.setdefault(s, set()).update(stems - {s})
    return {k: frozenset(v) for k, v in out.items()}


def synonyms(term: str) -> frozenset[str]:
    """The stems that mean what the stem ``term`` means ("led" -> lead's others: "head", "chair", ...)."""
    return _table().get(term, frozenset())


def in_any_form(term: str, have: set[str]) -> bool:
    """Whether the stems ``have`` hold the stem ``term`` or a word of the same meaning."""
    return term in have or bool(synonyms(term) & have)


_TAKE_PLACE = re.compile(r"\b(?:take|takes|took|taken|taking)\s+place\b", re.I)
# "kick in", "come into force", "go into effect": what the sentence says as "take effect"
_TAKE_EFFECT = re.compile(r"\b(?:kicks?|kicked|kicking)\s+in\b|\b(?:come|comes|came|coming|go|goes|went|going|entry)\s+"
                          r"into\s+(?:force|effect)\b", re.I)
# "What do the talks point to?": what they indicate (one of the words of "signal")
_POINT_TO = re.compile(r"\bpoint(?:s|ed|ing)?\s+to\b", re.I)
# "floated the idea of postponing": suggested postponing
_FLOATED = re.compile(r"\b(?:float(?:s|ed|ing)?|rais(?:e|es|ed|ing))\s+the\s+(?:idea|prospect|possibility)\s+of\b",
                      re.I)
# "put off", "hold off on": delay
_PUT_OFF = re.compile(r"\b(?:put|puts|putting)\s+off\b|\bhold(?:s|ing)?\s+off\s+on\b|\bheld\s+off\s+on\b", re.I)
# "first name", "surname": a part of a name asks for the name (qa/extract.py: ``name_part``)
_NAME_PART = re.compile(r"\b(?:(?:first|given|last|family)\s+names?|surnames?|forenames?)\b", re.I)


def plain(question: str) -> str:
    """``question`` with a set phrase in one word of the list: "took place" -> "happen", "first
    name" -> "name", "point to" -> "indicate", "floated the idea of" -> "suggested", "put off" -> "delay"; or
    in the words news text says it with: "kick in" -> "take effect"."""
    question = _POINT_TO.sub("indicate", _TAKE_PLACE.sub("happen", _FLOATED.sub("suggested", question)))
    return _PUT_OFF.sub("delay", _TAKE_EFFECT.sub("take effect", _NAME_PART.sub("name", question)))
