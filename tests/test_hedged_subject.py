"""A hedge opening the subject ("presumed X or Y militants killed ...") that the parser reads
as a verb taking the group as its object: the group is the subject (events/parse.py)."""


def test_presumed_either_group_is_the_doer(code_text):
    events = code_text("On 8 July, presumed Taliban or ISKP fighters executed a shopkeeper in Herat.",
                       date="2021-07-10")
    assert any(e.source.code.startswith("AFG") and e.code.startswith("18") for e in events)


def test_a_verb_with_its_own_subject_is_left(code_text):
    events = code_text("Police in Herat suspected the men of theft on Monday.", date="2021-07-10")
    assert not any(e.source.code.endswith("CVL") for e in events)
