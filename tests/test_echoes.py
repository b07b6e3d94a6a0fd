"""The same act again, by another: "X made the same appeal" (events/echoes.py)."""
from conftest import countries


def test_same_appeal_goes_to_the_earlier_target(code_text):
    text = ("Kenya's foreign minister urged Somalia on Monday to hold the election on time. "
            "Ethiopia made the same appeal.")
    assert ("ETH", "02", "SOM") in countries(code_text(text, date="2021-03-01"))


def test_similar_appeal_to_both_sides(code_text):
    text = ("Ethiopia's army on Monday called on the rebels and the government to stop fighting. "
            "Kenya made a similar appeal.")
    found = countries(code_text(text, date="2021-03-01"))
    assert ("KEN", "02", "ETH") in found


def test_same_appeal_with_nothing_before_is_no_event(code_text):
    text = "Ethiopia made the same appeal on Monday."
    assert not countries(code_text(text, date="2021-03-01"))


def test_same_appeal_told_long_after_is_no_event(code_text):
    text = ("Kenya's foreign minister urged Somalia on Monday to hold the election on time. "
            "The vote was due in February. Turnout is usually low. Results take weeks. "
            "Ethiopia made the same appeal.")
    assert not any(s == "ETH" for s, _r, _t in countries(code_text(text, date="2021-03-01")))
