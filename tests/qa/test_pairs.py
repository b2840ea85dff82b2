from qa.pairs import pair_asked, two_asked
from tests.conftest import engine_on

TREATIES = ("The two primary sources of European Union law are the Treaty on European Union (TEU) and the Treaty "
            "on the Functioning of the European Union (TFEU).")
LEGISLATURE = "The legislature is composed of the European Parliament and the Council of the European Union."
TALKS = "Bessent suggested a delay to give Trump and Chinese President Xi Jinping time to negotiate directly."


def test_a_question_that_asks_for_two_things_of_a_kind():
    assert two_asked("What are the two primary sources of EU law?")
    assert two_asked("Which two leaders might meet in South Korea?")
    assert two_asked("Who were the two abbots at Fécamp Abbey?")
    assert not two_asked("What did the two sides hope to reduce?")  # two of the subject, not of what is asked
    assert not two_asked("Which of the two leaders threatened a tariff?")


def test_the_two_noun_phrases_an_and_joins_are_the_answer():
    assert pair_asked(TREATIES, "What are the two primary constitutional sources of the European Union?").text == \
        "Treaty on European Union (TEU) and the Treaty on the Functioning of the European Union (TFEU)"
    assert pair_asked(LEGISLATURE, "What are the two bodies that make up the legislature?").text == \
        "European Parliament and the Council of the European Union"
    assert pair_asked(TALKS, "Which two leaders might negotiate directly?").text == \
        "Trump and Chinese President Xi Jinping"  # not "... Xi Jinping time"
    assert pair_asked(TALKS, "Who negotiated directly?") is None  # no two asked for
    both = "The crisis had both inflationary and deflationary effects on trade."
    assert pair_asked(both, "What two effects were both inflationary and deflationary?") is None  # its own words


def test_the_engine_answers_two_with_the_pair(tmp_path):
    engine = engine_on(tmp_path, "eu.txt", f"{TREATIES}\n\n{LEGISLATURE}\n\nThe weather was fine.")
    answer = engine.ask("What are the two bodies that make up the legislature?")
    assert answer.text.startswith("European Parliament and the Council of the European Union")
