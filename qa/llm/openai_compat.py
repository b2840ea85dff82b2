"""Any OpenAI-compatible chat server (llama.cpp server, vLLM, Ollama) by base URL."""
from __future__ import annotations

from ..errors import BackendError


class OpenAICompatLLM:
    def __init__(self, base_url: str, model: str = "local", api_key: str | None = None, timeout: float = 30.0):
        self.base_url, self.model, self.timeout = base_url.rstrip("/"), model, timeout
        self.api_key = api_key or "not-needed"
        self.name = f"openai:{self.base_url}"
        self._client = None

    def _get_client(self):
        if self._client is None:
            from openai import OpenAI

            self._client = OpenAI(base_url=self.base_url, api_key=self.api_key, timeout=self.timeout,
                                  max_retries=1)
        return self._client

    def chat(self, messages: list[dict[str, str]], max_tokens: int = 48) -> str:
        import openai

        try:
            out = self._get_client().chat.completions.create(
                model=self.model, messages=messages, max_tokens=max_tokens, temperature=0.0)
        except openai.APITimeoutError as exc:
            raise BackendError(f"the LLM server at {self.base_url} did not answer within {self.timeout:g} s") from exc
        except openai.APIConnectionError as exc:
            raise BackendError(f"cannot reach the LLM server at {self.base_url}: {exc}") from exc
        except openai.APIError as exc:
            raise BackendError(f"the LLM server at {self.base_url} failed: {exc}") from exc
        try:
            content = out.choices[0].message.content
        except (AttributeError, IndexError, TypeError) as exc:
            raise BackendError(f"the LLM server at {self.base_url} sent a reply without an answer") from exc
        if not isinstance(content, str):
            raise BackendError(f"the LLM server at {self.base_url} sent a reply without text")
        return content
