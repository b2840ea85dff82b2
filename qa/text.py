"""Word-level text helpers shared by retrieval, the answerability gate and the support check."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .postag import tagged

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves s t don ll ve re d m o y ain aren couldn didn doesn hadn
hasn haven isn ma mightn mustn needn shan shouldn wasn weren wouldn
anyone anybody someone somebody everyone everybody
""".split())  # "Did anyone describe ...?": no word to find
# A demonym in a question names the same thing as its country (or capital) in a document.
DEMONYMS = {"american": ("us", "u.s", "usa", "united states", "america", "washington"),
            "chinese": ("china", "beijing", "prc"), "british": ("uk", "britain", "united kingdom", "england"),
            "french": ("france",), "german": ("germany",), "japanese": ("japan",), "russian": ("russia",),
            "european": ("europe", "eu"), "malaysian": ("malaysia",), "korean": ("korea",),
            "indian": ("india",), "italian": ("italy",), "spanish": ("spain",), "canadian": ("canada",),
            "swiss": ("switzerland",), "irish": ("ireland",), "dutch": ("netherlands", "holland"),
            "scottish": ("scotland",), "english": ("england",), "welsh": ("wales",), "danish": ("denmark",),
            "swedish": ("sweden",), "finnish": ("finland",), "polish": ("poland",), "greek": ("greece",),
            "israeli": ("israel",), "egyptian": ("egypt",), "iranian": ("iran",), "iraqi": ("iraq",)}
# Words that say what kind of answer is wanted, or point at the document, rather than what it is about.
QUESTION_WORDS = frozenset("""
what which who whom whose when where why how many much name named kind type sort year years date
day time long often far big old called describe describes described according article say says said
tell did does do mention mentions mentioned text passage document story caption headline paragraph
""".split())

_HEAD_NOUN = re.compile(r"\b(?:which|what)\s+(?:(?:kind|type|sort|form)\s+of\s+)?([a-z]+)", re.I)
_WORD = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def fold(text: str) -> str:
    """Lower case, typographic quotes and dashes made plain, accents kept."""
    return unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()


def nations(text: str) -> set[str]:
    """The nations ``text`` names, by their demonym: "China's ministry" -> {"chinese"}. "US" counts
    only in capitals (not the pronoun)."""
    folded = fold(text)
    found = set()
    for demonym, places in DEMONYMS.items():
        for name in (demonym, *places):
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded) and \
                    (name not in ("us", "u.s") or re.search(r"\bU\.?S\b", text)):
                found.add(demonym)
                break
    return found


def cased_as(word: str, typed: str) -> str:
    """``word`` capitalised when ``typed`` was: "department" for "dept", "Department" for "Dept"."""
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


def unaccented(text: str) -> str:
    """``text`` without accents: "Maizière" -> "Maiziere"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Word and number tokens, folded. Possessive 's is dropped: "China's" -> "china"."""
    out = []
    for w in _WORD.findall(fold(text)):
        if w.endswith("'s"):
            w = w[:-2]
        out.append(w)
    return out


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return word if word[0].isdigit() else _stemmer().stemWord(word)


def content_terms(text: str, drop_question_words: bool = False) -> list[str]:
    """Stems of the words that carry content (stop words dropped), in order, without repeats."""
    seen, out = set(), []
    for w in words(text):
        if w in STOPWORDS or (drop_question_words and w in QUESTION_WORDS):
            continue
        s = stem(w)
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def is_number(token: str) -> bool:
    return token[:1].isdigit()


def names(text: str) -> list[str]:
    """Capitalised words that are not the first word of the text (likely names), folded."""
    found = []
    tokens = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text)
    for i, tok in enumerate(tokens):
        if tok[0].isupper() and (i > 0 or tok.isupper()) and tok.lower() not in STOPWORDS:
            found.append(fold(tok).removesuffix("'s"))
    return found


def name_phrases(text: str) -> list[str]:
    """Runs of capitalised words ("Prime Minister", "Secretary of State"), folded; the first word of
    the text counts only when it is all capitals or part of a longer run."""
    tokens = list(re.finditer(r"[^\W_]+(?:['’.][^\W_]+)*", text))
    phrases, run = [], []
    for i, m in enumerate(tokens):
        raw = m.group()
        tok = raw.removesuffix("'s").removesuffix("’s")
        capital = tok[0].isupper() and fold(tok) not in STOPWORDS
        joiner = tok in ("of", "de", "the") and run and i + 1 < len(tokens) and tokens[i + 1].group()[0].isupper()
        if capital or joiner:
            run.append((i, tok))
            if tok != raw:  # a possessive ends the name: "China's Vice Premier"
                phrases.append(run)
                run = []
            continue
        phrases.append(run)
        run = []
    phrases.append(run)
    out = []
    for run in phrases:
        if not run:
            continue
        if run[0][0] == 0 and len(run) == 1 and not run[0][1].isupper():
            continue  # a sentence-initial capital, not a name
        if run[0][0] == 0 and not run[0][1].isupper():
            run = run[1:]
        out.append(fold(" ".join(tok for _, tok in run)))
    return [p for p in out if p]


_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][a-z]+)+")


def spelt_out(text: str) -> set[str]:
    """The initials of the runs of capitalised words of ``text``, folded, and of each run's tails:
    "ft" for "the Financial Times", "wsj" for "Wall Street Journal", "cjeu" for "Court of Justice of
    the European Union" ("of", "the", "and" left out)."""
    out = set()
    for m in _CAPITALISED_RUN.finditer(text):
        initials = "".join(w[0] for w in m.group(0).split() if w.lower() not in ("of", "the", "and")).lower()
        out.update(initials[i:] for i in range(len(initials) - 1))
        out.update(initials[:i] for i in range(2, len(initials)))  # "NY" of "New York Times"
    return out


def spelt_runs(text: str, initials: set[str]) -> list[tuple[int, int]]:
    """Where ``text`` has a run of capitalised words whose initials are one of ``initials`` (folded), all
    of them: "Financial Times" for "ft" (not "European Court of Justice" for "ec")."""
    runs = [(m.start() + p.start(), m.start() + p.end()) for m in _CAPITALISED_RUN.finditer(text)
            for p in re.finditer(r"[A-Z]\S*(?:\s+(?!and\b)\S+)*", m.group(0))]  # "United States | and China"
    return [(a, b) for a, b in runs
            if "".join(w[0] for w in text[a:b].split() if w not in ("of", "the")).lower() in initials]


def spelling_out(question: str, text: str) -> str:
    """``question`` with the initials ``text`` spells out written as it does: "When was the FT's report
    published?" -> "When was the Financial Times's report published?" (initials it does not spell stay)."""
    def spelt(m: re.Match[str]) -> str:
        runs = spelt_runs(text, {m.group().lower()})
        return text[runs[0][0]:runs[0][1]] if runs else m.group()
    return re.sub(r"\b[A-Z]{2,5}\b", spelt, question)


# Where a phrase or clause of a sentence ends: commas, semicolons, colons, brackets, quotes, dashes.
PHRASE_BREAK = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s")
# A web page's label before a line of its own: "Read more: <another article's headline>", "See also:",
# "Editor's note:". The label says what the line is, not what happened: no name, date or answer is in it.
_LABEL = re.compile(r"^\W*(?:read\s+(?:more|also|next)|see\s+also|related(?:\s+\w+)?|more\s+on\s+this|"
                    r"editor['’]s\s+note|update[d]?|also\s+read|watch|listen)\s*:\s+", re.I)


def label_end(sentence: str) -> int:
    """Where a line's opening label ends ("Read more: " of "Read more: Trump plans ..."), or 0."""
    found = _LABEL.match(sentence)
    return found.end() if found else 0


# A sentence that starts like this goes on from the one before it ("It was commissioned by Odo").
_REFERS_BACK = re.compile(r"^(?:these|this|they|those|it|its|their|such|he|she|his|her)\b", re.I)


_HEADING_WORDS = 8


def is_heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a heading: a whole line of a few words with no verb and no
    closing punctuation ("European Union law", "1973 oil crisis", "## Installation"). It names a
    topic and states nothing, so it answers no question."""
    line = text[start:end].strip()
    whole_line = (start == 0 or text[start - 1] == "\n") and text[end:end + 1] in ("", "\n", "\r")
    if not whole_line or not line or line[-1] in ".!?\"”')" or len(line.split()) > _HEADING_WORDS:
        return False
    if re.match(r"#{1,6}\s", line):  # a Markdown heading, whatever its words
        return True
    return not any(pos.startswith("VB") or pos == "MD" for _, _, pos in tagged(line))


def refers_back(sentence: str) -> bool:
    """Whether ``sentence`` opens with a word that stands for something in the sentence before."""
    return _REFERS_BACK.match(sentence) is not None


def verbs(question: str) -> list[str]:
    """The verbs of a question, folded: the lower-case words the tagger calls a verb, and a word in
    -ed right after "who" that it calls an adjective (it takes a rare verb there for one: "Who
    *brokered* the ceasefire?"), or a noun right after "will", "would", "might" ("Who will *host* ...?")
    or after "did" and a name ("What did Xi *offer* Trump?")."""
    tags = tagged(question)

    def to_after(i: int) -> bool:  # "meant *to* pressure": the deed follows
        return i + 1 < len(tags) and tags[i + 1][2] == "TO"

    return [fold(question[a:b]) for i, (a, b, pos) in enumerate(tags) if question[a].islower() and
            not (fold(question[a:b]) in ONLY_TO and to_after(i)) and
            (pos.startswith("VB") or (i and pos == "JJ" and tags[i - 1][2] == "WP" and question[a:b].endswith("ed"))
             or (i and pos == "NN" and (tags[i - 1][2] == "MD" or _after_do_and_name(question, tags, i)))
             or (i > 1 and pos == "NN" and tags[i - 1][2] == "TO" and fold(question[tags[i - 2][0]:tags[i - 2][1]])
                 in ONLY_TO))]


# Words that only lead to the deed after "to": "Whom was the threat *meant to* pressure?" asks who is pressured
ONLY_TO = frozenset("""meant intended supposed designed expected set due likely going about able aimed scheduled
slated""".split())


def _after_do_and_name(question: str, tags: tuple[tuple[int, int, str], ...], i: int) -> bool:
    """Whether the word at ``i`` follows "did" ("does", "do", a modal) and a name: "What did Xi *offer* Trump?"."""
    j = i
    while j and (tags[j - 1][2].startswith("NNP") or  # "*He* Lifeng": a capital before a name is of it
                 j < i and j > 1 and question[tags[j - 1][0]].isupper() and tags[j][2].startswith("NNP") or
                 j > 2 and fold(question[tags[j - 1][0]:tags[j - 1][1]]) == "and" and tags[j - 2][2].startswith("NNP")):
        j -= 1  # "What did Scott Bessent and He Lifeng *sign*?"
    return 0 < j < i and (fold(question[tags[j - 1][0]:tags[j - 1][1]]) in ("did", "does", "do")
                          or tags[j - 1][2] == "MD")  # "What might Washington *delay*?"


# "what's", "whats", "who's": "what is" (a casual "what's the vice premier's name")
_WH_IS = re.compile(r"\b(what|where|when|how|who)['’]?s\b", re.I)


def wh_is(question: str) -> str:
    """``question`` with "what's" (or "whats", "who's", ...) written out: "what is"."""
    return _WH_IS.sub(r"\1 is", question)


_YES_NO = re.compile(r"\W*(?:is|are|was|were|am|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|"
                     r"must|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t)\s", re.I)
# "Can you say when ...?", "Do you know who ...?": a wh-question asked politely
_ASKS_YOU = re.compile(r"\W*\w+\s+(?:you|anyone|anybody|someone)\s+(?:\w+\s+){0,2}(?:what|which|who|whom|whose|when|"
                       r"where|why|how)\b", re.I)


def asks_yes_no(question: str) -> bool:
    """Whether ``question`` asks yes or no, opening with its verb: "Did Trump attend the talks?"."""
    return _YES_NO.match(question) is not None and not _ASKS_YOU.match(question)


def head_noun(question: str) -> str | None:
    """The word after "which"/"what" (and "kind of"), as written: "Which *city* hosted ..." -> "city"."""
    m = _HEAD_NOUN.search(question)
    return m.group(1) if m else None


# "which ...", "what kind of ...", "which of the two ..."
_WH = re.compile(r"\b(?:which|what)\s+(?:of\s+(?:the|these|those)\s+(?:(?:two|three|four|five|\d+)\s+)?)?"
                 r"((?:kind|type|sort|form)s?\s+of\s+)?", re.I)
FINITE_VERBS = frozenset({"VBZ", "VBD", "VBP", "MD"})  # the tagger's finite verb tags
_DETERMINERS = frozenset("the a an this that these those its his her their it he she they there".split())


def is_plural(word: str) -> bool:
    """Whether a noun looks plural: "countries", "officials" (not "class", "status", "analysis")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _verb_at(phrase: list[str], verbs: frozenset[str] = frozenset(), bare_after_plural: bool = True) -> int | None:
    """Where the verb starts in the words after "which"/"what": a word the tagger takes for a finite
    verb (``verbs``: "Which company *makes* lithium batteries"), or one whose form gives it away, a
    past form ("Which minister *hosted*") or a bare word after a plural ("What anodes *fall* under").
    The tagger's verbs changed 4 of the 2,805 SQuAD questions' answer types, each for the better
    ("What *battle* took place": no longer a place; "What governing *body* appoints": a body). When
    "is" follows the phrase, a plural tells nothing ("Which financial *times reporter* is it?")."""
    for k in range(1, len(phrase)):
        if phrase[k] in verbs or re.fullmatch(r"[a-z]+ed", phrase[k]) or \
                (bare_after_plural and is_plural(phrase[k - 1]) and not is_plural(phrase[k])):
            return k
    return None


def asked_noun(question: str) -> str | None:
    """The noun whose kind a "which/what X" question asks for (see ``_asked_word``); not a name
    ("(tell me) what *Trump* threatened")."""
    place = _PLACE_OF.match(question)
    if place:  # "What is the *city* of the planned meeting?" asks for a city as "Which city ...?" does
        return fold(place.group(1))
    word = _asked_word(question)
    m = _WH.search(question)
    if word in _KIND_WORDS and m:  # "Which *battery* type ...?" asks what "Which type of battery" does
        kind_of = re.match(rf"\s*(?:[a-z-]+\s+)*?([a-z-]+)\s+{word}\b", question[m.end():], re.I)
        word = fold(kind_of.group(1)) if kind_of and fold(kind_of.group(1)) not in STOPWORDS else word
    written = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", question[m.end():], re.I) if word and m else None
    return None if written and written.group(0)[0].isupper() else word


_PLACE_OF = re.compile(r"\W*what\s+(?:is|was|are|were)\s+the\s+(city|town|village|country|state|province|region|"
                       r"capital)\s+(?:of|for)\b", re.I)
_BE = frozenset("is was are were".split())
_KIND_WORDS = frozenset("type kind sort variety form category".split())


def _asked_word(question: str) -> str | None:
    """The noun whose kind a "which/what X" question asks for, folded: the last word of the phrase
    after "which"/"what" ("Which American car *company* ...", "What type of *engines* became ...").
    None when that word is a verb ("What *limits* the ...") or there is no such phrase. Where the
    noun phrase ends is guessed from word forms and the word that follows: the lexicon tagger
    (qa/postag.py) takes the verbs of short questions for nouns ("What anodes *fall*/NN under")."""
    m = _WH.search(question)
    if not m:
        return None
    owner = re.match(r"([a-z]+)['’]s\s", question[m.end():])
    # "Which *newspaper*'s report quoted ...?" asks for a newspaper (not "China's": a nation is a name)
    if owner and not m.group(1) and not nations(owner.group(1)):
        return fold(owner.group(1))
    rest = words(question[m.end():])
    phrase: list[str] = []
    for w in rest:
        if w in STOPWORDS or len(phrase) == 4:
            break
        phrase.append(w)
    if not phrase:
        return None
    after = rest[len(phrase)] if len(phrase) < len(rest) else ""
    finite = frozenset(fold(question[a:b]) for a, b, pos in tagged(question) if a >= m.end() and pos in FINITE_VERBS)
    if phrase[0] in finite and not m.group(1):  # "What *took* place during the summit?": "what" is the subject
        return None
    verb = _verb_at(phrase, finite, bare_after_plural=after not in _BE)  # "Which financial times reporter *is* it?"
    named = {fold(n) for n in re.findall(r"\b[A-Z][\w'’.-]*", question[m.end():])}
    # "Which country *chairs* ASEAN?": a word in -s between a singular noun and a name is the verb
    verb = next((k for k in range(1, len(phrase) - 1) if phrase[k + 1] in named and phrase[k].endswith("s")
                 and not phrase[k].endswith("ss") and not is_plural(phrase[k - 1]) and phrase[k - 1] not in named),
                verb)
    if verb is not None:
        return phrase[verb - 1]
    if after in _DETERMINERS:  # "what limits the ...": the last word is the verb
        return phrase[-2] if len(phrase) > 1 else None
    fronted = all(w in STOPWORDS for w in words(question[:m.start()]))
    if not after and fronted and len(phrase) > 1:  # "Which team won?": the verb is in the phrase
        return phrase[0] if m.group(1) else phrase[-2]
    if after and after not in STOPWORDS:  # the phrase hit its length cap: unsure where it ends
        return phrase[0]
    return phrase[-1]
