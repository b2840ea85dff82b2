import logging

import pytest

from index import load_folder


def test_loads_three_formats_with_titles(docs):
    result = load_folder(docs)
    by_source = {d.source: d for d in result.documents}
    assert set(by_source) == {"moon.html", "paris.txt", "rivers.md"}
    assert by_source["paris.txt"].title == "Paris facts"
    assert by_source["rivers.md"].title == "Rivers"
    assert by_source["moon.html"].title == "The Moon"
    assert result.skipped == []


def test_html_text_drops_scripts_styles_and_comments(docs):
    moon = next(d for d in load_folder(docs).documents if d.source == "moon.html")
    assert "Neil Armstrong walked on the Moon in 1969." in moon.text
    for hidden in ("secret", "launch code", "color:red", "hidden comment"):
        assert hidden not in moon.text


def test_bad_files_are_skipped_with_a_reason_and_the_rest_loaded(docs, caplog):
    (docs / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    (docs / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (docs / "empty.md").write_text("   \n")
    (docs / "image.png").write_bytes(b"\x89PNG")
    (docs / ".hidden.txt").write_text("not loaded")
    with caplog.at_level(logging.WARNING, logger="qa.index"):
        result = load_folder(docs)
    reasons = {s.source: s.reason for s in result.skipped}
    assert "not UTF-8" in reasons["latin1.txt"]
    assert "binary" in reasons["blob.txt"]
    assert "no text" in reasons["empty.md"]
    assert "unsupported file type .png" in reasons["image.png"]
    assert ".hidden.txt" not in reasons
    assert len(result.documents) == 3
    assert "latin1.txt" in caplog.text


def test_oversized_file_is_skipped(docs):
    (docs / "big.txt").write_text("x" * 2000)
    result = load_folder(docs, max_bytes=1000)
    assert [s.source for s in result.skipped] == ["big.txt"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="documents folder not found"):
        load_folder(tmp_path / "nope")


def test_subfolders_use_relative_posix_names(docs):
    (docs / "sub").mkdir()
    (docs / "sub" / "deep.txt").write_text("Deep text here.")
    assert "sub/deep.txt" in {d.source for d in load_folder(docs).documents}
