import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from bench.common import running_app

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILE = "000_5689ba47ca710228.txt"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A small folder of documents in three formats."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "paris.txt").write_text(
        "Paris facts\nParis is the capital of France. The Eiffel Tower was completed in 1889.\n"
        "It was designed by the engineer Gustave Eiffel's company.\n", encoding="utf-8")
    (folder / "rivers.md").write_text(
        "# Rivers\n\nThe Danube flows through ten countries. The Nile is about 6,650 km long.\n", encoding="utf-8")
    (folder / "moon.html").write_text(
        "<html><head><title>The Moon</title><style>body{color:red}</style>"
        "<script>var secret = 'launch code 42';</script></head><body><h1>The Moon</h1>"
        "<p>Neil Armstrong walked on the Moon in 1969.</p><!-- hidden comment --></body></html>",
        encoding="utf-8")
    return folder


@pytest.fixture
def fast_engine(docs: Path, tmp_path: Path):
    """An engine on ``docs`` with the hash embedder and no LLM: no model loads, milliseconds."""
    import qa

    return qa.load(docs, embedder="hash", backend="none", index_dir=str(tmp_path / "idx"), progress=False)


def engine_on(tmp_path: Path, name: str, text: str):
    """An engine (hash embedder, no LLM) on a folder holding one document."""
    import qa

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return qa.load(folder, embedder="hash", backend="none", index_dir=str(tmp_path / "idx"), progress=False)


@pytest.fixture(scope="session")
def seed_engine(tmp_path_factory):
    """The real thing on the seed article: MiniLM, FAISS, SmolLM2 through llama.cpp."""
    import qa

    folder = tmp_path_factory.mktemp("seeds")
    shutil.copy(SEEDS / SEED_FILE, folder / SEED_FILE)
    return qa.load(folder, index_dir=str(folder / ".qa-index"), progress=False)


def assert_citations_valid(engine, answer) -> None:
    for c in answer.citations:
        assert engine.read(c.source)[c.start:c.end] == c.quote, c
    if not answer.refused:
        assert answer.citations, "an answer that is not refused must cite"
        for i in range(1, len(answer.citations) + 1):
            assert f"[{i}]" in answer.text



def seed_folder(folder: Path) -> Path:
    """``folder`` holding a copy of the seed article and its example questions."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEEDS / SEED_FILE, folder / SEED_FILE)
    shutil.copy(SEEDS / ".qa-examples.txt", folder / ".qa-examples.txt")
    return folder


class LiveApp(NamedTuple):
    url: str
    folder: Path
    pid: int


@pytest.fixture(scope="session")
def live_app(tmp_path_factory) -> Iterator[LiveApp]:
    """The app on a copy of the seed folder, on loopback, shared by the session."""
    folder = seed_folder(tmp_path_factory.mktemp("appdocs"))
    with running_app(folder) as (url, proc):
        yield LiveApp(url, folder, proc.pid)
