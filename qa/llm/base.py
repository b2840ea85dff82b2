"""The one interface every LLM backend implements."""
from __future__ import annotations

from typing import Protocol


class LLM(Protocol):
    name: str

    def complete(self, prompt: str, max_tokens: int = 24, stop: tuple[str, ...] = ("\n",)) -> str:
        """The model's continuation of ``prompt``, greedy decoding, cut at the first ``stop`` string.

        A plain completion rather than a chat: the answerer shows a small model worked examples,
        which it follows far better as one text than as a chat transcript.
        Raises ``qa.errors.BackendError`` with a readable message when the backend fails.
        """
