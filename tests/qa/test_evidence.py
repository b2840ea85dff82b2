import qa


def test_a_sentence_that_refers_back_counts_the_words_of_the_one_before(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "art.txt").write_text(
        "Norman art\nThe Bayeux Tapestry is a long embroidered cloth from Normandy. It was commissioned by Odo, "
        "a bishop. Another tapestry hangs in Paris.\n", encoding="utf-8")
    engine = qa.load(folder, embedder="hash", backend="none", index_dir=str(tmp_path / "idx"), progress=False)
    evidence, _ = engine.evidence("Who commissioned the Bayeux Tapestry?")
    assert evidence[0].text == "It was commissioned by Odo, a bishop."
    assert evidence[0].before == "The Bayeux Tapestry is a long embroidered cloth from Normandy."
    assert all(e.before == "" for e in evidence if not e.text.startswith("It "))
