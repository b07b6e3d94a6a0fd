"""A country that acts is the state acting: its government, or its armed forces for force."""
from conftest import triples


def test_country_name_acting_is_its_government(code_text):
    t = triples(code_text("Chile broke off diplomatic relations with Peru on Monday."))
    assert ("CHLGOV", "16", "PERGOV") in t


def test_country_using_force_is_its_military_and_the_attacked_country_stays_bare(code_text):
    t = triples(code_text("Chile shelled Peru on Monday."))
    assert ("CHLMIL", "19", "PER") in t or ("CHLMIL", "18", "PER") in t


def test_it_pointing_back_to_a_country_is_the_state(code_text):
    t = triples(code_text("Norway watched the election in Belarus closely. On Tuesday it "
                          "expelled the Belarusian ambassador."))
    assert ("NORGOV", "16", "BLRGOV") in t


def test_nationality_words_are_not_the_state(code_text):
    # "Peruvian fishermen" are people of Peru, not its government
    t = triples(code_text("Chilean police arrested twelve Peruvian fishermen on Monday."))
    assert not any(tt == "PERGOV" for _, _, tt in t)


def test_a_leader_and_his_own_country_are_no_dyad(code_text):
    # defending one's own country's policy is no interaction between two actors
    events = code_text("President Gabriel Boric defended Chile's new mining law on Monday.", date="2023-05-01")
    assert not [e for e in events if e.source.code[:3] == e.target.code[:3] == "CHL"]
