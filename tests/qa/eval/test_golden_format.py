import json

import pytest

from qa.eval import GoldenFormatError, load_golden
from tests.conftest import ROOT

SQUAD_JSON = {"version": "v2.0", "data": [{"title": "Normans", "paragraphs": [{"context": "...", "qas": [
    {"id": "a1", "question": "Who was the Norse leader?", "answers": [{"text": "Rollo", "answer_start": 0},
                                                                    {"text": "Rollo", "answer_start": 9}],
     "is_impossible": False},
    {"id": "a2", "question": "Who gave their name to Normandy in the 1000's?", "answers": [], "is_impossible": True},
]}]}]}


def test_the_seed_golden_set():
    golden = load_golden(ROOT / "tests" / "golden" / "seed.yaml")
    unanswerable = [c for c in golden.cases if not c.answerable]
    assert len(golden.cases) >= 40 and len(unanswerable) >= 12
    assert golden.docs == ROOT / "seeds"
    assert all(c.sources == ("000_5689ba47ca710228.txt",) for c in golden.cases if c.answerable)
    assert all(c.sources == () for c in unanswerable)


@pytest.mark.parametrize("name", ["seed_paraphrased.yaml", "seed_dev.yaml", "seed_heldout.yaml"])
def test_the_other_seed_sets_load(name):
    golden = load_golden(ROOT / "tests" / "golden" / name)
    assert golden.docs == ROOT / "seeds"
    assert len({c.id for c in golden.cases}) == len(golden.cases)
    assert all(c.answers for c in golden.cases if c.answerable)
    assert any(not c.answerable for c in golden.cases)


def test_squad_json_and_jsonl(tmp_path):
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(SQUAD_JSON))
    cases = load_golden(path).cases
    assert cases[0].answers == ("Rollo",) and cases[0].sources == ("Normans.txt",)
    assert not cases[1].answerable
    lines = tmp_path / "q.jsonl"
    lines.write_text('{"id": "x", "q": "In what country is Normandy?", "a": ["France"], "doc": "Normans", "kind": "fact"}\n'
                     '{"id": "y", "q": "What is France a region of?", "a": [], "doc": "Normans", "kind": "unanswerable"}\n')
    cases = load_golden(lines).cases
    assert [c.answerable for c in cases] == [True, False] and cases[0].answers == ("France",)


@pytest.mark.parametrize("body, message", [
    ("cases: [{id: a, question: 'Q?'}]", "needs 'answers'"),
    ("cases: [{id: a, question: 'Q?', answers: [x]}, {id: a, question: 'R?', answers: [y]}]", "duplicate case id 'a'"),
    ("cases: [{id: a, question: 'Q?', answers: [x], colour: red}]", "unknown key(s) colour"),
    ("cases: [{question: 'Q?', answers: [x]}]", "'id' is required"),
    ("thresholds: {accuracy: 0.9}\ncases: [{id: a, question: 'Q?', answers: [x]}]", "unknown threshold"),
    ("cases: [}", "not valid YAML"),
    ("cases: []", "no cases"),
])
def test_format_errors_say_where_and_why(tmp_path, body, message):
    path = tmp_path / "g.yaml"
    path.write_text(body)
    with pytest.raises(GoldenFormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_golden(path)
