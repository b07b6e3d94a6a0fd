"""Wire-story recall, session 26 (issue 15): CAMEO codebook expressions (expelling inspectors,
taking a stronghold), the military as those hit at a base, relatives as civilians, country codes
of the organisation dictionary. Sentences written for the tests."""
from conftest import countries, triples


def codes(events):
    return {(e.source.code, e.code, e.target.code) for e in events}


# -- CAMEO 166x: expelling inspectors, observers, peacekeepers -----------------------------------

def test_expelling_inspectors_is_1662(code_text):
    events = code_text("Syria expelled three International Atomic Energy Agency inspectors on Friday.",
                       date="2011-05-02")
    assert any(c == "1662" and s.startswith("SYR") and t.startswith("IGOUNO") for s, c, t in codes(events))


def test_expelling_peacekeepers_is_1661(code_text):
    events = code_text("Ethiopia expelled UN peacekeepers from the disputed border zone.", date="2006-02-01")
    assert any(c == "1661" and s.startswith("ETH") and t.startswith("IGOUNO") for s, c, t in codes(events))


def test_expelling_diplomats_stays_a_diplomatic_act(code_text):
    events = code_text("Poland expelled three Belarusian diplomats on Friday.", date="2021-06-04")
    assert not any(c.startswith("166") for _s, c, _t in codes(events))


# -- CAMEO 192: taking a stronghold, a base, a town -----------------------------------------------

def test_capturing_a_rebel_stronghold_occupies_the_rebels_territory(code_text):
    events = code_text("Ugandan troops captured a rebel stronghold near the Sudanese border.", date="2004-03-10")
    assert ("UGAMIL", "19", "UGAREB") in triples(events)


def test_overrunning_a_rebel_base(code_text):
    events = code_text("Chadian soldiers overran a rebel base in the east on Tuesday.", date="2008-04-01")
    assert ("TCDMIL", "19", "TCDREB") in triples(events)


def test_retaking_a_rebel_held_town(code_text):
    events = code_text("Malian troops retook the rebel-held town of Douentza.", date="2013-01-20")
    assert ("MLIMIL", "19", "MLIREB") in triples(events)


def test_taking_positions_is_no_occupation(code_text):
    # troops taking up positions occupy nobody's territory
    events = code_text("Turkish troops took positions near the Syrian border on Sunday.", date="2015-08-02")
    assert not any(r == "19" for _s, r, _t in triples(events))


def test_a_base_seized_with_no_owner_named_is_the_militarys(code_text):
    events = code_text("Taliban fighters seized an army base in Helmand province on Sunday.", date="2016-08-07")
    assert ("AFGREB", "19", "AFGMIL") in triples(events)
    assert ("AFGREB", "19", "AFGCVL") not in triples(events)


# -- relatives, families and parents "of" someone are civilians ------------------------------------

def test_relatives_of_the_victims_are_civilians(code_text):
    events = code_text("Relatives of the victims accused the Peruvian police of covering up the killings.",
                       date="2012-06-01")
    assert any(s == "PERCVL" and r == "11" and t.startswith("PER") for s, r, t in triples(events))


def test_relatives_alone_are_no_actor(code_text):
    # mourners at a funeral: "relatives" with no "of" names no side
    events = code_text("Friends and relatives gathered in Ankara to mourn the journalist.", date="2012-06-01")
    assert not any(s.endswith("CVL") for s, _r, _t in triples(events))


# -- the organisation dictionary uses CAMEO country codes --------------------------------------------

def test_unita_is_angolan(code_text):
    events = code_text("UNITA rebels attacked a government convoy in Angola.", date="1998-12-01")
    assert any(s == "AGOREB" for s, _r, _t in triples(events))


# -- CAMEO 162/163: cutting supplies, visa bans and asset freezes --------------------------------

def test_halting_gas_deliveries_stops_material_aid(code_text):
    events = code_text("Moscow halted gas deliveries to Belarus on Tuesday.", date="2004-02-18")
    assert any(s.startswith("RUS") and c.startswith("162") and t.startswith("BLR") for s, c, t in codes(events))


def test_threatening_to_cut_electricity_is_a_threat(code_text):
    events = code_text("Georgia threatened to stop its gas supplies to Armenia.", date="2004-02-18")
    assert any(s.startswith("GEO") and r == "13" and t.startswith("ARM") for s, r, t in triples(events))


def test_cutting_food_supplies_to_refugees_is_humanitarian(code_text):
    events = code_text("The World Food Programme reduced food supplies to Somali refugees in Kenya.",
                       date="2011-03-01")
    assert any(c == "1623" for _s, c, _t in codes(events))


def test_visa_bans_are_sanctions_not_repression(code_text):
    events = code_text("Canada imposed visa bans on senior Iranian officials.", date="2012-09-07")
    assert any(s.startswith("CAN") and c == "163" and t.startswith("IRN") for s, c, t in codes(events))
    assert not any(c.startswith("17") for _s, c, _t in codes(events))


def test_a_storm_cutting_power_is_no_event(code_text):
    events = code_text("The storm cut power to thousands of homes in Florida.", date="2012-09-07")
    assert not events


# -- a finite verb the parser joins to a verb under a modal is told as the clause above -----------

def test_finite_verb_joined_under_a_negated_modal_is_told(code_text):
    events = code_text("Kenyan opposition leader Raila Odinga told reporters he could not ask supporters "
                       "to face the police and accused the government of arming gangs.", date="2008-01-10")
    assert any(s.startswith("KEN") and r == "11" and t == "KENGOV" for s, r, t in triples(events))


def test_base_form_verb_under_a_negated_modal_stays_negated(code_text):
    events = code_text("Kenyan opposition leader Raila Odinga said he could not accuse the government "
                       "of arming gangs.", date="2008-01-10")
    assert not any(r == "11" for _s, r, _t in triples(events))


def test_movement_for_democratic_change_is_the_zimbabwean_opposition(code_text):
    events = code_text("Zimbabwean police arrested two officials of the Movement for Democratic Change.",
                       date="2007-03-12")
    assert ("ZWECOP", "17", "ZWEOPP") in triples(events)


# -- "both sides": a sentence naming one of them alone does not hide the pair ----------------------

def test_both_sides_past_a_sentence_naming_one_side(code_text):
    events = code_text("Ethiopian troops clashed with Eritrean forces on the border. Eritrea denied the report. "
                       "The United Nations urged both sides to show restraint.", date="1999-02-08")
    found = countries(events)
    assert ("IGOUNO", "02", "ETH") in found and ("IGOUNO", "02", "ERI") in found


def test_both_sides_not_taken_past_a_third_party(code_text):
    events = code_text("Ethiopian troops clashed with Eritrean forces on the border. Japanese officials "
                       "welcomed the report. The United Nations urged both sides to show restraint.",
                       date="1999-02-08")
    assert not any(s == "IGOUNO" for s, _r, _t in countries(events))


# -- a verb with an infinitive of its own does not borrow the object of the verb before it --------

def test_pledge_to_work_with_y_after_praising_x(code_text):
    events = code_text("German Chancellor Angela Merkel lauded Egypt's mediation and promised to work closely "
                       "with the Palestinian Authority to rebuild Gaza.", date="2014-08-27")
    found = codes(events)
    assert any(s == "DEUGOV" and c.startswith("03") and t.startswith("PSE") for s, c, t in found)
    assert not any(c.startswith("03") and t.startswith("EGY") for _s, c, t in found)


def test_verbs_joined_by_and_still_share_an_object(code_text):
    events = code_text("Somali militants killed and wounded three Kenyan policemen.", date="2014-08-27")
    assert ("SOMREB", "18", "KENCOP") in triples(events) or any(
        r == "18" and t == "KENCOP" for _s, r, t in triples(events))


# -- a national security council is no UN organ -----------------------------------------------------

def test_russias_security_council_is_russian(code_text):
    events = code_text("Russia's Security Council condemned the Ukrainian government.", date="2022-03-01")
    assert any(s == "RUSGOV" and r == "11" for s, r, _t in triples(events))


def test_the_security_council_alone_stays_the_un(code_text):
    events = code_text("The Security Council condemned the Ukrainian government.", date="2022-03-01")
    assert any(s == "IGOUNO" and r == "11" for s, r, _t in triples(events))


def test_part_of_a_stronghold_taken_is_the_holders(code_text):
    events = code_text("Ugandan troops captured part of a rebel stronghold near the Sudanese border.",
                       date="2004-03-10")
    assert ("UGAMIL", "19", "UGAREB") in triples(events)


# -- CAMEO 087: halting military operations, ordering a halt to an offensive -----------------------

def test_ordering_a_halt_to_military_operations_deescalates(code_text):
    events = code_text("Azerbaijani President Ilham Aliyev ordered a halt to all military operations in Armenia.",
                       date="2022-09-14")
    assert any(s == "AZEGOV" and c == "087" and t.startswith("ARM") for s, c, t in codes(events))


def test_suspending_an_offensive_deescalates(code_text):
    events = code_text("Turkey suspended its offensive in northern Iraq on Friday.", date="2008-02-29")
    assert any(s.startswith("TUR") and c == "087" for s, c, _t in codes(events))
