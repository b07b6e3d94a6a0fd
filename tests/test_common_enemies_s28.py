"""Partners against a common enemy: the one named after "against" a fight is whom they fight,
never the partner of a cooperation event; an "against" on a measure still names its target."""


def test_the_enemy_of_a_joint_fight_is_no_partner(code_text):
    events = code_text("Qatar joined other countries in the fight against al-Shabaab.", date="2019-03-01")
    assert not [e for e in events if e.root in ("03", "04", "05", "06", "07", "08")
                and e.target.code.startswith("SOM")]


def test_the_partner_of_a_joint_fight_stays(code_text):
    events = code_text("Qatar joined Kenya in the fight against al-Shabaab.", date="2019-03-01")
    assert any(e.target.code.startswith("KEN") for e in events)


def test_easing_sanctions_against_a_state_favours_it(code_text):
    events = code_text("Canada lifted its sanctions against Belarus on Friday.", date="2019-03-01")
    assert any(e.root == "08" and e.target.code.startswith("BLR") for e in events)
