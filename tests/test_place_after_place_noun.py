"""A capital's name set after "the capital" under a locative preposition is the place, not
the government: the role beside it is the actor (actors/placed.py)."""
from conftest import triples


def test_police_in_the_capital_named(code_text):
    events = code_text("Police in the capital Lusaka detained twelve opposition supporters.", date="2021-04-02")
    assert any(s == "ZMBCOP" for s, _r, _t in triples(events))
    assert not any(s == "ZMBGOV" for s, _r, _t in triples(events))


def test_soldiers_in_the_capital_with_commas(code_text):
    events = code_text("Soldiers in the capital, Lusaka, detained twelve opposition supporters.", date="2021-04-02")
    assert not any(s == "ZMBGOV" for s, _r, _t in triples(events))
