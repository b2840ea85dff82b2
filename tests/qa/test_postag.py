from qa.postag import common_word, proper_noun_at, tagged, verb_at


def test_tags_line_up_with_the_sentence():
    s = "Geneva was John Calvin’s adopted home, and/or his base."
    tags = tagged(s)
    assert [s[a:b] for a, b, _ in tags][:5] == ["Geneva", "was", "John", "Calvin", "’s"]
    assert dict((s[a:b], t) for a, b, t in tags)["adopted"] == "VBN"


def test_a_name_that_starts_a_sentence_is_told_from_a_capitalised_word():
    assert proper_noun_at("Geneva was his home.", 0)
    assert not proper_noun_at("However, Geneva was his home.", 0)
    assert not proper_noun_at("", 0)


def test_common_words_are_known_in_lower_case():
    assert all(common_word(w) for w in ("Union", "Town", "Democratic", "network"))
    assert not any(common_word(w) for w in ("Bessent", "Lifeng", "He", "Rollo"))


def test_a_verb_is_told_from_a_noun():
    q = "What did Tymnet connect?"
    assert verb_at(q, q.index("connect")) and not verb_at(q, q.index("Tymnet"))
