"""Files uploaded through the app: checked, named safely, and stored inside the documents folder."""
from __future__ import annotations

import os
import re
import unicodedata
import uuid
from pathlib import Path

from index.load import SUPPORTED_SUFFIXES, parse_document

from .errors import QAError

DEFAULT_MAX_UPLOAD_BYTES = 10_000_000


class UploadError(QAError):
    """An upload that was refused; the message says why."""


def safe_name(filename: str) -> str:
    """A file name that stays inside the folder: no directories, no leading dots, plain characters.

    "../../etc/passwd.txt" -> "etc_passwd.txt"; "Résumé (final).md" -> "Resume_final.md".
    """
    name = unicodedata.normalize("NFKD", filename.replace("\\", "/")).encode("ascii", "ignore").decode()
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    name = "_".join(parts[-2:]) if len(parts) > 1 else (parts[0] if parts else "")
    stem, suffix = os.path.splitext(name)
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._-")[:100] or f"upload-{uuid.uuid4().hex[:8]}"
    return stem + re.sub(r"[^A-Za-z0-9.]", "", suffix).lower()


def store_upload(path: str | Path, original_name: str, folder: str | Path,
                 max_bytes: int = DEFAULT_MAX_UPLOAD_BYTES) -> str:
    """Check an uploaded file and copy it into ``folder``; returns the name it was stored under.

    A name without a suffix is stored as plain text: "../../etc/passwd" -> "etc_passwd.txt".
    Raises UploadError (wrong type, too large, unreadable) and leaves the folder untouched then.
    An upload with the name of an existing file replaces it (re-indexed as a changed file).
    """
    src, folder = Path(path), Path(folder)
    name = safe_name(original_name)
    if not Path(name).suffix:  # "README", "passwd": plain text if it decodes as such
        name += ".txt"
    suffix = Path(name).suffix
    if suffix not in SUPPORTED_SUFFIXES:
        raise UploadError(f"{original_name}: only {', '.join(sorted(SUPPORTED_SUFFIXES))} files can be added")
    size = src.stat().st_size
    if size > max_bytes:
        raise UploadError(f"{original_name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB upload limit")
    data = src.read_bytes()
    try:
        parse_document(data, suffix, name)
    except ValueError as exc:
        raise UploadError(f"{original_name}: {exc}") from None
    target = folder / name
    if target.resolve().parent != folder.resolve():
        raise UploadError(f"{original_name}: not a safe file name")
    tmp = folder / f".upload-{uuid.uuid4().hex}{suffix}"  # hidden: never indexed half-written
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return name
