"""A word the actor dictionary knows as a person's name is not read as a place (many surnames
are also villages somewhere), unless the text marks it as one ("in X", "X province")."""
from conftest import triples


def test_surname_that_is_also_a_town_does_not_give_the_story_a_country(code_text):
    # "Morsi" is also a town in India: an unnamed army must not become India's
    events = code_text("Morsi was ousted by the army on Wednesday.", date="2013-07-10")
    assert triples(events) == {("EGYMIL", "17", "EGYELI")}


def test_surname_is_not_the_event_place(code_text):
    events = code_text("Morsi was ousted by the army on Wednesday.", date="2013-07-10")
    assert events and all((e.place is None or e.place.country != "IND") for e in events)
