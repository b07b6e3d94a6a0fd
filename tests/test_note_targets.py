"""Whom a conflict note's act is done to (session 27, issue 17): things hit (events/property_hit.py:
the owner named on the thing, else the note's civilians; only in short notes opening on their
date), "fought with X" in a note (attacked.foe_with), armed people intercepted
(attacked.object_headed), a protest whose support pattern names nobody (coder)."""
from conftest import triples


def test_seized_vehicle_is_the_civilians(code_text):
    events = code_text("On 4 March, suspected Ansaroul Islam militants seized a minibus on the road "
                       "to Djibo.", date="2021-03-06")
    assert ("BFAREB", "171", "BFACVL") in {(s, c, t) for s, c, t in
                                          [(e.source.code, e.code, e.target.code) for e in events]}


def test_police_post_burned_is_the_police(code_text):
    events = code_text("On 9 April, suspected JNIM militants torched a police post in Djibo.",
                       date="2021-04-10")
    assert any(t == "BFACOP" for _, _, t in triples(events))


def test_crowd_torching_a_town_hall_hits_the_government(code_text):
    events = code_text("On 12 May, residents of Kaya vandalized and torched the town hall "
                       "in protest.", date="2021-05-13")
    assert any(t == "BFAGOV" for _, _, t in triples(events))


def test_arms_seized_by_troops_name_no_owner(code_text):
    events = code_text("On 9 April, soldiers seized weapons and motorbikes in Djibo, Burkina Faso.",
                       date="2021-04-10")
    assert not any(e.target.code.endswith("CVL") for e in events)


def test_not_in_an_article_that_opens_without_a_date(code_text):
    events = code_text("Ansaroul Islam militants seized a minibus on the road to Djibo.",
                       date="2021-04-10")
    assert not any(e.target.code == "BFACVL" and e.code == "171" for e in events)


def test_fought_with_in_a_note_is_the_foe(code_text):
    events = code_text("On 3 June, villagers fought with armed men near Kaya.", date="2021-06-05")
    assert any(r == "19" and t == "BFAUAF" for s, r, t in triples(events))


def test_fought_with_against_is_the_ally(code_text):
    events = code_text("On 3 June, farmers fought with gunmen against the army near Kaya.", date="2021-06-05")
    assert not any(t.endswith("UAF") for _, _, t in triples(events))


def test_fought_with_in_an_article_is_left(code_text):
    events = code_text("Farmers fought with gunmen near Kaya, the governor said on Thursday.", date="2021-06-05")
    assert not any(t.endswith("UAF") for _, _, t in triples(events))


def test_vigilantes_are_an_unidentified_armed_force(code_text):
    events = code_text("On 3 June, vigilantes attacked herders near Kaya.", date="2021-06-05")
    assert any(s == "BFAUAF" for s, _, _ in triples(events))


def test_armed_men_intercepted_are_fought(code_text):
    events = code_text("On 8 July, gendarmes intercepted a column of Ansaroul Islam militants near Kaya.",
                       date="2021-07-10")
    assert any(r == "19" and t == "BFAREB" for _, r, t in triples(events))


def test_calls_intercepted_are_no_attack(code_text):
    events = code_text("On 8 July, police intercepted calls between two rebel commanders in Kaya.",
                       date="2021-07-10")
    assert not any(r == "19" for _, r, _ in triples(events))


def test_own_vehicle_of_the_dead_is_left(code_text):
    events = code_text("On 5 June, two policemen were killed when their truck was hit by a mine near Kaya.",
                       date="2021-06-07")
    assert not any(e.target.how.startswith("owner of the thing hit") for e in events)


def test_a_cell_of_militants_is_people_not_a_thing(code_text):
    events = code_text("On 5 June, gendarmes raided a farm near Kaya, the Kivu Front militant cell hiding there "
                       "was destroyed.", date="2021-06-07")
    assert not any(e.target.how.startswith("owner of the thing hit") for e in events)


def test_protest_against_a_detention_with_nobody_named_is_a_protest(code_text):
    events = code_text("On 2 May, about three hundred people gathered in Bobo-Dioulasso to protest against the "
                       "detention of a local trader.", date="2021-05-04")
    assert any(r == "14" and s == "BFACVL" for s, r, _ in triples(events))


def test_a_rally_of_support_is_no_protest_against_the_government(code_text):
    events = code_text("On 2 May, thousands gathered in Bobo-Dioulasso to demonstrate their support for the "
                       "mayor's plan.", date="2021-05-04")
    assert not any(r == "14" and t.endswith("GOV") for _, r, t in triples(events))
