"""Who did it and where: a person's name is no place, a bomb in a country is no doer, deaths in
an attack an actor carried out are that actor's, a fighting force's strikes are attacks."""
from conftest import triples


def test_surname_that_is_also_a_town_does_not_give_the_story_a_country(code_text):
    # "Morsi" is also a town in India: an unnamed army must not become India's
    events = code_text("Morsi was ousted by the army on Wednesday.", date="2013-07-10")
    assert triples(events) == {("EGYMIL", "17", "EGYELI")}


def test_surname_is_not_the_event_place(code_text):
    events = code_text("Morsi was ousted by the army on Wednesday.", date="2013-07-10")
    assert events and all((e.place is None or e.place.country != "IND") for e in events)


def test_a_bomb_in_a_country_is_no_doer(code_text):
    # the country where the bomb went off is not the one who set it
    events = code_text("A Dutch soldier was killed by a roadside bomb in Mali on Friday.")
    assert events and all(len(e.source.code) > 3 for e in events)      # never the bare country
    events = code_text("Two Kenyan policemen were wounded by a landmine in Somalia.")
    assert all(e.source.code != "SOM" for e in events)


def test_a_role_in_a_country_still_takes_that_country(code_text):
    events = code_text("Forces in Libya attacked the town of Sirte on Monday.")
    assert {e.source.code for e in events} == {"LBYMIL"}


def test_deaths_when_an_actor_carried_out_strikes_are_that_actors(code_text):
    events = code_text("Dozens of Iranian fighters were killed when Israeli jets carried out air strikes "
                       "near Damascus on Sunday.")
    kills = [e for e in events if e.code.startswith("19") and e.target.code.startswith("IRN")]
    assert kills and all(e.source.code.startswith("ISR") for e in kills)


def test_strikes_by_fighting_forces_are_attacks_not_labour_strikes(code_text):
    events = code_text("Israeli jets carried out strikes on Hamas positions in Gaza on Friday.")
    assert {(e.source.code[:3], e.code[:2]) for e in events} == {("ISR", "19")}
    assert all(e.target.code.startswith("PSE") for e in events)
    # no target named: no event, never the strikers' own government as for a protest
    events = code_text("The strikes had been carried out by the Syrian air force, the monitor said.")
    assert all(e.code[:2] != "14" and e.target.code != "SYRGOV" for e in events)


def test_a_workers_strike_is_still_a_strike(code_text):
    events = code_text("Dock workers staged a strike on Monday against the Chilean government.")
    assert {e.code[:2] for e in events} == {"14"}
