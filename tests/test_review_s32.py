"""Rules of session 32's first wave that fired on the wrong sentences (task review, s32).
Sentences written for these tests."""


def _pairs(events):
    return {(e.source.code[:3], e.target.code[:3], e.root) for e in events}


# -- armed forces leaving (departures.py): only a place left is a retreat

def test_troops_leaving_people_dead_is_no_retreat(code_text):
    events = code_text("Ethiopian troops left four Somali herders dead near the town of Beledweyne.",
                       date="2021-03-02")
    assert not [e for e in events if e.code == "0874"]


def test_troops_leaving_people_wounded_is_no_retreat(code_text):
    events = code_text("Turkish soldiers left two Kurdish fighters wounded near the border with Iraq.",
                       date="2021-03-02")
    assert not [e for e in events if e.code == "0874"]


def test_troops_leaving_for_a_country_go_there(code_text):
    events = code_text("Canadian troops left for Latvia on Monday.", date="2021-03-02")
    assert not [e for e in events if e.code == "0874"]


def test_troops_leaving_a_country_still_retreat(code_text):
    events = code_text("The last Canadian soldiers left Afghanistan on Friday.", date="2021-03-02")
    assert ("CAN", "AFG", "08") in _pairs(events)


# -- appeals that rally others (rallies.py): an attack asked for is no protest

def test_urged_to_strike_against_a_group_is_no_rally(code_text):
    events = code_text("The Nigerian president urged the regional force to strike against Boko Haram.",
                       date="2021-03-02")
    assert not [e for e in events if e.code == "113"]


def test_called_for_air_strikes_against_a_side_is_no_rally(code_text):
    events = code_text("The Libyan general called for air strikes against the Turkish forces.",
                       date="2021-03-02")
    assert not [e for e in events if e.code == "113"]


def test_called_for_a_general_strike_against_a_government_rallies(code_text):
    events = code_text("The Bolivian opposition called for a general strike against the government of "
                       "Peru.", date="2021-03-02")
    assert "11" in {e.root for e in events if e.target.code[:3] == "PER"}


def test_a_phone_call_to_complain_stays_a_call(code_text):
    events = code_text("The French president called the German chancellor to protest against the Polish "
                       "government.", date="2021-03-02")
    assert ("FRA", "DEU", "04") in _pairs(events)
    assert not [e for e in events if e.code == "113"]


def test_an_invitation_stays_an_invitation(code_text):
    events = code_text("The Chilean president invited the Peruvian leader to Santiago to protest against "
                       "Bolivia.", date="2021-03-02")
    assert not [e for e in events if e.code == "113"]


def test_called_on_followers_to_protest_still_rallies(code_text):
    events = code_text("The Serbian opposition called on students to protest against the government of "
                       "Hungary.", date="2021-03-02")
    assert "11" in {e.root for e in events if e.target.code[:3] == "HUN"}


# -- aid received with its giver named as a modifier (obtained.made_by)

def test_weapons_received_named_by_their_maker_are_the_maker_s_aid(code_text):
    events = code_text("Georgia received Lithuanian anti-tank weapons on Monday.", date="2021-03-02")
    assert ("LTU", "GEO", "07") in _pairs(events)
    assert not [e for e in events if e.source.code[:3] == "GEO"]


def test_aid_received_for_others_still_names_no_giver(code_text):
    events = code_text("Malawi received emergency aid for its Mozambican refugees.", date="2021-03-02")
    assert not [e for e in events if e.root == "07"]


# -- a people word whose surname reading was set aside (peoples.unplaced_people)

def test_workers_of_an_unlisted_people_are_not_the_story_country_s(code_text):
    # "Bengali" is a minister's surname in the people dictionary and a people with no homes listed:
    # the workers are no one's rather than Oman's
    events = code_text("Oman arrested 35 Bengali workers in Muscat.", date="2021-03-02")
    assert not [e for e in events if e.target.code == "OMNLAB"]


def test_nepali_is_nepal_s_adjective(code_text):
    events = code_text("Oman arrested 35 Nepali workers in Muscat.", date="2021-03-02")
    assert ("OMN", "NPL", "17") in _pairs(events)


# -- relief given: humanitarian aid only when named as aid (verb_patterns_hand.tsv review:*-relief)

def test_relief_a_court_gives_is_no_humanitarian_aid(code_text):
    events = code_text("The Kenyan High Court gave relief to the Ugandan government on Friday.", date="2021-03-02")
    assert "073" not in {e.code for e in events}


def test_tax_relief_is_no_humanitarian_aid(code_text):
    events = code_text("Germany provided tax relief to Polish truck drivers.", date="2021-03-02")
    assert "073" not in {e.code for e in events}


def test_humanitarian_relief_provided_is_humanitarian_aid(code_text):
    events = code_text("Qatar provided humanitarian relief to Sudan after the floods.", date="2021-03-02")
    assert {e.code for e in events if (e.source.code[:3], e.target.code[:3]) == ("QAT", "SDN")} == {"073"}
