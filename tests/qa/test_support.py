import pytest

from qa.support import unsupported

CITED = ("On October 10, US President Donald Trump threatened to impose an additional 100% tariff "
         "on Chinese imports and implement export restrictions on strategic software by November 1.")


@pytest.mark.parametrize("answer", [
    "an additional 100% tariff",
    "Trump threatened a 100% tariff on Chinese imports.",
    "On October 10",
    "November 1",
    "Donald Trump",
    "He threatened tariffs",  # plural of a cited word
])
def test_supported(answer):
    assert unsupported(answer, CITED, "What tariff did Trump threaten?") == []


@pytest.mark.parametrize("answer, bad", [
    ("a 200% tariff", ["200"]),
    ("On October 10, 2023", ["2023"]),
    ("Joe Biden threatened it", ["joe", "biden"]),
    ("a tariff on Japanese cars", ["japanese", "car"]),
    ("in Seoul on November 1", ["seoul"]),
])
def test_unsupported(answer, bad):
    problems = unsupported(answer, CITED)
    for word in bad:
        assert any(p.startswith(word[:4]) for p in problems), (word, problems)


def test_words_from_the_question_are_allowed_but_not_names():
    assert unsupported("The tariff Trump threatened", CITED, "Which tariff did Trump threaten?") == []
    assert unsupported("Xi Jinping", CITED, "Did Xi Jinping reply?") != []
