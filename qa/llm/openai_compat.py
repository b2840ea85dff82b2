"""Any OpenAI-compatible server (llama.cpp server, vLLM, Ollama) by base URL: its /v1/completions."""
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

    def complete(self, prompt: str, max_tokens: int = 24, stop: tuple[str, ...] = ("\n",)) -> str:
        import openai

        try:
            out = self._get_client().completions.create(
                model=self.model, prompt=prompt, max_tokens=max_tokens, temperature=0.0, stop=list(stop))
        except openai.APITimeoutError as exc:
            raise BackendError(f"the LLM server at {self.base_url} did not answer within {self.timeout:g} s") from exc
        except openai.APIConnectionError as exc:
            raise BackendError(f"cannot reach the LLM server at {self.base_url}: {exc}") from exc
        except openai.APIError as exc:
            raise BackendError(f"the LLM server at {self.base_url} failed: {exc}") from exc
        try:
            content = out.choices[0].text
        except (AttributeError, IndexError, TypeError) as exc:
            raise BackendError(f"the LLM server at {self.base_url} sent a reply without an answer") from exc
        if not isinstance(content, str):
            raise BackendError(f"the LLM server at {self.base_url} sent a reply without text")
        return content
