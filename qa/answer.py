"""From evidence to an answer: gate, phrasing by the LLM, support check, fallback, citations."""
from __future__ import annotations

import logging
import re

from .errors import BackendError
from .gate import GateDecision
from .llm import LLM
from .support import unsupported
from .text import content_terms
from .types import Answer, Citation, Evidence

log = logging.getLogger("qa")

REFUSAL_TEXT = "The documents do not say."
SYSTEM_PROMPT = (
    "You answer questions using only the numbered context sentences. Reply with the shortest "
    "phrase copied from the context that answers the question. If the context does not answer it, "
    "reply: unknown"
)
_NON_ANSWERS = re.compile(r"^(unknown|i don'?t know|none|n/?a|not (mentioned|stated|given|specified))\b", re.I)


def build_messages(question: str, evidence: list[Evidence]) -> list[dict[str, str]]:
    context = "\n".join(f"[{i}] {e.text}" for i, e in enumerate(evidence, 1))
    return [{"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"}]


def clean_reply(reply: str) -> str:
    """The first line of a reply, without a leading 'Answer:', citation markers or wrapping quotes."""
    line = next((ln.strip() for ln in reply.strip().splitlines() if ln.strip()), "")
    line = re.sub(r"^(answer|a)\s*:\s*", "", line, flags=re.I)
    line = re.sub(r"\s*\[\d+\]", "", line)
    return line.strip().strip("\"'“”‘’").strip()


def cite_for(answer: str, evidence: list[Evidence]) -> list[Evidence]:
    """The fewest evidence sentences, best first, that together contain the answer's content terms."""
    needed = set(content_terms(answer))
    chosen: list[Evidence] = []
    while needed:
        best = max(evidence, key=lambda e: len(needed & set(content_terms(e.text))))
        gained = needed & set(content_terms(best.text))
        if not gained or best in chosen:
            break
        chosen.append(best)
        needed -= gained
    return chosen or evidence[:1]


def with_markers(text: str, count: int) -> str:
    """``text`` with markers [1]..[count] before its final punctuation."""
    markers = "".join(f"[{i}]" for i in range(1, count + 1))
    body = text.rstrip()
    end = "."
    if body and body[-1] in ".!?":
        body, end = body[:-1], body[-1]
    return f"{body} {markers}{end}"


class Answerer:
    def __init__(self, llm: LLM | None, max_tokens: int = 48):
        self.llm, self.max_tokens = llm, max_tokens

    def refuse(self, question: str, reason: str) -> Answer:
        return Answer(question, REFUSAL_TEXT, True, [], mode="refused", note=reason)

    def extractive(self, question: str, evidence: list[Evidence], note: str = "",
                   best: Evidence | None = None) -> Answer:
        """The best evidence sentence itself (or ``best``), cited."""
        best = best or evidence[0]
        return Answer(question, with_markers(best.text, 1), False, [best.citation()], mode="extractive", note=note)

    def answer(self, question: str, evidence: list[Evidence], gate: GateDecision) -> Answer:
        if not gate.answerable:
            return self.refuse(question, gate.reason)
        if self.llm is None:
            return self.extractive(question, evidence)
        try:
            reply = clean_reply(self.llm.chat(build_messages(question, evidence), self.max_tokens))
        except BackendError as exc:
            log.warning("LLM failed, serving the extractive answer: %s", exc)
            return self.extractive(question, evidence, note=f"extractive: {exc}")
        if not reply or _NON_ANSWERS.match(reply):
            return self.extractive(question, evidence, note="the model gave no answer")
        if not set(content_terms(reply)) - set(content_terms(question)):
            return self.extractive(question, evidence, note=f"the model only restated the question: {reply!r}")
        cited = cite_for(reply, evidence)
        problems = unsupported(reply, " ".join(e.text for e in cited), question)
        if problems:  # fall back to the sentence the reply drew on, if it drew on one
            drew_on = cited[0] if set(content_terms(cited[0].text)) & (
                set(content_terms(reply)) - set(content_terms(question))) else None
            return self.extractive(question, evidence, best=drew_on,
                                   note=f"replaced {reply!r}: not in the cited text: {', '.join(problems)}")
        citations: list[Citation] = [e.citation() for e in cited]
        return Answer(question, with_markers(reply, len(citations)), False, citations, mode="generated")
