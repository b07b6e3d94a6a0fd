"""A protest called off eases popular dissent (session 30, CAMEO 082; events/dissent.py): the
protesters (civil society, or a body of one country not named as the state) yield to the one
named, else to their own government, as the protest itself addresses it. Not a strike by arms
("air strike", "a strike on Y"), and not when the state or its forces end it."""


def _codes(events, source, target):
    return {e.code for e in events if e.source.code[:3] == source and e.target.code[:3] == target}


def test_workers_calling_off_a_strike_yield_to_their_government(code_text):
    events = code_text("Ghanaian nurses called off their strike on Monday.", date="2021-03-01")
    assert "082" in _codes(events, "GHA", "GHA")


def test_a_union_ending_a_strike_after_talks_yields_to_the_other_side(code_text):
    events = code_text("The Malawian teachers' union suspended its strike after talks with the government.",
                       date="2021-03-01")
    assert "082" in _codes(events, "MWI", "MWI")


def test_an_opposition_ending_its_boycott(code_text):
    events = code_text("The Zimbabwean opposition ended its boycott of parliament on Tuesday.", date="2021-03-01")
    assert "082" in _codes(events, "ZWE", "ZWE")


def test_an_air_strike_called_off_is_no_protest(code_text):
    events = code_text("Turkey called off the air strike on Tuesday.", date="2021-03-01")
    assert not [e for e in events if e.code == "082"]


def test_a_strike_on_a_country_called_off_is_no_protest(code_text):
    events = code_text("Israel called off a planned strike on Syria.", date="2021-03-01")
    assert not [e for e in events if e.code == "082"]


def test_the_state_ending_a_strike_is_no_yielding_of_protesters(code_text):
    events = code_text("The Ghanaian government ended the nurses' strike by decree.", date="2021-03-01")
    assert not [e for e in events if e.code == "082"]


def test_a_blockade_lifted_by_a_state_keeps_its_code(code_text):
    events = code_text("Egypt lifted its blockade of Libya on Monday.", date="2021-03-01")
    assert not [e for e in events if e.code == "082"]


def test_other_yielding_patterns_keep_their_doers(code_text):
    # the protesters-only rule is the called-off protest's, not every 082 pattern's
    events = code_text("The Malian army disarmed Tuareg militants near Kidal on Monday.", date="2021-03-01")
    assert [e for e in events if e.source.code.startswith("MLI") and e.root == "08"]
