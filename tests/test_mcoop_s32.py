"""Material cooperation the coder missed (session 32, task mcoop): aid received "from" a giver
(the giver is the source, obtained.py), aid whose release is approved or authorised, and boycotts,
sanctions and bans ended by verbs that lacked them (repeal, rescind, revoke, abolish ...)."""


def _pairs(events):
    return {(e.source.code[:3], e.target.code[:3], e.root) for e in events}


# -- aid received from a giver

def test_received_aid_from_a_giver_is_the_giver_s_aid(code_text):
    events = code_text("Malawi has received emergency food aid from Norway.", date="2021-03-02")
    assert ("NOR", "MWI", "07") in _pairs(events)
    assert not [e for e in events if e.source.code[:3] == "MWI"]


def test_received_a_loan_from_a_giver(code_text):
    events = code_text("Zambia received a loan from China on Monday.", date="2021-03-02")
    assert ("CHN", "ZMB", "07") in _pairs(events)


def test_from_hung_on_the_thing_measured(code_text):
    # the parser may hang "from" on "vaccines", inside "doses of": the giver is still the source
    events = code_text("Ghana received 600,000 doses of vaccines from Britain.", date="2021-03-02")
    assert ("GBR", "GHA", "07") in _pairs(events)
    assert not [e for e in events if e.source.code[:3] == "GHA"]


def test_aid_received_with_no_giver_named_is_no_event(code_text):
    events = code_text("Malawi received food aid for its flood victims.", date="2021-03-02")
    assert not [e for e in events if e.root == "07"]


def test_weapons_received_from_a_giver_still_turn_round(code_text):
    events = code_text("Georgia received anti-tank weapons from Lithuania.", date="2021-03-02")
    assert ("LTU", "GEO", "07") in _pairs(events)


# -- aid whose release is approved

def test_authorized_release_of_military_assistance(code_text):
    events = code_text("Britain authorized the release of $80 million in military assistance to Estonia.",
                       date="2021-03-02")
    assert ("GBR", "EST", "07") in _pairs(events)


def test_ordered_release_of_a_prisoner_is_no_aid(code_text):
    events = code_text("Britain ordered the release of an Estonian fisherman.", date="2021-03-02")
    assert not [e for e in events if e.root == "07"]


# -- boycotts and sanctions ended

def test_repealed_boycott_law_eases_the_boycott(code_text):
    events = code_text("Kuwait repealed its boycott law against Israel on Tuesday.", date="2021-03-02")
    assert ("KWT", "ISR", "08") in _pairs(events)


def test_rescinded_sanctions_are_eased_not_cut_relations(code_text):
    events = code_text("Canada rescinded its sanctions on Venezuela.", date="2021-03-02")
    assert ("CAN", "VEN", "08") in _pairs(events)
    assert not [e for e in events if e.root == "16"]


def test_revoked_ban_on_a_country_s_flights(code_text):
    events = code_text("Oman revoked its ban on flights from Qatar.", date="2021-03-02")
    assert "08" in {e.root for e in events if e.source.code[:3] == "OMN"}


# -- military exercises taken part in or joined

def test_took_part_in_a_joint_exercise_is_military_cooperation(code_text):
    events = code_text("Hungary and Croatia took part in a joint military exercise on Monday.", date="2021-03-02")
    assert {e.root for e in events if {e.source.code[:3], e.target.code[:3]} == {"HUN", "HRV"}} == {"06"}


def test_joined_a_partner_s_naval_drill(code_text):
    events = code_text("Indonesia joined the Australian-led naval drill near Darwin.", date="2021-03-02")
    assert ("IDN", "AUS", "06") in _pairs(events)


def test_took_part_in_talks_is_not_an_exercise(code_text):
    events = code_text("Hungary took part in talks with Croatia.", date="2021-03-02")
    assert "06" not in {e.root for e in events}


# -- armed forces leaving a country (departures.py)

def test_troops_leaving_a_country_retreat_from_it(code_text):
    events = code_text("Turkish troops began leaving Libya on Monday.", date="2021-03-02")
    assert ("TUR", "LBY", "08") in _pairs(events)


def test_an_army_chief_leaving_is_no_retreat(code_text):
    events = code_text("The Turkish army chief left Ankara for talks in Libya.", date="2021-03-02")
    assert "08" not in {e.root for e in events}


# -- forces deployed, in an agentless passive (sent_forces.py)

def test_troops_deployed_as_peacekeepers_are_sent_by_their_country(code_text):
    events = code_text("Rwandan troops were deployed to Mozambique as peacekeepers.", date="2021-03-02")
    assert ("RWA", "MOZ", "07") in _pairs(events)


def test_deployed_troops_with_a_named_sender_keep_it(code_text):
    events = code_text("Rwandan troops were deployed to Mozambique by the African Union as peacekeepers.",
                       date="2021-03-02")
    assert ("RWA", "MOZ", "07") not in _pairs(events)


# -- relief goods given, sent or delivered

def test_delivered_ambulances_are_humanitarian_aid(code_text):
    events = code_text("Turkey delivered 30 ambulances to Albania on Friday.", date="2021-03-02")
    assert {e.code for e in events if (e.source.code[:3], e.target.code[:3]) == ("TUR", "ALB")} == {"073"}


def test_handed_over_vaccines(code_text):
    events = code_text("China handed over a batch of vaccines to Cambodia.", date="2021-03-02")
    assert ("CHN", "KHM", "07") in _pairs(events)


def test_money_to_a_food_agency_is_not_food_aid(code_text):
    events = code_text("Austria donated $2 million to the World Food Programme.", date="2021-03-02")
    assert "073" not in {e.code for e in events}


def test_delivered_a_blow_is_no_aid(code_text):
    events = code_text("Turkey delivered a blow to Albania's hopes.", date="2021-03-02")
    assert "07" not in {e.root for e in events}


# -- extraditions authorised, and whom they are to (extradition.py)

def test_authorized_extradition_is_cooperation_with_the_receiving_state(code_text):
    events = code_text("A Dutch court authorized the extradition of a Serbian businessman to Germany.",
                       date="2021-03-02")
    assert ("NLD", "DEU", "06") in _pairs(events)


def test_upheld_extradition_targets_the_receiving_state_not_the_person(code_text):
    events = code_text("Ireland's High Court upheld the extradition of a Polish banker to Sweden.", date="2021-03-02")
    assert ("IRL", "SWE", "06") in _pairs(events)
    assert ("IRL", "POL", "06") not in _pairs(events)


def test_extradition_of_an_arms_dealer_is_no_approved_deal(code_text):
    events = code_text("A Dutch court approved the extradition of a Serbian arms dealer to Germany.", date="2021-03-02")
    assert ("NLD", "DEU", "06") in _pairs(events)
    assert "05" not in {e.root for e in events}


def test_counted_forces_sent_and_leaving(code_text):
    events = code_text("Dozens of Ghanaian soldiers were deployed to Lebanon as peacekeepers.", date="2021-03-02")
    assert ("GHA", "LBN", "07") in _pairs(events)
    events = code_text("Hundreds of Turkish troops left Libya on Monday.", date="2021-03-02")
    assert ("TUR", "LBY", "08") in _pairs(events)
