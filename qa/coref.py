"""A body that a sentence names only as "the ministry" (the company, the court ...), and its name in the
sentence before: "Earlier this week, *China's Commerce Ministry* confirmed ... The discussions came just
weeks after *the ministry* announced new export controls". News and encyclopaedia text name a body once
and then call it by its kind; a question asks by the name ("Which ministry announced the controls?",
"What did China's Commerce Ministry announce?").
"""
from __future__ import annotations

import re

from .postag import tagged

BODY_NOUNS = frozenset("""ministry department agency commission committee council court company corporation
firm university college institute party parliament bank foundation society union league board bureau
authority""".split())
# "the ministry" and not "the ministry of ..." (a description, no reference back), nor "the Ministry"
_THE_BODY = re.compile(rf"\b[Tt]he\s+({'|'.join(sorted(BODY_NOUNS))})\b(?!\s+of\b)")
_CAPITALISED = r"[A-Z][\w'’.&-]*"
_OWNER = re.compile(rf"{_CAPITALISED}['’]s\s+$")  # "China's " before "Commerce Ministry"


def unnamed_body(sentence: str) -> re.Match[str] | None:
    """The first "the <body>" of ``sentence`` that no name in it ends with ("the ministry" of "... after
    the ministry announced ..."; not of "The Commerce Ministry said the ministry would ...")."""
    for found in _THE_BODY.finditer(sentence):
        if not re.search(rf"{_CAPITALISED}\s+{found.group(1).capitalize()}\b", sentence):
            return found
    return None


def reference(sentence: str, before: str) -> tuple[re.Match[str], tuple[int, int]] | None:
    """The "the <body>" of ``sentence`` and where in ``before`` that body is named: a name that ends
    with its word, with its owner ("China's Commerce Ministry"), as the doer (no verb before it); else None."""
    found = unnamed_body(sentence)
    if found is None or not before:
        return None
    named = re.search(rf"(?:{_CAPITALISED}\s+)+{found.group(1).capitalize()}\b", before)
    if named is None or any(pos.startswith(("VB", "MD")) for a, _, pos in tagged(before) if a < named.start()):
        return None  # the doer of the sentence before, not one it speaks of ("a gift from Yale University")
    owner = _OWNER.search(before[:named.start()])
    return found, ((owner.start() if owner else named.start()), named.end())


def resolved(sentence: str, before: str) -> str:
    """``sentence`` with "the <body>" replaced by the name ``before`` gives it ("... after China's
    Commerce Ministry announced ..."), or as it is."""
    referred = reference(sentence, before)
    if referred is None:
        return sentence
    found, (start, end) = referred
    return f"{sentence[:found.start()]}{before[start:end]}{sentence[found.end():]}"
