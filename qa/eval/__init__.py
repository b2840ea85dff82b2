"""Regression testing of answers against fixed Q&A pairs: deterministic, offline, diffable."""
from .compare import diff, gate_failures
from .golden import GoldenCase, GoldenFormatError, GoldenSet, load_golden
from .run import CaseResult, evaluate, judge

__all__ = ["CaseResult", "GoldenCase", "GoldenFormatError", "GoldenSet", "diff", "evaluate", "gate_failures",
           "judge", "load_golden"]
