"""LLM backends, chosen by name: ``llamacpp`` (default), ``openai``, or ``none`` (extractive only)."""
from __future__ import annotations

from collections.abc import Callable

from ..errors import ConfigError
from ..settings import Settings
from .base import LLM

BACKENDS: dict[str, Callable[[Settings], LLM | None]] = {}


def register_backend(name: str, factory: Callable[[Settings], LLM | None]) -> None:
    BACKENDS[name] = factory


def make_llm(settings: Settings) -> LLM | None:
    try:
        factory = BACKENDS[settings.backend]
    except KeyError:
        raise ConfigError(f"unknown backend {settings.backend!r}; choose one of {sorted(BACKENDS)}") from None
    return factory(settings)


def _llamacpp(s: Settings) -> LLM:
    from .llamacpp import LlamaCppLLM

    return LlamaCppLLM(s.model_path, threads=s.llm_threads)


def _openai(s: Settings) -> LLM:
    from .openai_compat import OpenAICompatLLM

    if not s.base_url:
        raise ConfigError("the openai backend needs base_url (or QA_BASE_URL)")
    return OpenAICompatLLM(s.base_url, s.remote_model, s.api_key, s.llm_timeout)


register_backend("llamacpp", _llamacpp)
register_backend("openai", _openai)
register_backend("none", lambda s: None)

__all__ = ["BACKENDS", "LLM", "make_llm", "register_backend"]
