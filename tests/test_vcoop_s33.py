"""Verbal cooperation the session-33 dev_quad reading found missed (vcoop): an insurgency's truce
or laying down of arms with no foe named is with its own state (truces.insurgents_state).
Sentences written for these tests."""
import pytest


def _dyads(events):
    return {(e.source.code, e.target.code, e.code[:2]) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Colombian rebels agreed to a ceasefire on Monday.", ("COLREB", "COLGOV", "03")),
    ("Communist guerrillas in the Philippines announced on Monday that they would lay down their weapons.",
     ("PHLREB", "PHLGOV", "03")),
    ("The Taliban agreed to a ceasefire, a senior Taliban negotiator said.", ("AFGREB", "AFGGOV", "03")),
    ("Colombian rebels declared a unilateral ceasefire over Christmas.", ("COLREB", "COLGOV", "08")),
])
def test_an_insurgency_s_truce_with_no_foe_named_is_with_its_state(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "Colombian rebels will agree to a ceasefire if the army withdraws.",    # a condition
    "Colombian rebels did not agree to a ceasefire.",                       # negated
    "Colombian rebels may lay down their arms next year, an analyst said.",  # a guess
    "The rebels agreed to a ceasefire.",                                    # no country named
])
def test_no_truce_no_event(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.target.code.endswith("GOV")]


def test_a_story_naming_another_country_leaves_the_foe_unread(code_text):
    # the group may fight that other country: its truce is not guessed to be with its own state
    events = code_text("Israeli jets struck Gaza on Monday. Hamas agreed to a ceasefire hours later.", date=None)
    assert not [e for e in events if e.code[:2] == "03"]


def test_a_named_foe_stays_the_target(code_text):
    events = code_text("Colombian rebels agreed to a ceasefire with the army.", date=None)
    assert ("COLREB", "COLMIL", "03") in _dyads(events)
    assert not [e for e in events if e.target.code == "COLGOV"]


@pytest.mark.parametrize("text", [
    "The army and the Karen National Union (KNU) signed a ceasefire.",   # the other side is there
    "The Karen National Union agreed to a ceasefire.",                    # a region's group, no state
    "The army and the Karen rebels agreed to lay down their arms.",
])
def test_two_sides_or_no_state_leave_the_foe_unread(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.target.code.endswith("GOV")
                and e.target.code[:3] == e.source.code[:3]]


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and the Collective Security Treaty Organization (CSTO) on Monday signed an accord on "
     "security.", ("KAZGOV", "IGOCAS", "05")),
    ("India and the Gulf Cooperation Council (GCC) held talks in Riyadh.", ("INDGOV", "IGOGCC", "04")),
    ("Mali (MLI) and Niger signed an agreement.", ("MLIGOV", "NERGOV", "05")),
])
def test_a_bracketed_short_name_belongs_to_the_name_before_it(code_text, text, expected):
    # the parser may hang "(CSTO)" on the first of the joined names, which then reads as the org
    got = _dyads(code_text(text, date=None))
    assert expected in got or (expected[1], expected[0], expected[2]) in got


@pytest.mark.parametrize("text, expected", [
    ("Paris sent a team of investigators to Bamako in a bid to investigate the Malian army.", ("FRAGOV", "MLIMIL", "09")),
    ("France sent troops to Mali in an effort to investigate the Malian army.", ("FRAGOV", "MLIMIL", "09")),
])
def test_a_sending_in_a_bid_to_investigate_is_the_investigation(code_text, text, expected):
    # (the team sent is otherwise read as a mission, 036: verbal cooperation only)
    assert expected in _dyads(code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "France will send a team to Mali in a bid to investigate the Malian army.",   # a plan
    "France did not send a team in a bid to investigate the Malian army.",         # negated
    "France made a bid to investigate the Malian army.",                           # no sending
])
def test_no_sending_done_no_investigation(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.code[:2] == "09"]


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan church leader John Mwangi met the Ugandan president.", "KENCHR"),
    ("Kenyan church leaders criticised the Ugandan government.", "KENCHR"),
    ("The Kenyan leader met the Ugandan president.", "KENGOV"),      # a leader alone: the state's
])
def test_a_church_leader_is_of_the_church(code_text, text, expected):
    assert expected in {e.source.code for e in code_text(text, date="2012-05-04")}
