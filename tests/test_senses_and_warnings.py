"""Non-event senses code nothing; the event senses of the same verbs still code. A warning
that tells a fact is a criticism (11), a warning of what will or may happen a threat (13).
All sentences are written for these tests."""
import pytest

from conftest import coded

CASES = [
    # surround: encircling a town, a stronghold or troops; not a person among friends
    ("surround-town", "Togolese troops surrounded the town of Kara.", [("TGOMIL", "TGOCVL", "190")]),
    ("surround-troops", "Togolese troops surrounded Ghanaian soldiers.", [("TGOMIL", "GHAMIL", "190")]),
    ("surround-friends", "The Ghanaian minister was surrounded by friends at the wedding.", []),
    # contribute: aid and money, not a cause
    ("contribute-aid", "Ghana contributed aid to Togo.", [("GHAGOV", "TGOGOV", "070")]),
    ("contribute-money", "Ghana contributed $5 million to Togo.", [("GHAGOV", "TGOGOV", "071")]),
    ("contribute-cause", "Ghana contributed to Togo's misery.", []),
    # order: ordering one's own act is no demand on anyone
    ("order-strike", "The Ghanaian president ordered a strike on Togolese rebels.", []),
    # confront, extract, link ... with: no meeting, seizure or intent
    ("confront-problem", "Ghana is confronting Togo over the border dispute.", []),
    ("extract-pledge", "Ghana tried to extract a pledge from Togo.", []),
    ("link-with", "Ghana linked Togo with the smuggling ring.", []),
    # warn
    ("warn-fact", "Ghanaian officials warned that Togo is delivering rockets to the rebels.",
     [("GHAGOV", "TGOGOV", "110")]),
    ("warn-future", "Ghana warned Togo that it would respond with force.", [("GHAGOV", "TGOGOV", "130")]),
    ("warn-conditional", "Ghana warned Togo that it risked a war if it intervened.", [("GHAGOV", "TGOGOV", "130")]),
    ("warn-act-near", "Ghana warned Togo that a military operation against the rebels is near.",
     [("GHAGOV", "TGOGOV", "130")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sense(code_text, text, expected):
    assert coded(code_text(text)) == sorted(expected)
