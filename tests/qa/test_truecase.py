from qa.truecase import Truecaser

TEXT = ("The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent. "
        "Talks were held in Malaysia on the sidelines of the ASEAN summit. Later, the Treasury said the "
        "talks went well. Summit organisers were pleased.")


def test_a_lower_case_question_gets_the_documents_capitals():
    t = Truecaser([TEXT])
    assert t("what position does he lifeng hold?") == "what position does He Lifeng hold?"
    assert t("where did the us and china's delegations meet?") == "where did the US and China's delegations meet?"
    assert t("what does asean stand for") == "what does ASEAN stand for"
    # "summit" is written in lower case in mid-sentence; "Summit" only opens a sentence
    assert t("which summit was it?") == "which summit was it?"


def test_a_country_or_nationality_the_documents_do_not_name():
    t = Truecaser([TEXT])
    assert t("who led the japanese delegation?") == "who led the Japanese delegation?"
    assert t("was it in france?") == "was it in France?"


def test_a_question_with_capitals_is_left_as_written():
    t = Truecaser([TEXT])
    for question in ("Who is the treasury secretary?", "Where did the us delegation meet?"):
        assert t(question) == question


def test_a_word_nobody_knows_is_a_name_and_a_possessive_gets_its_apostrophe():
    t = Truecaser([TEXT])
    assert t("which summit was held in bangkok") == "which summit was held in Bangkok"  # not in the documents
    assert t("who won the trade war") == "who won the trade war"  # known words stay as they are
    assert t("who hosted malaysias summit") == "who hosted Malaysia's summit"


def test_the_initials_of_a_name_of_the_documents_are_capitals():
    t = Truecaser([TEXT + " It was quoted by the Financial Times."])
    assert t("what day was the ft report") == "what day was the FT report"  # retrieval spells "FT" out
    assert t("what did the ft say to him") == "what did the FT say to him"  # only the initials
