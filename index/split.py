"""Sentence-aware splitting that keeps character offsets into the original text.

Library splitters (llama-index's SentenceSplitter, nltk) return sentence strings, not where they
are; every citation here must map back to ``text[start:end]``, so this module finds the spans.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from .types import Chunk, Document

# Words that end with a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc e.g i.e inc ltd co corp dept est fig gen gov sen rep lt col "
    "capt sgt mt no nos vol pp approx jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n "
    "a.m p.m ph.d c ca cf viz al".split()  # "c. 1455" (circa), "et al."
)
_TERMINAL = re.compile(r"[.!?…]+[\"'”’)\]]*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_HAS_WORD = re.compile(r"\w")
_CLOSERS = ".!?:;\"'”’)]"
MAX_SENTENCE_CHARS = 1000


def _is_break(text: str, end: int) -> bool:
    """Whether a terminal punctuation run ending at ``end`` closes a sentence."""
    if end < len(text) and not text[end].isspace():
        return False
    nxt = re.match(r"\s*(\S)", text[end:])
    if nxt and nxt.group(1).islower():
        return False
    head = text[:end].rstrip("\"'”’)]")
    if not head.endswith("."):
        return True
    word = _WORD_BEFORE.search(head[:-1])
    if not word:
        return True
    token = word.group(1).lower()
    if token in _ABBREVIATIONS:
        return False
    return not (len(token) == 1 and token.isalpha() and word.group(1).isupper())  # initials: "J. Smith"


def _line_breaks(text: str) -> Iterator[int]:
    """Offsets where a newline ends a sentence: blank lines always; a single newline unless the
    next line starts in lower case after an unfinished line (hard-wrapped prose)."""
    for m in re.finditer(r"\n", text):
        i = m.start()
        line_start = text.rfind("\n", 0, i) + 1
        prev = text[line_start:i].rstrip()
        rest = text[i + 1:]
        nxt = rest.lstrip(" \t")
        if not nxt or nxt.startswith("\n") or not prev:
            yield i
            continue
        if not (nxt[0].islower() and prev[-1] not in _CLOSERS):
            yield i


def _hard_wrap(start: int, end: int, text: str, limit: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long sentence at whitespace into pieces of at most ``limit`` characters."""
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def sentence_spans(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, whitespace trimmed; ``text[start:end]`` is the sentence."""
    cuts = {m.end() for m in _TERMINAL.finditer(text) if _is_break(text, m.end())}
    cuts.update(_line_breaks(text))
    cuts.add(len(text))
    spans, start = [], 0
    for cut in sorted(cuts):
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and _HAS_WORD.search(text, s, e):
            spans.extend(_hard_wrap(s, e, text, max_chars))
        start = cut
    return spans


def chunk_id(source: str, start: int, end: int, text: str) -> str:
    return hashlib.sha1(f"{source}\0{start}\0{end}\0{text}".encode()).hexdigest()[:16]


def split_document(doc: Document, chunk_chars: int = 600, overlap_sentences: int = 1) -> list[Chunk]:
    """Group whole sentences into chunks of about ``chunk_chars`` characters.

    Consecutive chunks share ``overlap_sentences`` sentences, so a fact near a boundary is whole
    in at least one chunk. A sentence longer than ``chunk_chars`` is a chunk of its own.
    """
    spans = sentence_spans(doc.text)
    chunks: list[Chunk] = []
    i = 0
    while i < len(spans):
        j = i + 1
        while j < len(spans) and spans[j][1] - spans[i][0] <= chunk_chars:
            j += 1
        start, end = spans[i][0], spans[j - 1][1]
        text = doc.text[start:end]
        chunks.append(Chunk(chunk_id(doc.source, start, end, text), doc.source, start, end, text,
                            tuple(spans[i:j])))
        if j >= len(spans):
            break
        i = max(j - overlap_sentences, i + 1)
    return chunks
