"""A pronoun whose nearest possible antecedent in its sentence is a body or group no dictionary
names stays unresolved (actors/rivals.py); "it" in what a person said, with no addressee, too.
Each text is written for this test."""
from conftest import coded


def _pairs(events):
    return {(s, t, c[:2]) for s, t, c in coded(events)}


def test_unknown_body_blocks_earlier_country(code_text):
    # "it" is the committee named by its initials, not Chile named a sentence before
    events = code_text("Chile hosted the conference in Santiago. Peru, one of the states funding the UDC, "
                       "had been pressing it to join the talks.", date="2021-06-02")
    assert not any(t.startswith("CHL") and c == "02" for s, t, c in _pairs(events)), coded(events)


def test_unknown_powers_block_they(code_text):
    # "they" are the unnamed powers, not the states named before
    events = code_text("Norway and Iceland held talks on fishing quotas. The mediator could not settle "
                       "the dispute while the regional powers kept arming the militias they sponsored.",
                       date="2021-06-02")
    assert not any(s.startswith(("NOR", "ISL")) and c == "06" for s, t, c in _pairs(events)), coded(events)


def test_known_body_still_resolves(code_text):
    # the nearest candidate is a country the dictionary knows: "it" is that country
    events = code_text("Kenya said it had expelled two Ugandan diplomats.", date="2021-06-02")
    assert ("KENGOV", "UGAGOV", "16") in _pairs(events), coded(events)


def test_person_saying_it_is_left_unresolved(code_text):
    events = code_text("Ghana rejected the plan. Maria Lopez, the Spanish envoy for Ghana, said it "
                       "would not allow Togolese troops to return.", date="2021-06-02")
    assert not any(s.startswith("GHA") and t.startswith("TGO") for s, t, c in _pairs(events)), coded(events)


def test_person_telling_a_body_it_must(code_text):
    # an addressee is what "it" in the message points at
    events = code_text("Joe Biden has told Nato it must expel Hungary.", date="2021-06-02")
    assert any(t.startswith("IGO") and c == "10" for s, t, c in _pairs(events)), coded(events)
