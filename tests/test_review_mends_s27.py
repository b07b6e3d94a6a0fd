"""Three readings the session-27 review found wrong: a strike a note reports by its noun alone
(an air strike as often as a labour strike), fighter jets intercepted, and a government's "no
plans to send troops" (its own forces are what it would send, not a side it refuses)."""


def test_an_air_or_drone_strike_that_took_place_is_no_labour_strike(code_text):
    for text in ("On 3 May 2017, an air strike took place in Tamale, Ghana.",
                 "On 3 May 2017, a drone strike occurred near Kumasi, Ghana."):
        assert not [e for e in code_text(text, date="2017-05-05") if e.root == "14"], text


def test_jets_intercepting_fighter_planes_is_no_clash(code_text):
    events = code_text("Danish jets intercepted two Swedish fighters over the Baltic Sea on Monday.",
                       date="2021-03-02")
    assert not [e for e in events if e.root == "19"]


def test_intercepting_militants_is_still_a_clash(code_text):
    events = code_text("On 3 May 2017, soldiers intercepted a group of militants near Dori, Burkina Faso.",
                       date="2017-05-05")
    assert any(e.root == "19" for e in events)


def test_no_plans_to_send_troops_rejects_no_one_at_home(code_text):
    events = code_text("The Danish defence minister said Denmark has no plans to send troops to Mali.",
                       date="2021-03-02")
    assert not [e for e in events if e.source.code[:3] == e.target.code[:3] == "DNK"]
