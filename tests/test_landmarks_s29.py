"""A country named as the place of a piece of land is no actor ("refused to leave a corner of
northern Chad"); act nouns, groups, attacks and visits keep their place's country."""
from eventwire.events.landmarks import land_nouns, motion_verbs


def test_the_derived_lists_tell_land_from_acts_and_groups():
    land = land_nouns()
    assert {"territory", "corner", "border", "region", "enclave", "frontier"} <= land
    assert not {"ceasefire", "conflict", "army", "operation", "side", "government"} & land
    assert {"cross", "leave", "enter"} <= motion_verbs()
    assert not {"open", "reopen", "praise"} & motion_verbs()


def test_a_corner_of_a_country_is_no_target(code_text):
    events = code_text("The militants refused to leave a small corner of northern Chad.", date="2021-03-01")
    assert not [e for e in events if e.target.code.startswith("TCD")]


def test_territory_in_a_country_is_no_target(code_text):
    events = code_text("The rebels agreed to leave the remaining territory in Chad on Friday.", date="2021-03-01")
    assert not [e for e in events if e.target.code.startswith("TCD")]


def test_a_border_crossed_is_no_target(code_text):
    events = code_text("The armed men refused to enter Nigerien territory.", date="2021-03-01")
    assert not [e for e in events if e.target.code.startswith("NER")]


def test_a_reopened_border_is_an_act_toward_the_neighbour(code_text):
    events = code_text("Algeria reopened the Tunisian border.", date="2021-03-01")
    assert any(e.source.code.startswith("DZA") and e.target.code.startswith("TUN") for e in events)


def test_an_attack_on_land_keeps_its_country(code_text):
    events = code_text("Sudanese troops occupied a corner of eastern Chad.", date="2021-03-01")
    assert any(e.root == "19" and e.target.code.startswith("TCD") for e in events)


def test_an_act_noun_keeps_its_place(code_text):
    events = code_text("Moscow demanded an end to the fighting in Moldova.", date="2021-03-01")
    assert any(e.target.code.startswith("MDA") for e in events)


def test_the_country_aid_comes_from_is_no_recipient(code_text):
    events = code_text("Russia helped organise evacuation flights from Libya to Grozny.", date="2021-03-01")
    assert not [e for e in events if e.target.code.startswith("LBY")]


def test_aid_sent_to_a_country_keeps_its_recipient(code_text):
    events = code_text("Egypt sent aid convoys from Sudan to Chad.", date="2021-03-01")
    assert any(e.root == "07" and e.target.code.startswith("TCD") for e in events)
    assert not [e for e in events if e.target.code.startswith("SDN")]
