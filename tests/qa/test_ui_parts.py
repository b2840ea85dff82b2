import pytest

from qa.followup import is_followup, standalone
from qa.passages import citations_html, highlight, paragraph_bounds
from qa.types import Answer, Citation
from qa.uploads import UploadError, safe_name, store_upload

DOC = "Title line\nFirst paragraph here. It has the quote inside.\nSecond <paragraph> & more."


def test_paragraph_bounds_and_highlight_escape_html():
    start = DOC.index("It has")
    end = start + len("It has the quote inside.")
    assert DOC[slice(*paragraph_bounds(DOC, start, end))] == "First paragraph here. It has the quote inside."
    s = DOC.index("<paragraph>")
    out = highlight(DOC, [(s, s + 11, "[1]")], *paragraph_bounds(DOC, s, s + 11))
    assert out == 'Second <mark title="[1]">&lt;paragraph&gt;</mark><sup class="qa-mark">[1]</sup> &amp; more.'


def test_citation_panel_shows_quotes_in_context_and_refusals_differently():
    start = DOC.index("It has")
    answer = Answer("q", "It has it [1].", False, [Citation("a.txt", "It has the quote inside.", start, start + 24)])
    panel = citations_html(answer, {"a.txt": DOC}.__getitem__)
    assert "[1] a.txt" in panel and "<mark" in panel and "First paragraph here." in panel
    refused = citations_html(Answer("q", "The documents do not say.", True, [], "refused", "no match"), lambda s: "")
    assert "qa-refused" in refused and "no match" in refused


@pytest.mark.parametrize("question, previous, expected", [
    ("and when do they take effect?", ["What export controls did China announce?"],
     "When do they take effect? (export controls China announce)"),
    ("What about Bessent?", ["Who led the Chinese delegation?"], "Bessent? (led Chinese delegation)"),
    ("Who is Xi Jinping?", ["Who led the Chinese delegation?"], "Who is Xi Jinping?"),
    ("and when?", [], "and when?"),
])
def test_follow_ups_become_standalone(question, previous, expected):
    assert standalone(question, previous) == expected


def test_is_followup():
    assert is_followup("When did it happen?")
    assert not is_followup("When did the Normans conquer England and why did it matter so much?")


@pytest.mark.parametrize("name, safe", [
    ("../../etc/passwd", "etc_passwd"), ("..\\..\\win.ini", "win.ini"), ("Résumé (final).md", "Resume_final.md"),
    (".hidden.txt", "hidden.txt"), ("notes.HTML", "notes.html"),
])
def test_safe_names_stay_inside_the_folder(name, safe):
    assert safe_name(name) == safe


def test_store_upload_checks_type_size_and_encoding(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    good = tmp_path / "up.md"
    good.write_text("# Up\n\nSome text.")
    assert store_upload(good, "../../etc/evil.md", folder) == "etc_evil.md"
    assert (folder / "etc_evil.md").read_text() == "# Up\n\nSome text."
    assert store_upload(good, "../../etc/passwd", folder) == "etc_passwd.txt"
    assert store_upload(good, "/etc/passwd", folder) == "etc_passwd.txt"
    with pytest.raises(UploadError, match="only .htm"):
        store_upload(good, "..\\..\\Windows\\win.ini", folder)
    assert not (tmp_path / "etc").exists()
    bad = tmp_path / "bad.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(UploadError, match="not UTF-8"):
        store_upload(bad, "bad.txt", folder)
    with pytest.raises(UploadError, match="only .htm"):
        store_upload(good, "x.exe", folder)
    with pytest.raises(UploadError, match="over the"):
        store_upload(good, "big.md", folder, max_bytes=5)
    assert sorted(p.name for p in folder.iterdir()) == ["etc_evil.md", "etc_passwd.txt"]  # nothing else landed
