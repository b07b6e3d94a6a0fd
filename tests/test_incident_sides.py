"""Conflict notes that name the fighting first and its sides after (session 28): "Clashes
took place in X. The incident was between A and B" (nominal.py: "the incident" names again
the sideless fighting noun of the sentence before, with its code and its date), "the clashes
were between A and B" ("be" as a verb of occurrence), "between members of A and B" read as
two sides, and young people as civilian doers ("youths in X attacked police")."""
from conftest import triples


def test_the_incident_gives_the_sides_of_the_clashes_before(code_text):
    events = code_text("Clashes broke out on Tuesday evening in Ranbago, a hamlet near Dori. "
                       "Local sources said the incident was between soldiers and jihadists.", date="2019-05-10")
    assert any(s.endswith("MIL") and r == "19" for s, r, _ in triples(events))
    assert all(e.date == "2019-05-07" for e in events)


def test_the_incident_after_the_clashes_with_an_opening_clause(code_text):
    events = code_text("Fighting took place in Ranbago near Dori. According to residents, the incident "
                       "was between gendarmes and armed bandits.", date="2019-05-10")
    assert any(r == "19" and "COP" in (s[3:], t[3:]) for s, r, t in triples(events))


def test_an_incident_after_no_fighting_is_nothing(code_text):
    events = code_text("A fire broke out in a market near Dori. The incident was between soldiers and "
                       "jihadists.", date="2019-05-10")
    assert not any(r == "19" for _, r, _ in triples(events))


def test_the_incident_two_sentences_later_is_not_read(code_text):
    events = code_text("Clashes took place in Ranbago near Dori. The mayor visited the hamlet. The incident "
                       "was between soldiers and jihadists.", date="2019-05-10")
    assert not any(r == "19" for _, r, _ in triples(events))


def test_clashes_were_between_two_sides(code_text):
    events = code_text("The clashes near Dori on Sunday were between soldiers and jihadists.", date="2019-05-10")
    assert any(s.endswith("MIL") and r == "19" for s, r, _ in triples(events))


def test_between_members_of_a_group_and_another_side(code_text):
    events = code_text("Clashes erupted near Dori between members of the Koglweogo and soldiers.",
                       date="2019-05-10")
    assert any(r == "19" and {s[3:], t[3:]} >= {"MIL"} and s != t for s, r, t in triples(events))
    assert len({(s, t) for s, r, t in triples(events) if r == "19"}) >= 1


def test_youths_attacking_police(code_text):
    events = code_text("On 4 May, youths attacked the police station in the town of Gorom-Gorom, Burkina Faso.", date="2019-05-10")
    assert any(s.endswith("CVL") and r[:2] in ("14", "19") for s, r, _ in triples(events))


def test_a_youth_wing_is_no_crowd(code_text):
    events = code_text("The party's youth wing criticised the minister in Dori.", date="2019-05-10")
    assert not any(s.endswith("CVL") for s, _, _ in triples(events))


def test_the_incident_keeps_its_own_date(code_text):
    events = code_text("Clashes broke out on Tuesday evening in Ranbago, a hamlet near Dori. "
                       "On Thursday, the incident was between soldiers and jihadists, residents said.",
                       date="2019-05-10")
    assert events and all(e.date != "2019-05-07" for e in events)
