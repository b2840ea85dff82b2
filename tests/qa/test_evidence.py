import pytest

from tests.conftest import engine_on


@pytest.mark.parametrize("name, text, question, best, before", [
    # "It ...": the words of "the Bayeux Tapestry" count too
    ("art.txt", "Norman art\nThe Bayeux Tapestry is a long embroidered cloth from Normandy. It was commissioned "
                "by Odo, a bishop. Another tapestry hangs in Paris.\n",
     "Who commissioned the Bayeux Tapestry?", "It was commissioned by Odo, a bishop.",
     "The Bayeux Tapestry is a long embroidered cloth from Normandy."),
    # "the ministry": the name the sentence before gives it counts
    ("news.txt", "Trade news\nChina's Commerce Ministry confirmed the talks on Monday. Weeks earlier the ministry "
                 "announced export controls. The controls cover rare earths. Officials met in Kuala Lumpur.\n",
     "What did China's Commerce Ministry announce?", "Weeks earlier the ministry announced export controls.",
     "China's Commerce Ministry confirmed the talks on Monday."),
])
def test_a_sentence_that_refers_back_counts_the_words_of_the_one_before(tmp_path, name, text, question, best, before):
    engine = engine_on(tmp_path, name, text)
    evidence, _ = engine.evidence(question)
    assert evidence[0].text == best and evidence[0].before == before
    assert all(e.before == "" for e in evidence[1:])
    quoted = evidence[0].preceding().citation()
    assert engine.read(name)[quoted.start:quoted.end] == quoted.quote


def test_a_heading_is_no_evidence(tmp_path):
    engine = engine_on(tmp_path, "law.md",
                       "European Union law\nEuropean Union law is a body of treaties and legislation.\n"
                       "## Sources of European Union law\nThe treaties are the primary source.\n")
    evidence, _ = engine.evidence("What is European Union law?")
    assert evidence[0].text == "European Union law is a body of treaties and legislation."
    assert not any(e.text in ("European Union law", "## Sources of European Union law") for e in evidence)


def test_is_heading():
    from qa.text import is_heading
    doc = "1973 oil crisis\nThe crisis began in 1973.\n-\nTrump and Xi meeting may influence outcomes\n## Install it\n"
    lines = doc.splitlines()
    found = {line: is_heading(doc, doc.index(line), doc.index(line) + len(line)) for line in lines}
    assert found == {"1973 oil crisis": True, "The crisis began in 1973.": False, "-": True,
                     "Trump and Xi meeting may influence outcomes": False, "## Install it": True}
    assert not is_heading("In 1973 oil crisis began", 3, 15)  # part of a line
