"""Trips are visits only for travellers who stand for a body (slots.yaml travel_verbs): people
who merely move ("refugees arrived", "Iraqis went to Germany", troops deployed) make no visit."""
import pytest

CASES = [
    ("Hundreds of Syrian refugees arrived in Canada on Monday.", []),
    ("Thousands of refugees fled Syria last year.", []),
    ("Two Iraqis went to Germany in May.", []),
    ("Russian troops went to Syria in 2015.", []),
    ("The Turkish foreign minister arrived in Moscow on Monday.", [("TURGOV", "RUS", "04")]),
    ("A UN delegation arrived in Baghdad on Tuesday.", [("IGOUNO", "IRQ", "04")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_trips(code_text, text, expected):
    events = code_text(text, date="2020-05-01")
    got = [(e.source.code, e.target.code, e.code[:2]) for e in events]
    assert got == expected
