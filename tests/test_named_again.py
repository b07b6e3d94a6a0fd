"""Actors named again in other words (eventwire/actors/again.py): a surname, a short or
initial-letter name of an organisation, "the North", "the kingdom"; abstaining when unclear."""
from conftest import countries, triples


def test_surname_after_full_name(code_text):
    text = ("President Evo Morales spoke in La Paz on Sunday. "
            "Morales accused Colombia of plotting a coup.")
    assert ("BOLGOV", "11", "COLGOV") in triples(code_text(text, date="2010-05-01"))


def test_surname_of_a_titled_person_no_dictionary_knows(code_text):
    text = ("Bolivian army commander General Jaime Ledezma urged the protesters to go home. "
            "Later Ledezma urged President Evo Morales to step down.")
    found = countries(code_text(text, date="2010-05-01"))
    assert ("BOL", "02", "BOL") in found


def test_unknown_surname_is_no_actor(code_text):
    text = "Mbeki spoke on Monday. Zorrilla accused Colombia of plotting a coup."
    assert not code_text(text, date="2010-05-01")


def test_organisation_by_first_words_and_initials(code_text):
    text = ("Amnesty International published a report on Monday. "
            "Amnesty accused the Nigerian army of killing civilians.")
    assert any(s.startswith("NGO") and r == "11" and t == "NGA" for s, r, t in countries(code_text(text)))
    text = ("The paramilitary Rapid Support Forces clashed with the army in Khartoum. "
            "The RSF said on Monday it had seized several Egyptian troops.")
    assert ("SDN", "17", "EGY") in countries(code_text(text))


def test_the_league_after_the_arab_league(code_text):
    text = "The Arab League met in Cairo on Monday. The League condemned Israel on Tuesday."
    assert any(s.startswith("IGO") and r == "11" and t == "ISR" for s, r, t in countries(code_text(text)))


def test_the_south_after_south_korea(code_text):
    text = "North Korean artillery hit a border post of South Korea, and the South accused Pyongyang of a crime."
    assert ("KOR", "11", "PRK") in countries(code_text(text))


def test_the_kingdom_is_the_speakers_country(code_text):
    text = "Saudi Foreign Minister Faisal bin Farhan said on Friday that the kingdom had cut ties with Iran."
    assert ("SAU", "16", "IRN") in countries(code_text(text))


def test_the_country_abstains_when_several_could_be_meant(code_text):
    # two kingdoms named (Egypt, a republic, was here before monarchies.tsv told them apart)
    text = ("Jordan and Morocco held talks on Monday. "
            "The kingdom accused Israel of violating the ceasefire.")
    assert not any(r == "11" for _s, r, _t in countries(code_text(text)))


def test_the_kingdom_is_the_one_monarchy_named(code_text):
    text = ("Jordan and Egypt held talks on Monday. "
            "The kingdom accused Israel of violating the ceasefire.")
    assert ("JOR", "11", "ISR") in countries(code_text(text))


def test_the_kingdom_is_not_a_republic_speaker(code_text):
    # the speaker's own country is no kingdom: the kingdom named before is meant
    text = ("Bahrain expelled two Iranian diplomats on Sunday. "
            "Iran's foreign minister said the kingdom would pay a heavy price.")
    found = countries(code_text(text, date="2016-01-04"))
    assert ("IRN", "13", "BHR") in found
    assert not any(s == "IRN" and t == "IRN" for s, _r, t in found)


def test_the_emirate_is_no_kingdom(code_text):
    # an emirate is not called a kingdom: no one
    text = ("Qatar hosted talks on Monday. "
            "The kingdom accused Israel of violating the ceasefire.")
    assert not any(r == "11" for _s, r, _t in countries(code_text(text)))
