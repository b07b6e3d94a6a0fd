"""Protest gatherings: "a protest meeting", "a protest rally" are protests (nouns.tsv), and
protesters who gather or assemble demonstrate (verb_patterns_hand.tsv), not meet."""


def test_protest_meeting_is_a_protest(code_text):
    events = code_text("On Monday, nurses staged a protest meeting outside the hospital in Kaya.",
                       date="2021-03-04")
    assert any(e.code == "141" for e in events)


def test_a_meeting_is_no_protest(code_text):
    events = code_text("On Monday, the ministers held a meeting in Kaya.", date="2021-03-04")
    assert not any(e.code.startswith("14") for e in events)


def test_protesters_gather(code_text):
    events = code_text("Demonstrators gathered outside the courthouse in Koudougou on Friday.",
                       date="2021-03-04")
    assert any(e.code == "141" and e.source.code.endswith("CVL") for e in events)


def test_supporters_gathering_is_no_protest(code_text):
    events = code_text("Supporters gathered at the airport in Koudougou to welcome the president.",
                       date="2021-03-04")
    assert not any(e.code.startswith("14") for e in events)


def test_a_group_of_students_protested(code_text):
    # the parser reads "protested" as a reduced relative on "group"; protest has no passive
    events = code_text("On Friday, a group of pupils protested in Koudougou against the closure of their school.",
                       date="2021-03-06")
    assert any(e.code.startswith("14") and e.source.code.endswith("EDU") for e in events)


def test_headline_passive_participle_stays_passive(code_text):
    events = code_text("Five soldiers killed in ambush near Koudougou.", date="2021-03-06")
    assert not any(e.source.code.endswith("MIL") for e in events)
