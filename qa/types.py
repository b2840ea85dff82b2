"""What the answer layer returns."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Citation:
    """A quoted passage: ``read(source)[start:end] == quote``."""

    source: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """A sentence of a document, scored against a question."""

    source: str
    start: int
    end: int
    text: str
    score: float
    dense: float = 0.0
    lexical: float = 0.0
    before: str = ""  # the sentence before, when this one refers back to it ("These include ...", "the ministry")
    before_start: int = 0  # where ``before`` starts in the source

    def citation(self) -> Citation:
        return Citation(self.source, self.text, self.start, self.end)

    def preceding(self) -> Evidence:
        """The sentence before, as evidence of its own (when this one refers back to it)."""
        return Evidence(self.source, self.before_start, self.before_start + len(self.before), self.before, self.score)


@dataclass(frozen=True)
class Answer:
    """An answer with inline markers ``[n]`` that point into ``citations`` (1-based).

    ``mode`` says how it was made: "generated" (the LLM phrased it and it passed the support
    check), "extractive" (the cited sentence itself), "computed" (from what the cited sentences
    give: days counted, dates compared, a day counted from an event's date and what is told of it:
    qa/timeline.py; an amount or a date compared with a yes/no question's bound, "Yes: 100% [1].":
    qa/comparison.py; a list's items counted: qa/listing.py), or "refused".
    """

    question: str
    text: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    mode: str = "extractive"
    note: str = ""  # why it refused, or why the generated answer was replaced
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class WarmUp:
    """Seconds from the start of ``Engine.warm_up`` until each model was ready (they load at once)."""

    embedding_model: float
    llm: float
    seconds: float
