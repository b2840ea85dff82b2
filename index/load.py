"""Load the documents of a folder: .txt, .md and .html, as text with a title each.

Unreadable files never stop a load: each is skipped with a reason (a warning is logged), and
the rest are loaded.
"""
from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from .types import Document, Skipped

log = logging.getLogger("qa.index")

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
DEFAULT_MAX_FILE_BYTES = 50_000_000  # MB are 10**6 bytes throughout, as the messages say
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def html_to_text(html: str) -> tuple[str, str]:
    """Visible text of an HTML page (scripts, styles and comments dropped) and its title."""
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(html, "html.parser")
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else ""
    for tag in soup.find_all(_INVISIBLE_TAGS):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    text = soup.get_text("\n")
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in text.splitlines())
    text = "\n".join(line for line in lines if line)
    if not title:
        h1 = soup.find("h1")
        title = h1.get_text(" ", strip=True) if h1 else ""
    return text, title


def _first_line_title(text: str, markdown: bool) -> str:
    for line in text.splitlines():
        line = line.strip()
        if markdown:
            line = line.lstrip("#").strip()
        if line:
            return line[:200]
    return ""


def _check_suffix(suffix: str) -> str:
    suffix = suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ValueError(f"unsupported file type {suffix or '(none)'}; "
                         f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    return suffix


def parse_document(data: bytes, suffix: str, source: str) -> Document:
    """Make a Document of a file's bytes, by its suffix. Raises ValueError with a readable reason."""
    suffix = _check_suffix(suffix)
    if b"\x00" in data[:8192]:
        raise ValueError("looks binary (contains NUL bytes)")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
                         "re-save it as UTF-8") from None
    if suffix in HTML_SUFFIXES:
        text, title = html_to_text(raw)
    else:
        text, title = raw, _first_line_title(raw, markdown=suffix != ".txt")
    if not text.strip():
        raise ValueError("has no text")
    return Document(source=source, text=text, title=title or Path(source).stem,
                    sha256=hashlib.sha256(data).hexdigest())


def read_document(path: Path, source: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Document:
    """Read one file as a Document. Raises ValueError with a readable reason when it cannot."""
    _check_suffix(path.suffix)  # before reading a file of the wrong type
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    return parse_document(path.read_bytes(), path.suffix, source)


def iter_files(folder: Path) -> list[tuple[Path, str]]:
    """Every file under ``folder`` (hidden files and folders excluded), sorted, with its source name."""
    found = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        found.append((path, rel.as_posix()))
    return found


def load_folder(folder: str | Path, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> LoadResult:
    """Load every supported document in ``folder``; skip (and log) the rest with a reason."""
    root = Path(folder)
    if not root.exists():
        raise FileNotFoundError(f"documents folder not found: {root}")
    if not root.is_dir():
        raise NotADirectoryError(f"not a folder: {root}")
    result = LoadResult()
    for path, source in iter_files(root):
        try:
            result.documents.append(read_document(path, source, max_bytes))
        except (ValueError, OSError) as exc:
            reason = str(exc) if isinstance(exc, ValueError) else f"cannot read: {exc}"
            log.warning("skipped %s: %s", source, reason)
            result.skipped.append(Skipped(source, reason))
    return result
