"""Any OpenAI-compatible server (llama.cpp server, vLLM, Ollama) by base URL: its /v1/completions."""
from __future__ import annotations

import threading
import time

from ..errors import BackendError

RETRY_AFTER_SECONDS = 30.0  # after the server fails to answer, questions skip it this long
# Greedy decoding the way the embedded backend does it. temperature 0 alone is not enough:
# llama.cpp's server defaults to repeat_penalty 1.1 (in process it is 1.0), which changes replies.
GREEDY_EXTRAS = {"top_k": 1, "repeat_penalty": 1.0}


class OpenAICompatLLM:
    """A remote model. Every failure is a ``BackendError`` within ``timeout`` seconds; after a
    timeout or a refused connection the server is skipped for ``retry_after`` seconds, so that
    a dead server costs one wait, not one per question (answers are extractive meanwhile)."""

    def __init__(self, base_url: str, model: str = "local", api_key: str | None = None, timeout: float = 30.0,
                 retry_after: float = RETRY_AFTER_SECONDS):
        self.base_url, self.model, self.timeout = base_url.rstrip("/"), model, timeout
        self.api_key = api_key or "not-needed"
        self.name = f"openai:{self.base_url}"
        self.retry_after = retry_after
        self._client = None
        self._down: tuple[float, str] | None = None  # (until when, why)
        self._extras: dict | None = dict(GREEDY_EXTRAS)  # None once the server has refused them
        self._lock = threading.Lock()

    def _get_client(self):
        with self._lock:
            if self._client is None:
                from openai import OpenAI

                self._client = OpenAI(base_url=self.base_url, api_key=self.api_key, timeout=self.timeout,
                                      max_retries=0)
            return self._client

    def _failed(self, message: str) -> BackendError:
        self._down = (time.monotonic() + self.retry_after, message)
        return BackendError(message)

    def complete(self, prompt: str, max_tokens: int = 24, stop: tuple[str, ...] = ("\n",)) -> str:
        import openai

        down = self._down
        if down and time.monotonic() < down[0]:
            raise BackendError(f"{down[1]} (not retried for {self.retry_after:g} s)")
        try:
            try:
                out = self._get_client().completions.create(
                    model=self.model, prompt=prompt, max_tokens=max_tokens, temperature=0.0, stop=list(stop),
                    extra_body=self._extras)
            except openai.BadRequestError:
                if self._extras is None:
                    raise
                self._extras = None  # a server that takes only the standard fields
                return self.complete(prompt, max_tokens, stop)
        except openai.APITimeoutError as exc:
            raise self._failed(f"the LLM server at {self.base_url} did not answer within {self.timeout:g} s") from exc
        except openai.APIConnectionError as exc:
            raise self._failed(f"cannot reach the LLM server at {self.base_url}: {exc}") from exc
        except openai.APIStatusError as exc:
            raise BackendError(f"the LLM server at {self.base_url} failed: HTTP {exc.status_code}") from exc
        except (openai.APIError, ValueError) as exc:  # e.g. a body that is not JSON
            raise BackendError(f"the LLM server at {self.base_url} sent a reply that is not an answer") from exc
        self._down = None
        content = getattr((getattr(out, "choices", None) or [None])[0], "text", None)
        if not isinstance(content, str):
            raise BackendError(f"the LLM server at {self.base_url} sent a reply that is not an answer: "
                               f"{str(out)[:80]!r}")
        return content
