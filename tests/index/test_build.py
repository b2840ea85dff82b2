import numpy as np
import pytest

from index import NoDocumentsError, build_or_load, make_embedder
from index.build import SplitSettings


@pytest.fixture
def embedder():
    return make_embedder("hash")


def test_second_build_loads_instead_of_embedding(docs, tmp_path, embedder):
    idx = tmp_path / "idx"
    first, r1 = build_or_load(docs, idx, embedder, progress=False)
    assert sorted(r1.embedded_files) == ["moon.html", "paris.txt", "rivers.md"]
    second, r2 = build_or_load(docs, idx, embedder, progress=False)
    assert r2.loaded_from_disk and r2.embedded_chunks == 0
    assert [c.id for c in first.chunks] == [c.id for c in second.chunks]
    np.testing.assert_array_equal(first.vectors, second.vectors)


def test_editing_one_file_reembeds_only_that_file(docs, tmp_path, embedder):
    idx = tmp_path / "idx"
    build_or_load(docs, idx, embedder, progress=False)
    (docs / "rivers.md").write_text("# Rivers\n\nThe Amazon carries the most water.\n")
    (docs / "new.txt").write_text("A new file about volcanoes.")
    (docs / "paris.txt").unlink()
    corpus, report = build_or_load(docs, idx, embedder, progress=False)
    assert sorted(report.embedded_files) == ["new.txt", "rivers.md"]
    assert report.reused_files == ["moon.html"]
    assert report.removed_files == ["paris.txt"]
    assert {c.source for c in corpus.chunks} == {"moon.html", "new.txt", "rivers.md"}
    assert len(corpus.vectors) == len(corpus.chunks) == len(corpus.index)


def test_changed_settings_or_model_rebuild_everything(docs, tmp_path, embedder):
    idx = tmp_path / "idx"
    build_or_load(docs, idx, embedder, progress=False)
    _, report = build_or_load(docs, idx, embedder, SplitSettings(chunk_chars=100), progress=False)
    assert report.rebuilt_reason == "split settings changed" and len(report.embedded_files) == 3
    from index.embed import HashEmbedder
    _, report = build_or_load(docs, idx, HashEmbedder(dim=64), SplitSettings(chunk_chars=100), progress=False)
    assert report.rebuilt_reason.startswith("embedding model changed")


def test_corrupt_index_is_detected_and_rebuilt(docs, tmp_path, embedder, caplog):
    idx = tmp_path / "idx"
    build_or_load(docs, idx, embedder, progress=False)
    generation = idx / (idx / "CURRENT").read_text()
    data = (generation / "vectors.npy").read_bytes()
    (generation / "vectors.npy").write_bytes(data[: len(data) // 2])  # truncated
    corpus, report = build_or_load(docs, idx, embedder, progress=False)
    assert "corrupt" in report.rebuilt_reason and len(report.embedded_files) == 3
    assert "corrupt" in caplog.text
    _, again = build_or_load(docs, idx, embedder, progress=False)
    assert again.loaded_from_disk


def test_folder_without_readable_documents(tmp_path, embedder):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_bytes("\xff\xfe caf\xe9".encode("latin-1"))
    with pytest.raises(NoDocumentsError, match="a.txt: not UTF-8"):
        build_or_load(folder, tmp_path / "idx", embedder, progress=False)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NoDocumentsError, match="it is empty"):
        build_or_load(empty, tmp_path / "idx2", embedder, progress=False)
