"""Fixes from the session-30 review: each rule keeps to its own construction."""


def _dyads(events):
    return {(e.source.code[:3], e.target.code[:3], e.code[:2]) for e in events}


def test_accepting_from_someone_stays_the_acceptor_s_act(code_text):
    events = code_text("Chile accepted an invitation from Peru to attend the summit.", date="2021-03-01")
    assert ("PER", "CHL", "03") not in _dyads(events)


def test_received_from_turns_the_pair_round(code_text):
    events = code_text("Ukraine received anti-tank weapons from Poland.", date="2021-03-01")
    assert ("POL", "UKR", "07") in _dyads(events)


def test_talks_between_two_others_are_not_the_subject_s(code_text):
    events = code_text("Turkey shelled Kobani after talks in Doha between Qatar and Iran.", date="2021-03-01")
    assert not [e for e in events if e.root == "04" and e.source.code.startswith("TUR")]


def test_the_city_an_embassy_stands_in_is_not_its_owner(code_text):
    events = code_text("Kenyans protested outside the embassy in Kampala.", date="2021-03-01")
    assert not [e for e in events if e.target.code.startswith("UGA")]
    events = code_text("Serbs protested outside the Croatian embassy in Belgrade.", date="2021-03-01")
    assert ("SRB", "HRV", "14") in _dyads(events)


def test_a_hyphenated_protest_called_off(code_text):
    events = code_text("Kenyan students called off their sit-in.", date="2021-03-01")
    assert [e for e in events if e.code == "082"]
