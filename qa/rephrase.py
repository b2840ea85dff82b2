"""A question as users type it, made plain before it is read: "what's" is "what is", the polite
wrapper around it goes ("Can you tell me who led the delegation?" -> "who led the delegation?"), as
does the source it names ("According to the article, what did Xi say?" -> "what did Xi say?"),
a request for a thing becomes a question for it ("Please tell me the date Trump threatened
tariffs" -> "What is the date Trump threatened tariffs"), and so does a search-box query ("Trump
Xi meeting location" -> "What is the location of the Trump Xi meeting?"). Its words then say
only what is asked: "like", "know" and "tell" would count as words the evidence must cover, and a
question with no wh-word asks for nothing in particular. The answer keeps the question as typed.
"What does the author say the talks signal?" asks what "What do the talks signal?" does, and "The
article says they met over what?" what "they met over what?" does (measured without the model: seed
F1 +0.6; one unanswerable no longer refused only because "piece" was a word the evidence lacked;
2,805 SQuAD unchanged)."""
from __future__ import annotations

import re

from .extract import asks_attribute
from .postag import tagged
from .preamble import without_preamble
from .text import FINITE_VERBS, fold, is_plural, wh_is, words
from .word_order import (blanks_asked, checked, cleft_asked, embedded_asked, future_asked, positive, setting_last,
                         significance_asked, whether_asked, why_asked)

_SOURCES = r"(?:article|text|document|story|report|passage|piece|author|writer|headline|sub-?heading|subhead|caption)"
# a formal request: "Identify the newspaper that ...", "Kindly state the date on which ..."
_REQUEST = r"(?:kindly\s+)?(?:state|identify|specify|indicate|provide|mention|determine|find|point\s+out|look\s+up)"
_WRAPPER = re.compile(
    r"^\s*(?:please\s*,?\s+)?(?:"
    r"(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|show|say\s+to)\s+me\s+|"
    r"(?:(?:do|does)\s+)?(?:you|anyone|anybody)\s+know\s+|"  # "(do) you know what ..."
    r"i\s*(?:'d|’d|\s+would)\s+like\s+to\s+know\s+|i\s+(?:want|need)\s+to\s+know\s+|"
    rf"{_REQUEST}\s+|"
    r"(?:do|does)\s+(?:you|anyone|anybody)\s+happen\s+to\s+know\s+|any\s+idea\s+|"
    r"(?:can|could|would)\s+you\s+(?:please\s+)?(?:check|find\s+out|remind\s+me)\s+|remind\s+me\s*,?\s+|"
    r"i\s+wonder(?:ed)?\s+|i'?m\s+wondering\s+|i\s+was\s+wondering\s+|tell\s+me\s+|give\s+me\s+|list\s+(?=the\s)|"
    r"(?:describe|explain)\s+(?:(?:in\s+(?:a\s+few|one|two|three|a)\s+words?|briefly)\s*,?\s+)?(?=(?:what|how|why)\s)|"
    rf"(?:according\s+to|in|per|based\s+on|from|going\s+by|judging\s+by)\s+(?:the|this)\s+{_SOURCES}\s*[,:]\s*|"
    rf"(?:the|this)\s+{_SOURCES}\s+(?:says|said|states|reports)\s+(?:that\s+)?)", re.I)
# "..., according to the article?": the source the question names is the one it is asked of
_SOURCE_AFTER = re.compile(rf"\s*,?\s+according\s+to\s+(?:the|this)\s+{_SOURCES}(?=\s*[?.!]?\s*$)", re.I)
# "What does the author say the talks signal?" asks what "What do the talks signal?" does
_SOURCE_SAYS = re.compile(rf"^(\W*what)\s+(?:does|did)\s+(?:the|this)\s+{_SOURCES}\s+say\s+(?:that\s+)?(?!about\b)",
                          re.I)
# "How does the article describe the trade tensions?" asks what "How are the trade tensions described?" does
_SOURCE_DESCRIBES = re.compile(rf"^(\W*how)\s+(does|did)\s+(?:the|this)\s+{_SOURCES}\s+(describe|characteri[sz]e|"
                               r"portray|depict)\s+(.+?)\s*[?.!]*\s*$", re.I)
_MODAL_FIRST = re.compile(r"^(?:might|may|will|would|could|can|should|must)\b", re.I)
_WH = re.compile(r"^(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did)\b", re.I)
# "the date ...", "a list of ...": a thing asked for after the wrapper
_THING = re.compile(r"^(?:the|a|an)\s+\w", re.I)
# "(List) the materials covered by ...": a thing and what was done to it, asked as "Which materials are covered by ...?"
_THING_DONE = re.compile(r"^(?:the|a|an)\s+([a-z]+)\s+([a-z]+ed\s+(?:by|in|on|at|from|under|for|to|as)\b.*)", re.I)
# "(Give me) the country where they met", "(State) the day when ...": asked as "Where ...?", "When ...?"
_THING_WHERE = re.compile(r"^(?:the|a|an)\s+[\w-]+\s+(where|when)\s", re.I)


# not "name of the vice premier": the thing asked for
_AUX_OR_ASK = re.compile(r"^\W*(?:is|are|was|were|am|do|does|did|can|could|will|would|should|shall|may|might|must|has|"
                         r"have|had|name(?!\s+of\b)|list(?!\s+of\b)|give|tell|show|describe|explain|"
                         rf"summari[sz]e|define|compare|please|{_REQUEST})\b", re.I)
_WH_ANYWHERE = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
MAX_KEYWORDS = 10


# what a query may ask of a thing besides its date, place, number or person ("Purpose of Telnet")
_ABOUT = frozenset("""purpose reason meaning significance importance role cause effect effects goal aim result outcome
definition origin impact""".split())


def keyword_question(query: str) -> str | None:
    """A search-box query as the question it stands for, or None when ``query`` is not one:
    "date of Bessent's statement" -> "What is the date of Bessent's statement?", "export controls
    start date" -> "What is the date of the export controls start?" (the last noun is the one
    asked for when it names a date, place, number or person). A query has two words or more, no
    wh-word, does not open with a verb and has no finite verb ("Bessent met He" is a statement)."""
    text = query.strip().rstrip("?.! ")
    parts = text.split()
    if not 2 <= len(parts) <= MAX_KEYWORDS or _WH_ANYWHERE.search(text) or _AUX_OR_ASK.match(text) or \
            any(pos in FINITE_VERBS for _, _, pos in tagged(text)):
        return None
    if re.search(r"\s(?:of|for)\s", text):  # "size of the threatened tariff"
        text = _ARTICLE.sub("", text)
        first = text.split()[0]  # "Purpose of Telnet": a capital that opens the query, no name's
        if first[:1].isupper() and not first.isupper() and (asks_attribute(first) or first.lower() in _ABOUT):
            text = first.lower() + text[len(first):]
        return f"What is the {text}?"
    if asks_attribute(parts[-1]):  # "Trump Xi meeting location" -> "the location of the Trump Xi meeting"
        asked = "number" if parts[-1].lower() == "count" else parts[-1]  # "ship count": the number of ships
        return f"What is the {asked} of the {' '.join(parts[:-1])}?"
    tags = tagged(text)
    # "tariff percentage threatened by Trump" -> "the percentage of the tariff threatened by Trump"
    at = next((i for i, (a, b, _) in enumerate(tags[:-1])
               if asks_attribute(text[a:b]) and tags[i + 1][2] in ("VBN", "IN")), None)
    if at is not None:
        a, b, _ = tags[at]
        return f"What is the {text[a:b]} of the {_ARTICLE.sub('', text[:a])}{text[b:].lstrip()}?"
    return None


def plain_question(question: str) -> str:
    """``question`` without a polite wrapper, "what's" written out, as a question when it names the
    thing it wants, a blank to fill as a wh-word in its place, a statement put up to be checked as a
    yes/no question and a negated one as the positive one (qa/word_order.py)."""
    question = _unwrapped(positive(future_asked(question)))  # "Didn't Bessent lead ...?": "Did Bessent lead ...?"
    question = blanks_asked(question) or question
    return setting_last(question) or question


# "U.S.", "U.K.": initials with dots, read as the documents' undotted ones are ("US")
_DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")


def _unwrapped(question: str) -> str:
    question = _DOTTED_INITIALS.sub(lambda m: m.group().replace(".", ""), question)
    question = without_preamble(_SOURCE_AFTER.sub("", wh_is(question)))  # "Regarding X, when are they ...?"
    question = significance_asked(question) or cleft_asked(question) or why_asked(question)
    describes = _SOURCE_DESCRIBES.match(question)
    if describes:
        how, tense, verb, thing = describes.groups()
        plural = is_plural(words(thing.split(" between ")[0].split(" of ")[0])[-1])
        be = ("were" if plural else "was") if fold(tense) == "did" else ("are" if plural else "is")
        return f"{how} {be} {thing} {verb.rstrip('e')}ed?"
    says = _SOURCE_SAYS.match(question)
    if says:
        rest = question[says.end():]
        first = tagged(rest)[:1]  # "say *might* happen", "say *triggered* ...": "what" is the subject
        verb_first = bool(first) and first[0][2] in ("VBD", "VBZ", "VBN", "MD") or _MODAL_FIRST.match(rest) is not None
        question = f"{says.group(1)} {rest}" if verb_first else f"{says.group(1)} do {rest}"
    asked = checked(question) or keyword_question(question)  # "The talks were in Malaysia, weren't they?"
    if asked:
        return asked
    stripped = _WRAPPER.sub("", question, count=1)
    yes_no = whether_asked(stripped)  # "I want to know whether the talks were constructive"
    if yes_no:
        return yes_no
    if stripped == question:
        return question
    if _WH.match(stripped):  # "(Tell me) where the talks took place"
        return embedded_asked(stripped) or stripped
    wh = _WH_ANYWHERE.search(stripped)
    if wh and any(pos in FINITE_VERBS for a, _, pos in tagged(stripped) if a < wh.start()):
        return stripped  # "The article says they met over what?": a wh-word in place
    where = _THING_WHERE.match(stripped)  # "(Give me) the country where they met": "Where did they meet?"
    asked = embedded_asked(stripped[where.start(1):]) if where else None
    if asked:
        return asked
    participle = _THING_DONE.match(stripped)  # "(List) the materials covered by ...": "Which materials are ..."
    if participle:
        return f"Which {participle.group(1)} {'are' if is_plural(participle.group(1)) else 'is'} " \
               f"{participle.group(2).rstrip('?.! ')}?"
    if _THING.match(stripped):  # "(State) the date on which ...", "(List) the materials ..."
        return f"What {'are' if is_plural(words(stripped)[1]) else 'is'} {stripped}"
    return stripped if wh else question  # "Tell me about the talks.": no question inside
