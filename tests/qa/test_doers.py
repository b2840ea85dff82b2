import pytest

from qa.doers import (absent_doer, other_doer, unrealised_deed, untold_condition, untold_deed, untold_main_deed,
                      untold_topic, untold_undoing)
from qa.text import verbs

THREAT = ("On October 10, US President Donald Trump threatened to impose an additional 100% tariff on Chinese "
          "imports and implement export restrictions on strategic software by November 1.")


@pytest.mark.parametrize("question, sentence, doers", [
    ("What percentage tariff did China threaten on American goods?", THREAT, ("China", "US President Donald Trump")),
    ("What did Toyota rebrand its Forte as?", "Mitsubishi rebranded its Forte as the Dodge D-50.",
     ("Toyota", "Mitsubishi")),
    # saying is one deed, whichever verb says it
    ("What did Xi Jinping say about the negotiations?", "However, in a statement on October 13, Treasury Secretary "
     "Bessent suggested that Washington might delay the tariffs.", ("Xi Jinping", "Treasury Secretary Bessent")),
    ("When did Xi make a statement?", "However, in a statement on October 13, Treasury Secretary Bessent suggested "
     "a delay.", ("Xi", "Treasury Secretary Bessent")),  # "make a statement": a way of saying
    # a doer in what is said: "the headline say *China called* ..."
    ("What did the headline say China called the talks?", "US China talks in Malaysia called 'very constructive' by "
     "US Treasury", ("China", "US Treasury")),
    # a passive's speaker is who it is "according to"
    ("How did the Chinese side characterize the discussions?", "Trade discussions were described as very "
     "constructive, according to a US Treasury spokesperson quoted by the Financial Times.",
     ("the Chinese", "US Treasury")),
    # a yes/no question asks of a doer's deed as well
    ("Did Xi suggest a delay to the tariffs?", "Treasury Secretary Bessent suggested that Washington might delay the "
     "tariffs.", ("Xi", "Treasury Secretary Bessent")),
])
def test_a_deed_the_sentence_gives_to_another_named_doer(question, sentence, doers):
    assert other_doer(question, sentence) == doers


@pytest.mark.parametrize("question, sentence", [
    ("What percentage tariff did Trump threaten on Chinese goods?", THREAT),  # the same doer
    ("What percentage tariff did the US threaten?", THREAT),  # the doer's nation: "US President ..."
    ("What did the UK ban on Sundays?", "The UK, Germany, Italy and Norway banned driving on Sundays."),  # a list
    ("When did Herve serve as a general?", "One of the first Norman mercenaries to serve as a general was Hervé."),
    ("What did China threaten?", "It threatened to impose a tariff on Chinese imports."),  # no name: no telling
    ("How many valves did the Rumford engine use?", "Watt used four valves in his engine."),  # "engine" is no verb
    ("What did Japan lift in 1974?", "Japan and Israel lifted the ban in 1974."),
    ("What did Bessent say?", "Treasury Secretary Bessent suggested that Washington might delay the tariffs."),
    ("When did Bessent make a statement?", "In a statement on October 13, Treasury Secretary Bessent suggested a "
     "delay."),
    ("What did the headline say US Treasury called the talks?", "US China talks in Malaysia called 'very "
     "constructive' by US Treasury"),
    # a passive leaves the speaker unsaid before the verb ("according to ..." comes after it)
    ("What did the Financial Times say about the talks?", "Trade discussions between the United States and China "
     "were described as very constructive, according to a spokesperson quoted by the Financial Times."),
    ("What did China say about the talks?", "The United States and China held talks."),  # "States" is no verb
    ("In what year did Joseph Willard die?", "David Tappan died in 1803 and President Joseph Willard died in 1804."),
])
def test_no_other_doer(question, sentence):
    assert other_doer(question, sentence) is None


CONTROLS = "These include lithium batteries and artificial graphite anodes."


@pytest.mark.parametrize("question, sentences, doer", [
    ("What did Bessent say about rare earths?", [CONTROLS, "The ministry announced new export controls."], "Bessent"),
    ("What event did Cornell win in 2003?", ["Harvard also won the sailing championships in 2003."], "Cornell"),
    ("What did Japan lift in March 1974?", ["Arab oil producers agreed to lift the embargo in March 1974."], "Japan"),
    ("What did the Malaysian government say about the talks?", ["Both governments assess the stakes."],
     "the Malaysian"),
])
def test_a_deed_asked_of_a_doer_the_evidence_does_not_name(question, sentences, doer):
    assert absent_doer(question, sentences) == doer


@pytest.mark.parametrize("question, sentences", [
    ("What did Bessent say?", ["Treasury Secretary Scott Bessent suggested a delay."]),
    ("What did Bessent say?", [CONTROLS, "Bessent listed the new export controls."]),  # the sentence referred to
    ("What did Bessent say?", ["He said the talks were very constructive."]),  # "he" may be Bessent
    ("Where did the Huguenots settle?", ["Many Huguenots settled near Charleston."]),  # plural
    ("What did the Apple system assign?", ["The AppleTalk system assigned addresses."]),  # a name within a word
    ("When do China's new export controls come into force?", ["The ministry's controls take effect soon."]),  # "new"
    ("When did the FT quote the spokesperson?", ["A spokesperson was quoted by the Financial Times."]),  # initials
])
def test_a_doer_named_or_standing_in_the_evidence(question, sentences):
    assert absent_doer(question, sentences) is None


def test_a_doer_called_by_office_is_whom_the_document_calls_so():
    document = "On October 10, US President Donald Trump threatened a tariff. Chinese President Xi Jinping replied."
    headline = ["Read more: Trump to attend Thailand-Cambodia ceasefire at ASEAN summit"]
    assert absent_doer("Which ceasefire will the US president attend?", headline, document) is None
    assert absent_doer("Which ceasefire will the American president attend?", headline, document) is None
    assert absent_doer("Which ceasefire will the Chinese president attend?", headline, document) == "the Chinese"
    assert absent_doer("Which ceasefire will the US president attend?", headline) == "the US"  # no document: no name
    # ... and so is another doer of the deed asked: the office's holder is the nation's
    assert other_doer("What did the Chinese president threaten?", THREAT, document) == \
        ("the Chinese president", "US President Donald Trump")
    assert other_doer("What did the American president threaten?", THREAT, document) is None
    assert other_doer("Which ceasefire will the American president attend?", headline[0], document) is None


def test_a_deed_the_text_never_tells_of():
    from qa.doers import absent_deed
    caption = "The logo is pictured in front of the Petronas Twin Towers in Kuala Lumpur (AP Photo/Vincent Thian)"
    assert absent_deed("Who welcomed the delegations to Kuala Lumpur?", caption) == "welcomed"
    assert absent_deed("Who painted the logo?", caption) == "painted"
    assert absent_deed("Who photographed the logo?", caption) is None  # "pictured": the same meaning
    led = "The delegations were led by Vice Premier He Lifeng."
    assert absent_deed("Who headed the delegations?", led) is None  # a word of the same meaning
    assert absent_deed("Who is the vice premier?", led) is None  # no verb of its own
    assert absent_deed("Who made the statement?", led) is None  # a light verb says too little
    ceasefire = "Read more: Trump to attend Thailand-Cambodia ceasefire at ASEAN summit"
    assert absent_deed("Who brokered the Thailand-Cambodia ceasefire?", ceasefire) == "brokered"  # tagged JJ
    meeting = "Washington might delay the tariffs to give Trump and Xi time during a planned meeting in South Korea."
    assert absent_deed("Who will host the meeting in South Korea?", meeting) == "host"  # tagged NN after "will"
    assert absent_deed("What did Xi offer Trump?", meeting) == "offer"  # tagged NN after "did" and a name
    threat = "Trump threatened a tariff, intensifying the pressure on Beijing."
    assert absent_deed("Whom was the threat meant to pressure?", threat) is None  # the deed after "meant to"
    assert absent_deed("Whom was the threat meant to punish?", threat) == "punish"
    assert absent_deed("Who won the conflict?", threat) == "won"  # a verb, not the stop word of "won't"
    assert absent_deed("Who might delay the tariffs?", meeting) is None


def test_a_doer_after_by_is_no_other_doer():
    sentence = "The talks were constructive, according to a US Treasury spokesperson quoted by the Financial Times."
    assert other_doer("Who did the Financial Times quote?", sentence) is None
    assert other_doer("Who did Reuters quote?", "A spokesperson quoted the Financial Times.") is None  # no name


@pytest.mark.parametrize("question, text, deed", [
    ("What did Bessent say to He Lifeng?", "The delegations were led by He Lifeng and Scott Bessent, who met.", "say"),
    ("How did Beijing respond to the tariff threat?", "Trump threatened a tariff, raising the pressure on Beijing.",
     "respond"),
    ("What did Bessent suggest?", "Bessent suggested that Washington might delay the tariffs.", None),  # told
    ("What did Trump heighten?", "Trump intensified the pressure on Beijing.", None),  # a word of the same meaning
    ("What did Bessent say?", "Bessent suggested that Washington might delay the tariffs.", None),  # a way of saying
    ("What did the FT say about the talks?", "The talks were 'very constructive', according to the FT.", None),
    ("What did the officials hope to ease?", "Officials aimed to ease tensions.", None),  # no named doer
    ("Why did Bessent travel?", "Bessent met He Lifeng in Malaysia.", None),  # "why" asks no deed of him
    ("What did Xi offer Trump?", "Trump and Xi meeting may influence outcomes", "offer"),  # "offer" tagged a noun
    ("What might Washington hold back?", "Washington might delay the tariffs.", None),  # a phrasal verb
    # a deed done, its doer unnamed; not a state ("What is included ...?")
    ("What was agreed at the talks?", "The talks were described as very constructive.", "agreed"),
    ("What was announced before the talks?", "The ministry announced export controls.", None),
    ("What is included in each label?", "Each packet is labeled with an address.", None),
    # "how much", "how many (of what)" ask of the deed too
    ("How much did Trump cut the tariff by?", "Trump threatened an additional 100% tariff.", "cut"),
    ("How many tariffs did Trump threaten?", "Trump threatened an additional 100% tariff.", None),
])
def test_a_deed_asked_of_a_named_doer_must_be_told(question, text, deed):
    from qa.doers import untold_deed
    assert untold_deed(question, text) == deed


def test_what_was_said_about_a_topic_the_evidence_never_names_is_untold():
    s = "Trade discussions between the United States and China were described as very constructive, " \
        "according to a US Treasury spokesperson quoted by the Financial Times."
    assert untold_topic("What did the Financial Times say about Xi?", s) == "Xi"
    assert untold_topic("What did the Financial Times say about the discussions?", s) is None
    assert untold_topic("What did the FT say about the negotiations?", s) is None  # a word of the same meaning
    assert untold_topic("What did the FT report about Chinese trade?", s) is None  # "China"
    assert untold_topic("What did the Financial Times say?", s) is None  # no topic asked


def test_the_body_a_sentence_names_by_its_kind_may_be_the_nation_asked_about():
    told = ["These include medium and heavy rare-earth elements and lithium batteries.",
            "The discussions came just weeks after the ministry announced new export controls."]
    assert absent_doer("Which batteries did China restrict?", told) is None  # "the ministry": China's, maybe
    assert absent_doer("What did Bessent say about rare earths?", told) == "Bessent"  # no person's


def test_a_passive_headline_names_its_doer_after_by():
    headline = "US China talks in Malaysia called ‘very constructive’ by US Treasury"
    assert other_doer("What did the Treasury call the talks?", headline) is None
    assert other_doer("What did Japan call the talks?", headline) is not None  # the Treasury did
    # the agent after "by" is the doer, though the words before name the question's ("US *China* talks")
    assert other_doer("How did China describe the talks?", headline) == ("China", "US Treasury")


def test_a_verb_the_tagger_calls_a_noun_after_a_modal_and_a_name_is_the_deed():
    sentence = "Treasury Secretary Bessent suggested that Washington might delay the tariffs."
    assert other_doer("What might Beijing delay?", sentence) == ("Beijing", "Washington")
    assert other_doer("What might Washington delay?", sentence) is None


def test_the_deed_after_did_and_names_joined_by_and_is_the_verb():
    sentence = "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent."
    assert untold_deed("What did Scott Bessent and He Lifeng sign?", sentence) == "sign"
    assert untold_deed("What did Scott Bessent and He Lifeng lead?", sentence) is None
    assert verbs("How much capital did Danish law require?") == ["did", "require"]  # "law" is no verb


def test_undoing_must_be_told():
    told = "The ministry announced new export controls, set to take effect on November 8."
    assert untold_undoing("When will China lift the export controls?", told) == "lift"
    assert untold_undoing("Who might cancel the export controls?", told) == "cancel"
    assert untold_undoing("When will the export controls expire?", told) == "expire"  # an end of its own
    stay = "He would lead the delegation in Malaysia from October 24 to 27."
    assert untold_undoing("When did the talks end?", told, stay) is None  # a span that ends tells it
    assert untold_undoing("When did the talks end?", told) == "end"


def test_in_what_capacity_asks_of_a_named_doers_deed():
    from qa.doers import untold_deed
    told = "Trump and Chinese President Xi Jinping may negotiate directly in South Korea."
    assert untold_deed("In what capacity did Xi attend the summit?", told) == "attend"
    assert untold_deed("In what capacity will Xi negotiate?", told) is None
    assert untold_undoing("When do the export controls take effect?", told) is None  # no undoing asked
    assert untold_undoing("How many ended up in Ireland?", "Some 50,000 settled in Ireland.") is None  # "end up"
    assert untold_undoing("When did the US withdraw from it?", "In 1971 the US pulled out of the accord.") is None


def test_a_doer_and_its_deed_after_the_thing_asked_of():
    threat = "On October 10, US President Donald Trump threatened to impose an additional 100% tariff."
    assert other_doer("How large was the tariff China threatened?", threat) == ("China", "US President Donald Trump")
    assert other_doer("How large was the tariff Trump threatened?", threat) is None


MINISTRY = ("Earlier this week, China's Commerce Ministry confirmed Vice Premier He would lead Beijing's delegation in "
            "Malaysia from October 24 to 27.")


@pytest.mark.parametrize("question, sentence, told", [
    ("Who leads China's Commerce Ministry?", MINISTRY, ("leads", "China's Commerce Ministry", "Beijing's delegation")),
    ("Who replaced the Normans as the ruling class?", "The invading Normans replaced the Anglo-Saxons as the ruling "
     "class of England.", ("replaced", "the Normans", "the Anglo-Saxons")),
    ("Who led China's delegation?", MINISTRY, None),  # the same thing led ("delegation")
    ("Who heads the delegation?", MINISTRY, None),  # a synonym, the same thing
    ("Who led the delegations?", "The delegations were led by Vice Premier He Lifeng.", None),  # a passive
    ("Who won the Seven Years' War?", "Many took part in the British defeat of New France in the Seven Years' War.",
     None),  # "defeat" is a noun here
    ("Who leads the ministry?", "Vice Premier He would lead Beijing's delegation.", None),  # the ministry unnamed
    ("Who heads China's Commerce Ministry?", MINISTRY, ("heads", "China's Commerce Ministry",
                                                        "Beijing's delegation")),  # "heads" tagged a noun
])
def test_a_deed_the_sentence_does_to_another_thing_than_the_one_asked(question, sentence, told):
    from qa.doers import other_object
    assert other_object(question, sentence) == told


def test_a_thing_asked_to_be_placed_must_be_named_by_the_evidence():
    from qa.doers import unplaced_thing
    caption = "The ASEAN logo is pictured in front of the Petronas Twin Towers in Kuala Lumpur, Malaysia."
    assert unplaced_thing("where is the ASEAN headquarters", caption) == "ASEAN headquarters"
    assert unplaced_thing("Where is the ASEAN logo?", caption) is None
    assert unplaced_thing("Where is the ASEAN summit this year?", "The ASEAN summit is in Malaysia.") is None
    assert unplaced_thing("Where was the indicator shown?", caption) is None  # a verb: not a noun phrase alone


def test_a_doer_named_after_the_thing_asked_of():
    assert other_doer("The export restrictions China threatened concern what?", THREAT) == \
        ("China", "US President Donald Trump")
    assert other_doer("The export restrictions Trump threatened concern what?", THREAT) is None


def test_a_verb_after_to_is_done_by_the_doer_of_the_verb_before():
    assert other_doer("Why did China impose export controls?", THREAT) == ("China", "US President Donald Trump")
    assert other_doer("What did NSFNET promote?", "NSFNET was a program sponsored by the NSF beginning in 1985 to "
                      "promote research networking.") is None  # "1985 to promote": no verb before "to"


def test_a_doer_named_by_a_name_and_a_noun_says_something():
    headline = "US China talks in Malaysia called 'very constructive' by US Treasury"
    assert other_doer("What did the Chinese side call the discussions?", headline) == ("the Chinese", "US Treasury")
    assert other_doer("What did Malaysia's government say about the talks?", headline) == ("Malaysia", "US Treasury")


DELAY = ("However, in a statement on October 13, Treasury Secretary Bessent suggested that Washington might delay the "
         "tariffs to give Trump and Chinese President Xi Jinping time to negotiate directly.")


@pytest.mark.parametrize("question, sentence, doers", [
    # "is X to attend" asks X's deed; a headline's "Trump to attend" names its doer
    ("Which ceasefire is Xi to attend?", "Read more: Trump to attend Thailand-Cambodia ceasefire at ASEAN summit",
     ("Xi", "Trump")),
    # what a clause's doer does "to" after a modal is its own deed
    ("To whom might Beijing give time by delaying the export controls?", DELAY, ("Beijing", "Washington")),
    # a light verb's noun names the deed: "issue a threat" is "threaten"
    ("When did Xi issue a tariff threat?", THREAT, ("Xi", "US President Donald Trump")),
    # a passive of saying asks its agent's deed
    ("How were the talks characterised by Xi Jinping?", DELAY, ("Xi Jinping", "Treasury Secretary Bessent")),
    # titles and numerals are no names a doer shares with another
    ("When did King Harold II conquer England?", "In 1066, Duke William II of Normandy conquered England killing "
     "King Harold II at the Battle of Hastings.", ("King Harold II", "Duke William II Normandy")),
    # a deed named by a noun its doer owns: "Xi's statement", "Xi's tariff threat"
    ("When was Xi's statement made?", DELAY, ("Xi", "Treasury Secretary Bessent")),
    ("On what date did Xi's tariff threat come?", THREAT, ("Xi", "US President Donald Trump")),
])
def test_doers_told_in_other_ways(question, sentence, doers):
    assert other_doer(question, sentence) == doers


@pytest.mark.parametrize("question, sentence", [
    ("Which ceasefire is Trump to attend?", "Read more: Trump to attend Thailand-Cambodia ceasefire at ASEAN summit"),
    ("To whom might Washington give time by delaying the tariffs?", DELAY),
    ("When did Trump issue a tariff threat?", THREAT),
    ("What reason did Bessent give for possibly postponing the tariffs?", DELAY),  # "give" with nothing after it
    ("How were the talks characterised by Bessent?", DELAY),
    ("When was Bessent's statement made?", DELAY),
    ("On what date did Trump's tariff threat come?", THREAT),
    # the verb after the owned noun is no deed of its owner: "He's role *confirmed*"
    ("By whom was Vice Premier He's role confirmed?", "China's Commerce Ministry confirmed Vice Premier He would "
     "lead Beijing's delegation."),
    ("What was the deadline for Trump's software export limits?", THREAT),
    # "Vice Premier He" is "He Lifeng"
    ("Over what period was He Lifeng to lead the delegation?", "Earlier this week, China's Commerce Ministry "
     "confirmed Vice Premier He would lead Beijing's delegation in Malaysia from October 24 to 27."),
])
def test_the_same_doer_told_in_other_ways(question, sentence):
    assert other_doer(question, sentence) is None


def test_a_hypotheticals_condition_must_be_told():
    told = "US and Chinese officials held very constructive trade talks in Malaysia."
    assert untold_condition("What would happen if the talks failed?", told) == "failed"
    assert untold_condition("What would happen if the officials held talks?", told) is None  # told
    assert untold_condition("If two officials talked, what did they hold?", told) is None  # a premise, no hypothetical


def test_a_name_after_a_preposition_is_a_place_not_a_doer():
    sentence = "Bessent suggested a delay to give Trump and Xi time to negotiate during a planned meeting in South Korea."
    assert other_doer("Is a meeting in South Korea planned?", sentence) is None
    assert other_doer("How large was the tariff China threatened?", THREAT) == ("China", "US President Donald Trump")


def test_a_passive_of_saying_names_its_agent_after_other_names():
    told = "Treasury Secretary Bessent suggested a delay before a planned meeting in South Korea."
    assert other_doer("Was the meeting in South Korea confirmed by Beijing?", told) == \
        ("Beijing", "Treasury Secretary Bessent")


VISIT = "Vice Premier He would lead Beijing's delegation in Malaysia from October 24 to 27 for direct talks."


def test_a_span_of_time_tells_when_what_spans_it_begins_and_ends():
    from qa.doers import absent_deed, spanned
    assert spanned("end", VISIT) and spanned("began", VISIT)
    assert not spanned("end", "Trump threatened a tariff on October 10.")  # one day: no span
    assert not spanned("signed", VISIT)  # only beginning, ending and lasting
    assert untold_undoing("When did He Lifeng's stay in Malaysia end?", VISIT) is None
    assert absent_deed("When did the visit begin?", VISIT) is None
    # a stay, a visit, a trip: its span answers how long it was, not when one took place
    assert spanned("stay", VISIT, "How long was He Lifeng to stay in Malaysia?")
    assert spanned("trip", VISIT, "What are the dates of his trip?")
    assert not spanned("visit", VISIT, "When will Trump visit Beijing?")
    assert not spanned("last", VISIT, "How long did the talks last each day?")  # a day's hours: no span tells them


def test_a_rise_to_office_must_be_told():
    from qa.doers import untold_office
    assert untold_office("When did He Lifeng become vice premier?", VISIT) == "become vice premier"
    assert untold_office("How long has He been premier?", VISIT) == "been premier"
    assert untold_office("When did Louis become king?", "Louis XIV gained the throne in 1643.") is None
    assert untold_office("When did He Lifeng lead the delegation?", VISIT) is None  # no office asked
    assert untold_office("Who took over as treasury secretary after Bessent?", VISIT) == \
        "took over as treasury secretary"  # taking over an office is a rise to it
    assert untold_office("Who succeeded Bessent as treasury secretary?", VISIT) == \
        "succeeded Bessent as treasury secretary"


def test_a_thing_the_question_owns_is_made_by_the_verb_before_it():
    # "Xi's export limits" of "Trump ... implement export restrictions": a word of the same meaning, its verb's doer
    doers = other_doer("What was the deadline for Xi's software export limits?", THREAT)
    assert doers is not None and doers[0] == "Xi" and "Trump" in doers[1]


def test_a_thing_told_only_as_one_that_may_happen_did_not_happen():
    from qa.doers import unrealised
    s = ("The delegations met amid concerns over a potential trade war. Bessent suggested a delay to give Trump and "
         "Xi time to negotiate during a planned meeting in South Korea.")
    assert unrealised("How long did the trade war last?", s) == "potential trade war"
    assert unrealised("What was the outcome of the meeting in South Korea?", s) == "planned meeting"
    assert unrealised("What was the purpose of the planned meeting?", s) is None  # the question knows
    assert unrealised("What did the moves trigger?", s) is None  # takes nothing as done
    assert unrealised("How long did the war last?", "The war lasted years; a potential war loomed.") is None  # told


def test_what_a_doer_said_is_answered_by_the_sentence_that_tells_of_saying():
    from qa.doers import speaker_first
    from qa.types import Evidence
    led = "The delegations were led by He Lifeng and Treasury Secretary Scott Bessent."
    said = "In a statement on October 13, Bessent suggested that Washington might delay the tariffs."
    evidence = [Evidence("a.txt", 0, len(led), led, 0.7), Evidence("a.txt", 100, 100 + len(said), said, 0.6)]
    assert [e.text for e in speaker_first("What did Bessent say?", evidence)] == [said, led]
    assert speaker_first("What did Bessent say about rare earths?", evidence) == evidence  # a topic: as ranked
    assert speaker_first("Who led the delegations?", evidence) == evidence


def test_the_main_deed_of_a_subject_with_a_relative_clause_must_be_told():
    told = "In a statement on October 13, Treasury Secretary Bessent suggested that Washington might delay the tariffs."
    assert untold_main_deed("When did the official who suggested a delay resign?", told) == "resign"
    assert untold_main_deed("When did the official who suggested a delay speak?", told) is None  # saying
    assert untold_main_deed("When did the official who suggested a delay make his statement?", told) is None
    assert untold_main_deed("When did Bessent resign?", told) is None  # no relative clause: other checks


def test_a_deed_told_only_as_what_may_be_done_is_not_done():
    delay = "Bessent suggested that Washington might delay the tariffs."
    assert unrealised_deed("On what date did Washington delay the tariffs?", delay) == "delay"
    assert unrealised_deed("What did Bessent say Washington might do?", delay) is None  # the question says "might"
    threat = "Trump threatened to impose an additional 100% tariff on Chinese imports."
    assert unrealised_deed("When was the tariff imposed?", threat) == "imposed"
    assert unrealised_deed("What did Trump threaten on Chinese imports?", threat) is None  # the threat was made
    lead = "The ministry confirmed Vice Premier He would lead Beijing's delegation."
    assert unrealised_deed("Which delegation did He lead?", lead) is None  # reported as to come: it was
    controls = "The ministry announced export controls, set to take effect on November 8."
    assert unrealised_deed("When did the export controls take effect?", controls) is None  # fixed to come
