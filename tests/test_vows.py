"""Consequences promised are threats: "promised harsh punishment for the rebels" (events/vows.py)."""
from conftest import countries


def test_promised_punishment_is_a_threat(code_text):
    text = "Chad's president promised harsh punishment for the Sudanese rebels on Monday."
    found = countries(code_text(text, date="2020-06-01"))
    assert ("TCD", "13", "SDN") in found
    assert not any(r == "03" for _s, r, _t in found)


def test_vowed_retaliation_for_a_deed_falls_on_its_doer(code_text):
    text = ("Sudanese rebels attacked the Chadian town of Adre on Sunday. "
            "Chad's president vowed harsh punishment for the attack.")
    assert ("TCD", "13", "SDN") in countries(code_text(text, date="2020-06-01"))


def test_promised_support_stays_a_promise(code_text):
    text = "Chad's president promised support for the Sudanese government on Monday."
    found = countries(code_text(text, date="2020-06-01"))
    assert not any(r == "13" for _s, r, _t in found)


def test_vowed_revenge_on_nobody_named_is_no_event(code_text):
    text = "Chad's president vowed revenge on Monday."
    assert not any(r == "13" for _s, r, _t in countries(code_text(text, date="2020-06-01")))
