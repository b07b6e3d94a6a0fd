"""Communal parties of conflict notes as roles (actors/data/agents_hand.tsv): herders and
pastoralists (AGR, as herdsmen), inhabitants and locals (CVL, as residents),
Dozo hunter-militias (UAF, as militiamen)."""
from conftest import triples


def test_villagers_fight_herders(code_text):
    events = code_text("On 2 March, villagers fought pastoralists near Bobo-Dioulasso over a water point.",
                       date="2021-03-04")
    assert any(s == "BFACVL" and r == "19" and t == "BFAAGR" for s, r, t in triples(events))


def test_dozos_clash_with_militants(code_text):
    events = code_text("On 2 March, Dozos clashed with JNIM militants near Bobo-Dioulasso.", date="2021-03-04")
    assert any(s.endswith("UAF") and r == "19" and t.startswith("IMG") for s, r, t in triples(events))


def test_inhabitants_attack_herders(code_text):
    events = code_text("Inhabitants of Koudougou attacked herders on Tuesday.", date="2021-03-04")
    assert any(s.endswith("CVL") and t.endswith("AGR") for s, r, t in triples(events))


def test_local_as_adjective_is_no_actor(code_text):
    events = code_text("The local council criticised the mayor of Koudougou.", date="2021-03-04")
    assert not any(s.endswith("CVL") for s, r, t in triples(events))
