"""People the dictionaries do not know, read through what a state does to them and their own
words (eventwire/actors/jurisdiction.py, nationality.py; session 31, task persons).

The sentences are written for these tests; each asserts the exact events it codes.
"""
import pytest

from conftest import coded

CASES = [
    # a released aid worker is a person freed (084), not aid (070); aid workers are of aid groups (NGO)
    ("Ecuador released Daniel Moore, an American aid worker.", [("ECUGOV", "USANGO", "084")]),
    ("Egypt released an American aid worker.", [("EGYGOV", "USANGO", "084")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_released_people(code_text, text, expected):
    assert coded(code_text(text, date="2021-06-02")) == sorted(expected)


def test_aid_released_is_still_aid(code_text):
    # "aid" as what is released, not a modifier of who is released: provide aid (07)
    events = code_text("Germany released humanitarian aid for Yemen.", date="2021-06-02")
    assert [e.code[:2] for e in events] == ["07"]
