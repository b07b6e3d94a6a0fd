"""Names the dictionaries read wrong alone: "the pope" is the Holy See's sovereign (VATGOV);
"Congo" alone is the Democratic Republic, "Republic of Congo" the other state; "the Korean
government" alone is the South's."""
from conftest import triples


def test_the_pope_is_the_holy_see(code_text):
    events = code_text("The pope urged Colombia to release the detained priests.", date="2021-04-02")
    assert any(s == "VATGOV" for s, _r, _t in triples(events))


def test_congo_alone_is_the_democratic_republic(code_text):
    events = code_text("Congo accused Uganda of arming the rebels in Ituri.", date="2021-04-02")
    assert ("CODGOV", "11", "UGAGOV") in triples(events)


def test_republic_of_congo_is_brazzaville(code_text):
    events = code_text("Republic of Congo accused Gabon of violating its border.", date="2021-04-02")
    assert ("COGGOV", "11", "GABGOV") in triples(events)


def test_korean_government_alone_is_the_south(code_text):
    events = code_text("The Korean government condemned China over the fishing dispute.", date="2021-04-02")
    assert ("KORGOV", "11", "CHNGOV") in triples(events)


def test_north_korean_government_stays_the_north(code_text):
    events = code_text("The North Korean government condemned China over the fishing dispute.", date="2021-04-02")
    assert ("PRKGOV", "11", "CHNGOV") in triples(events)
