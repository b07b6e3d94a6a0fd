"""Interactions told through a thing (issue 15, dev_quad recall): joint exercises, tariffs on a
country's goods, aid to people named by their place, a receiver the parser hangs on the last
thing sent, the author of a rejected or praised object, an acronym read as an adverb. And the
same phrasings where no second actor is named stay uncoded."""
from conftest import countries, triples


def test_joint_exercises_are_military_cooperation(code_text):
    assert ("USA", "06", "JPN") in countries(code_text("The United States and Japan conducted a joint naval exercise."))
    assert ("KEN", "06", "UGA") in countries(code_text("Kenya conducted joint military drills with Uganda."))
    # "staged" misread as the noun "stag" still carries its event noun
    found = countries(code_text("Brazilian and Argentine troops staged joint war games in the south."))
    assert ("BRA", "06", "ARG") in found
    found = countries(code_text("The armies of Egypt and Sudan performed combined manoeuvres near the border."))
    assert ("EGY", "06", "SDN") in found


def test_exercises_without_a_second_side_stay_uncoded(code_text):
    assert not code_text("The Russian navy staged war games in the Baltic Sea.")
    assert not code_text("The surgeon performed an operation on the minister.")


def test_tariffs_cut_on_a_countrys_goods(code_text):
    assert ("USA", "08", "CHN") in countries(code_text("The United States cut tariffs on Chinese goods."))
    assert ("JPN", "08", "AUS") in countries(code_text("Japan slashed its tariffs on Australian beef."))
    # its own goods are no other side
    assert not code_text("Japan lowered duties and cut tariffs on Japanese rice.")


def test_aid_to_people_named_by_their_place(code_text):
    found = countries(code_text("Japan provided aid to families affected by the earthquake in Nepal."))
    assert ("JPN", "07", "NPL") in found
    found = countries(code_text("Germany gave 5 million euros in relief for the people hit by the floods in Yemen."))
    assert ("DEU", "07", "YEM") in found
    found = countries(code_text("The Red Cross provided food to thousands of households in Haiti."))
    assert any(r == "06" and t == "HTI" for _s, r, t in found)
    # no place named: no target
    assert not code_text("The government provided aid to farmers in the north.")


def test_receiver_after_several_things_sent(code_text):
    found = countries(code_text("Spain has sent 40 armoured vehicles and a squad of mechanics to Mauritania."))
    assert ("ESP", "07", "MRT") in found
    assert not any(t == "ESP" for _s, _r, t in found)
    found = countries(code_text("Sweden and Norway have sent medical supplies and staff such as nurses to Malawi."))
    assert {("SWE", "07", "MWI"), ("NOR", "07", "MWI")} <= found


def test_author_of_the_rejected_object(code_text):
    found = triples(code_text("Kenyan opposition leaders rejected the terms set by the Ugandan government."))
    assert ("KENOPP", "12", "UGAGOV") in found
    # attending a conference boycotted by Y is nothing done to Y
    found = countries(code_text("The Kenyan envoy praised a conference boycotted by the Somali opposition."))
    assert not any(t == "SOM" for _s, _r, t in found)


def test_acronym_read_as_an_adverb_is_the_subject(code_text):
    found = triples(code_text("USAID provided tents to Haiti."))
    assert any(s.startswith("USAGOV") and t == "HTIGOV" for s, _r, t in found)


def test_main_verb_misread_as_a_participle(code_text):
    # the parser makes "force" the root and "carried" its participle: the force still did it
    found = countries(code_text("The Turkish army carried out at least five air strikes on PKK positions."))
    assert any(s == "TUR" and r == "19" for s, r, _t in found)
    # a reduced relative with a "by" doer, or with no object, is no main verb
    assert not code_text("The weapons seized by police in Kenya.")
    assert not code_text("The troops sent to Mali last year.")


def test_attacks_on_a_number_of_positions_hit_their_owner(code_text):
    # "a number of" counts the positions: their owner is the target, not the attacker's people
    found = triples(code_text("Israeli jets launched air strikes on a number of Hamas positions."))
    assert found and all(t == "PSEREBHMS" for _s, _r, t in found)
