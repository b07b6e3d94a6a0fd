"""A country's people named by what they do are its civilians, not the state
(actors/own_people.py)."""
from conftest import triples


def test_possessed_people_noun_is_civilians(code_text):
    events = code_text("Argentina's bus drivers clashed with riot police in Rosario.", date="2021-04-02")
    found = triples(events)
    assert any(s == "ARGCVL" for s, _r, _t in found)
    assert not any(s in ("ARGMIL", "ARGGOV") for s, _r, _t in found)


def test_a_bare_agent_noun_may_be_the_state_s_own(code_text):
    events = code_text("China's censors blocked a Japanese news website.", date="2021-04-02")
    assert not any(s == "CHNCVL" for s, _r, _t in triples(events))


def test_possessed_organ_keeps_the_state(code_text):
    events = code_text("Peru's ministers criticised Bolivia.", date="2021-04-02")
    assert any(s == "PERGOV" for s, _r, _t in triples(events))
