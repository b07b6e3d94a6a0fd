"""Material conflict the session-33 dev_quad reading found missed (mconf): a build-up of forces
said to answer a named foe's attack ("amid fears of a Chinese invasion", postures.py), and
"push for a constitution" read as the appeal it is (verb_patterns_hand.tsv), military drills held
near another country (postures.shown_to), attacks "led" by a state (unnamed.sources), the named dead of
a named side's attack ("two Afghan soldiers died in a Taliban attack": pairing.py, unnamed.dead).
Sentences written for these tests."""
import pytest


def _dyads(events):
    return {(e.source.code[:3], e.target.code[:3], e.code) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Poland has strengthened its troops near the frontier, citing the risk of Russian attacks.", ("POL", "RUS", "154")),
    ("Armenia has strengthened its troops along the frontier, warning that there was a risk of Azerbaijani "
     "attacks.", ("ARM", "AZE", "154")),
    ("Japan boosted its troops on the islands amid fears of a Chinese invasion.", ("JPN", "CHN", "154")),
    ("Lithuanian units remained on high alert amid fears of a Russian incursion.", ("LTU", "RUS", "152")),
    ("Kenya beefed up its forces on the coast, warning of attacks by al-Shabaab.", ("KEN", "SOM", "154")),
])
def test_a_build_up_against_a_feared_attack_is_aimed_at_its_doer(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "Poland has strengthened its troops near the frontier, citing the risk of attacks.",        # no doer
    "Japan boosted its troops on the islands amid fears of a typhoon.",                       # no attack
    "Poland has strengthened its troops near the frontier, citing Russian support for the separatists.",  # no danger
    "Poland has strengthened its troops near the frontier, saying Russian attacks were unlikely.",
    "Poland may strengthen its troops near the frontier, citing the risk of Russian attacks.",  # hedged
    "Poland did not strengthen its troops near the frontier despite the risk of Russian attacks.",  # negated
    "The US strengthened its economy amid fears of a Chinese trade war.",                     # no forces
])
def test_no_feared_doer_no_build_up(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.code[:2] == "15"]


@pytest.mark.parametrize("text, expected", [
    ("The French government has pushed for a Lebanese constitution.", ("FRA", "LBN", "0244")),
    ("The EU pushed for a new constitution in Bosnia.", ("IGO", "BIH", "0244")),
])
def test_pushing_for_a_constitution_is_an_appeal(code_text, text, expected):
    events = code_text(text, date=None)
    assert expected in _dyads(events)
    assert not [e for e in events if e.code.startswith("03")]


def test_a_constitution_approved_is_no_appeal(code_text):
    assert not [e for e in code_text("Iraq's parliament has approved a new constitution.", date=None)
                if e.code.startswith("02")]


@pytest.mark.parametrize("text, expected", [
    ("Twelve Syrian civilians died in a Russian airstrike in Idlib.", ("RUS", "SYR", "195")),
    ("Four Afghan soldiers died in a Taliban attack.", ("AFG", "AFG", "190")),
    ("Two Indian soldiers died in Pakistani gunfire.", ("PAK", "IND", "190")),
    ("Three Yemeni fishermen died in a Saudi air strike.", ("SAU", "YEM", "195")),
    ("Two Hezbollah fighters died in an Israeli drone strike.", ("ISR", "LBN", "195")),
])
def test_the_named_dead_of_a_named_side_s_attack_were_killed_by_it(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "Twelve civilians died in an air strike.",                      # no doer named
    "Twelve civilians died in a Russian air strike.",               # the dead name no side
    "Colombia says seven people died in attacks by FARC dissidents.",  # whose dead: not said
    "The general died in a heart attack.",                          # no attack
    "Two workers died in a miners' strike.",                        # a labour strike
    "Twelve Syrian civilians may have died in a Russian air strike.",  # hedged
    "No Syrian civilians died in the Russian air strike.",          # negated
    "Twelve Syrian civilians died in an alleged Russian air strike.",  # the doer only claimed
])
def test_no_named_attacker_no_killing(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.code[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, expected", [
    ("Dozens of civilians were killed in a Saudi-led coalition air strike in Yemen.", ("SAU", "YEM", "195")),
    ("Four Yemeni soldiers were killed in Saudi-led air strikes near Marib.", ("SAU", "YEM", "195")),
    ("Three Yemeni soldiers died in a Saudi-led air strike.", ("SAU", "YEM", "195")),
])
def test_strikes_led_by_a_state_are_its_own(code_text, text, expected):
    events = code_text(text, date=None)
    assert expected in _dyads(events)
    assert not [e for e in events if e.source.code.endswith("UAF")]


@pytest.mark.parametrize("text", [
    "Dozens of civilians were killed in US-backed air strikes in Yemen.",   # a backer, not the doer
    "Dozens of civilians were killed in air strikes in Yemen.",             # no one named
])
def test_strikes_not_led_by_a_named_state_are_not_its(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.source.code[:3] in ("USA", "SAU")]


@pytest.mark.parametrize("text, expected", [
    ("Russia staged naval exercises off the coast of Japan.", ("RUS", "JPN", "150")),
    ("China launched large-scale military drills around Taiwan on Monday.", ("CHN", "TWN", "150")),
    ("Russia held war games along the border with Ukraine.", ("RUS", "UKR", "150")),
    ("China conducted military exercises around Taiwan.", ("CHN", "TWN", "150")),
    ("Chinese forces held drills near Taiwan.", ("CHN", "TWN", "150")),
    ("Iran carried out missile drills near the Saudi border.", ("IRN", "SAU", "150")),
])
def test_military_drills_near_another_country_show_force_to_it(code_text, text, expected):
    events = code_text(text, date=None)
    assert expected in _dyads(events)
    assert not [e for e in events if e.code == "062"]      # no cooperation with the one shown force


@pytest.mark.parametrize("text", [
    "China held military drills in the South China Sea.",          # no country near
    "China held drills near Taiwan.",                               # not marked military
    "Canada held a fire drill near the US border.",
    "China will hold military drills near Taiwan next week.",      # a plan
    "China may hold military drills near Taiwan.",
    "China did not hold military drills near Taiwan.",
])
def test_no_drills_near_another_country_no_show_of_force(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.code[:2] == "15"]


def test_war_games_with_a_partner_stay_cooperation(code_text):
    events = code_text("Russia held war games with Belarus.", date=None)
    assert not [e for e in events if e.code[:2] == "15"]
    assert any({e.source.code[:3], e.target.code[:3]} == {"RUS", "BLR"} and e.code == "062" for e in events)


@pytest.mark.parametrize("text", [
    "China held joint military drills with Russia near Japan.",
    "Russia and Belarus held joint war games near the Polish border.",
    "South Korean and American troops held joint drills near the North Korean border.",
])
def test_joint_drills_show_no_force(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.code[:2] == "15"]
