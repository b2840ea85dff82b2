"""Golden Q&A sets: the hand-written YAML format, and SQuAD data (official JSON, or JSONL) as it is.

YAML format (one file per set)::

    name: seed article
    docs: ../../seeds              # documents folder, relative to this file
    thresholds: {answerable_correct: 0.9, refusal_accuracy: 0.9, citation_validity: 1.0}
    max_drop: 0.05                 # with --baseline: largest allowed fall of any metric
    defaults: {sources: [a.txt]}   # applied to every case that does not set the key
    cases:
      - id: stable-id              # required, unique
        question: Who led it?      # required
        answers: [He Lifeng]       # accepted answers; required when answerable
        answerable: true           # default true
        sources: [a.txt]           # files it should cite (optional)
        must_include: [Lifeng]     # strings the answer must contain
        must_not_include: [Bessent]
        tags: [who]
        pinned: true               # may never flip from pass to fail against a baseline
        note: free text
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import QAError
from .compare import QUALITY_METRICS

CASE_KEYS = {"id", "question", "answers", "answerable", "sources", "must_include", "must_not_include",
             "tags", "pinned", "note"}
METRIC_NAMES = set(QUALITY_METRICS)  # what a threshold may name


class GoldenFormatError(QAError):
    """A golden file that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class GoldenCase:
    id: str
    question: str
    answers: tuple[str, ...] = ()
    answerable: bool = True
    sources: tuple[str, ...] = ()
    must_include: tuple[str, ...] = ()
    must_not_include: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    pinned: bool = False
    note: str = ""


@dataclass
class GoldenSet:
    name: str
    cases: list[GoldenCase]
    docs: Path | None = None
    thresholds: dict[str, float] = field(default_factory=dict)
    max_drop: float = 0.02
    path: Path | None = None


def _strings(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, int, float)):
        return (str(value),)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    raise GoldenFormatError(f"{where}: expected a string or a list of strings, got {value!r}")


def parse_case(raw: dict, where: str, defaults: dict | None = None) -> GoldenCase:
    if not isinstance(raw, dict):
        raise GoldenFormatError(f"{where}: a case must be a mapping")
    raw = {**(defaults or {}), **raw}
    unknown = set(raw) - CASE_KEYS
    if unknown:
        raise GoldenFormatError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("id", "question"):
        if not str(raw.get(key) or "").strip():
            raise GoldenFormatError(f"{where}: '{key}' is required")
    answerable = bool(raw.get("answerable", True))
    answers = _strings(raw.get("answers"), f"{where} answers")
    if answerable and not answers:
        raise GoldenFormatError(f"{where} ({raw['id']}): an answerable case needs 'answers'")
    return GoldenCase(
        id=str(raw["id"]), question=str(raw["question"]).strip(), answers=answers, answerable=answerable,
        sources=_strings(raw.get("sources"), f"{where} sources") if answerable else (),
        must_include=_strings(raw.get("must_include"), f"{where} must_include"),
        must_not_include=_strings(raw.get("must_not_include"), f"{where} must_not_include"),
        tags=_strings(raw.get("tags"), f"{where} tags"), pinned=bool(raw.get("pinned", False)),
        note=str(raw.get("note") or ""),
    )


def load_yaml(path: Path) -> GoldenSet:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GoldenFormatError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise GoldenFormatError(f"{path}: expected a mapping with a 'cases' list")
    defaults = data.get("defaults") or {}
    cases = [parse_case(raw, f"{path.name} case {i + 1}", defaults) for i, raw in enumerate(data["cases"])]
    thresholds = {str(k): float(v) for k, v in (data.get("thresholds") or {}).items()}
    unknown = set(thresholds) - METRIC_NAMES
    if unknown:
        raise GoldenFormatError(f"{path}: unknown threshold(s) {', '.join(sorted(unknown))}; "
                                f"known: {', '.join(sorted(METRIC_NAMES))}")
    docs = (path.parent / data["docs"]).resolve() if data.get("docs") else None
    return GoldenSet(str(data.get("name") or path.stem), cases, docs, thresholds,
                     float(data.get("max_drop", 0.02)), path)


def load_squad_json(path: Path) -> GoldenSet:
    """The official SQuAD 1.1/2.0 JSON: data -> paragraphs -> qas."""
    data = json.loads(path.read_text(encoding="utf-8"))
    cases = []
    for article in data.get("data", []):
        title = article.get("title", "")
        for paragraph in article.get("paragraphs", []):
            for qa in paragraph.get("qas", []):
                impossible = bool(qa.get("is_impossible", False))
                answers = tuple(dict.fromkeys(a["text"] for a in qa.get("answers", [])))
                cases.append(GoldenCase(str(qa["id"]), qa["question"].strip(), answers, not impossible,
                                        (f"{title}.txt",) if title and not impossible else (),
                                        tags=(title, "unanswerable" if impossible else "fact")))
    return GoldenSet(path.stem, cases, None, {}, 0.02, path)


def squad_row_case(row: dict) -> GoldenCase:
    """One row of shared/squad's JSONL, {"id", "q", "a", "doc", "kind"}, as a case."""
    answerable = row.get("kind") != "unanswerable"
    return GoldenCase(str(row["id"]), row["q"].strip(), tuple(row.get("a") or ()), answerable,
                      (f"{row['doc']}.txt",) if answerable and row.get("doc") else (),
                      tags=(row.get("doc", ""), row.get("kind", "")))


def load_squad_jsonl(path: Path) -> GoldenSet:
    """The JSONL of shared/squad (rows as in ``squad_row_case``); documents in ``docs/`` beside it."""
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            cases.append(squad_row_case(json.loads(line)))
        except (ValueError, KeyError, AttributeError) as exc:
            raise GoldenFormatError(f"{path}:{n}: {exc}") from None
    docs = path.parent / "docs"
    return GoldenSet(path.stem, cases, docs if docs.is_dir() else None, {}, 0.02, path)


def load_golden(path: str | Path) -> GoldenSet:
    """Read a golden set by its extension: .yaml/.yml, .json (SQuAD), .jsonl (SQuAD-style lines)."""
    path = Path(path)
    if not path.is_file():
        raise GoldenFormatError(f"golden file not found: {path}")
    loaders = {".yaml": load_yaml, ".yml": load_yaml, ".json": load_squad_json, ".jsonl": load_squad_jsonl}
    try:
        loader = loaders[path.suffix.lower()]
    except KeyError:
        raise GoldenFormatError(f"{path}: expected .yaml, .json (SQuAD) or .jsonl") from None
    golden = loader(path)
    seen: set[str] = set()
    for case in golden.cases:
        if case.id in seen:
            raise GoldenFormatError(f"{path}: duplicate case id {case.id!r}")
        seen.add(case.id)
    if not golden.cases:
        raise GoldenFormatError(f"{path}: no cases")
    return golden
