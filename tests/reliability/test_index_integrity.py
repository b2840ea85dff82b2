"""The persisted index survives kills, corruption and a second process building at the same time."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from index import build_or_load, make_embedder, persist
from tests.conftest import ROOT

# A child process that builds the index of FOLDER into INDEX with the hash embedder. With PAUSE set to
# "embedding" or "writing" it touches READY at that point of the build and sleeps, waiting to be killed;
# with PAUSE "slow" it takes a while over embedding, so that two children overlap.
BUILDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from index import build_or_load, make_embedder, persist
    folder, index_dir, pause, ready = sys.argv[1:5]
    embedder = make_embedder("hash")
    embed = embedder.embed_documents

    def embed_documents(texts, progress=False):
        if pause == "embedding":
            Path(ready).touch(); time.sleep(60)
        if pause == "slow":
            time.sleep(1.5)
        return embed(texts, progress)

    sha256 = persist._sha256_file

    def sha256_file(path):  # save() checksums its files after writing them, before swapping CURRENT
        if pause == "writing" and path.parent.name.startswith(".tmp-"):
            Path(ready).touch(); time.sleep(60)
        return sha256(path)

    embedder.embed_documents, persist._sha256_file = embed_documents, sha256_file
    corpus, report = build_or_load(folder, index_dir, embedder, progress=False)
    print(report.embedded_chunks, report.rebuilt_reason or "ok", flush=True)
""")


def start_builder(folder: Path, index_dir: Path, pause: str = "", ready: Path | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", BUILDER, str(folder), str(index_dir), pause, str(ready or "")],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def live_files(index_dir: Path) -> dict:
    manifest, chunks, vectors = persist.load(index_dir)  # raises CorruptIndexError if anything is off
    assert len(chunks) == len(vectors)
    return manifest["files"]


@pytest.mark.parametrize("phase", ["embedding", "writing"])
def test_killing_a_build_leaves_the_previous_index_usable(docs, tmp_path, phase):
    index_dir = tmp_path / "idx"
    build_or_load(docs, index_dir, make_embedder("hash"), progress=False)
    before = live_files(index_dir)

    (docs / "volcanoes.txt").write_text("Mount Etna is the tallest active volcano in Europe.", encoding="utf-8")
    ready = tmp_path / "ready"
    child = start_builder(docs, index_dir, phase, ready)
    deadline = time.time() + 60
    while not ready.exists():
        assert child.poll() is None, child.stderr.read()
        assert time.time() < deadline, "the builder never reached the pause"
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)

    assert live_files(index_dir) == before  # the old index, whole, checksums and all
    if phase == "writing":
        assert any(p.name.startswith(".tmp-") for p in index_dir.iterdir())  # the half-written build
    corpus, report = build_or_load(docs, index_dir, make_embedder("hash"), progress=False)
    assert report.embedded_files == ["volcanoes.txt"] and not report.rebuilt_reason
    assert not any(p.name.startswith(".tmp-") for p in index_dir.iterdir())  # leftovers cleaned up
    assert "volcanoes.txt" in live_files(index_dir)


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


CORRUPTIONS = {
    "truncated-vectors": lambda gen: _truncate(gen / "vectors.npy"),
    "one-bit-in-vectors": lambda gen: _flip_a_byte(gen / "vectors.npy"),
    "edited-chunks": lambda gen: (gen / "chunks.jsonl").write_text(
        (gen / "chunks.jsonl").read_text().replace("1889", "1999")),
    "missing-manifest": lambda gen: (gen / "manifest.json").unlink(),
    "manifest-not-json": lambda gen: (gen / "manifest.json").write_text("{not json"),
    "manifest-without-checksums": lambda gen: (gen / "manifest.json").write_text(json.dumps({"files": {}})),
    "pointer-to-nowhere": lambda gen: (gen.parent / "CURRENT").write_text("gen-000000000000"),
    "pointer-outside": lambda gen: (gen.parent / "CURRENT").write_text("../../etc"),
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_a_corrupt_index_is_detected_and_rebuilt_with_a_warning(docs, tmp_path, corrupt, caplog):
    index_dir = tmp_path / "idx"
    first, _ = build_or_load(docs, index_dir, make_embedder("hash"), progress=False)
    corrupt(index_dir / (index_dir / "CURRENT").read_text())
    with pytest.raises(persist.CorruptIndexError):
        persist.load(index_dir)  # never loaded silently
    corpus, report = build_or_load(docs, index_dir, make_embedder("hash"), progress=False)
    assert report.rebuilt_reason.startswith("corrupt index") and "rebuilding" in caplog.text
    assert [c.text for c in corpus.chunks] == [c.text for c in first.chunks]
    assert live_files(index_dir).keys() == {"paris.txt", "rivers.md", "moon.html"}


def test_two_processes_indexing_one_folder_take_turns(docs, tmp_path):
    index_dir = tmp_path / "idx"
    children = [start_builder(docs, index_dir, "slow") for _ in range(2)]
    results = [child.communicate(timeout=120) for child in children]
    for child, (out, err) in zip(children, results):
        assert child.returncode == 0, err
    embedded = sorted(int(out.split()[0]) for out, _ in results)
    assert embedded[0] == 0 < embedded[1]  # one embedded; the other waited, then loaded what it wrote
    assert all(out.split()[1] == "ok" for out, _ in results)
    assert live_files(index_dir).keys() == {"paris.txt", "rivers.md", "moon.html"}
    assert [p.name for p in index_dir.iterdir() if p.is_dir()] == [(index_dir / "CURRENT").read_text()]


def test_the_lock_is_held_while_building(docs, tmp_path):
    import fcntl

    index_dir = tmp_path / "idx"
    child = start_builder(docs, index_dir, "embedding", tmp_path / "ready")
    try:
        while not (tmp_path / "ready").exists():
            assert child.poll() is None, child.stderr.read()
            time.sleep(0.05)
        with open(index_dir / ".lock", "a") as handle:
            with pytest.raises(BlockingIOError):
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        child.kill()
        child.wait()
    with open(index_dir / ".lock", "a") as handle:  # a killed holder releases it
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    assert os.path.exists(index_dir / ".lock")
