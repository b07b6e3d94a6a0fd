"""Keeping people in or out of a place by armed force is CAMEO 191 (impose blockade, restrict
movement); the same ban by an administration is an administrative sanction (172).
Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text, expected", [
    ("Taliban fighters were preventing hundreds of civilians from leaving the town, a spokesman said.",
     ("AFGREB", "191", "AFGCVL")),
    ("Afghan troops prevented journalists from entering the district on Monday.",
     ("AFGMIL", "191", "AFGMED")),
    ("The Egyptian government prevented the activist from leaving the country on Monday.",
     ("EGYGOV", "172", "EGYCVL")),
])
def test_who_keeps_people_in_decides_the_code(code_text, text, expected):
    got = {(e.source.code, e.code, e.target.code) for e in code_text(text, date="2019-02-10")}
    assert expected in got
