""" "It" judged as a move, step or decision is the act just reported (events/anaphora.py)."""
from conftest import countries


def test_it_called_a_decision_is_the_act_before(code_text):
    text = ("A Chilean court ordered the arrest of Peru's former interior minister on Monday. "
            "Peru's foreign minister called it an unacceptable decision.")
    assert ("PER", "11", "CHL") in countries(code_text(text, date="2020-06-01"))


def test_it_called_a_historic_step(code_text):
    text = ("Morocco expelled two Algerian diplomats on Tuesday. "
            "Algeria's foreign minister called it a shameful step.")
    assert ("DZA", "11", "MAR") in countries(code_text(text, date="2020-06-01"))


def test_it_called_a_day_is_no_act(code_text):
    # "a historic day": a time, not an act
    text = ("Morocco expelled two Algerian diplomats on Tuesday. "
            "Algeria's foreign minister called it a shameful day.")
    assert not any(s == "DZA" and r in ("05", "11") for s, r, _t in countries(code_text(text, date="2020-06-01")))


def test_it_after_a_verbal_act_is_no_one(code_text):
    # words are no "step": unsure, no event
    text = ("Morocco criticised Algeria on Tuesday. "
            "Tunisia's foreign minister called it a shameful step.")
    assert not any(s == "TUN" for s, _r, _t in countries(code_text(text, date="2020-06-01")))
