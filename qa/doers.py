"""Who did it: a question about what a named doer did, against a sentence in which another did it.

"What percentage tariff did *China* threaten?" asked of "US President Donald *Trump* threatened to
impose an additional 100% tariff on Chinese imports": every name in the question is in the
evidence, the words match, the sentence is close in meaning, and yet it does not say. SQuAD's
unanswerable questions are often made this way ("What did *Toyota* rebrand its Forte as?" against
"*Mitsubishi* rebranded its Forte as ..."). There is no parser here, so the doer is read from the
words before the verb in its clause, and only a name there counts: "it" or "officials" tells
nothing.
"""
from __future__ import annotations

import re

from .coref import BODY_NOUNS, unnamed_body
from .extract import TITLES, tokens
from .postag import tagged, verb_at
from .synonyms import in_any_form, synonyms
from .text import QUESTION_WORDS, STOPWORDS, content_terms, fold, nations, spelt_out, stem, unaccented, verbs, words
from .types import Evidence

_ACTIVE_AUX = r"(?i:did|does|do|will|would|could|can|should|might|may|has|have|had)"  # not "was X founded"
_NAME_RUN = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|the|de)\s+)*[A-Z][\w'’.-]*)*"
_ASKED_DEED = re.compile(rf"\b{_ACTIVE_AUX}\s+({_NAME_RUN})\s+([a-z]+)\b")
# "Which ceasefire *is Xi to attend*?": a doer and what it is to do
_ASKED_DEED_TO = re.compile(rf"\b(?i:is|are|was|were)\s+({_NAME_RUN})\s+to\s+([a-z]+)\b")
# "How were the talks *characterised by Xi Jinping*?": a passive of saying and its agent, a name
_ASKED_DEED_BY = re.compile(rf"\b(?i:is|are|was|were|been)\s+(?:[\w-]+\s+){{0,5}}?([a-z]+(?:ed|en))\s+by\s+"
                            rf"({_NAME_RUN})")
# "did the *Malaysian* government say": the name, then the noun it qualifies
_ASKED_DEED_OF = re.compile(rf"\b{_ACTIVE_AUX}\s+({_NAME_RUN})\s+[a-z]+\s+([a-z]+)\b")
# "When was *Xi's statement* made?", "*Xi's tariff threat*": a doer's deed named as a noun it owns
_OWNED_DEED = re.compile(rf"({_NAME_RUN})(?:['’]s|(?<=s)['’])\s+((?:[a-z]+\s+){{0,2}}[a-z]+)\b(?!['’])")
# "How large was the tariff *China threatened*?": a doer and its past deed after the thing asked of (not "Is a
# meeting *in South Korea planned*?": a place; no SQuAD or seed answer changed but the new batch's)
_NOT_AFTER_PREPOSITION = "".join(rf"(?<!\b{p} )" for p in "in on at of to by for from with near".split())
_ASKED_DEED_AFTER = re.compile(rf"\b(?i:the|a|an)\s+(?:[a-z]+\s+){{1,3}}?{_NOT_AFTER_PREPOSITION}({_NAME_RUN})\s+"
                               rf"([a-z]+ed)\b")
# "What did the headline say *China called* the talks?": a doer and its deed in what is said
_ASKED_DEED_SAID = re.compile(rf"\b(?:say|says|said|report|reports|reported)\s+(?:that\s+)?({_NAME_RUN})\s+([a-z]+)\b")
_CLAUSE_START = re.compile(r"[,;:()]|\b(?:which|who|that|while|whereas|but)\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*")
_NO_DOERS = STOPWORDS | QUESTION_WORDS  # capitalised words that name no doer ("The", "What")
# Saying is one deed however it is said: "What did Xi say?" against "Bessent suggested that ...".
_SPEECH = frozenset(stem(w) for w in """say says said state states stated suggest suggests suggested announce
announces announced confirm confirms confirmed tell tells told claim claims claimed declare declares declared
comment comments commented remark remarks remarked warn warns warned insist insists insisted argue argues argued
describe describes described characterise characterize characterised characterized call calls called""".split())
# Verbs that say little of their own ("What words did the Treasury *use* to describe ...", "What
# summit was *going* on", "did Bessent *make* his statement").
LIGHT_VERBS = frozenset(stem(w) for w in """use used uses using make made makes making take took taken takes taking
get got gets getting go goes going went gone come came comes coming give gave given gives giving
appear appears appeared issue issues issued issuing release releases released releasing""".split())
# "make *a statement*": a light verb and a noun of saying say something
_SPEECH_NOUN = re.compile(r"\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:statements?|remarks?|comments?|announcements?|"
                          r"speech|speeches)\b", re.I)
# A name, then a modal and a verb, before "to": "Washington might delay the tariffs to give ..."
_FINITE_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+(?:might|may|would|will|could|can|should|must)\s+[a-z]+\b")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
_ACCORDING = re.compile(r"\baccording\s+to\s+([^,;.]{1,80})", re.I)
_STANDS_FOR = re.compile(r"\b(?:he|she|they|it|his|her|their|its|him|them)\b", re.I)  # may be the doer, unnamed


def _names(phrase: str) -> set[str]:
    """The words of a name phrase, folded and without accents, and the nations it names
    ("China" -> china, chinese; "Hervé" -> herve)."""
    return {unaccented(w) for w in words(phrase) if w not in STOPWORDS} | nations(phrase) | _name_stopwords(phrase)


_SURNAME_STOPWORDS = frozenset("he she so do an no".split())  # He Lifeng, Do Muoi, An Lushan


def _name_stopwords(phrase: str) -> set[str]:
    """Capitalised stopwords inside a name, beside another capitalised word: "Vice Premier *He*",
    "*He* Lifeng" (not "*He* said", "the *US*")."""
    parts = phrase.split()
    return {fold(w) for i, w in enumerate(parts)
            if fold(w) in _SURNAME_STOPWORDS and w[:1].isupper() and
            any(0 <= j < len(parts) and parts[j][:1].isupper() and fold(parts[j]) not in STOPWORDS
                for j in (i - 1, i + 1))}


_ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")  # "ii", "xiv"


def _named_only(names: set[str]) -> set[str]:
    """``names`` without titles and numerals ("king", "ii"), which many doers share; all of them when
    nothing else is left ("the President")."""
    core = {n for n in names if n not in TITLES and not _ROMAN.fullmatch(n)}
    return core or names


def _all_names(text: str) -> bool:
    """Whether ``text`` is capitalised words only (and of/the/and): one item of a list of names."""
    parts = text.split()
    return bool(parts) and all((p[0].isupper() and not any(ch.isdigit() for ch in p)) or p in ("of", "the", "and")
                               for p in parts)


def _doer_before(sentence: str, at: int) -> str:
    """The words of the clause before offset ``at``; a list of names stays whole ("The UK,
    Germany, Italy and Norway banned ...")."""
    before = sentence[:at]
    starts = [0] + [c.end() for c in _CLAUSE_START.finditer(before)]
    while len(starts) > 1 and _all_names(before[starts[-2]:starts[-1] - 1]):
        starts.pop()
    return before[starts[-1]:]


def _deed_named(phrase: str, sentence: str, same: bool = False) -> str | None:
    """The stem of the verb of ``sentence`` that one of the first three words of ``phrase`` (the
    object of a light verb) names as a noun: "a tariff *threat*" of "... *threatened* to impose";
    with ``same``, a verb of the noun's own stem too ("the Norman's *exports*" of "exporting")."""
    nouns = [stem(w) for w in words(phrase)[:3] if w not in STOPWORDS and len(w) >= 4]
    done = [stem(fold(sentence[a:b])) for a, b, pos in tagged(sentence) if pos.startswith("VB")]
    return next((v for n in nouns for v in done if (same or v != n) and v.startswith(n)), None)


def _owned_deed(question: str, owned: re.Match[str], sentence: str) -> tuple[str | None, bool]:
    """The stem of the verb of ``sentence`` that a deed noun the question's doer owns names ("Xi's
    tariff *threat*" of "threatened"), or of saying for a noun of saying ("statement" of "suggested"),
    or that makes the owned thing ("Xi's export *limits*" of "implement export restrictions"); None
    if the words after the possessive, up to a verb ("He's role *confirmed*"), name none; and whether
    the verb is one that makes the thing (read off the sentence's tags there, not a deed's name)."""
    nouns = []
    for m in re.finditer(r"[a-z]+", owned.group(2)):
        if verb_at(question, owned.start(2) + m.start()):
            break
        nouns.append(m.group())
    if _SPEECH_NOUN.search(" " + " ".join(nouns)):
        return stem("state"), False
    deed = _deed_named(" ".join(nouns), sentence, same=True)
    named = [stem(w) for w in nouns if len(w) >= 4 and w not in STOPWORDS]
    if deed or not named:
        return deed, False
    # the owned thing made or done by a verb: "Xi's software export *limits*" of "... *implement* export
    # restrictions": the verb right before the thing (its word or one of the same meaning), in its clause
    head, tags = named[-1], tagged(sentence)
    for i, (a, b, _) in enumerate(tags):
        if in_any_form(head, {stem(fold(sentence[a:b]))}):
            before = [t for t in tags[max(0, i - 3):i] if not _CLAUSE_START.search(sentence[t[0]:a])]
            verb = next((t for t in reversed(before) if t[2].startswith("VB")), None)
            return (stem(fold(sentence[verb[0]:verb[1]])), True) if verb else (None, False)
    return None, False


def other_doer(question: str, sentence: str, document: str = "") -> tuple[str, str] | None:
    """(the question's doer, the sentence's) when the question asks what a named doer did and, each
    time the sentence uses the verb, its clause names someone else before it; else None.

    Measured on 1,200 SQuAD questions (seed 1): 4 more unanswerables refused, no answerable lost
    (one was, "the first Norman mercenaries *to serve*", before an infinitive was let be); on the
    seed set, "What percentage tariff did China threaten?" is refused. Verbs of saying count as one
    ("What did Xi say?" against "Bessent suggested ..."): 1,200 SQuAD questions unchanged. So does
    "make a statement" ("When did Xi make a statement?"), and a doer in what is said is read too
    ("What did the headline say *China called* the talks?"): seed +3 refusals, 2,805 SQuAD unchanged.
    A verb after "to" is done by the doer of the verb before it ("Trump *threatened to impose*" for
    "Why did China impose ...?"): seed +3 refusals, SQuAD unchanged. A passive of saying is said by
    whom it is "according to" ("were described as ..., according to a US Treasury spokesperson" for
    "How did the Chinese side characterize ...?"): seed +1 refusal, SQuAD unchanged.

    Measured without the model, 2,805 SQuAD and the seed sets, each alone: "Which ceasefire is Xi to
    attend?" asks Xi's deed and a headline's "Trump to attend ..." names its doer (seed +1 refused);
    after a modal the clause's doer does what it does "to" ("Washington might delay the tariffs to
    give ...": seed +1); a light verb's noun names the deed ("issue a threat": "threatened", seed +1);
    a passive of saying asks its agent's deed ("How were the talks characterised by Xi?", seed +1;
    with any verb, SQuAD -4 correct); titles and numerals name no doer ("King Harold II" is not
    "Duke William II", SQuAD +1). None lost an answer. A deed named by a noun its doer owns ("When was *Xi's
    statement* made?", "*Xi's tariff threat*") asks that doer's deed: seed +2 refused (and 4 of a new batch of
    40), 2,805 SQuAD unchanged. A doer called by a nation's office ("What did the *Chinese president*
    threaten?") is that nation, or whom ``document`` calls so: 2,805 SQuAD and the older seed sets
    unchanged, a new batch +1 refused. A thing its doer owns, made by the verb before it in the sentence
    ("Xi's export *limits*" of "... implement export restrictions"): the same, a new batch +1 refused."""
    m = _ASKED_DEED.search(question) or _ASKED_DEED_AFTER.search(question) or _ASKED_DEED_SAID.search(question) \
        or _ASKED_DEED_TO.search(question)
    of = _ASKED_DEED_OF.search(question)  # "did the Chinese *side call*": the name, its noun, then the verb
    if m and of and of.start() == m.start() and not verb_at(question, m.start(2)) and stem(of.group(2)) in _SPEECH:
        m = of  # only saying: with any verb, 2,805 SQuAD lost 5 right answers ("did the Apple system assign")
    office = ""
    if m and of and of.start() == m.start() and fold(m.group(2)) in TITLES and verb_at(question, of.start(2)):
        m, office = of, m.group(2)  # "did the Chinese *president threaten*": the office's holder, of that nation
    owned = _OWNED_DEED.search(question)
    deed, made_by = _owned_deed(question, owned, sentence) if owned else (None, False)
    if deed and (not m or m.start(1) == owned.start(1)):  # "When was (did) *Xi's tariff threat* ...?"
        doer, verb_word, verb_start, after = owned.group(1), deed, owned.start(2), owned.end()
    elif m:
        doer, verb_word, verb_start, after = m.group(1), m.group(2), m.start(2), m.end()
    else:  # "How were the talks characterised *by Xi Jinping*?": the passive's agent
        by = _ASKED_DEED_BY.search(question)
        if not by or stem(by.group(1)) not in _SPEECH:
            return None  # any deed: 2,805 SQuAD lost 4 right answers ("settled by Huguenots" of "Huguenot settlers")
        doer, verb_word, verb_start, after = by.group(2), by.group(1), by.start(1), by.end(1)
    if verb_word in STOPWORDS:
        return None
    doer, verb = re.sub(r"['’]s$", "", doer), stem(verb_word)  # "Malaysia's government": Malaysia
    if verb in LIGHT_VERBS and _SPEECH_NOUN.match(question, after):
        verb = stem("state")  # "When did Xi *make a statement*?": a way of saying
    elif verb in LIGHT_VERBS and not re.match(r"\s+(?!(?:for|to|about|on|in|of|with|as|by)\b)[a-z]", question[after:]):
        return None  # "What reason did Bessent *give* for ...?": the asked thing is what is given, no deed of its own
    elif verb in LIGHT_VERBS:  # "When did Xi *issue a* tariff *threat*?": the deed the sentence's "threatened" tells
        verb = _deed_named(question[after:], sentence) or verb
    if not _names(doer):
        return None  # "How do *I* start the app?": a pronoun names no doer
    # "did China *threaten*", not "did the Rumford *engine* use" (the name runs on); the tagger
    # takes rare verbs for nouns ("did Toyota *rebrand*"), so a past tense in the sentence will do
    tagged_verb = verb_at(question, verb_start) or fold(verb_word) in verbs(question) or made_by
    asked = _named_only(_names(doer))  # "King Harold II" is not "Duke William II"
    if office:  # "the American president": "Trump" too, if the document calls him so
        asked |= _office_holders(doer, office, document)
    speech = verb in _SPEECH
    said = {a for a, _, pos in tagged(sentence) if pos.startswith("VB")} if speech else set()
    others = []
    for start, end, word in tokens(sentence):
        if speech and stem(word) in _SPEECH:
            if start not in said:
                continue  # "the United States", "a statement"
        elif stem(word) != verb or not (tagged_verb or sentence[start:end].endswith("ed")):
            continue
        governing = re.search(r"\b([a-z]+)\s+to\s+$", sentence[:start])
        if governing and verb_at(sentence, governing.start(1)) and fold(governing.group(1)) not in STOPWORDS:
            start = governing.start(1)  # "Trump *threatened to* impose": the doer of the verb before "to"
        elif speech and _PASSIVE.search(sentence[:start]) and _ACCORDING.search(sentence, end):
            # "were described as 'very constructive', according to a US Treasury spokesperson (quoted by the FT)"
            said_by = _ACCORDING.search(sentence, end).group(1)
            speaker = re.split(r"\s+(?:quoted|cited|reported|on|in|at|by)\s", said_by)[0]  # not "(quoted) by the FT"
            named = [w for w in _CAPITALISED.findall(speaker) if fold(w) not in _NO_DOERS]
            if not named or asked & _names(said_by):
                return None
            others.append(" ".join(named))
            continue
        headline = re.search(r"\b([A-Z][\w'’.-]*)\s+to\s+$", sentence[:start])
        if headline and fold(headline.group(1)) not in _NO_DOERS:  # "Trump to attend ...": a headline's doer
            if asked & _names(headline.group(1)):
                return None
            others.append(headline.group(1))
            continue
        to_do = re.search(r"\bto\s+$", sentence[:start]) is not None
        # "Washington *might delay* the tariffs to give ...": the doer of the clause gives
        purpose = to_do and not speech and _FINITE_BEFORE.search(_doer_before(sentence, start)) is not None
        if (to_do and not purpose) or (speech and _PASSIVE.search(sentence[:start])) or \
                re.match(r"\s+by\b", sentence[end:]):
            return None  # "the first to serve as ...", "were described as", "a spokesperson quoted by the FT":
            # the words before name no doer
        agent = re.match(r"[^,;.]{0,40}?\bby\s+([^,;.]{1,40})", sentence[end:])
        if agent and asked & _names(agent.group(1)):
            return None  # "talks ... called 'very constructive' by US Treasury": the passive names the asked doer
        by = [w for w in _CAPITALISED.findall(agent.group(1)) if fold(w) not in _NO_DOERS] if agent else []
        if by:  # ... or another: "How did China describe the talks?" of "US China talks called ... by US Treasury"
            others.append(" ".join(by))
            continue
        clause = _doer_before(sentence, start)
        named = [w for w in _CAPITALISED.findall(clause) if fold(w) not in _NO_DOERS]
        if not named or asked & _names(clause):
            return None  # "it", "officials" (no telling), or the question's own doer
        others.append(" ".join(named))
    return (f"{doer} {office}" if office else doer, others[0]) if others else None


# "Who leads China's Commerce Ministry?": a deed and what it is done to
_WHO_DEED = re.compile(r"^\W*who\s+([a-z]+)\s+(.+?)\s*\??\s*$", re.I)
_OBJECT_END = re.compile(r"[,;:()]|\.(?!\w)|\s(?:in|on|at|for|from|with|during|after|before|to|by|as|and|that|which|"
                         r"who|while|because|amid)\s")


def _object_after(text: str, end: int) -> str:
    """The phrase that follows offset ``end`` (a verb) to the next preposition or clause."""
    rest = text[end:]
    stop = _OBJECT_END.search(rest)
    return rest[:stop.start() if stop else len(rest)].strip()


def other_object(question: str, sentence: str) -> tuple[str, str, str] | None:
    """(the question's verb, what it is done to, what the sentence's is) when the question asks who did
    something to a thing ("Who leads China's Commerce Ministry?") and ``sentence`` tells that deed
    only of another thing, while it names the asked one before the verb, as another part of the
    clause ("China's Commerce Ministry confirmed Vice Premier He would lead Beijing's delegation");
    else None. Measured without the model: 2,805 SQuAD +1 refusal ("Who replaced the Normans as the
    ruling class?" of "The invading Normans ... replaced the Anglo-Saxons as the ruling class"), seed
    +1, no answerable question refused. A verb in -s or -ed after "Who" the tagger takes for a noun
    ("Who *heads* ...?"): seed +2 refused, SQuAD unchanged."""
    m = _WHO_DEED.match(question)
    # right after "Who" a word in -s or -ed is its verb, whatever the tagger says ("Who *heads* ...?": NNS)
    if not m or fold(m.group(1)) in STOPWORDS or \
            not (verb_at(question, m.start(1)) or re.fullmatch(r"[a-z]+(?:s|ed)", m.group(1))):
        return None
    verb = stem(m.group(1))
    phrase = _object_after(f" {m.group(2)} ", 0)
    asked = set(content_terms(phrase))
    if not asked:
        return None
    told = []
    for start, end, word in tokens(sentence):
        if (stem(word) != verb and stem(word) not in synonyms(verb)) or not verb_at(sentence, start):
            continue  # "the British *defeat* of New France": a noun
        if _PASSIVE.search(sentence[:start]) or re.match(r"\s+by\b", sentence[end:]):
            return None  # "the delegations were led by ...": what is led comes first
        obj = _object_after(sentence, end)
        if not content_terms(obj) or set(content_terms(obj)) & asked or \
                not asked <= set(content_terms(sentence[:start])):
            return None
        told.append(obj)
    return (m.group(1), phrase, told[0]) if told else None


def _name_stems(phrase: str) -> set[str]:
    return {stem(re.sub(r"['’]s$", "", w)) for w in _names(phrase)}


def _office_holders(doer: str, office: str, text: str) -> set[str]:
    """The name stems of whom ``text`` calls by the doer's office: "Trump" of "US President Donald
    Trump" for "the American president" (the nation may be named either way)."""
    own = nations(doer) or {fold(doer)}
    name = r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*"
    held = re.finditer(rf"\b([A-Z][\w.]*)\s+(?i:{re.escape(office)})\s+({name})", text)
    return {n for m in held if (nations(m.group(1)) or {fold(m.group(1))}) & own for n in _name_stems(m.group(2))}


def absent_doer(question: str, sentences: list[str], document: str = "") -> str | None:
    """The question's doer when it asks what a named doer did ("What did *Bessent* say about rare
    earths?", "What event did *Cornell* win in 2003?") and none of ``sentences`` (the best one, and
    the one before it when it refers back: "These include ...") names that doer or has a pronoun
    that may stand for it; else None. The asked verb must be tagged a verb, or be one of saying
    ("When do China's *new* export controls come into force?" names no deed). A noun may follow the
    name ("What did the *Malaysian* government say ...").

    Measured over all 2,805 SQuAD questions, of those the rest of the gate let through: 8
    unanswerable refused ("What did Japan lift in March 1974?" against "... convince Arab oil
    producers to lift the embargo"), no answerable; a noun after the name, 2 more ("What year did
    Richards fleet avoid a storm?"), no answerable; every verb, untagged: 16 against 3. A doer called by
    office ("the US *president*") is also whom ``document`` calls so ("US President Donald Trump"):
    2,805 SQuAD and the seed sets unchanged, 2 of a new batch of 40 answered ("Which ceasefire will the
    American president attend?" of "Trump to attend ...")."""
    def a_deed(m: re.Match[str] | None) -> bool:  # "What did Iran *do* on October 6?" asks of a deed too
        if m is None:
            return False
        return m.group(2) == "do" or (m.group(2) not in STOPWORDS and
                                      (stem(m.group(2)) in _SPEECH or verb_at(question, m.start(2))))

    m = next((m for m in (_ASKED_DEED.search(question), _ASKED_DEED_OF.search(question)) if a_deed(m)), None)
    if m is None:
        return None
    asked = _name_stems(m.group(1))
    if not asked:
        return None  # "How do *I* start the app?", "What can *We* ...": a pronoun names no doer
    office = re.match(r"\s+([a-z]+)\b", question[m.end(1):])
    if office and fold(office.group(1)) in TITLES:  # "the US *president*": whom the document calls so
        asked |= _office_holders(m.group(1), office.group(1), document)
    initials = {fold(w) for w in re.findall(r"\b[A-Z]{2,5}\b", m.group(1))}  # "the FT"
    body_or_nation = bool(nations(m.group(1))) or bool(set(words(m.group(1))) & BODY_NOUNS)
    for sentence in sentences:
        have = _name_stems(sentence)
        if asked & have or any(h.startswith(a) for a in asked for h in have) or _STANDS_FOR.search(sentence) \
                or initials & spelt_out(sentence) or (body_or_nation and unnamed_body(sentence)):
            return None  # "Huguenot" ~ "Huguenots", "Apple" ~ "AppleTalk"; "he said"; "FT": "Financial Times";
            # "the ministry announced": China's, maybe (no person's)
    return m.group(1)


def absent_deed(question: str, text: str) -> str | None:
    """The question's verb when ``text`` says no such deed, in any form or by a word of the same
    meaning ("Who *welcomed* the delegations?" of a photo caption); None when it does, or when the
    question has no verb of its own (only "is", "did", a light verb or a name)."""
    asked = [v for v in verbs(question)
             if v not in STOPWORDS and v not in QUESTION_WORDS and stem(v) not in LIGHT_VERBS]
    if not asked:
        return None
    have = set(content_terms(text))
    missing = [v for v in asked if not in_any_form(stem(v), have) and not spanned(v, text)]
    return missing[0] if len(missing) == len(asked) else None


# "from October 24 to 27": a span of time, which tells when what spans it begins and ends
_RANGE = re.compile(r"\bfrom\s+[^,;.]{1,40}?\s+(?:to|until|till|through)\s+\w", re.I)
_SPAN_VERBS = frozenset(stem(w) for w in """begin begins began begun beginning start starts started starting end ends
ended ending finish finishes finished finishing conclude concludes concluded last lasts lasted run runs ran""".split())
# a stay, a visit or a trip: its span answers "How long ...?" and "the dates of ...", not "When will X visit ...?"
_STAY_VERBS = frozenset(stem(w) for w in "stay stays stayed visit visits visited trip trips".split())
_ASKS_SPAN = re.compile(r"\bhow\s+long\b|\bdates\b", re.I)
# "How long did the talks last *each day*?": a span of days tells nothing of a day's hours. With the span among
# the gate's best three sentences and "what time" asking for a clock (qa/extract.py), measured without the
# model: seed +1 refused, none lost; 2,805 SQuAD unchanged.
_EACH_DAY = re.compile(r"\b(?:each|every|per|a)\s+day\b|\bdaily\b", re.I)


def spanned(verb: str, text: str, question: str = "") -> bool:
    """Whether ``verb`` begins, ends or lasts and ``text`` gives a span of time that tells it ("When did
    the stay *end*?" of "... in Malaysia from October 24 to 27"; not "each day": ``question``). Measured
    without the model, with the day it asks cut from the span (qa/extract.py: ``end_of_span``): seed +1
    correct, F1 +1.0; 2,805 SQuAD F1 +0.1, none lost. A stay, a visit or a trip, for "How long ...?" or "the dates of ...":
    seed +3 correct, none lost, SQuAD unchanged (for any question it let "Which hotel did the
    delegations stay in?" and "When will Trump visit Beijing?" through)."""
    if _EACH_DAY.search(question):
        return False  # "each day", "daily": the hours of a day, which no span of days tells
    spans = stem(verb) in _SPAN_VERBS or (stem(verb) in _STAY_VERBS and _ASKS_SPAN.search(question) is not None)
    return spans and _RANGE.search(text) is not None


# Verbs that undo what was done: a question that asks when (who, why) something was lifted asks of
# a deed the evidence must tell; that it was imposed or announced says nothing of its end.
_UNDOING = frozenset(stem(w) for w in """lift lifted lifting cancel cancelled canceled cancelling scrap scrapped remove
removed withdraw withdrew withdrawn repeal repealed revoke revoked abolish abolished rescind rescinded suspend suspended
end ended ending halt halted reverse reversed expire expires expired lapse lapsed""".split())


def untold_undoing(question: str, text: str, around: str = "") -> str | None:
    """The question's verb of undoing ("When will China *lift* the export controls?") when ``text``
    tells no undoing in any form or by a word of the same meaning, nor ``text`` or ``around`` (the
    best three sentences, for a question that asks when or how soon) a span of time that ends ("When
    did the talks *end*?" of "... from October 24 to 27"; measured without the model with the span's
    last day for the end in qa/timeline.py: seed +1 correct, 2,805 SQuAD unchanged); else None."""
    asked = [v for v in words(question) if stem(v) in _UNDOING and not re.search(rf"\b{v}\s+up\b", question, re.I)]
    if not asked:
        return None
    have = set(content_terms(text))
    return asked[0] if not any(in_any_form(stem(v), have) or spanned(v, f"{text} {around}", question)
                               for v in asked) else None


# "When did He Lifeng *become vice premier*?", "How long has he *been premier*?": a rise to an office, or a
# time in it, which the evidence must tell; that someone holds the office says nothing of since when
_OFFICE_TAKEN = re.compile(rf"\b(?:become|becomes|became|becoming|been|(?:take|takes|took|taken|taking)\s+over\s+as|"
                           rf"succeed\w*\s+\S+(?:\s+\S+)?\s+as)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){{0,2}}?"
                           rf"(?:{'|'.join(sorted(TITLES))})\b", re.I)
_OFFICE_TOLD = re.compile(r"\b(?:become|becomes|became|becoming|appoint\w*|elect\w*|named|sworn|promot\w*|"
                          r"took\s+office|assum\w*|succe\w*|since|served|serving|tenure|term|throne|crown\w*|"
                          r"ascen\w*|reign\w*|inaugurat\w*|install\w*|chosen)\b", re.I)


def untold_office(question: str, text: str) -> str | None:
    """The office a question asks someone rose to, or has held for how long ("When did He Lifeng become
    vice premier?"), when ``text`` tells of no rise to an office or time in it; else None. Measured
    without the model: seed +3 refused; 2,805 SQuAD one wrong answer refused, none lost (a throne
    gained tells it: "Who became king in 1643?"). Any "become" refused "What type of engines became
    widespread?" (not asked). "took over as", "succeeded X as" an office too: seed +1 refused, SQuAD
    unchanged."""
    asked = _OFFICE_TAKEN.search(question)
    return asked.group(0) if asked and not _OFFICE_TOLD.search(text) else None


_SAYING = re.compile(r"\b(say|tell)\b", re.I)
_REPORTED = re.compile(r"\b(?:according to|quoted|called|calls|call)\b|[“”\"]", re.I)
_PHRASAL_VERB = re.compile(r"\b[a-z]+\s+(?:back|off|up|down|out|over|away|in|on)\s*\??\s*$")
_NAMED_DOER_ASKED = re.compile(rf"^(?i:what|who|whom|how(?:\s+much|\s+many(?:\s+[\w-]+){{0,2}}?)?|in\s+what\s+capacity)"
                               rf"\s+{_ACTIVE_AUX}\s+[A-Z]")


# "What was agreed at the talks?": a deed done, its doer unnamed (not "What is included ...?": a state)
_WHAT_WAS_DONE = re.compile(r"\W*what\s+(?:was|were)\s+[a-z]+ed\b", re.I)


def speaker_first(question: str, evidence: list[Evidence]) -> list[Evidence]:
    """For "What did Bessent say?", ``evidence`` with the first of its best three sentences that tells
    of saying put first, when the best one does not ("The delegations were led by ... Bessent" ranks
    above "Bessent suggested that ..."): the sentence that answers is the one that says it. Only when
    the question asks nothing more (with "... about rare earths?" the seed sets lost a refusal);
    measured without the model: seed sets and 2,805 SQuAD unchanged."""
    if not _NAMED_DOER_ASKED.match(question) or not re.search(r"\b(?:say|tell)\s*[?.!]*\s*$", question, re.I) or \
            not evidence or _speaks(evidence[0].text):  # "... say about rare earths?": the topic must be told
        return evidence
    found = next((i for i, e in enumerate(evidence[1:3], 1) if _speaks(e.text)), None)
    return evidence if found is None else [evidence[found]] + evidence[:found] + evidence[found + 1:]


def _speaks(text: str) -> bool:
    return bool(_SPEECH & set(content_terms(text))) or _REPORTED.search(text) is not None


def untold_deed(question: str, text: str) -> str | None:
    """The verb of a question that asks what a named doer did, or how ("What did Bessent *say* to He
    Lifeng?", "How did Beijing *respond* ...?"), when ``text`` tells no such deed in any form or by a
    word of the same meaning (see ``absent_deed``); else None.

    "What did X say (tell)?" is told by any word of saying, or a quotation.

    Measured without the model over the 2,805 SQuAD questions, of those the rest of the gate lets
    through: 18 unanswerable refused against 4 right answers ("What did Watt *add* to ...?" of
    "... Watt developed an improved version"); the seed sets: 7 unanswerable, none answerable. With
    any doer ("What did *the officials* hope to de-escalate?") the seed sets lose 7 right answers;
    "when", "where" and "why" questions lose as many as they refuse. A deed done with no doer named
    ("What was *agreed* at the talks?"): SQuAD +5 refused, seed +1, none lost ("What *is included*
    ...?", a state, lost one right SQuAD answer: not asked). "How much (many ...) did X ...?" too:
    2,805 SQuAD +1 refused, seed unchanged, a new batch +1; "What (kind of) X did Y ...?" lost 11
    right answers ("What position does He Lifeng *hold*?", "What deadline did Trump *set*?")."""
    if not (_NAMED_DOER_ASKED.match(question) or _WHAT_WAS_DONE.match(question)) or _PHRASAL_VERB.search(question):
        return None  # "What might Washington *hold back*?": a phrasal verb means what its verb alone does not
    said = _SAYING.search(question)
    if said:  # "What did Bessent say ...?": any word of saying tells it ("suggested", "quoted", "according to")
        return None if _speaks(text) else said.group(1)
    return absent_deed(question, text)


# "When did the official *who suggested a delay* resign?": do-support, then a subject that holds a relative clause
_RELATIVE_SUBJECT = re.compile(r"^\W*(?:what|which|who|whom|when|where|why|how)\b[^?]*?\b(?:did|does|do|will|would|"
                               r"might|could|can)\s+(?:the|a|an|this|that)\s+[^?]*?\b(?:who|that|which)\s", re.I)


def untold_main_deed(question: str, text: str) -> str | None:
    """The main verb of a question whose subject holds a relative clause ("When did the official *who
    suggested a delay* resign?") when ``text`` tells no such deed in any form or by a word of the same
    meaning: the clause's own verb may be all the evidence tells; else None. Measured without the model:
    2,805 SQuAD +2 refused ("What did the Huguenots who settled in Dublin contribute?"), none lost; seed
    sets unchanged, a new batch +1 refused."""
    m = _RELATIVE_SUBJECT.match(question)
    if not m:
        return None
    tags = tagged(question)
    inner = next((i for i, (a, _, pos) in enumerate(tags) if a >= m.end() and pos.startswith("VB")), None)
    main = next((question[a:b] for a, b, pos in tags[inner + 1:] if pos == "VB"), None) if inner is not None else None
    if main is None or fold(main) in STOPWORDS or stem(fold(main)) in LIGHT_VERBS:
        return None
    if stem(fold(main)) in _SPEECH | {"speak", "talk"} and _speaks(text):
        return None  # "When did the official who ... speak?": any word of saying tells it
    have = set(content_terms(text))
    return None if in_any_form(stem(fold(main)), have) or spanned(main, text) else fold(main)


# "What would happen *if the talks failed*?": a hypothetical's condition (not "If two integers are multiplied,
# what ...?": a premise the text states in its own words)
_CONDITION = re.compile(r"\b(?:would|could|might)\b[^,;]*?\b(?:if|unless|in\s+case)\s+([^,?;]+)", re.I)


def untold_condition(question: str, text: str) -> str | None:
    """The verb of the condition a hypothetical question puts ("What would happen *if the talks
    failed*?") when ``text`` tells no such deed in any form or by a word of the same meaning (see
    ``absent_deed``); else None. Measured without the model: 2,805 SQuAD +1 refused ("What would it
    guarantee for Harvard if they attracted wealthy students?"), seed +1 refused, none lost; any
    "if" clause: SQuAD -2 correct ("If two integers are multiplied ..., what is this called?")."""
    m = _CONDITION.search(question)
    return absent_deed(m.group(1), text) if m else None


# "How did X do ...?", "How was X done?": the manner of a deed
_HOW_DONE = re.compile(r"\W*how\s+(?:did|does|do|was|were|is|are|will|would|could|can|might|may|should|has|have|had)\b",
                       re.I)


def untold_manner(question: str, text: str) -> str | None:
    """The verb of a question that asks how a deed was done ("How was the ceasefire *negotiated*?")
    when ``text`` tells no such deed in any form or by a word of the same meaning (see
    ``absent_deed``); a way of saying is exempt ("How are the tensions *described*?": by the words
    that describe them). Measured without the model: 2,805 SQuAD +11 refused, -1 correct ("How was
    the school able to bring aboard ...?"); seed +5 refused, none lost (with affect ~ influence,
    manage ~ handle, evaluate ~ measure)."""
    if not _HOW_DONE.match(question):
        return None
    untold = absent_deed(question, text)
    return untold if untold and stem(untold) not in _SPEECH else None


# "What did the FT say *about Xi*?": what the saying is about
_ABOUT = re.compile(r"\b(?:say|says|said|saying|tell|told|think|thought|write|wrote|written|report|reported|"
                    r"comment|commented|claim|claimed|state|stated|announce|announced|reveal|revealed)\s+about\s+"
                    r"(.+?)\s*[?.!]*$", re.I)


_WHERE_IS = re.compile(r"\W*where\s+(?:is|was|are|were)\s+(?:the\s+)?(.+?)(?:\s+(?:located|situated|based|found|"
                       r"headquartered))?\s*\??\s*", re.I)


def unplaced_thing(question: str, text: str) -> str | None:
    """What "Where is the ASEAN *headquarters*?" asks to be placed, when ``text`` has no word for
    its head noun in any form or by a word of the same meaning; else None. Only a noun phrase: with
    a verb or a preposition after it ("Where was the indicator *shown*?"), measured without the
    model, it refused 6 answerable seed questions and 3 SQuAD ones. As it is: seed +1 refusal, 2,805
    SQuAD unchanged."""
    m = _WHERE_IS.fullmatch(question)
    if not m or any(not pos.startswith(("NN", "JJ", "DT", "POS")) for a, _, pos in tagged(question)
                    if m.start(1) <= a < m.end(1)):
        return None  # "Where was the indicator *shown*?", "Where was he *from*?": a noun phrase alone
    thing = re.split(r"\s+(?:this|last|next)\s+", m.group(1))[0]  # "the ASEAN summit *this year*"
    head = content_terms(thing)
    have = set(content_terms(text))
    if not head or in_any_form(head[-1], have):
        return None
    return thing


# "a *potential* trade war", "a *planned* meeting": a thing that has not happened, and the words after
_UNREALISED = re.compile(r"\b(potential|possible|planned|proposed|prospective|looming|feared|threatened|expected)"
                         r"((?:\s+[a-z-]+){1,3})", re.I)
# a question that takes it as done: that it lasted, began, ended, was held or won, or its outcome
_AS_DONE = re.compile(r"\b(?:did|was|were|had)\b.*\b(?:last|end|ended|begin|began|start|started|happen|happened|occur|"
                      r"occurred|held|hold|take\s+place|took\s+place|win|won|lose|lost|break\s+out|broke\s+out|"
                      r"conclude|concluded|finish|finished)\b|\b(?:outcome|result|results)\s+of\b", re.I)


def unrealised(question: str, text: str) -> str | None:
    """What the question takes as having happened ("How long did the *trade war* last?") when ``text``
    tells of it only as a thing that may happen ("a *potential trade war*"); else None. Measured without
    the model: seed +1 refused ("What was the outcome of the South Korea meeting?"), none lost; 2,805
    SQuAD unchanged; a new batch of 40 +2 refused. With any past tense it lost 6 right seed answers
    ("What did the tit-for-tat moves trigger?" - "a potential trade war")."""
    if not _AS_DONE.search(question) or _UNREALISED.search(question):
        return None  # "What was the purpose of the *planned* meeting?": the question knows
    asked = set(content_terms(question))
    for m in _UNREALISED.finditer(text):
        after = m.group(2).split()
        after = after[:next((i for i, w in enumerate(after) if fold(w) in STOPWORDS), len(after))]  # "meeting *in*"
        n = max((i + 1 for i, w in enumerate(after) if stem(fold(w)) in asked), default=0)
        if not n:
            continue  # "a potential shift": not what the question asks of
        head = after[n - 1]
        told = [w for w in re.finditer(rf"\b{re.escape(head)}\b", text, re.I)
                if not _UNREALISED.search(text[max(0, w.start() - 40):w.end()])]
        if not told:
            return " ".join([m.group(1)] + after[:n])
    return None


# "might *delay*", "could *impose*", "threatened to *impose*", "plans to *attend*": a deed not done (yet); not "would
# lead" (what was reported as to come: "confirmed He would lead"), nor "set to take effect" (it was fixed)
_NOT_DONE_BEFORE = re.compile(r"\b(?:might|may|could|should|can|(?:threaten|plan|aim|hope|want|seek|intend|propose|"
                              r"promise)(?:s|ed)?\s+to)\s+(?:\w+\s+)?$", re.I)
# "On what date did Washington *delay* ...?", "When was the tariff *imposed*?": a deed taken as done
_DONE_ASKED = re.compile(r"\b(?:did|was|were|had)\b", re.I)


def unrealised_deed(question: str, text: str) -> str | None:
    """The verb of a question that takes a deed as done ("On what date did Washington *delay* the
    tariffs?", "When was the tariff *imposed*?") when ``text`` tells of it only as one that may be done
    ("Washington *might delay* the tariffs", "threatened *to impose* a tariff"); else None. Not when the
    question says it may be done itself ("What did Bessent say Washington *might* do?"). Measured without
    the model: seed sets +3 refused ("When were the tariffs first imposed?"), none lost; 2,805 SQuAD
    unchanged (with "would" and "set to": seed -9 correct, "confirmed He *would lead* ...")."""
    done = _DONE_ASKED.search(question)
    if not done or re.search(r"\b(?:might|may|could|would|should|will|going\s+to)\b", question, re.I):
        return None
    tags = tagged(question)
    verb = next((fold(question[a:b]) for (_, _, was), (a, b, pos) in zip(tags, tags[1:]) if a > done.start()
                 and (pos in ("VB", "VBN") or pos == "NN" and was == "NNP")  # "did Washington *delay*" (NN)
                 and fold(question[a:b]) not in STOPWORDS and stem(fold(question[a:b])) not in LIGHT_VERBS), None)
    if not verb:
        return None
    forms = [m for m in re.finditer(r"[A-Za-z]+", text) if stem(fold(m.group())) == stem(verb)]
    if forms and all(_NOT_DONE_BEFORE.search(text[max(0, m.start() - 40):m.start()]) for m in forms):
        return verb
    return None


def untold_topic(question: str, text: str) -> str | None:
    """What a question asks was said about ("What did the Commerce Ministry say *about soybeans*?")
    when ``text`` has none of its words, in any form or by a word of the same meaning; else None."""
    m = _ABOUT.search(question)
    if not m:
        return None
    asked, have = content_terms(m.group(1)), set(content_terms(text))
    if not asked or any(in_any_form(t, have) for t in asked) or nations(m.group(1)) & nations(text):
        return None  # "about China" of "Chinese imports"
    return m.group(1)
