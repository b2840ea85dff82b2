"""The records that flow through indexing: documents, chunks, and what a build did."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One file of the documents folder, as text.

    ``text`` is what ``read(source)`` returns: the decoded file for .txt/.md, the extracted
    visible text for .html. Every offset in the index points into it.
    """

    source: str  # path relative to the folder, with forward slashes
    text: str
    title: str
    sha256: str  # of the file's bytes


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences of one document, with offsets into ``Document.text``."""

    id: str
    source: str
    start: int
    end: int
    text: str
    sentences: tuple[tuple[int, int], ...]  # absolute (start, end) of each sentence

    def to_dict(self) -> dict:
        return {"id": self.id, "source": self.source, "start": self.start, "end": self.end,
                "text": self.text, "sentences": [list(s) for s in self.sentences]}

    @classmethod
    def from_dict(cls, d: dict) -> "Chunk":
        return cls(d["id"], d["source"], d["start"], d["end"], d["text"],
                   tuple((int(a), int(b)) for a, b in d["sentences"]))


@dataclass(frozen=True)
class Skipped:
    """A file that was not indexed, and why."""

    source: str
    reason: str


@dataclass
class BuildReport:
    """What ``build_or_load`` did: which files it embedded, which it reused, which it skipped."""

    embedded_files: list[str] = field(default_factory=list)
    reused_files: list[str] = field(default_factory=list)
    removed_files: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    embedded_chunks: int = 0
    total_chunks: int = 0
    rebuilt_reason: str = ""  # why a persisted index was not reused, if it was not

    @property
    def loaded_from_disk(self) -> bool:
        return not self.embedded_files and not self.removed_files
