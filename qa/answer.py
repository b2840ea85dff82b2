"""From evidence to an answer: gate, a short span chosen with the LLM, support check, fallback, citations."""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from index import sentence_spans

from .acronyms import asked_acronym, defined_acronym, expansion
from .doers import absent_deed
from .errors import BackendError
from .captions import credit_answer, credited_name
from .coref import reference
from .extract import (DATE, NUMBER, ORG, OTHER, PERSON, PLACE, TITLES, Span, answer_type, appositive, candidates,
                      city_countries, city_in_country, continuation, doer_nations, echoes, end_of_span, fuller_name,
                      holds_asked_name, kind_phrases, list_item, name_part, named_part, names_kind, nation_of,
                      part_of_name, question_stems, quoted_name, snap, tokens, without_asked_title)
from .gate import GateDecision, key_names, mentioned
from .listing import count_listed, in_words, list_items, list_position
from .llm import LLM
from .owners import owner
from .pairs import pair_asked
from .places import is_country
from .structure import (agent, asked_object, bracketed, case_name, defined, degree, described, done_by, done_to,
                        given_name, headline_source, list_others, named_next, reason, would_do)
from .support import unsupported
from .text import STOPWORDS, asked_noun, fold, is_plural, label_end, nations, refers_back, stem, words
from .types import Answer, Evidence

log = logging.getLogger("qa")

REFUSAL_TEXT = "The documents do not say."
SYSTEM_PROMPT = "Answer each question with the exact words from the text, as short as possible."
# Worked examples shown to the model before each question: a 135M model copies a short span far
# more reliably after seeing a few than from an instruction alone.
EXAMPLES = [
    ("The Eiffel Tower was completed in 1889 for the World's Fair in Paris.",
     "When was the Eiffel Tower completed?", "1889"),
    ("The committee was chaired by Senator Maria Lopez, who opened the hearing on Monday.",
     "Who chaired the committee?", "Senator Maria Lopez"),
    ("The new bridge, which cost $2 billion, connects the island to the mainland.",
     "How much did the bridge cost?", "$2 billion"),
    ("Farmers in the valley mostly grow rice and tea because of the heavy rainfall.",
     "What do the farmers grow?", "rice and tea"),
]
SURE_MARGIN = 0.1  # a candidate that beats the next by this much needs no second opinion
LLM_VOTE = 0.2  # how much the model's pick adds to a candidate's score (proximity scores are 0..1)
_SEVERAL = re.compile(r"\b(?:which|what)\s+(?:two|three|four|several|\w+\s+and\s+\w+)\b|\bboth\b", re.I)
_LIST = re.compile(r"\band\b|,|[A-Z]\w+-[A-Z]")  # "Thailand-Cambodia": a pair
_COUNTED = re.compile(r"\b(?:which|what)\s+(?:two|three|four)\b|\bboth\b", re.I)
_ASKS_KIND = re.compile(r"\b(?:type|kind|sort|variety|form)s?\s+of\b", re.I)
_NON_ANSWERS = re.compile(r"^(unknown|i don'?t know|none|n/?a|not (mentioned|stated|given|specified))\b", re.I)


# The start of every prompt: the instruction and the worked examples. A llama.cpp backend evaluates
# it once (``keep``), so each question costs only its sentence and itself.
PROMPT_PREFIX = SYSTEM_PROMPT + "\n\n" + "".join(f"Text: {text}\nQuestion: {q}\nAnswer: {a}\n\n" for text, q, a in EXAMPLES)


def build_prompt(question: str, sentence: str) -> str:
    """The prompt for one evidence sentence: instruction, worked examples, then the question."""
    return f"{PROMPT_PREFIX}Text: {sentence}\nQuestion: {question}\nAnswer:"


def clean_reply(reply: str) -> str:
    """The first line of a reply, without a leading 'Answer:', citation markers or wrapping quotes."""
    line = next((ln.strip() for ln in reply.strip().splitlines() if ln.strip()), "")
    line = re.sub(r"^(answer|a)\s*:\s*", "", line, flags=re.I)
    line = re.sub(r"\s*\[\d+\]", "", line)
    return line.strip().strip("\"'“”‘’").strip()


# Words that open a sentence to tie it to the one before: no part of what it says
_CONNECTIVE = re.compile(r"^(?:however|for (?:example|instance)|in particular|thus|therefore|similarly|moreover|"
                         r"furthermore|in addition|nonetheless|nevertheless|conversely|indeed|hence|meanwhile|"
                         r"consequently|instead|likewise|in fact|as such|on the other hand|in contrast|"
                         r"by contrast|strictly speaking|generally speaking|that said),\s+(?=\S)", re.I)
_WIKI_NOTE = re.compile(r"\s*\[(?:citation needed|clarification needed|when\?|who\?|according to whom\?|\d+)\]",
                        re.I)


def statement(sentence: str) -> str:
    """``sentence`` as a statement of its own: "However, in a statement on October 13, ..." -> "In a
    statement on October 13, ..."; "[citation needed]" and a line's label ("Read more: ") dropped."""
    text = _WIKI_NOTE.sub("", _CONNECTIVE.sub("", sentence[label_end(sentence):], count=1))
    return text[:1].upper() + text[1:] if text != sentence else sentence


def with_markers(text: str, count: int) -> str:
    """``text`` with markers [1]..[count] before its final punctuation."""
    markers = "".join(f"[{i}]" for i in range(1, count + 1))
    body = text.rstrip()
    end = "."
    if body and body[-1] in ".!?":
        body, end = body[:-1], body[-1]
    return f"{body} {markers}{end}"


@dataclass(frozen=True)
class Pick:
    """The chosen answer span and the evidence sentence it lies in."""

    span: Span
    evidence: Evidence
    by_model: bool  # the model pointed at it (else: the best candidate of the asked-for type)
    sure: bool = True  # the model and the candidate ranking agree, or the choice is unambiguous
    told_by: Evidence | None = None  # the sentence that tells the deed, when the span names its doer elsewhere


def _overlaps(a: Span, b: Span | None) -> bool:
    return b is not None and a.start < b.end and b.start < a.end


def _agree(a: Span, b: Span) -> bool:
    """Two candidates that name the same thing: the same words ("held in Malaysia" in two
    sentences), or fewer of them ("Treasury Secretary Bessent" for "Treasury Secretary Scott Bessent")."""
    mine, theirs = set(words(a.text)), set(words(b.text))
    return mine <= theirs or theirs <= mine


def _next_to(evidence: list[Evidence]) -> list[Evidence]:
    """The sentences of ``evidence`` that follow its best one in the same document, right after it."""
    return [e for e in evidence[1:3] if _right_after(evidence[0], e)]


def first_span(evidence: list[Evidence], find: Callable[[str], Span | None]) -> Pick | None:
    """The first span ``find`` gives in a sentence of ``evidence``, picked with its sentence."""
    return next((Pick(span, ev, by_model=False) for ev in evidence for span in [find(ev.text)] if span), None)


CALL_BACK_CHARS = 200  # a sentence or two


def calls_back(first: Evidence, other: Evidence, names: list[str]) -> bool:
    """``other`` follows ``first`` closely (``CALL_BACK_CHARS``) and opens by calling a name of ``first``
    by its kind: "A fort, named *Fort Coligny*, was built ... It was ... *The fort* was destroyed in 1560"."""
    opening = re.match(r"The\s+([a-z]+)\b", other.text)
    near = other.source == first.source and 0 <= other.start - first.end <= CALL_BACK_CHARS
    return near and opening is not None and \
        any(opening.group(1) in n.split() and mentioned(n, first.text, [first.text]) for n in names)


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def titled(name: str, text: str, question: str) -> bool:
    """Whether ``text`` calls the person the question names by a title and a word of the name that
    ``name`` (one of ``key_names``) lacks: "Vice Premier He" for "He Lifeng" (whose "He" is no key
    name). Not any word of it: "king Louis XIV" is no "Louis XIII". Measured without the model, for a
    date, number or place from a sentence after the best: seed +3 correct (with ``untold_office``: no
    refusal lost), 2,805 SQuAD unchanged; for a person it answered "Whom did He Lifeng meet?" with
    "Vice Premier He" (not asked)."""
    for run in _NAME_RUN.findall(question):
        run = re.sub(r"['’]s?$", "", run)  # "He Lifeng's delegation"
        if f" {name} " not in f" {fold(run)} ":
            continue
        for other in run.split():
            if fold(other) not in name.split() and any(
                    fold(m.group(1)) in TITLES for m in re.finditer(rf"\b(\w+)\s+{re.escape(other)}\b", text)):
                return True
    return False


def _right_after(first: Evidence, other: Evidence) -> bool:
    """``other`` is the sentence right after ``first`` in the same document."""
    return other.source == first.source and 0 <= other.start - first.end <= 3


def continues(first: Evidence, other: Evidence) -> bool:
    """``other`` is the sentence right after ``first`` and refers back to it ("These include ...")."""
    return _right_after(first, other) and refers_back(other.text)


_ITEMS = frozenset("items goods products materials inputs things components commodities".split())


def _listed_next(evidence: list[Evidence], ev: Evidence, phrase: Span | None, question: str) -> Pick | None:
    """The list of the sentence that follows ``ev`` and refers back to it ("These include A, B, and C")
    when ``phrase``, the best sentence's answer, is the asked noun itself and what describes it
    ("materials critical to high-tech manufacturing"), not a kind of it, or when there is no such phrase
    and the asked noun is a plural of things listed or of the sentence's ("What items fall under the
    curbs?", not "What penalties apply?"); else None. Measured without the model: seed sets +1 correct
    ("What high-tech inputs did Beijing restrict?"), none lost; 2,805 SQuAD unchanged (one unanswerable
    answered by the list instead of its sentence, as three seed ones are)."""
    noun = asked_noun(question) or ""
    described = fold(phrase.text).startswith(fold(noun)[:-1]) if phrase else \
        is_plural(noun) and (fold(noun) in _ITEMS or stem(fold(noun)) in {stem(w) for w in words(ev.text)})
    if ev is not evidence[0] or not noun or not described or \
            _ASKS_KIND.search(question):  # "What kind of materials ...?": "materials critical to ..." says it
        return None
    for other in evidence[1:3]:
        items = list_items(other.text) if continues(ev, other) else []
        if items:
            start, end = items[0][0], items[-1][1]
            return Pick(Span(start, end, other.text[start:end]), other, by_model=False)
    return None


_TITLE_WORDS = "|".join(sorted(TITLES))


def titled_person(name: str, document: str) -> bool:
    """Whether ``document`` writes ``name`` after a person's title ("President Donald Trump",
    "Treasury Secretary Bessent"): a person, no body."""
    return re.search(rf"\b(?i:{_TITLE_WORDS})\s+(?:[A-Z][\w'’-]*\s+)?{re.escape(name)}\b", document) is not None


class Answerer:
    """Gate → a short span of the best evidence sentences, chosen with the LLM's help → cited.

    For a question that asks for a person, place, date, number or named body, candidates of that type
    are taken from the best three evidence sentences and ranked by nearness to the question's words;
    the model reads the best sentence and its reply, snapped to a span of the sentence (so nothing it
    adds survives), counts as a vote. A question asking whose thing ("Which country's Commerce
    Ministry ...?") is answered by the owner the evidence names with that thing (qa/owners.py). No
    candidate of the asked-for type: a refusal (measured for bodies and titles too: 1,200 SQuAD
    questions +3 refusals, none of a right answer). A close call,
    or a question that asks for something else ("what", "why", "how"): the best sentence itself is
    the answer (measured: the model's own spans for those were right too rarely to serve).
    """

    def __init__(self, llm: LLM | None, max_tokens: int = 24):
        self.llm, self.max_tokens = llm, max_tokens

    def warm_up(self) -> None:
        """Load an in-process model and evaluate ``PROMPT_PREFIX`` now, so that the first question
        costs no more than the rest. Remote backends are left alone (no request at start-up)."""
        load = getattr(self.llm, "load", None)
        if callable(load):
            load()
            self._keep_prefix()

    def _keep_prefix(self) -> None:
        """A backend that can (llama.cpp) starts every completion from the evaluated prefix; it
        knows whether it already has (one LLM may serve several engines)."""
        keep = getattr(self.llm, "keep", None)
        if callable(keep):
            keep(PROMPT_PREFIX)

    def refuse(self, question: str, reason: str) -> Answer:
        return Answer(question, REFUSAL_TEXT, True, [], mode="refused", note=reason)

    def extractive(self, question: str, evidence: list[Evidence], note: str = "",
                   best: Evidence | None = None) -> Answer:
        """The best evidence sentence itself (or ``best``), cited: without a connective that ties it to
        the sentence before ("However, ...") or a wiki's "[citation needed]", which answer nothing."""
        best = best or evidence[0]
        return Answer(question, with_markers(statement(best.text), 1), False, [best.citation()], mode="extractive",
                      note=note)

    def quote(self, question: str, evidence: Evidence, span: Span, note: str = "") -> Answer:
        """``span`` of ``evidence`` as the answer, cited."""
        return Answer(question, with_markers(span.text, 1), False, [evidence.citation()], mode="extractive", note=note)

    def _model_span(self, question: str, evidence: Evidence) -> tuple[Span | None, str]:
        """The model's reply for one sentence, snapped to a span of it (None if it matches none)."""
        self._keep_prefix()
        reply = clean_reply(self.llm.complete(build_prompt(question, evidence.text), self.max_tokens))
        if not reply or _NON_ANSWERS.match(reply):
            return None, reply
        return snap(reply, evidence.text), reply

    def pick(self, question: str, kind: str, evidence: list[Evidence], use_model: bool = True,
             document: str = "") -> tuple[Pick | None, str]:
        """The answer span for a question asking for ``kind`` (see ``answer_type``), or None and why not.
        ``document``: the whole text the best sentence is in (see ``city_in``)."""
        acronym = asked_acronym(question)
        if acronym:  # "What does ASEAN stand for?": the words that spell it out, next to it in brackets
            found = first_span(evidence[:3], lambda text: expansion(text, acronym))
            return (found, "") if found else (None, f"no long form of {acronym}")
        named = defined_acronym(question)
        part = name_part(question)
        found = (named and first_span(evidence[:3], lambda text: expansion(text, named))  # "What is ASEAN?"
                 # "What is Trump's first name?" - "Donald" of "US President Donald Trump"
                 or part and first_span(evidence[:3], lambda text: named_part(text, question, part))
                 # "What is the 4th item on the list?" - the fourth of "These include A, B, C, and D"
                 or first_span(evidence[:2], lambda text: list_position(text, question))
                 # "Which country's Commerce Ministry ...?" - "China's Commerce Ministry": "China"
                 or first_span(evidence[:3], lambda text: owner(text, question))
                 # "Which countries held the talks?" - "US and Chinese officials held ... talks"
                 or first_span(evidence[:2], lambda text: doer_nations(text, question))
                 # "Who reported the Golden Fleet plan?" - "WSJ" of "Trump plans 'Golden Fleet' ...: WSJ"
                 or first_span(evidence[:3], lambda text: headline_source(text, question))
                 # "Which news agency supplied the photo?" - "AP" of "(AP Photo/Vincent Thian)"
                 or first_span(evidence[:3], lambda text: credit_answer(text, question))
                 # "Along with solar, coal and nuclear, what ...?" - "biomass" of "solar, biomass, coal and nuclear"
                 or first_span(evidence[:2], lambda text: list_others(text, question))
                 # "What are the two sources of EU law?" - "the TEU and the TFEU": two things an "and" joins
                 or first_span(evidence[:1], lambda text: pair_asked(text, question))
                 # "What hypothesis ...?" - of the sentence right after the best: "This hypothesis is called ..."
                 or kind == OTHER and first_span(_next_to(evidence), lambda text: named_next(text, question))
                 # "Who applies EU law?" - "the courts of member states" of "EU law is applied by the courts of ..."
                 or kind in (PERSON, ORG, OTHER) and first_span(evidence[:1], lambda text: agent(text, question)))
        if found:
            return found, ""
        if kind == OTHER:
            return self._pick_kind_of(question, evidence, use_model)
        voted: Span | None = None
        note = ""
        if use_model and self.llm is not None:
            voted, reply = self._model_span(question, evidence[0])
            if voted is None:
                note = f"the model's reply {reply!r} is not in the text"
        ranked, found = [], []
        names = key_names(question)
        for rank, ev in enumerate(evidence[:3]):
            # not the photographer of "(AP Photo/Vincent Thian)" for "Who was photographed arriving?"
            spans = [c for c in candidates(ev.text, question, kind) if not credited_name(ev.text, question, c.start)]
            if kind == ORG:  # "Which Chinese company ...?": not "Trump" ("President Donald Trump"), nor a country
                spans = [c for c in spans if not titled_person(c.text, document or ev.text) and  # nor "US China"
                         not (is_country(c.text) or all(is_country(w) or nations(w) for w in c.text.split()))]
            found += [(c, ev) for c in spans]  # a fuller name may come from any of them
            if rank and names and not continues(evidence[0], ev) and not calls_back(evidence[0], ev, names) and \
                    not all(mentioned(n, ev.text, [ev.text]) or kind != PERSON and titled(n, ev.text, question)
                            for n in names):
                continue  # a date from a sentence about something else ("meet in South Korea" -> "October 13")
            for c in spans:
                vote = LLM_VOTE if rank == 0 and _overlaps(c, voted) else 0.0
                ranked.append((c.score / (1 + rank) + vote, -rank, c, ev, bool(vote)))
        if not any(r[2].near and r[1] == 0 for r in ranked):  # "after *the ministry* announced ...": its name
            body = named_body(question, kind, evidence[0]) or \
                (first_span(evidence[:1], lambda text: nation_of(text, question)) if kind == PLACE else None)
            if body:  # or the nation of "*Chinese* imports" for "Imports from which country ...?"
                return body, ""
        if kind == PLACE and not any(r[2].near for r in ranked):
            # "held in Malaysia": the city of the caption's "Kuala Lumpur, Malaysia"
            city = city_in(question, evidence[0], document)
            if city:
                return city, ""
        if not ranked:
            return None, f"no {kind}"
        ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
        near = [r for r in ranked if r[2].near]
        if not near:  # "in a statement on October 13, ... a planned meeting": the statement's date
            return None, f"no {kind} near the question's words"
        counted = False
        if kind in (PERSON, PLACE, ORG) and asks_several(question):  # "between which two countries": a pair
            listed = [r for r in near if _LIST.search(r[2].text)]
            counted = not listed and _COUNTED.search(question) is not None  # "Which two ...?" of one name: unsure
            near = listed or near
        score, _, span, ev, by_model = near[0]
        rivals = [r[0] for r in ranked if r is not near[0] and not _agree(r[2], span)]
        if kind == PERSON and not by_model and not rivals:
            # the one name near the question's words, of a sentence that tells no such deed: "Trump" of "Trump
            # to attend Thailand-Cambodia ceasefire ..." for "Who brokered the ceasefire?". Measured without
            # the model: 2,805 SQuAD +2 refusals, no right answer lost; seed sets +5 refusals, none lost.
            deed = absent_deed(question, f"{ev.text} {ev.before}")
            if deed:
                return None, f"no one who {deed} ({span.text!r} does something else)"
        sure = not counted and (by_model or not rivals or score - rivals[0] >= SURE_MARGIN)
        if sure and kind == PERSON:  # "He" of "Vice Premier He would lead ...": "He Lifeng", as another sentence has
            # (any of the three: "Who is China's vice premier?" - "Chinese Vice Premier He Lifeng" names no "China")
            span, ev = next(((full, e) for c, e in found for full in [fuller_name(span, c, e.text)]
                             if full and not holds_asked_name(full.text, question)), (span, ev))
        return Pick(span, ev, by_model, sure), note

    def _pick_kind_of(self, question: str, evidence: list[Evidence], use_model: bool) -> tuple[Pick | None, str]:
        """A question whose wh-word follows a word and a preposition ("incompatible with what?"):
        what follows the same two words in the best sentence (see ``continuation``). A "which X"
        question: the phrase naming a kind of X in the best sentence (or in the one
        that goes on from it, as a list does), taken when the model's reply points at it too or
        when it is one item of a list ("lithium batteries, *artificial graphite anodes*, and ...");
        otherwise that sentence answers (measured on SQuAD: a phrase the model does not confirm is
        right about half as often as the sentence that holds it; list items were not among those).
        A reply with no word the question lacks confirms nothing ("energy" for "what sort of energy";
        1,200 SQuAD questions: +4 correct, none lost). A question that asks for a type, a kind or a
        sort of X is answered by the phrase, confirmed or not: it asks for the words that name the
        kind ("What kind of talks were held?" - "trade talks"). Measured without the model, with
        phrases that stop at a verb or an adverb: 2,805 SQuAD -6 correct, F1 +12.5 in all; seed
        questions no answer lost, F1 +4.2 (five sentences became their phrases). So is a "which X"
        question by two or three nouns and adjectives that end in X ("What war in Ireland ...?" -
        "Williamite war"; ``names_kind``): 2,805 SQuAD -8 correct, F1 +20.5; seed none lost, F1 +2.3.
        The trade is deliberate: a short answer that names the thing, with its sentence cited,
        against a sentence that holds it somewhere."""
        # the first of these the best sentence has, in this order: "In which case did the Court ...?" - "Commission
        # v France"; "What is the name of Trump's plan for the Navy?" - "'Golden Fleet'"; "What is the Rankine
        # cycle sometimes called?" - "a practical Carnot cycle"; "Why might Washington delay the tariffs?" - "to
        # give Trump and ... time to negotiate"; "incompatible with what?" - "incompatible with fundamental rights
        # ..."; "What did Baran develop during research at RAND?" - "the concept of ..."
        # ... and in the sentence the best one refers back to ("These include ...": what it says, the one before)
        told = evidence[:1] + ([evidence[0].preceding()] if evidence[0].before else [])
        for find in (case_name, quoted_name, given_name, bracketed, reason, described, done_by, degree,
                     continuation, asked_object, done_to, would_do):
            found = first_span(told, lambda text: find(text, question))
            if found and find in (continuation, asked_object):  # "contrasts with another paradigm, circuit switching"
                named = appositive(found.evidence.text, found.span)
                found = replace(found, span=named) if named else found
            if found:
                return found, ""
        for ev in [evidence[0]] + [e for e in evidence[1:] if continues(evidence[0], e)]:
            phrases = kind_phrases(ev.text, question)
            if phrases:
                break
        else:
            said = first_span(evidence[:1], lambda text: defined(text, question))
            if said:  # "What is the main executive body of the EU?" - "The European Commission is ..."
                return said, ""
            listed = _listed_next(evidence, evidence[0], None, question)
            if listed:  # "What items fall under the curbs?" - "These include A, B, and C" after the curbs' sentence
                return listed, ""
            return None, "the question asks for no name, date, number or place: the sentence answers it"
        if use_model and self.llm is not None:
            voted, _ = self._model_span(question, ev)
            if voted is not None and not echoes(voted.text, question) and any(_overlaps(p, voted) for p in phrases):
                return Pick(voted, ev, by_model=True), ""
        listed = _listed_next(evidence, ev, phrases[0], question)
        if listed:  # "Which materials are covered?" - not "materials critical to ...": the list that follows
            return listed, ""
        typed = _ASKS_KIND.search(question) is not None  # "What kind of talks ...?"
        named = None if typed else appositive(ev.text, phrases[0])  # "What house ...?" - "The Weavers, a ... house"
        if named:
            return Pick(named, ev, by_model=False, sure=True), ""
        sure = typed or list_item(ev.text, phrases[0]) or names_kind(ev.text, phrases[0], question)
        return Pick(phrases[0], ev, by_model=False, sure=sure), ""

    def answer(self, question: str, evidence: list[Evidence], gate: GateDecision, document: str = "") -> Answer:
        if not gate.answerable:
            return self.refuse(question, gate.reason)
        kind = answer_type(question)
        failure = ""
        try:
            chosen, note = self.pick(question, kind, evidence, document=document)
        except BackendError as exc:
            log.warning("LLM failed, answering without it: %s", exc)
            failure = f"extractive: {exc}"
            chosen, note = self.pick(question, kind, evidence, use_model=False, document=document)
        counted = count_listed(question, evidence) if chosen is None and kind == NUMBER else None
        if counted:  # "How many kinds of materials do the controls cover?" - the items of "These include A, B, C and D"
            n, ev = counted
            return Answer(question, f"{in_words(n)} [1].", False, [ev.citation()], mode="computed",
                          note="counted from the list in the cited passage")
        if chosen is None:
            # a date (person, number, place, named body, title) the evidence lacks: refused ("Which
            # company makes the anodes?" of a sentence that names none); a "what" question: the sentence
            if kind != OTHER:
                return self.refuse(question, f"the evidence has {note}")
            return self.extractive(question, evidence, note=failure or note)
        if not chosen.sure:  # a short answer that may be the wrong one: the whole sentence instead, unless ...
            # ... it names who did a deed the sentence never tells of ("Who welcomed the delegations?" of a
            # photo caption). Measured without the model: 2,805 SQuAD +15 refusals, -7 correct (sentences that
            # held the name); seed +1 refusal. (The deed absent alone refuses answerable questions as often.)
            deed = absent_deed(question, f"{evidence[0].text} {evidence[0].before}") if kind == PERSON else None
            if deed:
                return self.refuse(question, f"the evidence tells of no one who {deed} (unsure of "
                                             f"{chosen.span.text!r})")
            return self.extractive(question, evidence, best=chosen.evidence,
                                   note=failure or f"not sure of the short answer {chosen.span.text!r}")
        ev, span = chosen.evidence, chosen.span
        part = name_part(question) if kind == PERSON else None
        if part:  # "What's Bessent's first name?" - "Scott" of "Scott Bessent"
            span = part_of_name(span, ev.text, part) or span
        elif kind == PERSON:  # "Who is the treasury secretary?" - "Scott Bessent", not "US Treasury Secretary ..."
            span = without_asked_title(span, ev.text, question)
        elif kind == DATE:  # "When did the stay begin?" - "October 24" of "October 24 to 27"
            span = end_of_span(span, question)
        problems = unsupported(span.text, ev.text, question)
        if problems:  # cannot happen for a span of the sentence; kept as the last line of defence
            return self.extractive(question, evidence, best=ev, note=f"not in the cited text: {', '.join(problems)}")
        mode = "generated" if chosen.by_model else "extractive"
        cited = [ev.citation()] + ([chosen.told_by.citation()] if chosen.told_by else [])
        return Answer(question, with_markers(span.text, len(cited)), False, cited, mode=mode, note=failure or note)


# Words a question may ask a body by, whatever the sentence calls it ("Which *organisation* ...?")
_ANY_BODY = frozenset("organisation organization body institution".split())


def asks_several(question: str) -> bool:
    """Whether the question asks for more than one ("Which *two* countries ...?", "Which countries ...?")."""
    noun = asked_noun(question)
    return _SEVERAL.search(question) is not None or bool(noun) and is_plural(noun)


def city_in(question: str, best: Evidence, document: str) -> Pick | None:
    """For "In what city was the summit held?" of "The meetings were held in Malaysia ...": the city
    another sentence of ``document`` puts in Malaysia, right after a word of the question ("the
    47th ASEAN Summit in Kuala Lumpur, Malaysia"), citing both sentences (see ``city_in_country``)."""
    if not document or not city_countries(question, best.text):
        return None  # no city asked, or none of a country: the document is not split (~0.25 s for 60 kB)
    for start, end in sentence_spans(document):
        if start != best.start:
            span = city_in_country(question, document[start:end], best.text)
            if span:
                return Pick(span, Evidence(best.source, start, end, document[start:end], best.score),
                            by_model=False, told_by=best)
    return None


def named_body(question: str, kind: str, evidence: Evidence) -> Pick | None:
    """Who did what ``evidence`` tells, when it calls the doer "the ministry" (the company, ...) right
    next to the question's words and the sentence before names it ("Which ministry announced the new
    export controls?" - "China's Commerce Ministry", citing both sentences); None otherwise. A "who"
    question takes any body (not "Which *official* ...?"); a "which X" question one whose word is X."""
    if kind not in (PERSON, ORG) or not evidence.before:
        return None
    referred = reference(evidence.text, evidence.before)
    if referred is None:
        return None
    found, (start, end) = referred
    if asked_noun(question) not in ({None} if kind == PERSON else _ANY_BODY | {found.group(1), None}):
        return None
    stems = question_stems(question)
    around = tokens(evidence.text[max(0, found.start() - 30):found.end() + 30])
    if not any(stem(t) in stems for _, _, t in around if t not in STOPWORDS):
        return None  # "the ministry" in another clause than the deed asked about
    return Pick(Span(start, end, evidence.before[start:end], 1.0), evidence.preceding(), by_model=False,
                told_by=evidence)
