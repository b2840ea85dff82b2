"""Fakes that behave: a scripted LLM that returns queued replies, registered like a real backend."""
from __future__ import annotations

from collections import deque

from qa.errors import BackendError
from qa.llm import register_backend


class ScriptedLLM:
    name = "scripted"

    def __init__(self, *replies: str | Exception):
        self.replies = deque(replies)
        self.prompts: list[list[dict]] = []

    def chat(self, messages, max_tokens=48):
        self.prompts.append(messages)
        reply = self.replies.popleft() if self.replies else "unknown"
        if isinstance(reply, Exception):
            raise reply
        return reply


class FailingLLM(ScriptedLLM):
    def chat(self, messages, max_tokens=48):
        raise BackendError("cannot reach the LLM server at http://127.0.0.1:9: connection refused")


register_backend("scripted", lambda settings: ScriptedLLM())


class ContrarianLLM(ScriptedLLM):
    """Answers every question with the last context sentence: a real passage, usually the wrong one."""

    name = "contrarian"

    def chat(self, messages, max_tokens=48):
        context = messages[-1]["content"].split("\n\nQuestion:")[0]
        return context.splitlines()[-1].split("] ", 1)[-1]


register_backend("contrarian", lambda settings: ContrarianLLM())
