"""The engine: an indexed folder plus the answer layer. ``qa.load(folder)`` makes one."""
from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from index import (BuildReport, Corpus, Document, Embedder, NoDocumentsError, SplitSettings, build_or_load,
                   make_embedder)

from . import gate, postag
from .answer import Answerer, with_markers
from .chatter import without_chatter
from .choice import Choice, choice
from .comparison import Compared, amount_in, compared, holds
from .compound import ANSWER, joined, parts, with_answer
from .doers import speaker_first
from .errors import QAError, QuestionError
from .evidence import EvidenceSelector
from .extract import DATE, NUMBER, end_of_span, snap
from .inventory import asks_inventory, first_mention, inventory, mention_asked
from .listing import in_words
from .llm import LLM, make_llm
from .numerals import in_figures
from .offered import Offered, named, offered
from .overview import asks_overview, asks_title, lede, title
from .rephrase import plain_question
from .retrieve import HybridRetriever
from .settings import Settings
from .shorthand import written_out
from .slots import FairSlots
from .spelling import Speller
from .timeline import TimeAsked, counted, date_in, opens_with_verb, time_asked, when_question
from .truecase import Truecaser
from .types import Answer, Citation, Evidence, WarmUp
from .wordsim import WordVectors

log = logging.getLogger("qa")
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # terminal escapes, controls


def clean_question(question: object, max_chars: int) -> str:
    """The question with control characters and broken Unicode removed; raises QuestionError if unusable."""
    if not isinstance(question, str):
        raise QuestionError(f"the question must be text, not {type(question).__name__}")
    text = question.encode("utf-8", "replace").decode("utf-8")  # lone surrogates become '?'
    text = " ".join(_CONTROL.sub(" ", text).split())
    if not text:
        raise QuestionError("the question is empty: type a question about the documents")
    if len(text) > max_chars:
        raise QuestionError(f"the question is {len(text):,} characters long; the limit is {max_chars:,}")
    return text


class _Index(NamedTuple):
    corpus: Corpus
    retriever: HybridRetriever
    selector: EvidenceSelector


class Engine:
    def __init__(self, folder: str | Path, settings: Settings, embedder: Embedder | None = None,
                 llm: LLM | None = None):
        self.folder = Path(folder)
        self.settings = settings
        self.index_dir = Path(settings.index_dir) if settings.index_dir else self.folder / ".qa-index"
        self.embedder = embedder or make_embedder(settings.embedder, settings.embed_model)
        self.llm = llm if llm is not None else make_llm(settings)
        self.answerer = Answerer(self.llm, settings.max_tokens)
        self._lock = threading.Lock()
        self._word_vectors = WordVectors(self.embedder)
        self._slots = FairSlots(settings.workers)  # a first-come, first-served queue in front of the models
        self.report: BuildReport = self.refresh()

    def refresh(self) -> BuildReport:
        """Re-scan the folder: embed new and changed files, drop removed ones, reuse the rest."""
        try:
            corpus, report = build_or_load(
                self.folder, self.index_dir, self.embedder,
                SplitSettings(self.settings.chunk_chars, self.settings.overlap_sentences),
                progress=self.settings.progress, max_file_bytes=int(self.settings.max_file_mb * 1_000_000))
        except (NoDocumentsError, FileNotFoundError, NotADirectoryError) as exc:
            raise QAError(str(exc)) from exc
        retriever = HybridRetriever(corpus, self.embedder, top_k=self.settings.top_k)
        selector = EvidenceSelector(corpus, self.embedder, retriever.keywords)
        texts = [doc.text for doc in corpus.documents.values()]
        truecaser = Truecaser(texts)
        speller = Speller(texts, truecaser.spellings)
        with self._lock:  # swap them all at once, so a concurrent ask sees one consistent index
            self.corpus, self.retriever, self.selector = corpus, retriever, selector
            self.truecaser, self.speller = truecaser, speller
        return report

    def warm_up(self) -> WarmUp:
        """Load the embedding model and the LLM now, so the first question is as fast as the rest.

        Both load at once: the LLM in a thread (llama.cpp releases the GIL) while this one imports
        torch. A failing LLM is logged, not raised: questions are then answered without it.
        """
        started = time.perf_counter()
        llm_seconds = 0.0

        def warm_llm() -> None:
            nonlocal llm_seconds
            try:
                self.answerer.warm_up()
            except QAError as exc:
                log.warning("the LLM did not warm up (%s); it is tried again on the first question", exc)
            llm_seconds = time.perf_counter() - started

        thread = threading.Thread(target=warm_llm, name="qa-warm-up-llm", daemon=True)
        thread.start()
        self.embedder.embed_queries(["warm up"])
        embedder_seconds = time.perf_counter() - started
        postag.tagged("Warm up.")  # loads the tagger's lexicon (0.2 s)
        thread.join()
        return WarmUp(embedder_seconds, llm_seconds, time.perf_counter() - started)

    def as_retriever(self):
        """This engine's hybrid retriever as a llama-index ``BaseRetriever`` (imports llama-index)."""
        from .llamaindex import LlamaIndexRetriever

        with self._lock:
            return LlamaIndexRetriever(self.retriever)

    @property
    def sources(self) -> list[str]:
        return sorted(self.corpus.documents)

    def read(self, source: str) -> str:
        """The text that citations of ``source`` point into."""
        try:
            return self.corpus.documents[source].text
        except KeyError:
            raise QAError(f"no document named {source!r} in {self.folder}") from None

    def evidence(self, question: str) -> tuple[list[Evidence], str]:
        """The best evidence sentences for ``question`` and the text of the chunks they come from."""
        return self._evidence(question, self._index())[:2]

    def _index(self) -> _Index:
        """The index as it is now: a refresh swaps it whole, so one question reads one version throughout."""
        with self._lock:
            return _Index(self.corpus, self.retriever, self.selector)

    def _evidence(self, question: str, index: _Index) -> tuple[list[Evidence], str, str]:
        """``evidence`` from ``index``, and the whole text of the document the best sentence is in."""
        query = " ".join([question] + index.retriever.long_forms(question))  # "FT": "... Financial Times"
        vector = self.embedder.embed_queries([query])[0]
        chunks = index.retriever.search(query, vector)
        evidence = index.selector.select(query, vector, chunks, self.settings.evidence_k)
        sources = {e.source for e in evidence[:1]}
        context = " ".join(c.chunk.text for c in chunks if c.chunk.source in sources)
        document = index.corpus.documents.get(evidence[0].source) if evidence else None
        return evidence, context, document.text if document else ""

    def _one_document(self, question: str) -> tuple[str, Document] | Answer:
        """The folder's one document and its name, or a refusal of ``question`` (about "the article")
        when the folder holds several: there is no telling which one it means."""
        with self._lock:
            documents = self.corpus.documents
        if len(documents) != 1:
            return self.answerer.refuse(question, f"the folder holds {len(documents)} documents: ask about one of "
                                                  "them by its subject")
        return next(iter(documents.items()))

    def _overview(self, question: str, find: Callable[[str], tuple[int, int] | None], what: str) -> Answer:
        """The folder's one document's opening statement (or title: ``find``), cited (see qa/overview.py)."""
        one = self._one_document(question)
        if isinstance(one, Answer):
            return one
        source, doc = one
        found = find(doc.text)
        if found is None:
            return self.answerer.refuse(question, f"{source} has no {what}")
        opening = Evidence(source, *found, doc.text[found[0]:found[1]], 1.0)
        return self.answerer.extractive(question, [opening], note=f"the document's {what}")

    def _inventory(self, question: str, kind: str, counted: bool = False) -> Answer:
        """Every item of ``kind`` the folder's one document names, in order, each cited by the sentence
        that first names it: "He Lifeng [1], Scott Bessent [1], Donald Trump [2] and Xi Jinping [3]."; how
        many first when ``counted`` ("Four: ..."; see qa/inventory.py)."""
        one = self._one_document(question)
        if isinstance(one, Answer):
            return one
        source, doc = one
        items = inventory(doc.text, kind)
        if not items:
            return self.answerer.refuse(question, f"{source} names no {kind}")
        spans = list(dict.fromkeys(at for _, at in items))
        named = [f"{item} [{spans.index(at) + 1}]" for item, at in items]
        text = (", ".join(named[:-1]) + " and " if len(named) > 1 else "") + named[-1] + "."
        text = f"{in_words(len(items)).capitalize()}: {text}" if counted else text
        citations = [Citation(source, doc.text[a:b], a, b) for a, b in spans]
        return Answer(question, text, False, citations, mode="computed",
                      note=f"the {kind} {source} names, each cited where it first does")

    def _mention(self, question: str, what: str) -> Answer:
        """The first sentence of the folder's documents that names ``what``, cited; refused when none does."""
        with self._lock:
            documents = self.corpus.documents
        for source, doc in sorted(documents.items()):
            found = first_mention(doc.text, what)
            if found:
                named = Evidence(source, *found, doc.text[found[0]:found[1]], 1.0)
                return self.answerer.extractive(question, [named], note=f"the first passage that names {what!r}")
        return self.answerer.refuse(question, f"the documents do not mention {what}")

    def _gated(self, question: str, index: _Index) -> tuple[list[Evidence], gate.GateDecision, str]:
        """The evidence for ``question``, the gate's decision on it and the document its best sentence is in
        (the arguments of ``Answerer.answer``)."""
        evidence, context, document = self._evidence(question, index)
        evidence = speaker_first(question, evidence)  # "What did Bessent say?": the sentence that tells of saying
        decision = gate.check(question, evidence, context, index.retriever.keywords, document=document,
                              word_vectors=self._word_vectors if self.settings.soft_match else None,
                              min_word_similarity=self.settings.soft_match)
        return evidence, decision, document

    def _choose(self, question: str, options: Choice, index: _Index) -> Answer | None:
        """The option of a two-way question whose question alone the evidence answers, quoted from
        the sentence that names it; None when both or neither pass (the question is then read whole)."""
        passed, rejected = [], ""
        for option, alone in zip(options.options, options.questions):
            evidence, decision, _ = self._gated(alone, index)
            found = next(((ev, span) for ev in evidence[:3] for span in [snap(option, ev.text, min_f1=1.0)] if span),
                         None) if decision.answerable else None
            if found:
                passed.append(found)
            else:
                rejected = f"{option!r}: {decision.reason or 'not in the evidence'}"
        if len(passed) != 1:
            return None
        ev, span = passed[0]
        of = "two" if len(options.options) == 2 else f"{len(options.options)} options"
        return self.answerer.quote(question, ev, span, note=f"of the {of}, the documents support this one ({rejected})")

    def _dated(self, question: str, event: str, index: _Index, when: str = "") -> tuple[date, Citation] | Answer:
        """The date the documents give ``event`` (asked as "When did ...?", or ``when``: the same retrieval,
        gate and extraction as any question) and the passage that gives it; a refusal of ``question`` when none."""
        found = self._date_given(question, event, index, when)
        return self._undated(question, event) if found is None else found

    def _undated(self, question: str, event: str) -> Answer:
        return self.answerer.refuse(question, f"the documents give no date for {event!r}")

    def _date_given(self, question: str, event: str, index: _Index,
                    when: str = "") -> tuple[date, Citation] | Answer | None:
        """As ``_dated``, but None where the gate let the evidence through and it gives no date (the
        event told undated), a refusal only where the gate refused."""
        when = when or when_question(event)
        evidence, decision, document = self._gated(when, index)
        if not decision.answerable:
            return self.answerer.refuse(question, f"no date for {event!r}: {decision.reason}")
        # the date nearest the event's words; unsure of it, the date a sentence opens with ("On October 10,
        # Trump threatened ... by November 1"): the main clause's
        chosen, _ = self.answerer.pick(when, DATE, evidence, use_model=False, document=document)
        if chosen and not chosen.sure and opens_with_verb(chosen.evidence.text[:chosen.span.start]):
            chosen = None  # "... announced new export controls, set to take effect on November 8": whose date?
        year = re.search(r"\b(?:1[5-9]|20)\d\d\b", chosen.evidence.text) if chosen else None
        day = date_in(chosen.span.text, int(year.group()) if year else None) if chosen else None
        # "after the talks *ended*": "27" of "October 24 to 27", in the month of its first day
        last = end_of_span(chosen.span, when).text if day else ""
        if day and last != chosen.span.text:
            day = date_in(last, day.year) or (date_in(f"{day:%B} {last}", day.year) if last.isdigit() else None) or day
        return None if day is None else (day, chosen.evidence.citation())

    def _shifted(self, question: str, asked: TimeAsked, index: _Index) -> Answer:
        """What happened ``asked.days`` after (before) an event: its date from the documents, moved, and
        asked of as "What happened on <that day>?"; the answer cites the passage that dates the event last.
        Refused when the event has no date or nothing is told of the day."""
        event = asked.events[0]
        found = self._dated(question, event, index)
        if isinstance(found, Answer):
            return found
        day, cited = found
        target = day + timedelta(days=asked.days)
        counted_from = f"{counted(abs(asked.days), asked.unit)} {'after' if asked.days > 0 else 'before'} {event}"
        on = f"What happened on {target:%B} {target.day}?"
        told = self.answerer.answer(on, *self._gated(on, index))
        if told.refused:
            return self.answerer.refuse(question, f"nothing told of {target:%B} {target.day} ({counted_from}, "
                                                  f"{day:%B} {day.day}): {told.note}")
        text = f"{told.text} ({target:%B} {target.day}: {counted_from}, on {day:%B} {day.day} " \
               f"[{len(told.citations) + 1}].)"
        return Answer(question, text, False, [*told.citations, cited], mode="computed",
                      note=f"the day counted from the date of the last cited passage; {told.note}".rstrip("; "))

    def _compare(self, question: str, asked: Compared, index: _Index) -> Answer:
        """A yes/no question with a bound ("more than 50%", "before November"): the amount or date the
        documents give for the question without it, compared (see qa/comparison.py)."""
        if asked.month:  # "Was the statement made before November?": "When was the statement made?"
            dated = self._dated(question, asked.rest, index, when=f"When {asked.rest[:1].lower()}{asked.rest[1:]}")
            if isinstance(dated, Answer):
                return dated
            value, cited = dated
            told = f"{value:%B} {value.day}"
        else:
            evidence, decision, document = self._gated(asked.rest, index)
            if not decision.answerable:
                return self.answerer.refuse(question, decision.reason)
            chosen, why = self.answerer.pick(asked.rest, NUMBER, evidence, use_model=False, document=document)
            value = amount_in(chosen.span.text, asked.unit) if chosen else None
            if value is None:
                unit = f"amount in {asked.unit}" if asked.unit else "number"
                return self.answerer.refuse(question, f"the documents give no {unit} to compare "
                                                      f"({why or chosen.span.text})")
            told, cited = chosen.span.text, chosen.evidence.citation()
        return Answer(question, f"{'Yes' if holds(asked, value) else 'No'}: {told} [1].", False, [cited],
                      mode="computed", note="compared with the bound the question gives")

    def _timeline(self, question: str, asked: TimeAsked, index: _Index) -> Answer | None:
        """The days between two events, or which came first, from the date the documents give each (see
        qa/timeline.py), citing both; refused when either has no date; None when both come from one
        sentence's one date, or a yes/no question's event has none (the question is then read whole)."""
        found = []
        for event in asked.events:
            dated = self._date_given(question, event, index)
            if dated is None and asked.which in ("before", "after"):
                return None  # "Did China announce controls before the talks?": undated, read whole
            dated = self._undated(question, event) if dated is None else dated
            if isinstance(dated, Answer):
                return dated
            found.append((event, *dated))
        (first, a, cited_a), (second, b, cited_b) = found
        if cited_a == cited_b and a == b:
            return None  # one sentence, one date: no two events told apart
        if asked.kind == "gap":  # "3 days: from October 10 [1] to October 13 [2]."
            text = f"{counted(abs((b - a).days), asked.unit)}: from {a:%B} {a.day} [1] to {b:%B} {b.day} [2]."
        elif asked.which == "relative":  # "After: the threat on October 10 [1], the statement on October 13 [2]."
            text = f"{'After' if b > a else 'Before' if b < a else 'The same day'}: {first} on {a:%B} {a.day} [1], " \
                   f"{second} on {b:%B} {b.day} [2]."
        elif asked.which in ("before", "after"):  # "Had Trump threatened tariffs before Bessent's statement?":
            holds = b < a if asked.which == "before" else b > a  # "Yes: on October 10 [1]; Bessent's statement ..."
            text = f"{'Yes' if holds else 'No' if b != a else 'The same day'}: on {b:%B} {b.day} [1]; {first} on " \
                   f"{a:%B} {a.day} [2]."
            return Answer(question, text, False, [cited_b, cited_a], mode="computed",
                          note="compared by the dates of the two cited passages")
        elif a == b:
            return None
        else:  # "Which came first?": "Trump's tariff threat, on October 10 [1]; Bessent's statement on October 13 [2]."
            won = (a < b) == (asked.which == "first")
            (winner, day, cited), (other, other_day, other_cited) = found if won else found[::-1]
            text = f"{winner[:1].upper()}{winner[1:]}, on {day:%B} {day.day} [1]; {other} on {other_day:%B} " \
                   f"{other_day.day} [2]."
            return Answer(question, text, False, [cited, other_cited], mode="computed",
                          note="compared by the dates of the two cited passages")
        return Answer(question, text, False, [cited_a, cited_b], mode="computed",
                      note="counted from the dates of the two cited passages")

    def _answer(self, asked: str, index: _Index) -> Answer:
        """The answer to one question, read plain (see ``ask``), from ``index``."""
        timed = time_asked(asked)  # "Which came first, the threat or the statement?": two dates
        # "What happened three days after the threat?": the day counted, then asked of
        answer = self._shifted(asked, timed, index) if timed and timed.kind == "shift" else None
        answer = answer or (self._timeline(asked, timed, index) if timed and timed.kind == "order" else None)
        bound = None if answer else compared(asked)  # "Did Trump threaten a tariff of more than 50%?"
        answer = answer or (self._compare(asked, bound, index) if bound else None)
        options = None if answer else choice(asked)  # "... in Kuala Lumpur or in Bangkok?": the one named
        answer = answer or (self._choose(asked, options, index) if options else None)
        if answer is None:
            answer = self.answerer.answer(asked, *self._gated(asked, index))
        if answer.refused and timed and timed.kind == "gap":  # "How many days after the threat did
            answer = self._timeline(asked, timed, index) or answer  # Bessent speak?": no sentence says
        return answer

    def _answer_both(self, asked: str, split: tuple[str, str], index: _Index) -> Answer:
        """Two questions asked as one, each answered alone and joined (see qa/compound.py)."""
        first = self._answer(split[0], index)
        second = with_answer(split[1], first)  # "... and when did he arrive?": the first's answer
        answers = (first, self._answer(second, index) if second else
                   self.answerer.refuse(split[1], "the first question names no one for its pronoun"))
        both = "; ".join(a.note for a in answers)
        asked_each = (split[0], second or split[1].replace(ANSWER, "they"))
        return joined(asked, asked_each, answers, self.answerer.refuse(asked, f"two questions: {both}"))

    def ask(self, question: str) -> Answer:
        started = time.perf_counter()
        question = clean_question(question, self.settings.max_question_chars)
        # "can you tell me who led china's delagation?" -> "who led China's delegation?" (qa/spelling.py,
        # qa/truecase.py: capitals while the question is still as typed; qa/rephrase.py)
        with self._lock:
            speller, truecaser = self.speller, self.truecaser
        # "Hi! ... Thanks!" off first (qa/chatter.py); "24/10" -> "October 24" (qa/numerals.py); "Oct." -> "October";
        # "... hosted it? A) Bangkok B) Kuala Lumpur": the question without its options (qa/offered.py)
        bare = without_chatter(question)
        offer = offered(bare)
        asked = plain_question(truecaser(speller(written_out(in_figures(offer.stem if offer else bare)))))
        if asks_overview(question) or asks_overview(asked):  # "What is this article about?", "article summary":
            answer = self._overview(asked, lede, "opening statement")  # no words to retrieve or check by
        elif asks_title(question) or asks_title(asked):  # "What is the headline?"
            answer = self._overview(asked, title, "title")
        elif listed := asks_inventory(asked):  # "Who are the people mentioned?": each, cited where first named
            answer = self._inventory(asked, *listed)
        elif mentioned := mention_asked(asked):  # "Does the article mention Xi Jinping?": the first sentence that does
            answer = self._mention(asked, mentioned)
        else:
            with self._slots:  # callers beyond `workers` wait here; the time counts in `seconds`
                index = self._index()
                split = parts(asked)  # "Who led the delegations and where did they meet?": each alone
                answer = self._answer_both(asked, split, index) if split else self._answer(asked, index)
                answer = self._option(asked, answer, offer, index) if offer else answer
        return Answer(**{**answer.__dict__, "question": question, "seconds": round(time.perf_counter() - started, 4)})

    def _option(self, asked: str, answer: Answer, offer: Offered, index: _Index) -> Answer:
        """The one option ``answer`` names, with its label and the answer's citations ("B) Kuala Lumpur
        [1]"), or else the one the first of the best three evidence sentences that names one names;
        ``answer`` itself, noted, when there is none or several, or it refuses (see qa/offered.py)."""
        if answer.refused:
            return answer
        hits, citations = named(answer.text, offer.options), answer.citations
        if not hits:  # "Which of these do the controls cover?" - the sentence after the one that answered
            evidence, _, _ = self._gated(asked, index)
            hits, citations = next(((found, [ev.citation()]) for ev in evidence[:3]
                                    for found in [named(ev.text, offer.options, loose=False)] if found), ([], []))
        if len(hits) != 1:
            which = "none" if not hits else f"{len(hits)}"
            return Answer(**{**answer.__dict__, "note": f"{answer.note}; it names {which} of the options".lstrip("; ")})
        label, text = offer.options[hits[0]]
        shown = f"{label}) {text}" if label else text
        return Answer(answer.question, with_markers(shown, len(citations)), False, citations,
                      mode=answer.mode, note=f"option {label or text!r} of the {len(offer.options)} offered")


def load(folder: str | Path = "seeds", *, embedder: Embedder | str | None = None, llm: LLM | None = None,
         **settings) -> Engine:
    """Index ``folder`` (or load its persisted index) and return an engine that answers from it.

    Settings are keyword arguments (see ``qa.Settings``) or ``QA_*`` environment variables.
    ``embedder`` is a backend name ("sentence-transformers", "hash") or a ready ``Embedder``;
    ``llm`` a ready ``LLM`` that replaces the configured backend.
    """
    if isinstance(embedder, str):
        settings["embedder"], embedder = embedder, None
    return Engine(folder, Settings.from_env(**settings), embedder=embedder, llm=llm)
