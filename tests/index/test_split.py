import pytest

from index import Document, sentence_spans, split_document


@pytest.mark.parametrize("text, expected", [
    ("One. Two! Three?", ["One.", "Two!", "Three?"]),
    ("Mr. Smith met Dr. Jones at 3 p.m. today. Then he left.", ["Mr. Smith met Dr. Jones at 3 p.m. today.", "Then he left."]),
    ("It cost $3.50 in the U.S. last year. Prices rose.", ["It cost $3.50 in the U.S. last year.", "Prices rose."]),
    ("J. K. Rowling wrote it. She did.", ["J. K. Rowling wrote it.", "She did."]),
    ('He said "Stop." Then silence.', ['He said "Stop."', "Then silence."]),
    ("A heading\nFirst sentence here. Second one.", ["A heading", "First sentence here.", "Second one."]),
    ("A hard-wrapped line that goes on\nand on until it ends. Next.", ["A hard-wrapped line that goes on\nand on until it ends.", "Next."]),
    ("Para one.\n\n-\n\nPara two", ["Para one.", "Para two"]),
    ("  leading space. trailing  ", ["leading space. trailing"]),
    ("", []),
    ("Others included Jacques Lefevre (c. 1455-1536). He taught.", ["Others included Jacques Lefevre (c. 1455-1536).",
                                                                    "He taught."]),  # circa
    ("It had ca. 2 million people, as Smith et al. found. Then it fell.",
     ["It had ca. 2 million people, as Smith et al. found.", "Then it fell."]),
])
def test_sentence_spans(text, expected):
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == expected


def test_long_sentence_is_cut_at_whitespace():
    text = " ".join(["word"] * 1000)
    spans = sentence_spans(text, max_chars=100)
    assert all(e - s <= 100 for s, e in spans)
    assert " ".join(text[s:e] for s, e in spans) == text


def _doc(text: str) -> Document:
    return Document("a.txt", text, "A", "0")


def test_chunks_keep_offsets_and_whole_sentences():
    text = "\n".join(f"Sentence number {i} says something about topic {i}." for i in range(40))
    chunks = split_document(_doc(text), chunk_chars=200, overlap_sentences=1)
    assert len(chunks) > 5
    for chunk in chunks:
        assert text[chunk.start:chunk.end] == chunk.text
        assert chunk.sentences[0][0] == chunk.start and chunk.sentences[-1][1] == chunk.end
        assert len(chunk.text) <= 200
    for a, b in zip(chunks, chunks[1:]):
        assert a.sentences[-1] == b.sentences[0]  # one sentence of overlap
    covered = {s for c in chunks for s in c.sentences}
    assert covered == set(sentence_spans(text))


def test_chunk_ids_are_stable_and_distinct():
    text = "Alpha is first. Beta is second. Gamma is third."
    first = split_document(_doc(text), chunk_chars=20, overlap_sentences=0)
    again = split_document(_doc(text), chunk_chars=20, overlap_sentences=0)
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == len(first) == 3


def test_offsets_survive_crlf_and_unicode():
    text = "Café “quoted” line.\r\nZürich is next — really. Ω end."
    for s, e in sentence_spans(text):
        assert text[s:e].strip() == text[s:e] and text[s:e]
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Café “quoted” line.", "Zürich is next — really.", "Ω end."]
