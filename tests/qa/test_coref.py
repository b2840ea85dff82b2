from qa.coref import reference, resolved, unnamed_body

NAMING = "Earlier this week, China's Commerce Ministry confirmed Vice Premier He would lead the delegation."
REFERRING = "The talks came weeks after the ministry announced new export controls."


def test_the_body_a_sentence_calls_by_its_kind_is_named_by_the_doer_of_the_sentence_before():
    found, (start, end) = reference(REFERRING, NAMING)
    assert found.group() == "the ministry"
    assert NAMING[start:end] == "China's Commerce Ministry"
    assert resolved(REFERRING, NAMING) == \
        "The talks came weeks after China's Commerce Ministry announced new export controls."


def test_no_body_without_a_reference_a_name_or_a_doer():
    assert unnamed_body("The Commerce Ministry said the ministry would act.") is None  # named in the sentence itself
    assert unnamed_body("The ministry of trade announced curbs.") is None  # a description, no reference back
    assert reference(REFERRING, "Officials met in Kuala Lumpur on Friday.") is None  # the sentence before names none
    # the name in the sentence before is not its doer: "the university" is Harvard, not Yale
    assert reference("Many of the university's athletics facilities are in Allston.",
                     "The facilities were made possible by a gift from Yale University alumni.") is None
    assert resolved(REFERRING, "Officials met on Friday.") == REFERRING
