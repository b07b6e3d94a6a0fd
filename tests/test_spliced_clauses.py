"""Conflict notes join clauses by a comma only ("two soldiers were killed, the device was
planted by X"); the parser hangs the first as the complement of the second. The first stays
the main act (events/unnamed.py spliced), and a spliced "the bomb was planted by X" names
who set the thing. A nominal clash whose sides hang on an occurrence verb ("clashes erupted
between A and B") names both sides (events/nominal.py)."""
from conftest import triples


def test_spliced_planter_is_the_doer(code_text):
    events = code_text("On 5 June, three gendarmes were killed by the blast of a roadside bomb near "
                       "Kaya, the bomb was probably planted by ISGS fighters.", date="2021-06-07")
    assert any(s.startswith("IMG") and r in ("18", "19") for s, r, t in triples(events))
    assert all(e.date == "2021-06-05" for e in events)


def test_spliced_clause_keeps_the_unidentified_doer(code_text):
    events = code_text("On 5 June, two traders were shot dead near Kaya, their bodies were found "
                       "the next morning.", date="2021-06-07")
    assert any(r in ("18", "19") and s.endswith("UAF") for s, r, t in triples(events))


def test_reported_clause_is_not_spliced(code_text):
    events = code_text("Two traders were shot dead near Kaya, the mayor hoped.", date="2021-06-07")
    assert not any(s.endswith("UAF") for s, r, t in triples(events))


def test_clashes_erupted_between_two_sides(code_text):
    events = code_text("On Monday, clashes erupted between Hamas and Fatah supporters in Gaza.",
                       date="2021-06-07")
    assert any(r == "19" and s.startswith("PSE") and t.startswith("PSE") for s, r, t in triples(events))
