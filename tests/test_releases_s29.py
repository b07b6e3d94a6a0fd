"""Releases of detained people the coder missed (session 29, dev_quad material cooperation):
an agentless passive release whose people were held in a named country (that country let them
go), a holding participle the parser reads as the main clause ("Sailors held captive in X have
been freed"), unnamed prisoners freed where they were held, and people named by what they are or
do ("freed three former ministers"). And the same phrasings that name no holder stay uncoded."""
from conftest import countries


def _release(events):
    return {(s, t) for s, r, t in countries(events) if r == "08"}


def test_released_from_captivity_in_a_country(code_text):
    found = _release(code_text("On Sunday two Danish engineers were released from captivity in Mali, their employer said.", date="2021-03-02"))
    assert ("MLI", "DNK") in found


def test_held_captive_participle_misread_as_main_verb(code_text):
    events = code_text("Six Greek sailors held captive in Somalia have been freed.", date="2021-03-02")
    assert ("SOM", "GRC") in _release(events)
    # the holding is no abduction by the sailors
    assert not any(s == "GRC" for s, _r, _t in countries(events))


def test_held_hostage_joined_to_the_release_by_a_comma(code_text):
    events = code_text("Nine Bulgarian sailors, held hostage in Nigeria since June, have been freed.",
                       date="2021-03-02")
    assert ("NGA", "BGR") in _release(events)
    assert not any(s == "BGR" for s, _r, _t in countries(events))


def test_held_hostage_joined_without_comma(code_text):
    events = code_text("Four Pakistani drivers held hostage in Afghanistan for a month were freed on Sunday.",
                       date="2021-03-02")
    assert ("AFG", "PAK") in _release(events)
    assert not any(s == "PAK" for s, _r, _t in countries(events))


def test_prisoners_released_where_they_were_held(code_text):
    found = _release(code_text("Dozens of political prisoners were released in Minsk on Thursday.", date="2021-03-02"))
    assert ("BLR", "BLR") in found


def test_people_released_in_a_place_with_no_holding_named_stay_uncoded(code_text):
    # "released in Mali" says where, not who held them
    assert not _release(code_text("Three Frenchmen were released in Mali.", date="2021-03-02"))
    # people of the place itself held there name no holder
    assert not _release(code_text("Two Malians held in Mali have been freed.", date="2021-03-02"))


def test_people_named_by_their_work_or_standing_are_released(code_text):
    found = _release(code_text("A Zambian court freed on bail three former ministers on Tuesday.", date="2021-03-02"))
    assert ("ZMB", "ZMB") in found
    found = _release(code_text("Chad released two supporters of the opposition leader on Monday.", date="2021-03-02"))
    assert ("TCD", "TCD") in found


def test_released_things_are_no_people(code_text):
    assert not _release(code_text("The Chadian ministry released a report on journalists on Monday.",
                                  date="2021-03-02"))


def _aid(events):
    return {(s, t) for s, r, t in countries(events) if r == "07"}


def test_people_and_goods_sent_to_a_country_are_aid(code_text):
    assert ("CHL", "ECU") in _aid(code_text("Chile dispatched 40 doctors to Ecuador.", date="2021-03-02"))
    assert ("KOR", "LAO") in _aid(code_text("South Korea shipped vaccines to Laos.", date="2021-03-02"))
    assert ("TUR", "SOM") in _aid(code_text("Turkey sent food and medicine to Somalia.", date="2021-03-02"))
    assert ("MEX", "HTI") in _aid(code_text("Mexico sent a rescue team to Haiti.", date="2021-03-02"))
    assert ("ESP", "MAR") in _aid(code_text("Spain deployed rescue teams to Morocco.", date="2021-03-02"))
    # troops deployed stay a show of force
    assert not _aid(code_text("Spain deployed troops to Morocco.", date="2021-03-02"))


def test_people_sent_to_no_actor_are_no_aid(code_text):
    assert not _aid(code_text("The hospital sent doctors to the village.", date="2021-03-02"))


def _given(events):
    return {(s, t) for s, r, t in countries(events) if r in ("06", "07")}


def test_money_to_pay_for_aid_for_people_of_a_place(code_text):
    events = code_text("Denmark has provided 8 million euros this year to pay for food aid for families "
                       "displaced in Niger.", date="2021-03-02")
    assert ("DNK", "NER") in _given(events)
    events = code_text("The World Bank is allocating 30 million dollars to address the urgent needs of "
                       "people in Malawi.", date="2021-03-02")
    assert any(t == "MWI" for _s, t in _given(events))


def test_paying_for_a_war_against_a_country_is_no_aid_to_it(code_text):
    events = code_text("Portugal gave 5 million euros to pay for the war against Iraq.", date="2021-03-02")
    assert not any(t == "IRQ" for _s, t in _given(events))


def test_taking_part_in_peacekeeping_in_a_country_is_peacekeeping(code_text):
    events = code_text("Uruguayan troops participated in the peacekeeping mission in Haiti.", date="2021-03-02")
    assert ("URY", "HTI") in _aid(events)
    events = code_text("Bangladeshi soldiers take part in peacekeeping operations in Mali.", date="2021-03-02")
    assert ("BGD", "MLI") in _aid(events)


def test_taking_part_in_other_things_is_no_peacekeeping(code_text):
    assert not _aid(code_text("Uruguayan troops took part in a football match in Haiti.", date="2021-03-02"))
    assert not _aid(code_text("Uruguay participated in a music festival in Haiti.", date="2021-03-02"))


def test_a_promised_release_of_prisoners_is_an_intent_to_free_them(code_text):
    events = code_text("Liberia's government agreed to release 40 prisoners on Sunday.", date="2021-03-02")
    assert any(s == "LBR" and r == "03" and t == "LBR" for s, r, t in countries(events))


def test_a_tax_on_a_countrys_companies_lifted_eases_a_restriction_on_it(code_text):
    found = countries(code_text("Portugal suspended a new tax on American banks.", date="2021-03-02"))
    assert ("PRT", "08", "USA") in found
    found = countries(code_text("Kenya scrapped a levy on Ugandan sugar.", date="2021-03-02"))
    assert ("KEN", "08", "UGA") in found
    # no foreign goods named: no one else
    assert not code_text("Portugal cut taxes on fuel.", date="2021-03-02")


def test_funds_mobilised_for_a_country_are_aid(code_text):
    events = code_text("After the earthquake, Japan mobilised funds for the rebuilding of schools in Nepal.", date="2021-03-02")
    assert any(t == "NPL" for _s, t in _aid(events))
    # troops mobilised stay a show of force
    assert not _aid(code_text("Russia mobilised troops on the Ukrainian border.", date="2021-03-02"))


def test_things_handed_back_go_to_the_to_receiver(code_text):
    # the parser hangs "to" on the things counted; the receiver is the embassy's state, and a
    # seized ship returned to Y goes to Y, not to its own business
    found = countries(code_text("Canada returned 40 stolen Aztec statues to Mexico's embassy in Ottawa.", date="2021-03-02"))
    assert ("CAN", "08", "MEX") in found
    found = countries(code_text("Venezuela returned the seized tanker to Greece.", date="2021-03-02"))
    assert ("VEN", "08", "GRC") in found
    assert not any(t == "VEN" for _s, _r, t in found)
