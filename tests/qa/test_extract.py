import pytest

from qa.extract import (DATE, GROUP, NUMBER, ORG, OTHER, PERSON, PLACE, ROLE, Span, answer_type, appositive,
                        candidates, city_in_country, continuation, doer_nations, fuller_name, holds_asked_name,
                        kind_phrases, list_item,
                        name_part, named_part, names_kind, nation_of, part_of_name, quoted_name, roles, snap, unnamed,
                        without_asked_title)
from qa.places import places_in
from qa.text import asked_noun, nations

S = ("The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent, "
     "who met in Kuala Lumpur on October 25, 2025 to discuss a 100% tariff.")


@pytest.mark.parametrize("question, kind", [
    ("Who led the Chinese delegation?", PERSON), ("When did they meet?", DATE),
    ("In what year was it built?", DATE), ("How many people came?", NUMBER),
    ("Where did they meet?", PLACE), ("Which city hosted the talks?", PLACE),
    ("What were the two sides worried about when they met?", OTHER), ("Why did they meet?", OTHER),
    ("In 1990, who won the cup?", PERSON), ("What percentage was the tariff?", NUMBER),
    ("Who led Richard's troops when Cyprus was conquered?", PERSON),  # a later "when" opens a clause
    ("Why was the lawyer who moved to Belgium refused?", OTHER), ("When did the men who fled return?", DATE),
    ("Tell me the one who founded the college.", PERSON),  # no wh-word first: "who" is what is asked
    ("What Swiss city was the centre of the movement?", PLACE), ("What London neighbourhood attracted them?", PLACE),
    ("Which individual is the school named after?", PERSON), ("Which Malaysian minister hosted the talks?", PERSON),
    ("What type of engines became widespread?", OTHER),
    ("On which dates was the delegation due?", DATE), ("In what centuries did it flourish?", DATE),
    ("What were the dates of the delegation's visit?", DATE),
    ("Which weekday was the photo taken?", DATE),
    ("Which officials led the talks?", PERSON), ("Which US official led the delegation?", PERSON),
    ("Which cities hosted the games?", PLACE), ("What position does He Lifeng hold?", ROLE),
    ("What is Scott Bessent's job?", ROLE), ("What post does Scott Bessent hold?", ROLE),
    ("In what capacity did He Lifeng lead the delegation?", ROLE), ("What capacity does Wembley Stadium have?", NUMBER),
    ("What president eliminated the Christian position in the curriculum?", PERSON),
    ("What is Scott Bessent's age?", NUMBER), ("What was Malaysia's population?", NUMBER),
    ("What is China's policy?", OTHER), ("What role do the talks play?", OTHER),
    ("Which newspaper quoted the spokesperson?", ORG), ("Which Chinese body confirmed it?", ORG),
    ("Which outlet carried the remarks?", ORG), ("Which paper quoted the spokesperson?", ORG),
    ("What type of company is Van Gend en Loos?", OTHER), ("In what body of water is the regatta held?", OTHER),
    ("What was the name of Bohemond's nephew?", PERSON), ("What is the name of the newspaper?", ORG),
    ("What is the name of the river in Paris?", PLACE), ("What was the name of the Florida colony?", OTHER),
    ("What was the king's name?", PERSON),
    ("Who is Scott Bessent?", ROLE), ("Who was Frederick William?", ROLE), ("Who was Rollo?", ROLE),
    ("Who is Bessent?", ROLE), ("Who was President?", PERSON),
    ("Which of the two leaders threatened a tariff?", PERSON), ("Which of these cities hosted it?", PLACE),
    ("Who was Robert's son?", PERSON), ("who is the us treasury secretary", PERSON),
    ("what's the vice premier's name", PERSON), ("whats the name of the us treasury secretary", PERSON),
    ("Which US senator criticized the talks?", PERSON),
    ("What is the name of the Financial Times reporter?", PERSON),  # "times" is no time, nor the verb
    ("Which Chinese ministry confirmed He's role?", ORG),  # the role is not what is asked
    ("Which American cabinet member led the delegation?", PERSON),
    ("Which weights of rare-earth elements do the controls cover?", OTHER),  # kinds, not a measure
])
def test_answer_type(question, kind):
    assert answer_type(question) == kind


def test_snap_keeps_only_what_the_sentence_says():
    assert snap("October 25, 2023", S).text == "October 25"
    assert snap("He Lifeng", S).text == "He Lifeng"
    assert snap("Neil Armstrong", S) is None
    span = snap("the 100% tariff", S)
    assert S[span.start:span.end] == span.text == "100% tariff"


@pytest.mark.parametrize("question, best", [
    ("Who led the Chinese delegation?", "Vice Premier He Lifeng"),
    ("Which US official led the delegation?", "Treasury Secretary Scott Bessent"),
    ("When did they meet?", "October 25, 2025"),
    ("Where did they meet?", "Kuala Lumpur"),
    ("How large was the tariff they discussed?", "100%"),
])
def test_candidates_of_the_asked_for_kind_nearest_the_question_words(question, best):
    found = candidates(S, question, answer_type(question))
    assert found and found[0].text == best
    assert all(S[c.start:c.end] == c.text for c in found)


@pytest.mark.parametrize("question, noun", [
    ("Which type of battery is covered?", "battery"), ("What kind of materials are they aimed at?", "materials"),
    ("Mazda joined a partnership with which American car company?", "company"),
    ("What type of engines became widespread?", "engines"), ("What church in Virginia is a shrine?", "church"),
    ("Which Malaysian minister hosted the talks?", "minister"), ("What kind of anodes fall under it?", "anodes"),
    ("Which team won?", "team"), ("Which car company owns the brand?", "company"),
    ("What limits the cycle's efficiency?", None), ("Why did they meet?", None),
    # the tagger's verb ends the phrase, before a plural's rule would ("makes lithium")
    ("Which company makes lithium batteries?", "company"), ("Which US company makes lithium batteries?", "company"),
    # a word in -s between a noun and a name is the verb, not a plural
    ("Which country chairs ASEAN this year?", "country"), ("Which country music singer won?", "singer"),
])
def test_asked_noun_is_the_end_of_the_which_phrase_and_not_a_verb(question, noun):
    assert asked_noun(question) == noun


L = ("These include medium and heavy rare-earth elements, lithium batteries, artificial graphite anodes, "
     "and rare-earth metal mining equipment.")
M = "The ministry announced new export controls on materials critical to high-tech manufacturing, starting soon."


@pytest.mark.parametrize("sentence, question, phrase", [
    (L, "Which type of battery is covered by the export controls?", "lithium batteries"),
    (L, "What kind of anodes fall under the controls?", "artificial graphite anodes"),
    (L, "What equipment is covered by the new controls?", "rare-earth metal mining equipment"),
    (M, "What kind of materials are the export controls aimed at?", "materials critical to high-tech manufacturing"),
    (M, "Which controls did the ministry announce?", "new export controls"),
    # the words after the noun end at a verb or an adverb the tagger finds, whatever its ending
    ("Recent safety valve uses an adjustable spring-loaded valve.", "What type of valve is used by recent safety "
     "valves?", "adjustable spring-loaded valve"),
])
def test_kind_phrases_name_a_kind_of_the_asked_noun(sentence, question, phrase):
    found = kind_phrases(sentence, question)
    assert found and found[0].text == phrase
    assert all(sentence[p.start:p.end] == p.text for p in found)


def test_kind_phrases_need_words_the_question_lacks():
    assert kind_phrases(L, "Which lithium batteries are included?") == []  # nothing new before or after
    assert kind_phrases("They built other engines too.", "What type of engines were built?") == []
    assert kind_phrases(L, "Why were they covered?") == []
    # "gears" is followed by an adverb ("never"), not by a kind of gear
    assert kind_phrases("Most of these gears never succeeded.", "What type of gears utilized separate valves?") == []


def test_a_name_may_start_the_sentence_and_a_body_is_no_person():
    geneva = "Geneva was John Calvin's adopted home and the centre of the Calvinist movement."
    assert "Geneva" in [c.text for c in candidates(geneva, "What Swiss city was the centre of the movement?", PLACE)]
    however = "However, the talks in Kuala Lumpur went on."
    assert "However" not in [c.text for c in candidates(however, "Where did the talks go on?", PLACE)]
    ministry = "China's Commerce Ministry said Vice Premier He Lifeng would lead the delegation."
    assert candidates(ministry, "Who would lead the delegation?", PERSON)[0].text == "Vice Premier He Lifeng"
    # a web page's label opens the line: "Read" is nobody
    link = "Read more: Trump to attend Thailand-Cambodia ceasefire at ASEAN summit"
    assert [c.text for c in candidates(link, "Who will attend the ceasefire?", PERSON)] == ["Trump"]


def test_an_acronym_or_joined_places_are_no_person_and_a_country_seldom_one():
    s = "The ASEAN hosts said the US-China talks with Malaysia and Ms Anwar Ibrahim went well."
    for question in ("Who hosted the talks?", "Who said the talks went well?"):
        assert [c.text for c in candidates(s, question, PERSON)] == ["Ms Anwar Ibrahim", "Malaysia"]
    spaced = "Talks were held as US China relations soured, said Ms Anwar Ibrahim."
    assert [c.text for c in candidates(spaced, "Who held talks?", PERSON)] == ["Ms Anwar Ibrahim"]
    oil = "Iran was then the world's second largest oil producer."
    assert [c.text for c in candidates(oil, "Who was the second largest oil producer?", PERSON)] == ["Iran"]


def test_a_name_after_in_or_at_is_seldom_a_person():
    s = "The logo was pictured ahead of the summit in Kuala Lumpur (AP Photo/Vincent Thian)."
    assert [c.text for c in candidates(s, "Who chaired the summit?", PERSON)][-1] == "Kuala Lumpur"


def test_a_word_before_a_person_noun_qualifies_a_person_and_is_none():
    s = "He was stopped by the Byzantine general Alexius Komnenos."
    assert [c.text for c in candidates(s, "Who stopped Roussel?", PERSON)] == ["Alexius Komnenos", "Byzantine"]


def test_a_city_is_the_place_a_caption_puts_in_the_country_after_the_question_words():
    caption = "The logo is pictured ahead of the 47th ASEAN Summit in Kuala Lumpur, Malaysia, Friday."
    told = "The meetings were held in Malaysia's capital on the sidelines of the ASEAN summit."
    assert city_in_country("Which city hosted the summit?", caption, told).text == "Kuala Lumpur"
    assert city_in_country("Where was the summit?", caption, told) is None  # no city asked: "Malaysia" answers
    assert city_in_country("Which city hosted the summit?", caption, "The summit was held.") is None  # no country
    assert city_in_country("Which city hosted the logo?", "A logo in Paris, France.", told) is None  # another country
    riots = "Riots in England, France and in Paris, France"
    assert [riots[a:b] for a, b in places_in(riots, "France")] == ["Paris"]  # a country is in no other


def test_a_name_that_shares_a_word_with_the_questions_name_is_kept_whole():
    s = "Huguenots formed three societies in upstate New York, among them New Paltz."
    assert [c.text for c in candidates(s, "What town in upstate New York did Huguenots found?", PLACE)] == ["New Paltz"]
    s = "The indicator was built by Charles Richard and shown in London."
    assert "Charles Richard" in [c.text for c in candidates(s, "Whom did Charles Porter hire?", PERSON)]
    s = "The talks were led by Vice Premier He."  # a title the question names is cut: "He"
    assert [c.text for c in candidates(s, "What is the name of China's Vice Premier?", PERSON)] == ["He"]


def test_no_percentage_for_a_duration_no_credit_for_a_place_and_no_asked_country():
    s = "Trump threatened an additional 100% tariff for two weeks."
    assert [c.text for c in candidates(s, "For how long did Trump pause the tariffs?", NUMBER)] == ["two weeks"]
    caption = "The logo is pictured in Kuala Lumpur (AP Photo/Vincent Thian)"
    assert [c.text for c in candidates(caption, "Which hotel hosted the talks?", PLACE)] == ["Kuala Lumpur"]
    s = "Trump threatened tariffs, and China's Commerce Ministry announced export controls."
    found = candidates(s, "Which Chinese ministry criticised the tariffs?", ORG)
    assert [c.text for c in found] == ["Commerce Ministry"]
    towers = "The logo stands in front of the Petronas Twin Towers."  # a building of another kind than a hotel
    assert candidates(towers, "Which hotel hosted the talks?", PLACE) == []
    assert [c.text for c in candidates(towers, "Where is the logo?", PLACE)] == ["Petronas Twin Towers"]
    s = "Trade discussions between the United States and China were held in Malaysia."
    assert [c.text for c in candidates(s, "Which nation hosted the US-China talks?", PLACE)] == ["Malaysia"]


def test_a_nation_the_question_names_is_the_asked_persons_unless_it_names_things():
    s = "US President Donald Trump threatened an additional tariff, as did Chinese President Xi Jinping."
    names = lambda q: [c.text for c in candidates(s, q, PERSON)]  # noqa: E731
    assert names("Who led the Chinese side?") == ["President Xi Jinping"]
    assert "US President Donald Trump" in names("Who threatened a tariff on Chinese imports?")  # goods, not people


def test_a_title_or_a_month_is_no_place():
    s = "In October, US Treasury Secretary Scott Bessent led the talks."
    assert candidates(s, "Where was Scott Bessent born?", PLACE) == []
    # a name that does something is a doer, unless a preposition puts it somewhere
    s = "Bessent suggested that Washington might delay the tariffs."
    assert "Washington" not in [c.text for c in candidates(s, "Which city will host the meeting?", PLACE)]
    s = "The envoys flew to Washington to meet the delegation."
    assert [c.text for c in candidates(s, "Which city did the envoys fly to?", PLACE)] == ["Washington"]


@pytest.mark.parametrize("question, best", [
    ("Which city hosted the summit?", "Kuala Lumpur"), ("Which country hosted the summit?", "Malaysia"),
])
def test_a_country_answers_which_country_not_which_city(question, best):
    s = "The summit was held in Malaysia, with the leaders meeting in Kuala Lumpur."
    assert candidates(s, question, PLACE)[0].text == best


def test_no_country_and_no_ordinal_answers_which_city():
    s = "The meetings were held in Malaysia ahead of the 47th summit, and in Thailand-Cambodia talks."
    assert candidates(s, "Which city hosted the summit?", PLACE) == []
    assert answer_type("At which hotel was the summit held?") == PLACE
    assert candidates(s, "At which hotel was the summit held?", PLACE) == []  # a country is no hotel
    assert "47th" not in [c.text for c in candidates(s, "Who chaired the summit?", PERSON)]


def test_a_body_is_a_name_that_is_no_person_place_or_date():
    s = ("Earlier this week, China's Commerce Ministry confirmed Vice Premier He would lead the delegation "
         "in Malaysia from October 24.")
    assert [c.text for c in candidates(s, "Which Chinese ministry confirmed who would lead?", ORG)] == \
        ["Commerce Ministry"]
    # a ministry trades in nothing: no company
    assert candidates(s, "Which company confirmed who would lead?", ORG) == []
    assert [c.text for c in candidates("Ford Motor Company and the Commerce Ministry met.",
                                       "Which company met the ministry?", ORG)] == ["Ford Motor Company"]


def test_how_many_is_not_answered_by_an_ordinal():
    s = "The 21st regatta drew crowds."
    assert candidates(s, "How many people were at the regatta?", NUMBER) == []
    found = candidates("The race drew 3,000 people to its 21st edition.", "How many people came to the race?", NUMBER)
    assert [c.text for c in found] == ["3,000"]


def test_by_what_date_prefers_the_date_after_by():
    s = "On October 10, Trump threatened restrictions on software by November 1."
    assert candidates(s, "By what date would the restrictions be in place?", DATE)[0].text == "November 1"
    assert candidates(s, "On what date did Trump threaten restrictions?", DATE)[0].text == "October 10"
    # "on" is how any date is asked for: it picks none ("by November 1" is when the software rules begin)
    assert candidates(s, "On what date could the software restrictions begin?", DATE)[0].text == "November 1"
    s = ("On October 10, US President Donald Trump threatened to impose an additional 100% tariff on Chinese imports "
         "and implement export restrictions on strategic software by November 1.")
    first, second = candidates(s, "By what date did Trump threaten to act?", DATE)  # far from "threatened", and near
    assert first.text == "November 1" and first.near and first.score - second.score >= 0.1  # sure


def test_a_count_does_not_take_initials_for_its_unit():
    s = "Eight U.S. presidents are alumni of the school."
    assert [c.text for c in candidates(s, "How many US presidents are alumni of the school?", NUMBER)] == ["Eight"]


@pytest.mark.parametrize("question, sentence, found", [
    ("How many libraries are there?", "The town lies 3 miles away and has 12 libraries.", ["12"]),
    ("How many miles away is the town?", "The town lies 3 miles away and has 12 libraries.", ["3", "12 libraries"]),
    ("How many clergymen lived there?", "Nearly 25% of the population was Huguenot.", []),
    ("How many dorms were in use?", "Harvard had a financial aid reserve of $159 million.", []),
    ("How many percent were Huguenot?", "Nearly 25% of the population was Huguenot.", ["25%"]),
    ("How many people attended?", "Trade tensions between the two countries rose.", []),  # countries, not people
    ("How many nations met?", "Trade tensions between the two countries rose.", ["two countries"]),
    ("How many Huguenots settled there?", "Huguenots settled in Bedfordshire, one of the centres of lace.", []),
    ("How many rotations are there?", "The cycle occupies one rotation of the crank.", ["one"]),
])
def test_how_many_counts_things_not_measures_percents_or_money(question, sentence, found):
    assert [c.text for c in candidates(sentence, question, NUMBER)] == found


def test_a_year_or_a_weekday_is_what_was_asked_for():
    s = "The logo was pictured on Friday, October 24, ahead of talks that end on November 8, 2025."
    assert [c.text for c in candidates(s, "On which day of the week was the logo pictured?", DATE)] == ["Friday"]
    assert [c.text for c in candidates(s, "In what year do the talks end?", DATE)] == ["2025"]  # the year of the date
    assert candidates("They met on October 24.", "In what year did they meet?", DATE) == []
    assert candidates("The digester was built in 1679.", "In what century was the digester built?", DATE) == []
    s = "The digester, built in the 17th century, was improved in 1679."
    assert [c.text for c in candidates(s, "In what century was the digester built?", DATE)] == ["17th"]
    assert candidates("They met on Friday, October 24.", "At what time of day did they meet?", DATE) == []  # no clock
    assert [c.text for c in candidates("They met at 10:30 a.m. on Friday.", "At what time did they meet?", DATE)] \
        == ["10:30 a.m."]
    assert candidates("They met on Friday, October 24.", "What time did they meet?", DATE) == []  # a day is no time
    assert answer_type("What is the hour at which the talks began?") == DATE
    assert candidates("They met on Friday, October 24.", "What is the hour at which they met?", DATE) == []
    assert answer_type("What is the last date the delegation was in Malaysia?") == DATE


@pytest.mark.parametrize("question, sentence, found", [
    ("How much did the stadium cost?", "Grants cover 88% of it; the stadium cost $2.1 million.", ["$2.1 million"]),
    ("How much did students pay?", "Grants total 88% of the aid, and loans 8%.", []),
    ("How much did they spend?", "They spent 100 billion dollars on it.", ["100 billion dollars"]),
    ("How much did the price rise?", "The price rose by 70% in a year.", ["70%"]),  # no money asked
    ("What was the price of rare-earth elements?", "A 100% tariff on rare-earth elements was threatened.", []),
    ("How much revenue will the controls raise?", "The controls add a 100% tariff.", []),
    ("What was the price of oil after the raise?", "Oil rose 70% to $5.11 a barrel.", ["$5.11"]),
])
def test_how_much_money_is_answered_by_money(question, sentence, found):
    assert [c.text for c in candidates(sentence, question, NUMBER)] == found


def test_a_number_ends_with_a_noun():
    s = "Harvard offered grants totaling $414 million across all eleven divisions; $340 million came from funds."
    assert [c.text for c in candidates(s, "How much did Harvard offer?", NUMBER)][:1] == ["$414 million"]
    assert "$340 million" in [c.text for c in candidates(s, "How much came from funds?", NUMBER)]
    s = "From 1947 to 1967, the price of oil rose by less than two percent per year."
    assert [c.text for c in candidates(s, "How much did the price of oil rise?", NUMBER)] == ["two percent per year"]


def test_a_number_is_no_name():
    s = "The Normans were the people who in the 10th and 11th centuries gave their name to Normandy, in France."
    found = candidates(s, "Where did the Normans invade in the 11th century?", PLACE)  # "10th and 11th": "10"
    assert [c.text for c in found] == ["Normandy", "France"]


def test_countries_by_their_iso_and_everyday_names():
    from qa.places import is_country

    assert all(is_country(n) for n in ("Malaysia", "the United States", "South Korea", "Wales", "Russia"))
    assert not any(is_country(n) for n in ("Kuala Lumpur", "Normandy", "Scott Bessent"))


LEAD = "Earlier this week, China's Commerce Ministry confirmed Vice Premier He would lead Beijing's delegation."


def test_a_short_name_after_a_title_is_kept():
    # "He" is a stop word, but capitalised after a title it is the Vice Premier's name
    assert candidates(LEAD, "Who was in charge of China's delegation?", PERSON)[0].text == "Vice Premier He"


def test_a_person_of_another_nation_answers_no_question_about_this_one():
    assert candidates(LEAD, "Which Malaysian minister hosted the talks?", PERSON) == []
    assert candidates(LEAD, "Who headed the American side in the talks?", PERSON) == []
    found = candidates(S, "Who led the American delegation?", PERSON)
    assert found[0].text == "Treasury Secretary Scott Bessent"  # "US" restates "American"
    assert not any("Lifeng" in c.text for c in found)


def test_a_place_the_question_names_is_no_nation_of_the_person():
    s = ("Bessent suggested that Washington might delay the tariffs to give Trump and Chinese President Xi Jinping "
         "time to negotiate during a planned meeting in South Korea.")
    assert candidates(s, "Who will Trump meet in South Korea?", PERSON)[0].text == "Chinese President Xi Jinping"
    korean = candidates(s, "Which Korean leader will Trump meet?", PERSON)
    assert "Chinese President Xi Jinping" not in [c.text for c in korean]


def test_names_joined_by_a_hyphen_in_the_question_are_no_answers():
    question = "In which country is a Trump-Xi meeting planned?"
    assert candidates("Trump and Xi meeting may influence outcomes", question, PLACE) == []
    assert candidates("Trump and Xi are expected to meet in South Korea.", question, PLACE)[0].text == "South Korea"


def test_a_plural_question_takes_the_whole_list():
    sentence = ("The law has its origins in the agreement between France, Italy, Belgium, the Netherlands, "
                "Luxembourg and Germany in 1951.")
    found = candidates(sentence, "Which countries signed the agreement?", PLACE)
    assert found[0].text == "France, Italy, Belgium, the Netherlands, Luxembourg and Germany"
    assert candidates(sentence, "Which country signed the agreement first?", PLACE)[0].text == "France"


def test_nations_named_by_country_demonym_or_capital():
    assert nations("China's Commerce Ministry") == {"chinese"}
    assert nations("US and Chinese officials") == {"american", "chinese"}
    assert nations("Beijing told us so") == {"chinese"}  # "us" the pronoun is no nation


@pytest.mark.parametrize("sentence, question, role", [
    (S, "What position does He Lifeng hold?", "Chinese Vice Premier"),
    (S, "What is Scott Bessent's job?", "US Treasury Secretary"),
    ("It is led by the German Federal Minister of the Interior, Thomas de Maizière.",
     "Thomas de Maiziere serves what role?", "German Federal Minister of the Interior"),
    ("Figures included poet Theodor Fontane and others.", "What was Theodor Fontane's occupation?", "poet"),
    (S, "Who is He Lifeng?", "Chinese Vice Premier"),
])
def test_roles_are_the_titles_before_the_name(sentence, question, role):
    assert [r.text for r in roles(sentence, question)] == [role]
    assert candidates(sentence, question, ROLE)[0].text == role


def test_no_role_for_a_name_the_sentence_gives_no_title():
    assert roles("Scott Bessent met He Lifeng in Kuala Lumpur.", "What is Scott Bessent's job?") == []
    # the question's own title is no answer: it asks for another
    assert roles(S, "What post did He Lifeng hold before becoming vice premier?") == []


@pytest.mark.parametrize("question, sentence, phrase", [
    ("On the sidelines of which event were the talks held?",
     "Officials held talks on the sidelines of the ASEAN summit in Malaysia, aiming to ease tensions.",
     "ASEAN summit in Malaysia"),
    ("The Court cannot uphold measures that are incompatible with what?",
     "The Court cannot uphold measures which are incompatible with fundamental rights recognised in the constitutions.",
     "fundamental rights recognised in the constitutions"),
    ("The case resulted in which main case?", "It resulted in one main case, Commission v Cresson.", None),  # restates
    ("Incompatible with what?", "Nothing here is compatible.", None),  # the words are not in the sentence
    ("Which event was it?", "The ASEAN summit.", None),  # no word before the wh-word
    ("The policies are quick fixes that ignore which facts?", "Quick fixes ignore market and technology realities.",
     "market and technology realities"),
    ("X.25 uses what type network type", "The X.25 suite uses this network type.", None),  # says nothing new
    ("What are the controlled materials critical to?", "It controls materials critical to high-tech manufacturing.",
     "high-tech manufacturing"),  # the preposition left at the end
    ("What was the steam engine an important component of?",
     "The stationary steam engine was a key component of the Industrial Revolution.", "Industrial Revolution"),
    ("What did Tymnet connect?", "Tymnet was a network that connected host computers, at first in the US.",
     "host computers"),  # a "what" question that ends with its verb: the object after it
    ("What were the policy moves feared to trigger?", "Talks came amid fears of a trade war triggered by policy moves.",
     None),  # a passive's doer follows the verb, not what it did
    ("What is an example of a measure that would grow if the bounds were relaxed?",
     "It is desirable to prove that relaxing the requirements on (say) computation time defines more.", None),
    ("Export restrictions on what were threatened?", "He threatened export restrictions on strategic software by "
     "November 1.", "strategic software"),  # the phrase ends before a time: "by November 1", "in 2025"
    ("In front of what landmark is the logo shown?", "The logo is pictured in front of Malaysia's Petronas Twin Towers "
     "ahead of the 47th ASEAN Summit in Kuala Lumpur, Malaysia", "Malaysia's Petronas Twin Towers"),  # "ahead of"
])
def test_continuation_takes_what_follows_the_words_before_the_wh_word(question, sentence, phrase):
    found = continuation(sentence, question)
    assert (found.text if found else None) == phrase
    if found:
        assert sentence[found.start:found.end] == phrase


def test_a_list_item_is_bounded_by_the_lists_separators():
    anodes, = kind_phrases(L, "What kind of anodes fall under the export controls?")
    assert anodes.text == "artificial graphite anodes" and list_item(L, anodes)
    s = "The Huguenots intermarried, and their families, today, are mostly Afrikaans-speaking farmers."
    farmers, = kind_phrases(s, "What kind of farmers are they?")
    assert not list_item(s, farmers)  # "are mostly ... farmers": no separator before
    two = "They make lithium batteries and graphite anodes."
    assert not list_item(two, kind_phrases(two, "What kind of anodes do they make?")[0])  # no list of three
    aside = "Many families, today mostly Afrikaans-speaking farmers, have French surnames."
    assert not list_item(aside, kind_phrases(aside, "What kind of farmers are they?")[0])  # an aside, no list


def test_a_building_is_no_person():
    s = "The logo is pictured in front of Malaysia's Petronas Twin Towers ahead of the summit."
    assert candidates(s, "Who is the Malaysian prime minister?", PERSON) == []
    assert candidates(s, "Who designed the Petronas Twin Towers?", PERSON) == []


def test_the_nation_of_the_asked_person_is_the_one_the_which_phrase_names():
    assert candidates(LEAD, "Which US official criticized Beijing?", PERSON) == []
    assert candidates(LEAD, "Which official led Beijing's delegation?", PERSON)[0].text == "Vice Premier He"


def test_a_name_the_question_gives_is_not_its_answer():
    # "Richard" of "Richard Trevithick" for a question about Trevithick: the question's own name
    s = "The locomotive was built by Richard Trevithick near Merthyr Tydfil in Wales."
    found = [c.text for c in candidates(s, "In what country is Trevithick located?", PLACE)]
    assert "Richard" not in found and found[0] == "Wales"
    woolf = "In 1805 Arthur Woolf patented his Woolf high-pressure compound engine."
    assert candidates(woolf, "Who patented the Woolf cooling cylinder?", PERSON) == []
    # a title the question repeats is trimmed, and the name stays
    assert candidates(S, "Who is the US Treasury Secretary?", PERSON)[0].text == "Scott Bessent"


def test_a_candidate_far_from_every_question_word_is_marked_so():
    s = ("However, in a statement on October 13, Treasury Secretary Bessent suggested that Washington might delay "
         "the tariffs to give Trump and Chinese President Xi Jinping time to negotiate during a planned meeting.")
    far = candidates(s, "When will Trump and Xi meet?", DATE)
    assert [(c.text, c.near) for c in far] == [("October 13", False)]
    near = candidates(s, "When did Bessent suggest a delay?", DATE)
    assert [(c.text, c.near) for c in near] == [("October 13", True)]


def test_unnamed_finds_a_person_spoken_of_without_a_name():
    s = "The talks were constructive, according to a US Treasury spokesperson quoted by the Financial Times."
    assert unnamed("Who was the Treasury spokesperson?", s) == "spokesperson"
    assert unnamed("What is the name of the spokesperson?", s) == "spokesperson"
    assert unnamed("Which newspaper quoted the spokesperson?", s) is None  # asks for no name of one
    assert unnamed("Who was the king?", "A king, Louis, ruled the land.") is None
    assert unnamed("Who was the minister?", "It was signed by a minister named Ruiz.") is None


@pytest.mark.parametrize("sentence, question", [
    ("Heat rejection occurs at constant temperature, as in the Carnot cycle.", "Where does heat rejection occur?"),
    ("The facilities were a gift from Yale University alumnus Edward Harkness.", "Where was Edward Harkness's office?"),
    ("The effort was made by English settlers who arrived in 1562.", "What area was this settlement near?"),
])
def test_a_name_that_qualifies_a_noun_is_no_place(sentence, question):
    assert candidates(sentence, question, PLACE) == []


def test_a_name_before_a_place_noun_is_a_place():
    s = "The Huguenots settled in the Western Cape province, where they farmed."
    assert candidates(s, "Where did the Huguenots settle?", PLACE)[0].text == "Western Cape"


def test_a_word_after_a_percentage_is_no_unit():
    s = ("Gas turbines have reduced this percentage to the 80% regime for steam turbines, a fall of two "
         "percent per year.")
    texts = [c.text for c in candidates(s, "What percentage of electric power do steam turbines make?", NUMBER)]
    assert "80%" in texts and "80% regime" not in texts
    assert "two percent per year" in texts  # a rate keeps its "per"


def test_a_possessive_is_no_part_of_a_name():
    s = "Further, interest groups were no match for Kissinger's dominance, as Hisao Yamada's paper showed."
    texts = [c.text for c in candidates(s, "Interest groups were no match for who?", PERSON)]
    assert "Kissinger" in texts and "Hisao Yamada" in texts and not any(t.endswith("'s") for t in texts)


def test_a_decade_keeps_its_s():
    s = "Injectors became widely used in the 1850s, and in the late 1980s they were gone."
    texts = [c.text for c in candidates(s, "In what decade were injectors widely used?", DATE)]
    assert texts[0] == "1850s" and "late 1980s" in texts


def test_one_of_another_thing_counts_none():
    s = "The Corliss engine was one invention that used four valves; one million were sold."
    texts = [c.text for c in candidates(s, "How many valves did the Corliss engine use?", NUMBER)]
    assert "one invention" not in texts and "four" in texts
    assert "one million" in [c.text for c in candidates(s, "How many engines were sold?", NUMBER)]


def test_a_dot_inside_a_word_does_not_end_the_phrase():
    s = "Tymnet used X.25, SNA/SDLC and ASCII interfaces to connect host computers."
    assert continuation(s, "Tymnet used what interfaces?").text == "X.25"


def test_years_between_two_is_one_answer():
    s = "It took French troops years to put down the Camisards between 1702 and 1709."
    assert candidates(s, "The Camisard uprisings were put down between what years?", DATE)[0].text == "1702 and 1709"


def test_which_country_is_answered_by_a_country():
    s = "Subsequent to the Conquest, the Marches came under the Norman barons of Abercynon, in Wales."
    assert [c.text for c in candidates(s, "What country was under the control of Norman barons?", PLACE)] == ["Wales"]
    s = "Since Ireland refused, the changes to the Treaty of Lisbon were delayed."
    assert candidates(s, "Which country refused the changes to the Treaty of Lisbon?", PLACE)[0].text == "Ireland"


def test_the_common_words_left_of_a_name_the_question_names_are_no_name():
    s = "The first Huguenots to settle in Cape Town arrived in 1671."
    assert "Town" not in [c.text for c in candidates(s, "Who was the first Huguenot at the Cape of Good Hope?", PERSON)]
    s = "The last Prime Minister of the German Democratic Republic was Lothar de Maizière."
    assert [c.text for c in candidates(s, "Who was the final Prime Minister of East Germany?", PERSON)] == \
        ["Lothar de Maizière"]
    s = "The delegation was confirmed by China's Commerce Ministry on Wednesday."  # a body's word is its name
    assert candidates(s, "Which Chinese ministry confirmed the delegation?", ORG)[0].text == "Commerce Ministry"
    s = "Duke William crossed the Channel in 1066."  # a title cut off leaves a name
    assert candidates(s, "Who was the duke?", PERSON)[0].text == "William"


def test_a_dotted_abbreviation_keeps_its_last_letter():
    s = "The U.S. considered invading to take the oil fields."
    assert candidates(s, "Which country considered going to war for oil fields?", PLACE)[0].text == "U.S"


def test_us_in_capitals_is_a_country_not_a_pronoun():
    assert [c.text for c in candidates("Talks between the US and China resumed.", "Which country talked with China?",
                                       PLACE)] == ["US"]


def test_how_tall_is_answered_by_a_length_not_an_ordinal_or_a_count():
    s = "The logo is pictured in front of the Petronas Twin Towers ahead of the 47th ASEAN Summit."
    assert candidates(s, "How tall are the Petronas Twin Towers?", NUMBER) == []
    s = "The towers are 452 metres tall and have 88 floors."
    assert [c.text for c in candidates(s, "How tall are the towers?", NUMBER)] == ["452 metres", "88 floors"]


def test_the_height_of_is_asked_as_how_tall_is():
    s = "The logo is pictured in front of the Petronas Twin Towers ahead of the 47th ASEAN Summit."
    assert answer_type("What is the height of the Petronas Twin Towers?") == NUMBER
    assert candidates(s, "What is the height of the Petronas Twin Towers?", NUMBER) == []
    s = "Duty is the work delivered by burning one bushel (94 pounds) of coal."  # the unit the question names
    assert [c.text for c in candidates(s, "What is the weight of a bushel of coal in pounds?", NUMBER)] == ["94"]


def test_an_iso_date_is_one_date():
    assert [c.text for c in candidates("Measured 2026-11-25 on two cores.", "When was it measured?", DATE)] == \
        ["2026-11-25"]


def test_a_year_of_three_digits_after_in_is_a_date_and_a_count_may_open_a_compound():
    s = "The Duchy of Normandy, which began in 911 as a fiefdom, was established by treaty."
    assert [c.text for c in candidates(s, "When was the Duchy of Normandy founded?", DATE)] == ["911"]
    assert candidates("It spread in 250 km of valleys.", "When did it spread?", DATE) == []  # a measure, no year
    s = "The Corliss engine, patented in 1849, was a four-valve counter flow engine."
    assert [c.text for c in candidates(s, "How many valves did the Corliss engine use?", NUMBER)] == ["four"]


def test_an_event_or_a_photo_credit_is_no_person_and_the_credit_names_the_photographer():
    s = ("The logo of the Association of Southeast Asian Nations is pictured ahead of the 47th ASEAN Summit "
         "in Kuala Lumpur (AP Photo/Vincent Thian)")
    found = [c.text for c in candidates(s, "Who took the picture of the ASEAN logo?", PERSON)]
    assert found[0] == "Vincent Thian" and "47th ASEAN Summit" not in found and "AP Photo" not in found
    assert candidates(s, "Who spoke at the ASEAN summit?", PERSON)[0].text != "47th ASEAN Summit"
    # the credit answers who took a picture, of what the caption shows, and nothing else
    assert "Vincent Thian" not in [c.text for c in candidates(s, "Who is in the picture?", PERSON)]
    assert candidates(s, "Who took the photo of Trump?", PERSON) == []
    assert [c.text for c in candidates(s, "photo by who", PERSON)] == ["Vincent Thian"]  # a search-box query
    assert [c.text for c in candidates("A view of the bay, photographed by Ansel Adams in 1941.",
                                       "Who was the photographer?", PERSON)] == ["Ansel Adams"]


def test_how_long_it_has_been_so_is_answered_by_since_and_a_date():
    s = "Proportionality is recognised as a general principle by the Court of Justice since the 1950s."
    found = candidates(s, "How long has proportionality been recognised as a general principle?", NUMBER)
    assert [c.text for c in found] == ["since the 1950s"]


def test_how_long_is_answered_by_a_span_of_time_without_a_number():
    s = "The discussions came just weeks after the ministry announced new export controls."
    assert [c.text for c in candidates(s, "How long after the announcement did the discussions come?", NUMBER)] == \
        ["weeks"]
    assert candidates(s, "How many controls were announced?", NUMBER) == []  # a count needs a number
    assert candidates(s, "How long ago were the controls announced?", NUMBER) == []
    assert candidates(s, "How long will the export controls last?", NUMBER) == []  # "weeks after": how far apart
    assert answer_type("How soon after the announcement did the talks come?") == NUMBER
    assert [c.text for c in candidates(s, "How soon after the announcement did the discussions come?", NUMBER)] == \
        ["weeks"]


@pytest.mark.parametrize("question, part, kind", [
    ("What's Bessent's first name?", "first", PERSON), ("What is the surname of the vice premier?", "last", PERSON),
    ("What was her given name?", "first", PERSON), ("What is his family name?", "last", PERSON),
    ("What is Scott Bessent's middle name?", "middle", PERSON),
    ("What is the full name of ASEAN?", None, OTHER),  # the whole name of a body
    ("What is the Chinese vice premier's full name?", None, PERSON),  # the whole name of a person
    ("How many French family names are used in the Netherlands?", None, NUMBER)])
def test_a_part_of_a_name_asks_for_a_person(question, part, kind):
    assert (name_part(question), answer_type(question)) == (part, kind)


def test_the_part_of_a_name_is_taken_from_the_whole_name_after_its_titles():
    s = "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent."
    assert named_part(s, "What's Bessent's first name?", "first").text == "Scott"
    assert named_part(s, "What is He Lifeng's surname?", "last").text == "Lifeng"  # the order of the words, no more
    assert named_part(s, "What is China's vice premier's first name?", "first") is None  # a country names no one
    bessent = s.index("Bessent")
    assert part_of_name(Span(bessent, bessent + 7, "Bessent"), s, "first").text == "Scott"
    t = "Treasury Secretary Bessent suggested a delay."  # one word after the title: itself
    assert part_of_name(Span(19, 26, "Bessent"), t, "first").text == "Bessent"
    assert named_part(s, "What is Scott Bessent's middle name?", "middle") is None  # two words: none
    thoreau = "Other alumni include philosopher Henry David Thoreau and poet Wallace Stevens."
    assert named_part(thoreau, "What is Thoreau's middle name?", "middle").text == "David"


def test_a_name_asked_for_is_a_quoted_phrase_the_question_lacks():
    s = "Read more: Trump plans 'Golden Fleet' to modernize US Navy: WSJ"
    assert quoted_name(s, "What is the name of Trump's plan for the Navy?").text == "Golden Fleet"
    assert quoted_name(s, "What does Trump plan for the Navy?") is None  # asks no name
    assert quoted_name("Malaysia's towers and China's 'big' plan", "What is the plan called?").text == "big"
    s = 'The Malkin Athletic Center, known as the "MAC", is the primary recreational sports facility.'
    assert quoted_name(s, "What is the name of the primary recreational sports facility?") is None
    assert quoted_name(s, "What is the facility known as?").text == "MAC"
    s = "The talks were described as “very constructive,” a spokesperson said."
    assert quoted_name(s, "What words did the spokesperson use for the talks?").text == "very constructive"


def test_the_agent_after_by_did_what_an_active_question_asks():
    s = ("Trade discussions were described as very constructive, according to a US Treasury spokesperson "
         "quoted by the Financial Times on Saturday.")
    assert candidates(s, "who quoted the Treasury spokesperson", PERSON)[0].text == "Financial Times"
    s = "In 1999 the Santer Commission was censured by Parliament."  # a passive question asks the other one
    assert candidates(s, "What commission was censured in 1999?", ORG)[0].text == "Santer Commission"


def test_a_short_name_after_a_title_is_a_name_not_a_pronoun():
    s = "China's Commerce Ministry confirmed Vice Premier He would lead Beijing's delegation."
    assert candidates(s, "What is the name of China's vice premier?", PERSON)[0].text == "He"
    assert candidates("He said Malaysia hosted it.", "Who said Malaysia hosted it?", PERSON) == []


def test_a_fuller_name_of_the_same_person_is_taken_after_its_titles():
    s = "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent."
    a, b = s.index("Chinese"), s.index(" and")
    assert fuller_name(Span(0, 2, "He"), Span(a, b, s[a:b]), s).text == "He Lifeng"
    assert fuller_name(Span(0, 7, "Lifeng"), Span(a, b, s[a:b]), s).text == "He Lifeng"
    assert fuller_name(Span(0, 9, "He Lifeng"), Span(a, b, s[a:b]), s) is None  # nothing more
    assert fuller_name(Span(0, 7, "Bessent"), Span(a, b, s[a:b]), s) is None  # another person
    told = "The descendants of Rollo's Vikings and their Frankish wives replaced the Norse religion."
    a = told.index("Rollo")
    assert fuller_name(Span(0, 5, "Rollo"), Span(a, a + 15, told[a:a + 15]), told) is None  # his Vikings are not he


def test_a_title_the_question_names_is_left_off_the_name():
    s = "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent."
    a = s.index("US Treasury")
    span = Span(a, len(s) - 1, s[a:-1])
    assert without_asked_title(span, s, "Who is the treasury secretary?").text == "Scott Bessent"
    assert without_asked_title(span, s, "Who led the US delegation?").text == "US Treasury Secretary Scott Bessent"


def test_a_relative_date_answers_when_but_not_which_date():
    s = "Earlier this week, the ministry confirmed He would lead the delegation in Malaysia from October 24 to 27."
    assert candidates(s, "When did the ministry confirm He would lead the delegation?", DATE)[0].text == \
        "Earlier this week"
    assert [c.text for c in candidates(s, "On which dates was the delegation due in Malaysia?", DATE)] == \
        ["October 24 to 27"]
    # it says when the sentence's own deed (confirming) was, not when another was
    assert [c.text for c in candidates(s, "When was the delegation expected to arrive in Malaysia?", DATE)] == \
        ["October 24 to 27"]


def test_which_edition_is_answered_by_an_ordinal():
    s = "The logo is pictured ahead of the 47th ASEAN Summit in Kuala Lumpur."
    assert answer_type("Which edition of the ASEAN Summit was it?") == NUMBER
    assert candidates(s, "Which edition of the ASEAN Summit was it?", NUMBER)[0].text == "47th"


@pytest.mark.parametrize("question, kind", [
    ("What is the population of Warsaw?", NUMBER), ("What is the capital of France?", PLACE),
    ("What is the leader of the Chinese delegation?", PERSON), ("What is the end date of the summit?", DATE),
    ("What is the purpose of the talks?", OTHER), ("What was the magnitude of the tariff?", NUMBER),
    ("What is the timing of the entry into force of the controls?", DATE),
    ("What was the host nation of the summit?", PLACE)])
def test_the_noun_before_of_says_what_is_asked(question, kind):
    assert answer_type(question) == kind


def test_the_number_of_things_is_a_count_not_an_ordinal():
    s = "The logo is pictured ahead of the 47th ASEAN Summit, which 10 leaders attended."
    assert [c.text for c in candidates(s, "What is the number of leaders at the ASEAN summit?", NUMBER)] == \
        ["10"]  # "leaders" restates the question
    assert candidates("It was the 47th ASEAN Summit.", "What is the number of leaders at the summit?", NUMBER) == []


def test_an_event_or_a_weekday_is_no_place():
    s = ("The logo is pictured ahead of the 47th ASEAN Summit in Kuala Lumpur, Malaysia, Friday, "
         "October 24, 2025.")
    found = [c.text for c in candidates(s, "Where is the ASEAN logo displayed?", PLACE)]
    assert found[0] == "Kuala Lumpur" and "47th ASEAN Summit" not in found and "Friday" not in found


def test_the_question_s_own_name_is_not_its_answer():
    s = ("Bessent suggested that Washington might delay the tariffs to give Trump and Chinese President Xi Jinping "
         "time to negotiate directly during a planned meeting in South Korea.")
    found = [c.text for c in candidates(s, "Who would Xi negotiate with in South Korea?", PERSON)]
    assert "Chinese President Xi Jinping" not in found and "Trump" in found
    assert "Chinese President Xi Jinping" in [c.text for c in candidates(s, "Who would Trump negotiate with?", PERSON)]
    s = "Vice Premier He would lead Beijing's delegation in Malaysia."
    assert [c.text for c in candidates(s, "Where was Vice Premier He going to lead Beijing's delegation?",
                                       PLACE)] == ["Malaysia"]
    found = [c.text for c in candidates("Xi Jinping's daughter Xi Mingze studied at Harvard.",
                                        "Who is Xi Jinping's daughter?", PERSON)]
    assert found and "Xi Jinping" not in found  # a name that shares a word with the asked one may answer


def test_a_nation_the_question_puts_across_from_the_asked_person_is_not_theirs():
    s = "China's Commerce Ministry confirmed Vice Premier He would lead the delegation for talks with the US side."
    assert "Vice Premier He" in [c.text for c in candidates(s, "Who would hold talks with the US side?", PERSON)]


def test_which_month_is_answered_by_a_month_not_a_year():
    s = "The crisis began in October 1973, and prices had risen since 1970."
    assert [c.text for c in candidates(s, "What month did the crisis begin?", DATE)] == ["October 1973"]


def test_a_kind_is_found_by_a_word_of_the_same_meaning():
    s = "These include lithium batteries, artificial graphite anodes, and rare-earth metal mining equipment."
    assert [p.text for p in kind_phrases(s, "Which metal mining gear is covered?")] == \
        ["rare-earth metal mining equipment"]


@pytest.mark.parametrize("sentence, question, phrase", [
    ("Trump threatened to implement export restrictions on strategic software.",
     "What kind of exports did Trump threaten to restrict?", "export restrictions on strategic software"),
    ("Most power came from reciprocating piston type steam engines.", "What type of engines gave most power?",
     "steam engines"),
])
def test_the_words_naming_a_kind_stop_at_a_verb_or_a_word_for_a_kind(sentence, question, phrase):
    assert [p.text for p in kind_phrases(sentence, question)][:1] == [phrase]


def test_names_kind_is_a_few_nouns_and_adjectives_ending_in_the_asked_noun():
    s = "Huguenot regiments fought for William of Orange in the Williamite war in Ireland."
    war = kind_phrases(s, "What war in Ireland featured Huguenot regiments?")[0]
    assert war.text == "Williamite war" and names_kind(s, war, "What war in Ireland featured Huguenot regiments?")
    s = "The two met amid concerns over a potential trade war."
    found = kind_phrases(s, "What triggered concerns about a trade war?")
    assert not any(names_kind(s, p, "What triggered concerns about a trade war?") for p in found)
    s = "The logo is pictured ahead of the 47th ASEAN Summit in Kuala Lumpur."  # an ordinal, a name's capitals
    summit = kind_phrases(s, "Which summit was being held in Kuala Lumpur?")[0]
    assert summit.text == "47th ASEAN Summit" and names_kind(s, summit, "Which summit was being held in Kuala Lumpur?")


def test_a_question_for_a_person_of_some_kind_is_not_answered_by_a_body():
    s = "The talks were very constructive, according to a US Treasury spokesperson."
    assert [c.text for c in candidates(s, "What is the name of the reporter?", PERSON)] == []
    assert [c.text for c in candidates(s, "Which reporter quoted the spokesperson?", PERSON)] == []
    assert [c.text for c in candidates(s, "Who called the talks very constructive?", PERSON)] == ["US Treasury"]


def test_who_did_a_deed_prefers_the_agent_a_passive_names():
    s = ("Under the Norman abbot Robert de Grantmesnil, several monks of Saint-Evroul fled to southern Italy, where "
         "they were patronised by Robert Guiscard and established a Latin monastery at Sant'Eufemia.")
    assert candidates(s, "Who patronized the monks in Italy?", PERSON)[0].text == "Robert Guiscard"
    s = "Roussel de Bailleul tried to carve out a state, but he was stopped by Alexius Komnenos."
    assert candidates(s, "Who ruined Roussel de Bailleul's plans?", PERSON)[0].text == "Alexius Komnenos"
    # "Who was ...?" asks for no doer: nearness decides
    s = "The pump was proposed by Papin, and Savery was the inventor of the engine."
    assert candidates(s, "Who was the inventor of the engine?", PERSON)[0].text == "Savery"


def test_a_percentage_asked_is_answered_by_a_share_not_a_count():
    s = "Approximately one million Protestants in modern France represent some 2% of its population."
    assert [c.text for c in candidates(s, "What percentage of France's population is protestant?", NUMBER)] == ["2%"]
    s = "Huguenot numbers peaked near two million, about one-eighth the number of French Catholics."
    assert [c.text for c in candidates(s, "What proportion of Catholics were the Huguenots?", NUMBER)] == ["one-eighth"]
    s = "The efficiency of the steam engine reaches some 27-30% on high-pressure engines."
    assert [c.text for c in candidates(s, "What percentage of efficiency has the engine achieved?", NUMBER)] == \
        ["27-30%"]  # a range of percentages is one answer
    assert candidates("The Charter was adopted in 1989 by 11 member states.",
                      "What share of the states adopted it?", NUMBER) == []



def test_a_nationality_language_or_faith_is_named_by_its_word():
    assert answer_type("What nationality was Arthur Woolf?") == GROUP
    assert answer_type("Ministers of what faith were trained there?") == GROUP
    s = "The method was invented in 1804 by British engineer Arthur Woolf."
    assert [c.text for c in candidates(s, "What nationality was Arthur Woolf?", GROUP)] == ["British"]
    s = "In the early years the College trained many Puritan ministers."
    assert [c.text for c in candidates(s, "Ministers of what faith were trained by the College?", GROUP)] == ["Puritan"]
    s = "The hypothesis derives the name from Hugues Capet, king of France."
    assert candidates(s, "What religion was Hugues Capet?", GROUP) == []  # no faith told: refused


def test_a_language_is_a_tongue_named_as_one_not_a_nation_adjective():
    s = "US and Chinese officials held trade talks in Kuala Lumpur."
    assert candidates(s, "In what language were the talks held?", GROUP) == []
    s = "Many families, today mostly Afrikaans-speaking, have French surnames."
    assert [c.text for c in candidates(s, "Families with French names speak what language today?", GROUP)] \
        == ["Afrikaans"]


def test_initials_of_the_question_anchor_the_name_they_stand_for():
    s = ("Trade discussions between the United States and China were described as “very constructive,” according "
         "to a Treasury spokesperson quoted by the Financial Times on Saturday.")
    assert [c.text for c in candidates(s, "When were the talks described as very constructive by the FT?", DATE)
            if c.near] == ["Saturday"]
    found = [c.text for c in candidates(s, "Who mediated between the US and China?", PERSON)]
    assert "United States" not in found  # the question's own name, by its initials


def test_a_country_asked_of_a_thing_is_named_by_its_adjective_on_it():
    s = "Trump threatened to impose an additional 100% tariff on Chinese imports by November 1."
    assert nation_of(s, "Imports from which country would face the extra tariff?").text == "Chinese imports"
    assert nation_of(s, "Which country threatened the tariff?") is None  # no thing of the question's
    assert nation_of(s, "Which person would face the extra tariff on imports?") is None  # no country asked
    # the thing is no word of the question's, but it follows one: "(tariff on) Chinese imports"
    assert nation_of(s, "Which country did Trump threaten with a new tariff?").text == "Chinese imports"


def test_a_body_has_no_surname():
    headline = "US China talks in Malaysia called ‘very constructive’ by US Treasury"
    assert named_part(headline, "What is the surname of the US Treasury Secretary?", "last") is None
    s = "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent."
    assert named_part(s, "What is the surname of Scott Bessent?", "last").text == "Bessent"


def test_what_year_is_answered_by_the_year_of_a_date():
    s = "The logo is pictured in Kuala Lumpur, Malaysia, Friday, October 24, 2025 (AP Photo/Vincent Thian)"
    assert [c.text for c in candidates(s, "What year is mentioned in the photo caption?", DATE)] == ["2025"]
    assert candidates(s, "On what date was the photo taken?", DATE)[0].text == "October 24, 2025"


def test_a_list_of_places_takes_no_day_or_month():
    s = "The logo is pictured in Kuala Lumpur, Malaysia, Friday, October 24, 2025."
    assert all("Friday" not in c.text for c in candidates(s, "Which two countries held talks there?", PLACE))


def test_what_something_will_cost_asks_for_money():
    assert answer_type("What will the Golden Fleet cost?") == NUMBER
    assert answer_type("What will the Golden Fleet cost, per the WSJ?") == NUMBER  # a source after it
    s = "Trump plans 'Golden Fleet' of 20 ships to modernize US Navy: WSJ"
    assert candidates(s, "What will the Golden Fleet cost?", NUMBER) == []  # a count is no price
    s = "The Golden Fleet will cost $40 billion over ten years."
    assert [c.text for c in candidates(s, "What will the Golden Fleet cost?", NUMBER)] == ["$40 billion"]


def test_the_countries_that_did_it_are_named_by_their_peoples_adjectives():
    s = "US and Chinese officials held very constructive trade talks on the sidelines of the summit in Malaysia."
    assert doer_nations(s, "Which countries held the talks?").text == "US and Chinese officials"
    assert doer_nations(s, "Which countries signed a deal?") is None  # not their deed
    assert doer_nations(s, "Which country hosted the talks?") is None  # "in Malaysia": no doer named so
    assert doer_nations(s, "In which country were the talks held?") is None  # a place, not who held them
    assert doer_nations(s, "The talks were held in which country?") is None
    assert doer_nations(s, "Which countries were the talks held in?") is None
    assert doer_nations(s, "Which two countries were talking?").text == "US and Chinese officials"  # "held ... talks"
    assert doer_nations(s, "In which country did the talks take place?") is None  # "talks" asked of, not done


def test_a_capital_the_pressure_is_on_is_its_government():
    s = ("On October 10, Trump threatened to impose an additional 100% tariff on Chinese imports, intensifying "
         "the pressure on Beijing.")
    assert candidates(s, "On whom did Trump's threat increase pressure?", PERSON)[0].text == "Beijing"
    s = "Vice Premier He would lead the delegation in Beijing."
    assert "Beijing" not in [c.text for c in candidates(s, "Who would lead the delegation?", PERSON)][:1]


def test_which_one_by_number_is_an_ordinal():
    assert answer_type("Which ASEAN summit was this, by number?") == NUMBER
    assert answer_type("What number ASEAN Summit was being held?") == NUMBER
    s = "The meetings were held between the two countries ahead of the 47th ASEAN Summit."
    assert [c.text for c in candidates(s, "Which ASEAN summit was this, by number?", NUMBER)] == ["47th"]
    assert candidates(s, "What number is the summit, by number?", NUMBER)[0].text == "47th"


def test_a_set_phrase_of_the_question_anchors_as_the_news_says_it():
    s = "New export controls were announced on October 10 and are set to take effect on November 8."
    assert candidates(s, "When do the controls kick in?", DATE)[0].text == "November 8"  # "kick in": "take effect"


def test_which_x_type_asks_what_which_type_of_x_does():
    from qa.text import asked_noun
    assert asked_noun("Which battery type is included in the controls?") == "battery"
    assert asked_noun("Which type of battery is included in the controls?") == "battery"
    assert asked_noun("What type is it?") == "type"


def test_a_body_is_no_place():
    s = "US China talks in Malaysia called very constructive by US Treasury"
    assert [c.text for c in candidates(s, "In which hotel were the talks?", PLACE)] == []
    assert [c.text for c in candidates(s, "Where were the talks?", PLACE)] == ["Malaysia"]


def test_a_name_paired_with_a_titled_person_is_no_place():
    s = "Washington might delay the tariffs to give Trump and Chinese President Xi Jinping time to meet in South Korea."
    assert [c.text for c in candidates(s, "In which city is the meeting planned?", PLACE)] == []


def test_how_many_days_is_answered_by_a_span_of_days():
    s = "China's Commerce Ministry confirmed He would lead Beijing's delegation in Malaysia from October 24 to 27."
    assert candidates(s, "How many days did the Beijing delegation plan to stay?", NUMBER)[0].text == \
        "October 24 to 27"
    assert candidates(s, "How many weeks did the delegation stay?", NUMBER) == []  # days, not weeks


def test_a_capitalised_word_joined_to_a_lower_case_one_is_no_name():
    s = "Telenet was the first FCC-licensed public data network in the United States."
    assert "FCC-licensed" not in [c.text for c in candidates(s, "Who founded Telenet?", PERSON)]


def test_one_of_a_people_is_no_place_and_no_one_is_no_number():
    s = "A Norman named Oursel led a force of Franks into the upper Euphrates valley in northern Syria."
    assert "Norman" not in [c.text for c in candidates(s, "Where did Oursel lead the Franks?", PLACE)]
    s = "The committee said that no one invention since Watt's time has so enhanced the efficiency of the engine."
    assert candidates(s, "How much did the invention enhance the efficiency?", NUMBER) == []


def test_a_preposition_before_the_wh_word_goes_with_the_last_word():
    s = "Trump threatened to implement export restrictions on strategic software by November 1."
    assert continuation(s, "On what did Trump threaten export restrictions?").text == "strategic software"


def test_a_what_that_does_the_deed_asks_for_no_object():
    s = "Washington might delay the tariffs to give Trump and Xi time to negotiate directly during a meeting."
    assert continuation(s, "What could give Trump and Xi time to negotiate?") is None  # not "directly during ..."
    assert continuation("Tymnet connected host computers.", "What did Tymnet connect?").text == "host computers"


def test_a_kind_asked_after_a_preposition_ends_with_the_kind():
    s = "The two met amid concerns over a potential trade war triggered by tit-for-tat policy moves."
    assert continuation(s, "The two met amid concerns over what kind of war?").text == "potential trade war"


def test_a_year_like_number_with_a_unit_is_a_quantity_in_either_spelling():
    s = "Is there a route of at most 2000 kilometres passing through the 15 largest cities? In 1990 it had 2000 people."
    found = [c.text for c in candidates(s, "By how many kilometers is the route bounded?", NUMBER)]
    assert found[0] == "2000 kilometres" and "1990" not in found and "2000" not in found  # years, uncounted


def test_a_people_a_state_or_a_quoted_name_is_no_place_or_person():
    catholics = "Other predecessors included the pro-reform and Gallican Roman Catholics, such as Jacques Lefevre."
    assert candidates(catholics, "What French city was Jacques Lefevre from?", PLACE) == []
    attack = "The Normans attacked the Byzantines in Bari."
    assert [c.text for c in candidates(attack, "Where did the Normans attack?", PLACE)] == ["Bari"]
    republic = "The last Prime Minister of the German Democratic Republic, Lothar de Maiziere, is a descendant."
    assert "German Democratic Republic" not in [c.text for c in candidates(republic, "Who led the state?", PERSON)]
    fleet = "Read more: Trump plans 'Golden Fleet' to modernize US Navy: WSJ"
    assert [c.text for c in candidates(fleet, "Which leader's navy plan did the WSJ report?", PERSON)] == ["Trump"]


@pytest.mark.parametrize("question, noun", [
    ("Which newspaper's report quoted the Treasury?", "newspaper"),  # the owner is asked for
    ("What country's navy is Trump planning to modernize?", "country"),
    ("What is the name of the ministry's vice premier?", None),  # no "which X's": the premier is named
])
def test_which_x_s_y_asks_for_an_x(question, noun):
    assert asked_noun(question) == noun


def test_the_name_of_an_owners_person_asks_for_a_person():
    assert answer_type("What is the name of the ministry's vice premier?") == PERSON
    assert answer_type("Which newspaper's report quoted the Treasury?") == ORG


def test_the_first_or_last_day_of_a_span_of_time():
    from qa.extract import end_of_span
    s = "He would lead the delegation from October 24 to 27."
    span = Span(s.index("October"), s.index(" for") if " for" in s else len(s) - 1, "October 24 to 27", 1.0)
    assert end_of_span(span, "When did the stay begin?").text == "October 24"
    assert end_of_span(span, "On which day did the stay end?").text == "27"
    assert end_of_span(span, "When was he in Malaysia?") is span  # the whole span
    assert s[end_of_span(span, "When did it start?").start:end_of_span(span, "When did it start?").end] == "October 24"


@pytest.mark.parametrize("question, expected", [
    ("Who did the US Treasury Secretary meet?", "Chinese Vice Premier He Lifeng"),
    ("Who did the Chinese vice premier meet?", "US Treasury Secretary Scott Bessent"),
])
def test_the_person_called_by_the_doers_office_is_no_answer_about_whom_the_doer_met(question, expected):
    assert candidates(S, question, PERSON)[0].text == expected


@pytest.mark.parametrize("question, expected", [
    ("Which vice premier led the delegation?", "He Lifeng"),  # the office is what is asked for
    ("Who is the US treasury secretary?", "Scott Bessent"),
])
def test_the_person_called_by_the_asked_office_is_the_answer(question, expected):
    assert expected in candidates(S, question, PERSON)[0].text


def test_what_is_the_city_of_asks_for_a_city():
    assert asked_noun("What is the city of the planned meeting?") == "city"
    assert asked_noun("What was the capital of the colony?") == "capital"
    found = candidates("Bessent suggested a planned meeting in South Korea.", "What is the city of the planned meeting?",
                       PLACE)
    assert "South Korea" not in [c.text for c in found]  # a country is no city


def test_the_noun_before_of_is_the_kind_of_place_asked():
    s = "The logo is pictured ahead of the 47th ASEAN Summit in Kuala Lumpur, Malaysia, Friday, October 24, 2025."
    assert [c.text for c in candidates(s, "What was the host nation of the ASEAN Summit?", PLACE)] == ["Malaysia"]


def test_by_when_asks_for_the_date_after_by():
    s = "On October 10, Trump threatened a 100% tariff and export restrictions by November 1."
    assert candidates(s, "By when were the export restrictions threatened?", DATE)[0].text == "November 1"


def test_a_date_of_a_clause_inside_the_asked_deed_is_not_its_date():
    s = ("Earlier this week, China's Commerce Ministry confirmed Vice Premier He would lead Beijing's delegation in "
         "Malaysia from October 24 to 27 for direct talks.")
    assert candidates(s, "On what date did the ministry confirm He's role?", DATE) == []  # the dates of leading
    assert [c.text for c in candidates(s, "On what dates would He lead the delegation?", DATE)] == ["October 24 to 27"]
    s = "On October 10, Trump threatened to impose an additional 100% tariff by November 1."
    assert [c.text for c in candidates(s, "When did Trump threaten the tariff?", DATE)] == ["October 10"]
    assert "November 1" in [c.text for c in candidates(s, "By what date did Trump threaten to act?", DATE)]  # "to act"
    s = "On October 10, Trump threatened to impose an additional 100% tariff by November 1."
    assert "November 1" in [c.text for c in candidates(s, "By when was the imposition of the tariff threatened?", DATE)]


def test_not_of_a_nation_filters_the_answer_instead_of_denying_a_deed():
    from qa.extract import excluded_nations
    assert excluded_nations("Which of the two leaders is not American?") == \
        ({"american"}, "Which of the two leaders is?")
    assert excluded_nations("Who led a delegation but was not Chinese?")[0] == {"chinese"}
    assert excluded_nations("What is not a binary string?") == (set(), "What is not a binary string?")
    s = "The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent."
    assert [c.text for c in candidates(s, "Which of the two leaders is not American?", PERSON)][:1] == \
        ["Chinese Vice Premier He Lifeng"]
    assert candidates(s, "Which of the leaders is neither Chinese nor American?", PERSON) == []


def test_a_phrase_in_apposition_gives_way_to_what_it_names():
    def named(sentence: str, phrase: str) -> str | None:
        a = sentence.index(phrase)
        found = appositive(sentence, Span(a, a + len(phrase), phrase))
        return found.text if found else None

    assert named("The Weavers, a half-timbered house by the river, was a school.", "half-timbered house") == \
        "The Weavers"
    assert named("It contrasts with another principal paradigm, circuit switching, a method which ...",
                 "another principal paradigm") == "circuit switching"
    assert named("Nevertheless, a polynomial time algorithm is not always practical.", "polynomial time algorithm") \
        is None  # an adverb, no name
    assert named("They sold a car, boat, and house.", "car") is None  # a list, no apposition
    assert named("It uses a new method, which works.", "new method") is None


def test_a_description_in_apposition_gives_its_place_to_the_name():
    s = "Around 1294, a French version of the Scriptures was prepared by the Roman Catholic priest, Guyard de Moulin."
    assert [c.text for c in candidates(s, "Who translated this version of the scriptures?", PERSON)] == \
        ["Guyard de Moulin"]
    s = "Frederick William, Elector of Brandenburg, invited Huguenots to settle in his realms."
    assert candidates(s, "What German ruler invited Huguenot immigration?", PERSON)[0].text == "Frederick William"
    s = "The talks were led by Vice Premier He Lifeng, Scott Bessent and Jamieson Greer."  # a list, no apposition
    assert {c.text for c in candidates(s, "Who led the talks?", PERSON)} >= {"Scott Bessent", "Jamieson Greer"}


def test_the_place_named_after_the_asked_noun_and_of_comes_first():
    s = "New Rochelle, located in the county of Westchester on the north shore, was a great place of the Huguenots " \
        "in New York."
    assert candidates(s, "What present day county is New Rochelle in?", PLACE)[0].text == "Westchester"


def test_a_part_counted_against_its_whole_answers_how_many_did_it():
    s = "The Social Charter was subsequently adopted in 1989 by 11 of the then 12 member states."
    assert [c.text for c in candidates(s, "How many member states adopted the Social Charter in 1989?", NUMBER)] == \
        ["11"]


def test_which_edition_asks_for_an_ordinal():
    s = "The logo is pictured ahead of the 47th ASEAN Summit in Kuala Lumpur, where two countries met."
    q = "Which edition of the ASEAN Summit was it?"
    assert answer_type(q) == NUMBER and [c.text for c in candidates(s, q, NUMBER)] == ["47th"]


def test_a_person_known_by_a_relation_is_not_the_one_related_to():
    s = ("The delegations were led by Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent, "
         "who met amid concerns over a potential trade war.")
    found = [c.text for c in candidates(s, "Who was the US Treasury Secretary's counterpart in the talks?", PERSON)]
    assert found == ["Chinese Vice Premier He Lifeng"]  # nor held to the possessor's nation
    s = "All declared their support for Richard provided that he support Guy against his rival Conrad of Montferrat."
    assert candidates(s, "Who was Guy's rival?", PERSON)[0].text == "Conrad of Montferrat"


def test_a_fuller_name_that_holds_the_questions_own_name_is_no_answer():
    assert holds_asked_name("Charles III of West Francia", "Who did King Charles III swear fealty to?")
    assert not holds_asked_name("Rollo", "Who did King Charles III swear fealty to?")


def test_a_body_asked_by_another_of_its_names_and_of_a_nation():
    s = "Earlier this week, China's Commerce Ministry confirmed Vice Premier He would lead Beijing's delegation."
    found = candidates(s, "Which Chinese government department confirmed the vice premier's trip?", ORG)
    assert found and found[0].text.endswith("Commerce Ministry")  # a department of government is a ministry
    assert not candidates(s, "Which US government department confirmed the vice premier's trip?", ORG)
