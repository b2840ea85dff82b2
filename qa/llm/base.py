"""The one interface every LLM backend implements."""
from __future__ import annotations

from typing import Protocol


class LLM(Protocol):
    name: str

    def chat(self, messages: list[dict[str, str]], max_tokens: int = 48) -> str:
        """The assistant's reply to ``messages`` (OpenAI-style role/content dicts), greedy decoding.

        Raises ``qa.errors.BackendError`` with a readable message when the backend fails.
        """
