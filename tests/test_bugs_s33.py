"""Rules of session 33 that coded wrong events on ordinary English, fixed: a report or forecast
of another's force read as a threat (pairing.py threat_force, threats.speakers_own_act).
Sentences written for these tests."""
import pytest


def _events(code_text, text):
    return [(e.source.code, e.code, e.target.code) for e in code_text(text, date=None)]


@pytest.mark.parametrize("text, expected", [
    ("The Taliban threatened to attack Kandahar.", ("AFG", "138")),
    ("Hamas said it would fire rockets at Ashkelon.", ("PSE", "138")),
    ("The Houthis warned they would strike Riyadh.", ("YEM", "138")),
    ("Turkish officials said Turkish jets would strike Kirkuk.", ("TUR", "138")),
])
def test_the_speakers_own_force_is_a_threat(code_text, text, expected):
    assert expected in {(s[:3], c) for s, c, _ in _events(code_text, text)}


@pytest.mark.parametrize("text", [
    "Indian police said the gang would attack Mumbai.",
    "Egyptian police said the militants would bomb Alexandria.",
    "Syrian officials said Israeli jets would strike Homs.",
    "Afghan officials said the Taliban would hit Herat if talks failed.",
    "Hamas said it would fire rockets at Ashkelon if Israel struck Gaza.",     # a condition: no place
])
def test_a_report_of_anothers_force_is_no_threat(code_text, text):
    assert not [e for e in _events(code_text, text) if e[1][:2] == "13"]


# a restriction not widened is not eased (lapsed.widened); one not renewed is
@pytest.mark.parametrize("text, lapsed", [
    ("The EU failed to renew sanctions on Russia.", True),
    ("The EU has not extended its sanctions against Iran.", True),
    ("The EU did not extend sanctions to Belarus's oil sector.", False),
    ("The UN did not extend the arms embargo to cover Eritrea's ports.", False),
    ("Washington did not extend the ban to include Venezuelan gold.", False),
])
def test_a_restriction_not_widened_is_not_eased(code_text, text, lapsed):
    assert bool([e for e in _events(code_text, text) if e[1] == "085"]) == lapsed


# an insurgency's truce is with its own state only when no other side is named or refused
@pytest.mark.parametrize("text, state", [
    ("Colombian rebels agreed to a ceasefire.", True),
    ("Burmese insurgents announced a unilateral ceasefire.", True),
    ("Sudanese rebels agreed to a ceasefire with a rival militia.", False),
    ("Sudanese rebels signed a truce with a rival faction.", False),
    ("Colombian rebels said they would not agree to a ceasefire.", False),
    ("Philippine rebels refused to sign a truce.", False),
])
def test_an_insurgents_truce_is_with_its_state_only_when_no_other_side(code_text, text, state):
    assert bool([e for e in _events(code_text, text) if e[2][3:] == "GOV"]) == state
