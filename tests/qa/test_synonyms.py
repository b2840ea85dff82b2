from qa.evidence import term_coverage
from qa.retrieve import KeywordIndex
from qa.synonyms import plain, synonyms
from qa.text import content_terms, stem

SENTENCES = ["The delegations were led by Vice Premier He Lifeng and Treasury Secretary Scott Bessent.",
             "Both governments assess the economic stakes of a prolonged confrontation.",
             "The meetings were held in Malaysia on the sidelines of the summit."]
KEYWORDS = KeywordIndex(SENTENCES + ["Unrelated text about weather."])


def covered(question: str, sentence: str) -> float:
    return term_coverage(content_terms(plain(question), drop_question_words=True), sentence, KEYWORDS)


def test_words_of_one_meaning_stand_for_each_other_in_any_form():
    assert stem("led") in synonyms(stem("headed")) and stem("headed") in synonyms(stem("led"))
    assert stem("assess") in synonyms(stem("weighing"))
    assert stem("said") in synonyms(stem("claimed")) and stem("negotiations") in synonyms(stem("talks"))
    assert stem("buy") not in synonyms(stem("terminate"))  # each group is whole, and only itself
    assert synonyms(stem("state")) == frozenset()  # two senses (say / nation): not in the list
    assert stem("tariff") not in synonyms(stem("tax"))
    assert stem("led") in synonyms(stem("runs")) and stem("concerns") in synonyms(stem("fears")) and stem("triggered") in synonyms(stem("sparked"))
    assert stem("include") in synonyms(stem("covered"))  # "What anodes do the controls cover?" - "These include ..."
    assert stem("spokesperson") in synonyms(stem("representative"))  # "a Treasury representative"
    assert stem("described") in synonyms(stem("characterised"))
    assert stem("threatened") in synonyms(stem("threat"))  # "Trump threat date"
    assert stem("sidelines") in synonyms(stem("margins"))  # "At which event's margins ...?" - "on the sidelines of"
    assert stem("said") in synonyms(stem("commented"))  # "Whose spokesperson commented ...?" - "according to ..."
    assert stem("held") in synonyms(stem("hosted"))  # "Which city hosted the summit?" - "held in Kuala Lumpur"
    assert stem("modernize") in synonyms(stem("upgrade"))  # "What does the Golden Fleet aim to upgrade?"


def test_a_set_phrase_is_read_as_one_word():
    assert plain("Where did the talks take place?") == "Where did the talks happen?"
    assert plain("The talks took place alongside which gathering?") == "The talks happen alongside which gathering?"
    assert plain("What's Bessent's first name?") == "What's Bessent's name?"  # a part of a name asks a name
    assert plain("What is his surname?") == "What is his name?"
    assert covered("What was Bessent's first name?", SENTENCES[0]) == 1.0
    assert plain("When do the curbs kick in?") == "When do the curbs take effect?"
    assert plain("When will the controls come into force?") == "When will the controls take effect?"
    assert plain("When is the controls' entry into force?") == "When is the controls' take effect?"
    assert plain("What do the talks point to?") == "What do the talks indicate?"
    assert plain("Who floated the idea of postponing the tariffs?") == "Who suggested postponing the tariffs?"
    assert plain("What might Washington put off?") == "What might Washington delay?"
    assert plain("Did Beijing hold off on the controls?") == "Did Beijing delay the controls?"
    assert stem("threaten") in synonyms(stem("warn"))  # "What did Trump warn he would impose?"
    assert stem("ease") in synonyms(stem("reduce"))


def test_a_synonym_covers_a_question_word():
    assert covered("Who headed the delegations?", SENTENCES[0]) == 1.0
    assert covered("What are both governments weighing?", SENTENCES[1]) == 1.0
    assert covered("Where did the meetings take place?", SENTENCES[2]) == 1.0
    assert covered("Who funded the delegations?", SENTENCES[0]) < 1.0  # no synonym: no cover


def test_a_synonym_may_count_for_less_than_the_word_itself():
    terms = content_terms("Who founded the network?", drop_question_words=True)
    sentence = "The network was established by Larry Roberts."
    assert term_coverage(terms, sentence, KEYWORDS) == 1.0
    assert 0.5 < term_coverage(terms, sentence, KEYWORDS, synonym_weight=0.5) < 1.0


def test_hints_curbs_and_gear():
    assert stem("suggested") in synonyms(stem("hint"))
    assert stem("controls") in synonyms(stem("curbs"))
    assert stem("pictured") in synonyms(stem("snapped"))  # "Who snapped the photo?"
    assert stem("equipment") in synonyms(stem("gear"))


def test_a_team_is_a_delegation_and_hoping_to_reduce_is_aiming_to_de_escalate():
    assert stem("delegation") in synonyms(stem("team"))
    assert stem("led") in synonyms(stem("chief"))  # "the Treasury chief": who leads it
    assert stem("aimed") in synonyms(stem("hope"))
    assert stem("de-escalate") in synonyms(stem("reduce"))
