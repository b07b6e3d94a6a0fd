"""A non-state armed group written after another country's nationality adjective is that
country's group (actors/national_groups.py)."""
from conftest import triples


def _sources(events):
    return {s for s, _r, _t in triples(events)}


def test_nationality_adjective_names_the_groups_country(code_text):
    events = code_text("Pakistani Taliban militants ambushed an army convoy near Bannu.", date="2021-04-02")
    assert "PAKREB" in _sources(events) and "AFGREB" not in _sources(events)


def test_group_of_its_own_country_is_unchanged(code_text):
    events = code_text("Afghan Taliban fighters attacked a police checkpoint in Helmand.", date="2021-04-02")
    assert "AFGREB" in _sources(events)


def test_backer_adjective_is_no_nationality(code_text):
    events = code_text("Iranian-backed Houthi rebels fired missiles at a Saudi airport.", date="2021-04-02")
    assert "IRNREB" not in _sources(events)
