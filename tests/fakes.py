"""Fakes that behave: a scripted LLM that returns queued replies, registered like a real backend."""
from __future__ import annotations

from collections import deque

from qa.errors import BackendError
from qa.llm import register_backend


class ScriptedLLM:
    name = "scripted"

    def __init__(self, *replies: str | Exception):
        self.replies = deque(replies)
        self.prompts: list[str] = []

    def complete(self, prompt, max_tokens=24, stop=("\n",)):
        self.prompts.append(prompt)
        reply = self.replies.popleft() if self.replies else "unknown"
        if isinstance(reply, Exception):
            raise reply
        return reply


class FailingLLM(ScriptedLLM):
    def complete(self, prompt, max_tokens=24, stop=("\n",)):
        raise BackendError("cannot reach the LLM server at http://127.0.0.1:9: connection refused")


register_backend("scripted", lambda settings: ScriptedLLM())
