"""Grounded question answering over a folder of documents, with exact citations.

    import qa
    engine = qa.load("seeds")
    a = engine.ask("Who led the Chinese delegation?")
    a.text, a.refused, a.citations
"""
from .engine import Engine, load
from .errors import BackendError, ConfigError, QAError, QuestionError
from .settings import Settings
from .types import Answer, Citation, Evidence

__all__ = ["Answer", "BackendError", "Citation", "ConfigError", "Engine", "Evidence", "QAError",
           "QuestionError", "Settings", "load"]
