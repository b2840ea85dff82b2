import os
import subprocess
import sys

import pytest

from qa.opposites import reversed_order, swapped


@pytest.mark.parametrize("question, sentence, swap", [
    ("What is the least critical resource?", "The most critical resource is time.", ("least", "most")),
    ("What operated among a decreasing plurality of systems?", "The EU operated among an increasing plurality.",
     ("decreasing", "increasing")),
    ("How does one obtain an indefinite definition?", "To obtain a definite definition, decide.", ("indefinite", "definite")),
    ("Which problems are unsolved?", "These problems are solved.", ("unsolved", "solved")),
    ("What did the authorities regard as necessary?", "They regarded the treatment unnecessary.",
     ("necessary", "unnecessary")),
    ("What happens when it divides the list in thirds?", "It divides the list in half.", ("thirds", "half")),
    ("Built with four layers, what did it become?", "Built with three layers, it grew.", ("four", "three")),
    ("After the introduction of X.25, how many networks were there?",
     "Before the introduction of X.25, about twenty networks had been developed.", ("after", "before")),
    ("Which machine may have many possible past actions?", "It may have many possible future actions.",
     ("past", "future")),
    ("What eased the pressure on Beijing?", "Trump threatened a tariff, intensifying the pressure on Beijing.",
     ("eased", "intensifying")),
    ("What was pictured after the summit?", "The logo is pictured ahead of the summit.", ("after", "ahead")),
    ("What do families earning less pay?", "Families earning more pay no more than 10%.", ("less", "more")),
    ("How were non-local area networks established?", "It allowed local area networks to be established.",
     ("nonlocal", "local")),  # a hyphenated prefix negates as a joined one does
    ("When was the Parental Leave directive rejected?", "The UK subsequently adopted the Parental Leave Directive in "
     "1996.", ("rejected", "adopted")),
    ("How does one measure the simplicity of a computational problem?", "To measure the difficulty of solving a "
     "computational problem, one may count the time it takes.", ("simplicity", "difficulty")),
])
def test_a_word_swapped_for_its_opposite(question, sentence, swap):
    assert swapped(question, sentence) == swap


@pytest.mark.parametrize("question, sentence", [
    ("Is the answer simple or complex?", "The answer is complex."),  # the question names both
    ("How large was the tariff?", "A large tariff, and a small one."),  # the sentence has the word itself
    ("Who led the delegation?", "The delegations were led by He Lifeng."),
    ("What information did they share?", "The formation was shared."),  # not a negating prefix of a word
    ("How long is one term of the president?", "The president serves three years."),  # "one" as in "a"
    ("When was the Parental Leave directive adopted?", "The UK subsequently adopted the Parental Leave Directive in "
     "1996."),
])
def test_no_swap(question, sentence):
    assert swapped(question, sentence) is None


def test_the_same_swap_at_every_run():
    """Two words could be named ("two", "halves"): the one the sentence says first, whatever the hash seed."""
    code = "from qa.opposites import swapped; print(swapped('Is it cut in thirds?', 'It is cut into two halves.'))"
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(6)}
    assert seen == {"('thirds', 'two')"}


def test_light_and_heavy_are_opposites():
    from qa.opposites import swapped
    sentence = "These include medium and heavy rare-earth elements and lithium batteries."
    assert swapped("Which light rare-earth elements are exempt?", sentence) is not None
    assert swapped("Which heavy rare-earth elements are covered?", sentence) is None
    # exempt is the opposite of included (or covered)
    assert swapped("Which rare-earth elements are exempt from the controls?", sentence) == ("exempt", "include")


def test_before_and_after_the_other_way_round_say_the_same():
    s = "The discussions came just weeks after the ministry announced new export controls."
    assert swapped("How long before the talks were the export controls announced?", s) is None
    assert swapped("Which controls did the ministry announce before the talks?", s) is None
    assert swapped("How long before the ministry announced the controls did the talks come?", s) == \
        ("before", "after")  # it puts the talks before the announcement: the sentence says after
    assert swapped("What happened before the summit?", "After the summit, the talks resumed.") == ("before", "after")


def test_lifting_a_tariff_is_the_opposite_of_imposing_it():
    threat = "Trump threatened to impose an additional 100% tariff on Chinese imports."
    assert swapped("When will the tariffs be lifted?", threat) == ("lifted", "impose")
    assert swapped("Why did Trump cancel the tariff?", threat) == ("cancel", "impose")
    assert swapped("What tariff did Trump threaten to impose?", threat) is None


def test_refusing_is_the_opposite_of_agreeing():
    s = "Ireland refused to ratify the treaty in 2007, then approved it after a second vote."
    assert swapped("What year did Ireland agree to the treaty?", s) == ("agree", "refused")
    assert swapped("Which country confirmed the plan?", "The ministry denied the plan.") == ("confirmed", "denied")
    assert swapped("What year did Ireland refuse the treaty?", s) is None


def test_the_same_before_or_after_the_other_way_round_is_another_order():
    s = "The discussions came just weeks after the ministry announced new export controls."
    assert reversed_order("What did the ministry announce after the discussions?", s) == "after"
    assert reversed_order("What came after the ministry announced new export controls?", s) is None  # as told
    assert reversed_order("What did the ministry announce before the discussions?", s) is None  # "before": see swapped


def test_a_before_that_ends_the_question_says_before_what_no_more_than_the_sentences_after():
    s = "The discussions came just weeks after the ministry announced new export controls."
    assert swapped("What had the ministry announced weeks before?", s) is None  # before the discussions: as told
    assert swapped("What had the ministry announced before the discussions?", s) is None


@pytest.mark.parametrize("question, sentence", [
    ("How long would the invasion of the Middle East last?", "The occupation would last 10 years as the West "
     "developed alternatives."),  # words of names
    ("What is the most critical resource for non-deterministic machines?", "A non-deterministic machine uses time."),
    ("What if P and co-NP are unequal?", "It is believed that NP is not equal to co-NP."),  # "not equal"
    ("Four year students must complete how many classes?", "Students complete a core of seven classes."),
    ("How much do families earning less pay?", "Families earning $150,000 pay no more than 10%."),  # "no more"
])
def test_no_swap_in_names_negations_or_a_kind(question, sentence):
    assert swapped(question, sentence) is None


def test_a_verb_undone_by_de_is_its_opposite():
    s = "Officials aimed to de-escalate rising trade tensions."
    assert swapped("What did officials hope to escalate?", s) == ("escalate", "de-escalate")
    assert swapped("What did officials hope to de-escalate?", s) is None
    assert swapped("What did officials de-escalate?", "Officials aimed to escalate tensions.") == \
        ("de-escalate", "escalate")
