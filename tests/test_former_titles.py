"""A title written "former" is an office no longer held (actors/former.py): a former official
(XXXELI), not the government; "think tank" is a policy institute, not an armoured vehicle."""
from conftest import triples


def _sources(events):
    return {s for s, _r, _t in triples(events)}


def test_former_title_before_unknown_name(code_text):
    events = code_text("Former Chilean prime minister Ramon Fuentes criticised the army.", date="2021-04-02")
    assert "CHLELI" in _sources(events) and "CHLGOV" not in _sources(events)


def test_former_title_with_country_after(code_text):
    events = code_text("The former foreign minister of Peru criticised Bolivia.", date="2021-04-02")
    assert ("PERELI", "11", "BOLGOV") in triples(events)


def test_ex_title(code_text):
    events = code_text("Ex-president Maria Ocampo of Colombia criticised Venezuela.", date="2021-04-02")
    assert "COLGOV" not in _sources(events)


def test_former_title_beats_an_office_phoenix_left_open(code_text):
    # Phoenix lists Nawaz Sharif as prime minister from 2013 with no end
    events = code_text("Former prime minister Nawaz Sharif met the Chinese ambassador in Lahore.",
                       date="2021-04-02")
    assert "PAKELI" in _sources(events) and "PAKGOV" not in _sources(events)


def test_title_without_former_keeps_the_office(code_text):
    events = code_text("Chilean prime minister Ramon Fuentes criticised Bolivia.", date="2021-04-02")
    assert ("CHLGOV", "11", "BOLGOV") in triples(events)


def test_former_title_with_office_now_is_left_alone(code_text):
    events = code_text("Former interior minister Ramon Fuentes, now the Chilean foreign minister, criticised Bolivia.",
                       date="2021-04-02")
    assert not any(s.endswith("ELI") for s in _sources(events))


def test_former_soldiers_are_no_elite(code_text):
    events = code_text("Former soldiers attacked the parliament of Kenya.", date="2021-04-02")
    assert not any(s.endswith("ELI") for s in _sources(events))


def test_think_tank_is_no_army(code_text):
    events = code_text("A Brazilian think tank criticised the Argentine government.", date="2021-04-02")
    assert not any(s.endswith("MIL") for s in _sources(events))
