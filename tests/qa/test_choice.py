from qa.choice import choice


def test_a_yes_no_question_with_two_named_options_becomes_two_questions():
    found = choice("Was the summit held in Kuala Lumpur or in Bangkok?")
    assert found.options == ("Kuala Lumpur", "Bangkok")
    assert found.questions == ("Was the summit held in Kuala Lumpur?", "Was the summit held in Bangkok?")
    found = choice("Did He Lifeng or Xi Jinping lead Beijing's delegation?")  # "Did" opens it, names no option
    assert found.questions == ("Did He Lifeng lead Beijing's delegation?", "Did Xi Jinping lead Beijing's delegation?")


def test_the_words_both_options_share_stay_in_each_question():
    found = choice("Did Trump threaten a 100% tariff or a 50% tariff?")
    assert found.options == ("100%", "50%")
    assert found.questions == ("Did Trump threaten a 100% tariff?", "Did Trump threaten a 50% tariff?")
    assert choice("Do the controls take effect on November 8 or November 1?").options == ("November 8", "November 1")


def test_options_set_apart_by_commas_make_a_choice_and_others_do_not():
    assert choice("Which city hosted the summit, Kuala Lumpur or Singapore?").questions == (
        "Which city hosted the summit, Kuala Lumpur?", "Which city hosted the summit, Singapore?")
    assert choice("Which city, Kuala Lumpur or Bangkok, hosted it?").options == ("Kuala Lumpur", "Bangkok")
    assert choice("Who showed that P = NP implies problems not in P or NP-complete?") is None  # asks for neither
    assert choice("Who or what is ASEAN?") is None
    assert choice("Was the FT quoting a Treasury spokesperson or a Commerce Ministry one?") is None  # no twin


def test_three_or_more_options_become_one_question_each():
    found = choice("Was the summit held in Bangkok, Jakarta or Kuala Lumpur?")
    assert found.options == ("Bangkok", "Jakarta", "Kuala Lumpur")
    assert found.questions[2] == "Was the summit held in Kuala Lumpur?"
    assert choice("Did He Lifeng, Xi Jinping or Li Qiang lead the delegation?").options == (
        "He Lifeng", "Xi Jinping", "Li Qiang")  # "Did" opens it
    assert choice("Was the tariff 50%, 100%, or 200%?").questions == (
        "Was the tariff 50%?", "Was the tariff 100%?", "Was the tariff 200%?")
    assert choice("What did the US, China and Japan agree?") is None  # a list, no choice


def test_the_engine_answers_with_the_option_the_documents_name(tmp_path):
    from tests.conftest import assert_citations_valid, engine_on

    engine = engine_on(tmp_path, "talks.txt",
                       "The summit was held in Kuala Lumpur on Friday.\n"
                       "Trump threatened an additional 100% tariff on Chinese imports.\n"
                       "The weather was mild all week.\n")
    a = engine.ask("Was the summit held in Kuala Lumpur or in Bangkok?")  # as one question: Bangkok is nowhere
    assert not a.refused and a.text == "Kuala Lumpur [1]." and "'Bangkok'" in a.note
    assert_citations_valid(engine, a)
    a = engine.ask("Did Trump threaten a 50% tariff or a 100% tariff?")
    assert not a.refused and a.text.startswith("100%")
    a = engine.ask("Was the summit held in Bangkok, Jakarta or Kuala Lumpur?")
    assert a.text == "Kuala Lumpur [1]." and a.note.startswith("of the 3 options")
    a = engine.ask("Was the summit held in Jakarta or in Bangkok?")  # neither: read whole, and refused
    assert a.refused and "jakarta" in a.note


def test_which_of_the_following_offers_the_options_after_the_colon(tmp_path):
    found = choice("Which of the following is on the list: lithium batteries, solar panels, or microchips?")
    assert found.options == ("lithium batteries", "solar panels", "microchips")
    assert found.questions[0] == "Is lithium batteries on the list?"
    assert choice("Which of these is not on the list: lithium batteries or solar panels?") is None  # which is not
    from tests.conftest import engine_on

    engine = engine_on(tmp_path, "controls.txt", "The ministry announced new export controls on November 8. "
                                                 "These include lithium batteries and graphite anodes.")
    a = engine.ask("Which of the following is on the export control list: lithium batteries, solar panels, or chips?")
    assert a.text == "lithium batteries [1]."
    assert engine.ask("Which of the following is on the export control list: solar panels or chips?").refused
