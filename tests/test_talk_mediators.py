"""Third parties of talks written as nouns (eventwire/events/talk_mediators.py): the mediator
with each side (045), the sides with each other. Sentences written for these tests."""
import pytest

from conftest import coded

CASES = [
    ("AU-led talks between Ghana and Togo ended on Friday.",
     [("GHAGOV", "TGOGOV", "040"), ("IGOAFRAFU", "GHAGOV", "045"), ("IGOAFRAFU", "TGOGOV", "045")]),
    ("Talks between Ghana and Togo hosted by Senegal ended on Friday.",
     [("GHAGOV", "TGOGOV", "040"), ("SENGOV", "GHAGOV", "045"), ("SENGOV", "TGOGOV", "045")]),
    # the host is no doer of the talks: the sides still talk with each other
    ("Talks between Ghana and Togo, sponsored by Norway, ended on Friday.",
     [("GHAGOV", "TGOGOV", "040"), ("NORGOV", "GHAGOV", "045"), ("NORGOV", "TGOGOV", "045")]),
    # no sides named with "between": the led talks may be the leader's own
    ("Norwegian-led talks with Togo ended on Friday.", []),
    # a side of the mediator's own country is its own side
    ("Ghanaian-led talks between Ghana and Togo ended on Friday.",
     [("GHAGOV", "TGOGOV", "040"), ("GHAGOV", "TGOGOV", "045")]),
    # not held: planned, expected
    ("Planned UN-led talks between Ghana and Togo were postponed.", []),
    ("UN-led talks between Ghana and Togo are expected next month.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[s[:40] for s, _ in CASES])
def test_talk_mediators(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)
