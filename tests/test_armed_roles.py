"""A rebel word before a generic armed noun names the forces: "rebel fighters" are REB, not
unidentified armed forces (actors/armed_roles.py)."""
from conftest import triples


def test_rebel_fighters_as_subject(code_text):
    events = code_text("Rebel fighters stormed a government army outpost near Goma.", date="2021-04-02")
    assert any(s.endswith("REB") for s, _r, _t in triples(events))
    assert not any(s.endswith("UAF") for s, _r, _t in triples(events))


def test_rebel_fighters_as_object(code_text):
    events = code_text("Malian soldiers attacked insurgent fighters near Gao.", date="2021-04-02")
    assert ("MLIMIL", "19", "MLIREB") in triples(events)


def test_generic_fighters_keep_their_role(code_text):
    events = code_text("Opposition fighters attacked a Malian army base near Gao.", date="2021-04-02")
    assert not any(s.endswith("REB") for s, _r, _t in triples(events))
