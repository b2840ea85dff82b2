from tests.conftest import engine_on


def test_a_sentence_that_refers_back_counts_the_words_of_the_one_before(tmp_path):
    engine = engine_on(tmp_path, "art.txt",
                       "Norman art\nThe Bayeux Tapestry is a long embroidered cloth from Normandy. It was commissioned "
                       "by Odo, a bishop. Another tapestry hangs in Paris.\n")
    evidence, _ = engine.evidence("Who commissioned the Bayeux Tapestry?")
    assert evidence[0].text == "It was commissioned by Odo, a bishop."
    assert evidence[0].before == "The Bayeux Tapestry is a long embroidered cloth from Normandy."
    assert all(e.before == "" for e in evidence if not e.text.startswith("It "))


def test_a_sentence_that_calls_a_body_by_its_kind_counts_its_name_in_the_sentence_before(tmp_path):
    engine = engine_on(tmp_path, "news.txt",
                       "Trade news\nChina's Commerce Ministry confirmed the talks on Monday. Weeks earlier the ministry "
                       "announced export controls. The controls cover rare earths. Officials met in Kuala Lumpur.\n")
    evidence, _ = engine.evidence("What did China's Commerce Ministry announce?")
    assert evidence[0].text == "Weeks earlier the ministry announced export controls."
    assert evidence[0].before == "China's Commerce Ministry confirmed the talks on Monday."
    quoted = evidence[0].preceding().citation()
    assert engine.read("news.txt")[quoted.start:quoted.end] == quoted.quote


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
