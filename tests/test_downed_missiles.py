"""A missile or rocket brought down tells who fired it at whom: "Saudi air defences intercepted
a Houthi missile" is the Houthis' aerial attack on Saudi Arabia (195), not a Saudi seizure of
Houthi property (PETRARCH's 1711 for intercepted weapons). Aircraft shot down stay an attack
by the side that downed them. Sentences written for these tests."""
import pytest


def coded(events):
    return {(e.source.code[:3], e.code, e.target.code[:3]) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Saudi air defences intercepted a Houthi missile over Riyadh on Sunday.", ("YEM", "195", "SAU")),
    ("The Syrian army shot down two Israeli missiles over Damascus on Tuesday.", ("ISR", "195", "SYR")),
    ("Ukrainian forces downed Russian rockets near Kyiv on Monday.", ("RUS", "195", "UKR")),
])
def test_the_owner_of_a_missile_brought_down_fired_it(code_text, text, expected):
    got = coded(code_text(text, date="2021-05-10"))
    assert expected in got
    assert not any(c.startswith("17") for _, c, _ in got)


def test_an_aircraft_shot_down_is_an_attack_on_its_owner(code_text):
    got = coded(code_text("Turkish jets shot down a Russian warplane near the border.", date="2015-11-24"))
    assert ("TUR", "190", "RUS") in got


def test_downed_in_other_senses_codes_nothing(code_text):
    assert coded(code_text("Workers at the Egyptian port downed tools on Monday.", date="2021-05-10")) == set()


@pytest.mark.parametrize("text", [
    "Saudi air defences intercepted a ballistic missile over Riyadh on Sunday.",
    "Israel intercepted a rocket fired from Gaza on Monday.",
])
def test_a_missile_whose_owner_is_not_named_codes_no_attack(code_text, text):
    assert not [e for e in code_text(text, date="2021-05-10") if e.code == "195"]


@pytest.mark.parametrize("text, expected", [
    ("Egyptian officials said air defences had intercepted two Libyan rockets near the border.", ("LBY", "195", "EGY")),
    ("The Iraqi government said air defences shot down three Turkish missiles on Friday.", ("TUR", "195", "IRQ")),
])
def test_air_defences_no_word_owns_are_the_reporting_states(code_text, text, expected):
    assert expected in coded(code_text(text, date="2021-05-10"))


@pytest.mark.parametrize("text", [
    "Reuters said air defences had intercepted two Libyan rockets near the border.",
    "Witnesses said air defences had intercepted two Libyan rockets near the border.",
])
def test_air_defences_reported_by_no_state_stay_unowned(code_text, text):
    assert not any(c == "195" for _, c, _ in coded(code_text(text, date="2021-05-10")))
