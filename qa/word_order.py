"""Questions typed in the order of a statement, asked the usual way round:

- a wh-word where its answer would stand: "Trump threatened what on October 10?" -> "What did
  Trump threaten on October 10?", "The talks were held where?" -> "Where were the talks held?";
- a sentence with a blank to fill: "Fill in the blank: Trump threatened an additional ___ tariff."
  -> "Trump threatened what additional tariff?";
- a wh-clause a request puts in a statement's order: "(Tell me) where the talks took place" ->
  "Where did the talks take place?";
- why something matters: "Why is October 13 significant?" -> "What happened on October 13?";
- "be going to": "What are Trump and Xi going to sign?" -> "What will Trump and Xi sign?";
- a statement put up to be checked: "The talks were in Malaysia, weren't they?", "Is it true that
  ...", "Confirm that ...", "(I want to know) whether ..." -> "Were the talks in Malaysia?";
- a negated question: "Didn't Bessent lead the delegation?" asks what "Did Bessent lead ...?" does;
- a cleft question: "What was it that Trump threatened?" -> "What did Trump threaten?", and a why asked
  another way: "How come ...?", "To what end (For what purpose) did ...?" -> "Why ...?".

The gate reads questions that open with their wh-word to find who did what (qa/doers.py), so it
reads a fronted one ("Xi threatened what?" of "Trump threatened ...": refused); the extractor finds
the answer of a wh-word in place as well as of a fronted one, or better, and reads the question as
typed (qa/rephrase.py turns the rest for every part). Only a simple clause is turned: a subject,
one finite verb group, the wh-phrase; a second finite verb (an embedded clause) leaves the
question as it is. Measured without the model: fronted for the gate only, 2,805 SQuAD +8 refused,
-1 correct ("Other theories ... can be generally classed as what?": no "classed" in the evidence),
seed sets unchanged; fronted for the extractor too, SQuAD F1 -0.8 ("All Italian chocolate is made
from what alone?" answered by the sentence). The rest changed no SQuAD or earlier seed answer; on
the new seed batches written for them (first run -> with them, correct / F1 / refused): blanks and
wh-words in place 0.70 / 0.40 / 0.70 -> 0.70 / 0.58 / 0.80, statements to check and negated
questions 0.45 / 0.14 / 0.95 -> 0.85 / 0.24 / 1.00.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .numerals import DAY_OF_MONTH
from .postag import common_word, tagged
from .text import FINITE_VERBS, cased_as, is_plural, nations

_CLOZE_PROMPT = re.compile(r"^\W*(?:please\s+)?(?:fill\s+in\s+the\s+(?:blank|gap)s?|complete\s+(?:the|this)\s+"
                           r"(?:sentence|statement)|fill\s+in|complete)\s*[:,.\-–—]?\s*", re.I)
_BLANK = re.compile(r"_{2,}|\[\s*(?:blank|\.\.\.|…)\s*\]|\(\s*(?:blank|\.\.\.|…)\s*\)")
_TRAILING_DOTS = re.compile(r"\s*(?:\.{3}|…)\s*$")
# "the ___ summit" asks which summit; "an additional ___ tariff" what additional tariff
_DETERMINED_BLANK = re.compile(r"\b(the|a|an|this|that)\s+((?:(?!(?:of|in|on|at|by|for|to|from|with)\b)[\w-]+\s+){0,2})"
                               r"WHAT\s+(?!(?:of|in|on|at|by|for|to|from|with|and|or)\b)(?=\w)", re.I)
_WH = frozenset("what which who whom whose when where why how".split())
_AUX = frozenset("is are was were am be been do does did has have had will would can could shall should may might "
                 "must".split())
_BE = frozenset("is are was were am".split())
_PRONOUN_PLURAL = frozenset("i you we they".split())
_KEEP_WITH_WH = ("JJ", "NN", "CD")  # "which TV channel", "how many ships", "what additional tariff"


@lru_cache(maxsize=2048)
def lemma(verb: str) -> str:
    """The verb's base form: "threatened" -> "threaten", "began" -> "begin"."""
    from lemminflect import getLemma  # its tables load on first use (0.2 s)

    found = getLemma(verb.lower(), upos="VERB")
    return found[0] if found else verb


def blanks_asked(question: str) -> str | None:
    """A sentence with a blank to fill as the same sentence with a wh-word in the blank: "The
    talks were held on the sidelines of the ___ summit." -> "... of which summit?"; None when it
    has no blank."""
    text = _CLOZE_PROMPT.sub("", question.strip(), count=1)
    prompted = text != question.strip()
    if _BLANK.search(text):
        text = _BLANK.sub("WHAT", text, count=1)
    elif prompted and _TRAILING_DOTS.search(text):  # "Complete the sentence: the controls take effect on ..."
        text = _TRAILING_DOTS.sub(" WHAT", text)
    else:
        return None
    text = re.sub(r"\b(?:the|a|an)\s+WHAT\b(?!\s+(?!(?:of|in|on|at|by|for|to|from|with|and|or)\b)\w)", "WHAT", text,
                  flags=re.I)  # "quoted by the ___ on Saturday": by what
    text = _DETERMINED_BLANK.sub(lambda m: ("which " if m.group(1).lower() in ("the", "this", "that") else "what ")
                                 + m.group(2), text, count=1)
    return text.replace("WHAT", "what").rstrip(" .?!") + "?"


def _wh_phrase(toks: tuple[tuple[int, int, str], ...], words: list[str], at: int,
               names: bool = True) -> tuple[int, int]:
    """Where the wh-phrase at ``at`` starts and ends: "by whom", "what type of resource", "which
    country's", "how many ships" (not "how *markets*": "how" takes a noun after "many" or "much");
    with ``names`` false, no name either ("what *Trump* threatened": the subject)."""
    start = at - 1 if at and toks[at - 1][2] in ("IN", "TO") and words[at - 1].lower() == "by" else at
    end = at + 1
    if words[at].lower() == "how":
        if end < len(toks) and toks[end][2].startswith(("JJ", "RB")):
            end += 1
        if words[end - 1].lower() not in ("many", "much"):
            return start, end
    if words[at].lower() in ("what", "which", "how", "whose"):
        while end < len(toks) and (
                toks[end][2].startswith(_KEEP_WITH_WH) and (names or not toks[end][2].startswith("NNP"))
                or toks[end][2] == "POS"
                or words[end].lower() == "of" and end + 1 < len(toks)
                and toks[end + 1][2].startswith(("JJ", "NN", "DT"))):
            end += 1
    return start, end


def _finite_verb(toks: tuple[tuple[int, int, str], ...], words: list[str], before: int) -> int | None:
    """The clause's finite verb before ``before``: an auxiliary or a verb in the past or present;
    failing one, a bare or past participle form after a noun (the tagger reads "Trump threatened" so)."""
    found = next((i for i in range(1, before) if toks[i][2] in FINITE_VERBS or words[i].lower() in _AUX), None)
    if found is None:  # "Trump (also) threatened": a noun, perhaps an adverb, then the verb
        found = next((i for i in range(1, before) if toks[i][2] in ("VB", "VBN")
                      and (toks[i - 1][2].startswith(("NN", "PRP")) or
                           i > 1 and toks[i - 1][2] == "RB" and toks[i - 2][2].startswith(("NN", "PRP")))), None)
    return found


def _simple_clause(toks: tuple[tuple[int, int, str], ...], words: list[str], start: int, end: int) -> int | None:
    """The finite verb of a clause of one subject and one verb group around the wh-phrase
    ``start``:``end``; None when the clause is not that simple."""
    verb = _finite_verb(toks, words, start)
    if verb is None or any(toks[i][2] in (",", ":") or toks[i][2].startswith(("VB", "MD")) for i in range(verb)):
        return None  # "Scholars stated that there was ...": the subject holds a clause
    if any(toks[i][2] in ("NN", "NNS") and words[i].islower() and toks[i + 1][2] in ("NNP", "NNPS", "PRP", "DT")
           for i in range(verb - 1)):
        return None  # "The export restrictions *China threatened* concern what?": a clause inside the subject
    # "Bessent suggested *that* Washington might delay what?": the verbs of the clause it says are its object.
    # Measured without the model: a batch of 40 new seed questions +1 refused; the other sets unchanged.
    said = verb + 1 < start and words[verb + 1].lower() == "that"
    if any(toks[i][2] in ("VBZ", "VBP", "MD") or toks[i][2] == "VBD" and words[i - 1].lower() not in _AUX
           for i in [*range(start if said else verb + 1, start), *range(end, len(toks))]):
        return None  # a second finite verb ("was *signed*" is tagged one too)
    return verb


def _do(toks: tuple[tuple[int, int, str], ...], words: list[str], verb: int) -> str:
    """The form of "do" that agrees with the subject and the tense of the verb at ``verb``."""
    if toks[verb][2] in ("VBD", "VBN"):
        return "did"
    until = next((i for i in range(verb) if toks[i][2] == "IN"), verb)  # "Families *with French names* speak"
    head = max((i for i in range(until) if toks[i][2].startswith(("NN", "PRP"))), default=verb - 1)
    plural = words[head].lower() in _PRONOUN_PLURAL or is_plural(words[head]) or \
        any(w.lower() == "and" for w in words[:until])
    return "does" if toks[verb][2] == "VBZ" or not plural else "do"


def _inverted(toks: tuple[tuple[int, int, str], ...], words: list[str], verb: int, limit: int,
              rest: str) -> tuple[str, str]:
    """The word that goes before the subject and what follows it: the auxiliary at ``verb`` ("were
    led" -> "were", "led ..."), or "do" in its form and the verb's lemma ("threatened" -> "did",
    "threaten ..."); ``rest`` is what follows the verb, ``limit`` where the clause ends."""
    word = words[verb].lower()
    if word in _AUX and (word in _BE or verb + 1 < limit and toks[verb + 1][2].startswith(("VB", "RB"))):
        return word, rest
    return _do(toks, words, verb), f"{lemma(words[verb])} {rest}".strip()


def fronted(question: str, is_name: Callable[[str], bool] = lambda word: True) -> str | None:
    """``question`` with its wh-phrase moved to the front and the verb inverted ("do" supplied when
    there is no auxiliary), or None when the wh-word opens it already or the clause is not simple:
    a subject that opens with a preposition or holds a comma ("In 1066, who ...?"), a second finite
    verb. The subject's first word, capitalised as a question's first word is, keeps its capital
    when it is no ordinary word ("Xi"), a nation ("China") or ``is_name`` says so ("Trump"), not
    otherwise ("Classification of resources is ...": "... is classification of resources ...")."""
    text = question.strip().rstrip("?.! ")
    toks = tagged(text)
    words = [text[a:b] for a, b, _ in toks]
    at = next((i for i, word in enumerate(words) if word.lower() in _WH), None)
    if not at or any(word.lower() in _WH for word in words[at + 1:]) or \
            toks[0][2].startswith(("IN", "WRB", "CC", "RB", "VB", "MD")) or words[0].lower() in _AUX:
        return None  # "In 1066, who ...?", "Did X say what ...?"
    start, end = _wh_phrase(toks, words, at)
    verb = _simple_clause(toks, words, start, end)
    if verb is None:
        return None
    subject = text[:toks[verb][0]].strip()
    ordinary = common_word(words[0]) and not nations(words[0]) and not is_name(words[0])
    if toks[0][2] in ("DT", "EX", "PRP$") or ordinary:  # "Where were the talks held?"
        subject = subject[:1].lower() + subject[1:]
    phrase = text[toks[start][0]:toks[end - 1][1]]
    if start < at and words[at].lower() == "who":  # "taken by who?": by whom
        phrase = phrase[:toks[at][0] - toks[start][0]] + "whom"
    rest = " ".join(part for part in (text[toks[verb][1]:toks[start][0]].strip(),
                                      text[toks[end - 1][1]:].strip()) if part)
    head, rest = _inverted(toks, words, verb, start, rest)
    return f"{phrase[:1].upper()}{phrase[1:]} {head} {subject} {rest}".strip(" ,;:") + "?"


def embedded_asked(clause: str) -> str | None:
    """A wh-clause in the order of a statement, as a request's object is ("(Tell me) where the talks
    took place", "(Determine) how markets reacted"), as the question it stands for: "Where did the
    talks take place?"; None when the wh-word is the subject ("who led the talks": a question as it
    is) or the clause is not simple (see ``fronted``)."""
    text = clause.strip().rstrip("?.! ")
    toks = tagged(text)
    words = [text[a:b] for a, b, _ in toks]
    if not toks or words[0].lower() not in _WH:
        return None
    _, end = _wh_phrase(toks, words, 0, names=False)
    if end >= len(toks) or toks[end][2].startswith(("VB", "MD")) or words[end].lower() in _AUX:
        return None
    return fronted(f"{text[toks[end][0]:]} {text[:toks[end - 1][1]]}")


# "What was it that Trump threatened?", "Who was it who led ...?": the wh-phrase and the clause it is asked of
_CLEFT = re.compile(r"^\W*((?:what|which|who|whom|whose|when|where|why|how)(?:\s+[\w'’-]+){0,2}?)\s+"
                    r"(?:is|was|are|were)\s+it\s+(?:that|who|which)\s+(.+?)\s*[?.!]*\s*$", re.I)
# "How come X?", "To what end (For what purpose, For what reason) did X ...?": why
_WHY_OTHERWISE = re.compile(r"^\W*(?:how\s+come|to\s+what\s+end|for\s+what\s+(?:purpose|reason)|"
                            r"with\s+what\s+(?:aim|purpose|goal))\s*,?\s+(?=\w)", re.I)


def cleft_asked(question: str) -> str | None:
    """A cleft question as the plain one it stands for: "What was it that Trump threatened on October
    10?" -> "What did Trump threaten on October 10?", "Who was it that led the delegation?" -> "Who
    led the delegation?"; None for any other question. Measured without the model with ``why_asked``, the
    hedges "In a word" and "Briefly" (qa/chatter.py) and "anyone" as no word to find (qa/text.py): a batch
    of 40 new seed questions from 0.85 / 0.62 / 0.85 to 1.00 / 0.74 / 0.90; the other seed sets F1 +0.3
    (one answer), 2,805 SQuAD unchanged."""
    m = _CLEFT.match(question)
    if not m:
        return None
    clause = f"{m.group(1)} {m.group(2)}"
    return embedded_asked(clause) or f"{clause[:1].upper()}{clause[1:]}?"


def why_asked(question: str) -> str:
    """A why asked another way as "why": "How come Bessent suggested a delay?" -> "Why Bessent
    suggested a delay?", "To what end did officials meet?" -> "Why did officials meet?"."""
    m = _WHY_OTHERWISE.match(question)
    return f"Why {question[m.end():]}" if m else question


_WHETHER = re.compile(r"^\W*(?:whether|if)\s+(?:or\s+not\s+)?", re.I)
# "Is it true that ...", "Am I right that ...", "(Can you) confirm (that) ...", "Verify: ...", "Check whether ...",
# "True or false: ..."
_CHECK = re.compile(r"^\W*(?:(?:is|was)\s+it\s+(?:true|correct|right|so|the\s+case)\s+that|"
                    r"am\s+i\s+(?:right|correct)\s+(?:that|in\s+thinking\s+that|to\s+think\s+that)|"
                    r"(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:confirm|verify|check)(?:\s+(?:that|whether|if))?"
                    r"\s*:?|"  # "True or false: ...", "Fact check: ...", "Is this right? ..."
                    r"(?:true\s+or\s+false|yes\s+or\s+no)\s*[:,?-]?|fact[- ]?check\s*:|"
                    r"is\s+this\s+(?:true|correct|right)\s*[?:])\s+",
                    re.I)
# "..., weren't they?", "..., right?", "..., correct?": a statement put as a question
_TAG = re.compile(r"\s*,\s*(?:(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|wo|ca)n['’]t"
                  r"\s+(?:it|he|she|they|there|that|we|you|i)|right|correct|true|no|yes|"
                  r"isn['’]t\s+that\s+(?:so|right)|am\s+i\s+right)\s*[?.!]*\s*$", re.I)
# "Didn't Bessent lead ...?" asks what "Did Bessent lead ...?" does
_NEGATED = re.compile(r"^(\W*)(is|are|was|were|do|does|did|has|have|had|could|would|should|wo|ca)n['’]t\b", re.I)
_POSITIVE = {"wo": "will", "ca": "can"}


def positive(question: str) -> str:
    """A question that opens with a negated auxiliary as the same question without "not": "Didn't
    Bessent lead the delegation?" -> "Did Bessent lead the delegation?" (either way it asks whether
    he did, expecting yes)."""
    return _NEGATED.sub(lambda m: m.group(1) + cased_as(_POSITIVE.get(m.group(2).lower(), m.group(2)), m.group(2)),
                        question, count=1)


# "Why is October 13 significant?", "What is the importance of October 13 in the article?": what the article tells
# of it; of a day, what happened on it
_SIGNIFICANCE = re.compile(r"^\W*(?:why\s+(?:is|was)\s+(?P<x>.+?)\s+(?:so\s+)?(?:significant|important|notable|"
                           r"noteworthy|relevant|key)|what\s+(?:is|was)\s+the\s+(?:significance|importance|"
                           r"relevance)\s+of\s+(?P<y>.+?))(?:\s+(?:in|to|for)\s+the\s+(?:article|text|story))?\s*\??$",
                           re.I)
_DAY = re.compile(rf"^(?:{DAY_OF_MONTH})$", re.I)


def significance_asked(question: str) -> str | None:
    """What a question of why something matters asks: "Why is October 13 significant?" -> "What
    happened on October 13?"; "Why is Kuala Lumpur important?" -> "What is the significance of Kuala
    Lumpur?" (no reason asked: what the article tells of it); None for any other question."""
    m = _SIGNIFICANCE.match(question)
    if not m:
        return None
    thing = (m.group("x") or m.group("y")).strip()
    if _DAY.match(thing):
        return f"What happened on {thing}?"
    return f"What is the significance of {thing}?" if m.group("x") else None


# "What are Trump and Xi going to sign?", "Who's going to lead ...?": the future "will" says
_GOING_TO = re.compile(r"\b(am|is|are|was|were|['’]s|['’]re)\s+((?:[\w'’-]+\s+){0,6}?)going\s+to\s+(?=[a-z])",
                       re.I)


def future_asked(question: str) -> str:
    """``question`` with "be going to" and a verb put as "will" ("would" in the past) and the verb:
    "What are Trump and Xi going to sign?" -> "What will Trump and Xi sign?", "Who's going to lead the
    talks?" -> "Who will lead the talks?"; as it is when "going to" is a going somewhere ("Who is going
    to the summit?")."""
    m = _GOING_TO.search(question)
    if not m:
        return question
    toks = tagged(question)
    at = next((i for i, (a, _, _) in enumerate(toks) if a == m.end()), None)
    if at is None:
        return question
    after = toks[at + 1][2] if at + 1 < len(toks) else "."
    # the tagger takes a bare verb for a noun ("going to *sign*?", "going to *cost* the US"), not "going to war with"
    if not (toks[at][2] == "VB" or toks[at][2] == "NN" and after in (".", "DT", "PRP", "PRP$", "CD", "NNP")):
        return question
    will = "would" if m.group(1).lower() in ("was", "were") else "will"
    head = question[:m.start()].rstrip()
    return f"{head} {will} {m.group(2)}{question[m.end():]}" if head else \
        f"{cased_as(will, m.group(1))} {m.group(2)}{question[m.end():]}"


def checked(question: str) -> str | None:
    """A statement put up to be checked, as the yes/no question it stands for: "The talks were in
    Malaysia, weren't they?", "Is it true that Trump threatened a tariff?", "Verify: the delegations
    were led by He Lifeng." (see ``statement_asked``); a question already ("Yes or no: did He lead
    ...?") as it is; None for any other question."""
    tag = _TAG.search(question)
    if tag:
        return statement_asked(question[:tag.start()])
    check = _CHECK.match(question)
    if check:
        rest = question[check.end():]
        if rest.split()[:1] and rest.split()[0].lower() in _AUX:  # "Yes or no: did He Lifeng lead ...?"
            return rest[0].upper() + rest[1:].rstrip("?.! ") + "?"
        return whether_asked(rest) if _WHETHER.match(rest) else statement_asked(rest)
    return None


def whether_asked(clause: str) -> str | None:
    """A "whether" clause as the yes/no question it stands for: "whether the talks were
    constructive" -> "Were the talks constructive?"; None when ``clause`` is no such clause or not a
    simple one (see ``statement_asked``)."""
    m = _WHETHER.match(clause)
    if not m:
        return None
    statement = clause[m.end():].strip().rstrip("?.! ")
    return statement_asked(re.sub(r"\s*,?\s+or\s+not\s*$", "", statement, flags=re.I))


def statement_asked(statement: str) -> str | None:
    """A statement as the yes/no question that asks whether it is so: "Xi attended the summit" ->
    "Did Xi attend the summit?"; None when it holds a wh-word ("(I wonder) if you know who led the
    talks") or is no simple clause."""
    text = statement.strip().rstrip("?.! ")
    if any(word.lower() in _WH for word in re.findall(r"\w+", text)):
        return None
    toks = tagged(text)
    words = [text[a:b] for a, b, _ in toks]
    verb = _finite_verb(toks, words, len(toks)) if toks else None
    if verb is None or any(toks[i][2] in (",", ":") or toks[i][2].startswith(("VB", "MD")) for i in range(verb)):
        return None
    subject = text[:toks[verb][0]].strip()
    if toks[0][2] in ("DT", "EX", "PRP$") or toks[0][2] == "PRP" and not toks[1][2].startswith("NNP"):
        subject = subject[:1].lower() + subject[1:]  # "It was ...", not "He Lifeng led ..."
    head, rest = _inverted(toks, words, verb, len(toks), text[toks[verb][1]:].strip())
    return f"{head.capitalize()} {subject} {rest}".strip() + "?"


# "After Trump's threat, what did Xi say?": a phrase that sets the time or place, then the question
_SETTING = re.compile(r"^\W*(?P<pp>(?:after|before|following|during|amid|since|until|in|on|at)\s+[^,?;:]{1,60}?),\s+"
                      r"(?P<q>(?:what|which|who|whom|whose|when|where|why|how)\b[^?]*?)\s*\??\s*$", re.I)


def setting_last(question: str) -> str | None:
    """A question that opens with a phrase of time or place and a comma, with the phrase moved to its
    end: "After Trump's threat, what did Xi say?" -> "What did Xi say after Trump's threat?" (what asks
    of a doer opens the question, as the gate's checks of doers and deeds read it); None otherwise.
    Measured without the model: a batch of 40 new seed questions +1 refused, the other seed sets
    unchanged; 2,805 SQuAD F1 +0.2 ("In an atmospheric engine, what does air pressure push against?":
    the span, not the sentence), none lost."""
    m = _SETTING.match(question)
    if not m:
        return None
    pp, asked = m.group("pp"), m.group("q")
    return f"{asked[:1].upper()}{asked[1:]} {pp[:1].lower()}{pp[1:]}?"
