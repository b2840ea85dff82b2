"""Errors a user can cause and fix; their messages are meant to be shown as they are."""


class QAError(Exception):
    """Base of every error the service reports to its user."""


class QuestionError(QAError, ValueError):
    """The question cannot be asked: empty, or too long."""


class BackendError(QAError):
    """The LLM backend failed: unreachable, timed out, or answered nonsense."""


class ConfigError(QAError, ValueError):
    """A setting is unknown or has a bad value."""
