"""Sides of wire stories (session 25): envoys recalled in protest alongside another country's
recall, and an opposition addressing its own country's forces in a story filed from abroad.
Sentences written for the tests."""
from conftest import triples


def test_recallers_joining_a_protest_recall_from_the_same_country(code_text):
    events = code_text("Chile withdrew its ambassador from Peru, while Argentina and Uruguay "
                       "recalled their envoys in protest.", date="2015-03-02")
    got = triples(events)
    assert ("ARGGOV", "16", "PERGOV") in got and ("URYGOV", "16", "PERGOV") in got


def test_recall_with_no_partner_in_the_sentence_has_no_target(code_text):
    events = code_text("Peru recalled its ambassador from Chile on Monday. Uruguay recalled its envoy.",
                       date="2015-03-02")
    assert not any(s == "URYGOV" for s, _r, _t in triples(events))


def test_recall_after_cuts_with_two_countries_has_no_target(code_text):
    events = code_text("Chile cut ties with Peru and expelled Bolivia's envoy, while Uruguay "
                       "recalled its ambassador.", date="2015-03-02")
    assert not any(s == "URYGOV" for s, _r, _t in triples(events))


def test_opposition_appeals_to_its_own_armed_forces_from_abroad(code_text):
    events = code_text("LETICIA, Colombia, March 3 - Peruvian opposition leader Keiko Fujimori "
                       "appealed to the army to allow the convoy in.", date="2015-03-03")
    got = triples(events)
    assert any(s.startswith("PER") and r == "02" and t == "PERMIL" for s, r, t in got)
    assert not any(t == "COLMIL" for _s, _r, t in got)


def test_police_of_the_dateline_country_stay_for_its_own_crowds(code_text):
    events = code_text("LETICIA, Colombia, March 3 - Police fired tear gas at protesters on Saturday.",
                       date="2015-03-03")
    assert any(s == "COLCOP" for s, _r, _t in triples(events))


def test_killing_after_a_bombing_is_the_bombing(code_text):
    events = code_text("Syrian jets bombed the market of the town of Saraqeb, killing at least nine "
                       "civilians.", date="2016-03-02")
    got = triples(events)
    assert any(s == "SYRMIL" and r == "19" and t.startswith("SYR") for s, r, t in got)
    assert not any(r == "18" for _s, r, _t in got)


def test_killing_with_no_attack_before_keeps_its_own_code(code_text):
    events = code_text("Militants killed nine villagers in northern Burkina Faso.", date="2016-03-02")
    assert any(r in ("18", "19", "20") for _s, r, _t in triples(events))


def test_the_courts_possessive_points_back_to_the_court_named(code_text):
    events = code_text("The International Criminal Court issued an arrest warrant for Omar al-Bashir on "
                       "Wednesday. Sudan's government said the court's rulings were null and void.",
                       date="2009-03-05")
    got = triples(events)
    assert any(s == "SDNGOV" and r == "12" and t == "IGOICC" for s, r, t in got)
    assert not any(t == "SDNJUD" for _s, _r, t in got)


def test_army_chief_urging_him_is_no_talk_of_its_own_forces(code_text):
    events = code_text("QUITO - President Lucio Gutierrez faced protests on Tuesday. The army commander "
                       "urged him to resign so calm could return.", date="2005-04-19")
    assert ("ECUMIL", "02", "ECUGOV") in triples(events)


def test_him_pointing_back_at_the_speaker_stays_no_target(code_text):
    events = code_text("Canadian Prime Minister Justin Trudeau said he had spoken to Joe Biden and "
                       "told him he had a duty to act.", date="2021-03-01")
    got = triples(events)
    assert ("CANGOV", "04", "USAGOV") in got


def test_resigning_under_pressure_yields_to_those_pressing(code_text):
    events = code_text("Peruvian President Pedro Pablo Kuczynski resigned under pressure from Congress.",
                       date="2018-03-21")
    assert any(s.startswith("PER") and r == "08" and t == "PERLEG" for s, r, t in triples(events))


def test_resigning_with_no_pressure_named_keeps_its_people(code_text):
    events = code_text("Peruvian President Pedro Pablo Kuczynski resigned on Wednesday.", date="2018-03-21")
    assert not any(t == "PERLEG" for _s, _r, t in triples(events))


def test_resigning_over_a_decision_is_dissent_not_yielding(code_text):
    events = code_text("The French envoy to the coalition has resigned over Emmanuel Macron's decision "
                       "to pull troops out of Mali.", date="2020-06-01")
    assert not any(r == "08" for _s, r, _t in triples(events))


def test_resigning_in_protest_yields_to_no_one(code_text):
    events = code_text("Chile's defence minister resigned in protest at the president's new budget.",
                       date="2020-06-01")
    assert not any(r == "08" for _s, r, _t in triples(events))


def test_aid_agency_halting_operations_stops_aid(code_text):
    events = code_text("The World Food Programme halted its operations in Somalia on Tuesday.",
                       date="2010-01-05")
    got = triples(events)
    assert any(s.startswith("IGOUNO") and r == "16" and t.startswith("SOM") for s, r, t in got)


def test_army_halting_operations_still_yields(code_text):
    events = code_text("Somalia's army halted operations in the south on Tuesday.", date="2010-01-05")
    assert not any(r == "16" for _s, r, _t in triples(events))


def test_president_accusing_the_army_addresses_it(code_text):
    events = code_text("ASUNCION - President Fernando Lugo accused the army of plotting a coup.",
                       date="2009-11-05")
    assert ("PRYGOV", "11", "PRYMIL") in triples(events)


def test_own_troops_sent_are_still_no_target(code_text):
    events = code_text("ASUNCION - Paraguay sent its troops to the border on Tuesday.", date="2009-11-05")
    assert not any(t == "PRYMIL" for _s, _r, t in triples(events))


def test_victims_of_an_attack_on_a_foreign_ship_are_its_people(code_text):
    events = code_text("ATHENS, June 2 - Egyptian commandos stormed a Cypriot ship off the coast on "
                       "Monday, killing four people.", date="2014-06-02")
    got = triples(events)
    assert ("EGYMIL", "19", "CYPCVL") in got
    assert not any(t == "GRCCVL" for _s, _r, t in got)


def test_condemning_what_it_called_keeps_the_condemned(code_text):
    events = code_text("QUITO - The U.S. State Department denounced what it termed brutal force by "
                       "police against students.", date="2019-10-10")
    assert any(s == "USAGOV" and r == "11" and t.startswith("ECU") for s, r, t in triples(events))


def test_should_have_done_reproaches_not_demands(code_text):
    got = triples(code_text("Algeria said France should have warned it about the operation.", date="2021-05-18"))
    assert any(s == "DZAGOV" and r == "11" and t == "FRAGOV" for s, r, t in got)
    assert not any(r == "10" for _s, r, _t in got)


def test_should_do_appeals(code_text):
    # "should" ahead is advice, an appeal (02), as the gold codes a cleric's "parliament should
    # reconsider"; "must" stays a demand (10)
    got = triples(code_text("Algeria said France should return the archives.", date="2021-05-18"))
    assert any(s == "DZAGOV" and r == "02" and t == "FRAGOV" for s, r, t in got)
    got = triples(code_text("Algeria said France must return the archives.", date="2021-05-18"))
    assert any(s == "DZAGOV" and r == "10" and t == "FRAGOV" for s, r, t in got)
