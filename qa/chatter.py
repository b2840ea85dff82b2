"""What a user says around a question that is no part of it, taken off: a greeting ("Hi there! What
is ...?"), an apology or a hedge before it ("Sorry if this is obvious, but which ...?", "Quick q -
what ...?", "Just curious: which ...?"), thanks and urgency after it ("Who led the US side? Thanks!",
"... meet?? need this asap"), a postscript ("(ps: love this tool)") and emoji.

Left on, their words are question words: the gate takes "Thanks" and "Quick" for names the documents
do not mention, and coverage counts "sorry" and "obvious" as words the evidence lacks. Only these
closed forms go; a sentence that says what the question is about stays (qa/preamble.py reads it).
Measured without the model, with the hedged asks qa/rephrase.py unwraps ("any idea", "remind me"): a
batch of 40 such seed questions from 0.65 correct, 0.80 refused to 0.90, 0.85; SQuAD unchanged.
"""
from __future__ import annotations

import re

_GREETING = (r"(?:hi|hello|hey|heya|hiya|greetings|good\s+(?:morning|afternoon|evening|day))"
             r"(?:\s+(?:there|all|everyone|team|folks))?")
_HEDGE = (r"(?:quick|random|simple|dumb|silly|stupid|basic|short|small)\s+(?:q|qn|question)|"
          r"sorry(?:\s+(?:if\s+this\s+is|to\s+bother|for\s+the|but)\b[^,.:;!?–—]*)?|"
          r"(?:just\s+)?(?:curious|wondering)|in\s+(?:a|one)\s+word|in\s+(?:short|brief|a\s+nutshell)|briefly|"
          r"(?:ok(?:ay)?|so|well|um+|hmm+)(?=\s*[,:;])|correct\s+me\s+if\s+i['’]?m\s+wrong|in\s+your\s+own\s+words|"
          r"q\s*\d*|question\s*\d+")  # "Q:", "Question 3:"
# at the start: a greeting or a hedge, then a break ("!", ",", ":", "-") and the question; "sorry ..., but"
_OPENING = re.compile(rf"^\W*(?:{_GREETING}|{_HEDGE})\s*(?:[!,.:;]+|\s[-–—])\s*(?:but\s+)?(?=\S)", re.I)
# a filler word before the question, with no break after it ("so like how many ...", "um who led ..."; not "So what?")
_FILLER = re.compile(r"^\W*(?:(?:so|ok(?:ay)?|um+|uh+|hmm+|well)(?:\s+like)?|like)\s+(?=(?:what|which|who|whom|whose|"
                     r"when|where|why|how|is|are|was|were|do|does|did|can|could|will|would)\s+\w)", re.I)
# at the end: thanks, urgency or a laugh after the question ("? Thanks!", "?? need this asap", ", thx")
_THANKS = (r"(?:many\s+)?(?:thanks|thank\s+you|thx|ty|tia|cheers|much\s+appreciated|appreciate\s+it)"
           r"(?:\s+(?:a\s+lot|so\s+much|very\s+much|in\s+advance))?")
_URGENCY = r"asap|urgently|(?:i\s+)?need\s+(?:this|it|to\s+know)\s+(?:asap|urgently|quickly|fast|today|now)"
_CLOSING = re.compile(rf"(?:(?<=\?)|[\s,.!]+)\s*(?:(?:{_THANKS}|{_URGENCY}|lol|haha|please|pls|plz)[\s!.,]*)+$", re.I)
# a postscript in brackets at the end: "(ps: love this tool)", "(btw ...)"
_POSTSCRIPT = re.compile(r"\s*\(\s*(?:ps|p\.s\.|btw|fyi|lol|just\s+curious)\b[^()]*\)\s*$", re.I)
# words of emphasis, no part of what is asked ("Where were they *actually* held?", "What day *exactly*?")
_EMPHASIS = re.compile(r"\s+(?:actually|exactly|really|precisely)\b(?=[\s?.!,])", re.I)
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+")


def without_chatter(question: str) -> str:
    """``question`` without the greeting, hedge, thanks, postscript and emoji around it; the question as
    it is when nothing else would be left."""
    text = _EMOJI.sub(" ", question)
    for _ in range(3):  # "Hi! Quick question: ..."
        opened = _OPENING.sub("", text, count=1)
        if opened == text:
            break
        text = opened
    text = _EMPHASIS.sub("", _POSTSCRIPT.sub("", _FILLER.sub("", text, count=1)))
    text = _CLOSING.sub("", text)
    text = " ".join(text.split())
    text = re.sub(r"\?{2,}", "?", text)  # "meet??"
    if not re.search(r"\w", text):
        return question
    return text[:1].upper() + text[1:] if question[:1].isupper() else text  # "Hi! what ...": as typed
