"""Verbal cooperation the coder missed (session 32, task vcoop): the source's own state named
as the owner of what it gives ("promised Japan's support for Y": the target is Y, not Japan;
objects_owned.py), a protest postponed (dissent eased, 082; dissent.py), people released counted
through "of" ("freed three of the hostages"; unnamed.py), aid sent as "resources" or "funds"
(verb_patterns_hand.tsv), the body that took a decision named by the meeting it was taken at
("the steps adopted at the session of Y's cabinet"; receivers.py), a border opened for goods
to go into Y (opened.py), a truce with the side of the war it stops (truces.py), support for a
deal between two sides (objects_owned.py) and a courtesy call as a visit (042)."""


def _codes(events, source, target):
    return {e.code for e in events if e.source.code[:3] == source and e.target.code[:3] == target}


def _roots(events, source, target):
    return {e.root for e in events if e.source.code[:3] == source and e.target.code[:3] == target}


# -- the source's own state as the owner of the object (objects_owned.py)

def test_own_country_s_support_for_another_is_support_for_the_other(code_text):
    events = code_text("The Danish envoy promised Denmark's support for Kenya's efforts to expand its ports.",
                       date="2019-06-04")
    assert "03" in _roots(events, "DNK", "KEN")
    assert not _roots(events, "DNK", "DNK")


def test_the_capital_s_backing_declared_for_another(code_text):
    events = code_text("The Austrian minister declared Vienna's support for Slovenia's reform plan.",
                       date="2019-06-04")
    assert "05" in _roots(events, "AUT", "SVN")


def test_another_body_of_the_own_country_stays_the_target(code_text):
    # a distinct body of the source's own country is no possession of the source
    events = code_text("The Canadian prime minister praised Canada's armed forces on Monday.", date="2019-06-04")
    assert "05" in _roots(events, "CAN", "CAN")


def test_relations_of_the_own_country_with_another(code_text):
    events = code_text("The Peruvian minister praised Peru's relations with Ecuador.", date="2019-06-04")
    assert "05" in _roots(events, "PER", "ECU")


# -- a protest postponed (dissent.py)

def test_a_strike_postponed_eases_dissent(code_text):
    events = code_text("Zambian nurses postponed their strike on Monday.", date="2021-03-01")
    assert "082" in _codes(events, "ZMB", "ZMB")


def test_an_agreement_to_postpone_a_protest_is_an_intent(code_text):
    events = code_text("The Malawian opposition agreed to postpone its protest against the cabinet.",
                       date="2021-03-01")
    assert "03" in _roots(events, "MWI", "MWI")


def test_a_postponed_air_strike_is_no_protest(code_text):
    events = code_text("The Sudanese army postponed its air strike on the rebel camp.", date="2021-03-01")
    assert not [e for e in events if e.code == "082"]


def test_postponed_talks_are_no_eased_dissent(code_text):
    events = code_text("Uganda postponed its talks with Rwanda.", date="2021-03-01")
    assert not [e for e in events if e.code == "082"]


# -- people released counted through "of" (unnamed.py)

def test_some_of_the_hostages_freed(code_text):
    events = code_text("Maoist guerrillas in Nepal freed four of the hostages on Sunday.", date="2005-06-04")
    assert "08" in _roots(events, "NPL", "NPL")


def test_a_promised_release_of_some_of_many_hostages(code_text):
    events = code_text("Maoist guerrillas in Nepal said they would release six of the dozens of hostages "
                       "they hold.", date="2005-06-04")
    assert "03" in _roots(events, "NPL", "NPL")


# -- aid sent as resources or funds (verb_patterns_hand.tsv)

def test_resources_sent_to_a_country_are_aid(code_text):
    events = code_text("The World Bank sent additional resources to Honduras on Tuesday.", date="2019-06-04")
    assert "07" in _roots(events, "IGO", "HND")


def test_willing_to_send_funds_is_an_intent_to_give_aid(code_text):
    events = code_text("Japan says it is ready to send extra funds to Tonga.", date="2019-06-04")
    assert "03" in _roots(events, "JPN", "TON")


def test_funds_sent_by_parents_are_no_event(code_text):
    events = code_text("Her parents sent funds to their daughter in Lebanon.", date="2019-06-04")
    assert not [e for e in events if e.root == "07"]


# -- the body a decision was taken by, named by its meeting (receivers.py)

def test_decisions_taken_at_the_meeting_of_a_council(code_text):
    events = code_text("The EU praised the steps adopted during the session of Mali's transitional council.",
                       date="2021-06-04")
    assert "05" in _roots(events, "IGO", "MLI")


def test_a_meeting_between_two_sides_names_no_one_author(code_text):
    events = code_text("Ghana praised the steps adopted during the summit between Togo and Benin.", date="2021-06-04")
    assert not [e for e in events if e.root == "05"]


# -- a border opened for people or goods to go into a country (opened.py)

def test_a_border_opened_for_aid_to_enter_a_country(code_text):
    events = code_text("Tajikistan opened its border for relief lorries to enter Afghanistan.", date="2021-09-04")
    assert "08" in _roots(events, "TJK", "AFG")


def test_agreeing_to_open_crossings_to_let_aid_reach_a_country(code_text):
    events = code_text("Egypt agreed to open its border crossings to let food reach Gaza.", date="2021-09-04")
    assert "03" in _roots(events, "EGY", "PSE")


def test_a_border_opened_for_the_own_people_to_come_home_names_no_one(code_text):
    events = code_text("Jordan opened its border for Jordanian citizens to return home.", date="2021-09-04")
    assert not [e for e in events if e.root == "08"]


# -- a truce with the side of the war it stops (truces.py)

def test_a_truce_agreed_in_a_war_with_a_neighbour(code_text):
    events = code_text("Armenia agreed to a truce in its war with Azerbaijan.", date="2020-10-04")
    assert "03" in _roots(events, "ARM", "AZE")


def test_a_ceasefire_halting_an_incursion_into_a_country(code_text):
    events = code_text("Nairobi agreed to a truce that ends its military campaign against Somalia.",
                       date="2012-10-04")
    assert "03" in _roots(events, "KEN", "SOM")


def test_a_truce_in_a_war_with_the_own_state_names_no_foe(code_text):
    events = code_text("Turkey agreed to a ceasefire in its war with Turkey.", date="2020-10-04")
    assert not events


# -- support for a deal between two sides (objects_owned.deal_sides)

def test_support_declared_for_an_agreement_between_two_sides(code_text):
    events = code_text("Ghana declared its support for the peace agreement between Ethiopia and Eritrea.",
                       date="2019-06-04")
    assert "05" in _roots(events, "GHA", "ETH") and "05" in _roots(events, "GHA", "ERI")


def test_support_expressed_for_talks_between_two_sides(code_text):
    events = code_text("Norway expressed support for the talks between Armenia and Azerbaijan.", date="2019-06-04")
    assert "05" in _roots(events, "NOR", "ARM") and "05" in _roots(events, "NOR", "AZE")


def test_support_for_a_war_between_two_sides_is_no_support_for_them(code_text):
    events = code_text("Norway expressed support for the war between Armenia and Azerbaijan.", date="2019-06-04")
    assert not _roots(events, "NOR", "ARM")


# -- a courtesy call is a visit (verb_patterns_hand.tsv)

def test_a_courtesy_call_paid_on_a_minister_is_a_visit(code_text):
    events = code_text("The Thai ambassador paid a courtesy call on the Laotian foreign minister.", date="2019-06-04")
    assert "042" in _codes(events, "THA", "LAO")


def test_a_courtesy_call_made_is_no_telephone_call(code_text):
    events = code_text("The Thai ambassador made a courtesy call on Cambodia's prime minister.", date="2019-06-04")
    assert "042" in _codes(events, "THA", "KHM") and "041" not in _codes(events, "THA", "KHM")


def test_the_own_country_s_arms_sales_defended_are_no_support_for_the_buyer(code_text):
    # only what is given or kept with another ("support", "relations") passes on to its "for"/"with"
    events = code_text("The Spanish prime minister defended Spain's arms sales to Morocco.", date="2019-06-04")
    assert not _roots(events, "ESP", "MAR")


def test_a_border_opened_for_refugees_to_go_home_is_not_opened_to_their_home(code_text):
    events = code_text("Lebanon opened its border for Syrian refugees to return to Syria.", date="2021-09-04")
    assert not _roots(events, "LBN", "SYR")
