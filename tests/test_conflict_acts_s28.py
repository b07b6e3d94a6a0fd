"""Conflict acts the session-28 dev_quad reading found missed (qconf): halting mediation (165),
cyber attacks (176), blockades (191), and a passive expulsion whose doer is the country the
people were sent out of (expelled.py). Sentences written for these tests."""


def _dyads(events):
    return {(e.source.code[:3], e.target.code[:3], e.code) for e in events}


def test_ending_mediation_efforts_halts_mediation_with_both_sides(code_text):
    events = code_text("Kuwait ended its mediation efforts between Bahrain and Iran on Monday.",
                       date="2020-03-02")
    assert {("KWT", "BHR", "165"), ("KWT", "IRN", "165")} <= _dyads(events)


def test_suspending_mediation_with_a_rebel_group(code_text):
    events = code_text("Norway suspended its mediation with the Colombian rebels.", date="2020-03-02")
    assert any(e.code == "165" and e.target.code.startswith("COL") for e in events)


def test_a_war_ended_under_mediation_is_no_halt_of_mediation(code_text):
    events = code_text("Peru and Ecuador ended the border war under Brazilian mediation.", date="2020-03-02")
    assert not [e for e in events if e.code == "165"]


def test_cyber_attacks_are_coded_as_cybernetic_attacks(code_text):
    for text in ("Iranian hackers launched cyber attacks on Israeli water utilities.",
                 "China launched a cyber-attack against India's power grid.",
                 "Russia has waged cyber warfare against Estonia."):
        events = code_text(text, date="2020-03-02")
        assert any(e.code == "176" for e in events), text
        assert not [e for e in events if e.root == "19"], text


def test_an_investigation_into_cyber_attacks_stays_an_investigation(code_text):
    events = code_text("Estonian police launched an investigation into Russian cyber attacks.",
                       date="2020-03-02")
    assert any(e.root == "09" for e in events)
    assert not [e for e in events if e.code == "176"]


def test_a_blockade_is_coded_191_with_its_place(code_text):
    events = code_text("Egypt imposed a blockade around the Gaza Strip.", date="2020-03-02")
    assert ("EGY", "PSE", "191") in _dyads(events)


def test_a_blockade_of_unnamed_ports_is_of_no_one_at_home(code_text):
    events = code_text("Ethiopia imposed a blockade on its ports to keep guns from the rebels.",
                       date="2020-03-02")
    assert not [e for e in events if e.source.code[:3] == e.target.code[:3]]


def test_expelled_from_a_country_is_that_country_expelling(code_text):
    events = code_text("Two Bulgarian diplomats have been expelled from Hungary.", date="2020-03-02")
    # (read as the active "Hungary expelled two Bulgarian diplomats": 161, as 174 a defensible code)
    assert ("HUN", "BGR", "174") in _dyads(events) or ("HUN", "BGR", "161") in _dyads(events)
    events = code_text("A Dutch reporter was deported from Egypt on Friday.", date="2020-03-02")
    assert any(e.source.code[:3] == "EGY" and e.target.code[:3] == "NLD" and e.root == "17" for e in events)


def test_expelled_from_a_party_or_an_organisation_names_no_expelling_state(code_text):
    for text in ("The mayor of Lyon was expelled from the party.", "Russia was expelled from the G8."):
        assert not [e for e in code_text(text, date="2020-03-02") if e.root in ("16", "17")], text


def test_protests_that_broke_out_need_no_date_of_their_own(code_text):
    events = code_text("Protests erupted in Nairobi after the Kenyan government raised fuel taxes.",
                       date="2020-03-02")
    assert any(e.root == "14" and e.source.code[:3] == e.target.code[:3] == "KEN" for e in events)
    events = code_text("Riots broke out in Tunis.", date="2020-03-02")
    assert any(e.root == "14" and e.source.code.startswith("TUN") for e in events)


def test_protests_told_as_background_or_aside_are_not_news(code_text):
    for text in ("Since protests broke out in Algiers, the army has arrested hundreds.",
                 "Protests had erupted in Lima before the vote."):
        assert not [e for e in code_text(text, date="2020-03-02") if e.root == "14"], text


def test_a_short_synset_member_is_no_prefix_of_longer_words():
    from eventwire.events.patterns import VerbDictionary
    verbs = VerbDictionary.load()
    assert verbs.word_matches("&aircraft", "migs") and verbs.word_matches("&aircraft", "jets")
    assert not verbs.word_matches("&aircraft", "migrants")     # "mig" (the MiG jet)
    assert verbs.word_matches("&aircraft", "warplanes")         # members longer than the stem rule


def test_migrants_sent_to_a_country_are_no_military_aid(code_text):
    events = code_text("Spain sent 200 migrants to Morocco.", date="2020-03-02")
    assert not [e for e in events if e.root == "06"]
    events = code_text("Russia sent fighter jets to Libya.", date="2020-03-02")
    assert any(e.code == "062" for e in events)


def test_people_deported_are_not_the_deporters_own_people(code_text):
    events = code_text("Spain returned 150 migrants to Morocco.", date="2020-03-02")
    assert not [e for e in events if e.source.code[:3] == e.target.code[:3] == "ESP"]
    assert ("ESP", "MAR", "174") in _dyads(events)
    events = code_text("The Chinese government deported dozens of workers.", date="2020-03-02")
    assert not [e for e in events if e.target.code.startswith("CHN")]


def test_migrants_and_refugees_sent_back_are_deported(code_text):
    events = code_text("Iran sent back thousands of Afghan refugees.", date="2020-03-02")
    assert ("IRN", "AFG", "174") in _dyads(events)
    events = code_text("Croatia pushed back Syrian asylum seekers to Bosnia.", date="2020-03-02")
    assert any(e.code == "174" and e.target.code.startswith("SYR") for e in events)


def test_a_pledge_of_aid_is_an_intent_to_give_it(code_text):
    events = code_text("Qatar pledged military aid to Mali.", date="2020-03-02")
    assert ("QAT", "MLI", "0332") in _dyads(events)
    events = code_text("Norway pledged aid to Malawi.", date="2020-03-02")
    assert any(e.root == "03" for e in events) and not [e for e in events if e.root == "07"]


def test_a_states_own_organs_are_kept_as_targets(code_text):
    # only people are "not the expeller's own": the police of the place stay the police
    events = code_text("In Mali, a mob forced the police to hand over two suspects on Friday.",
                       date="2020-03-02")
    assert any(e.target.code == "MLICOP" for e in events)
