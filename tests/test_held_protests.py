"""Protests a note reports by their noun alone (events/held.py): a verbless headline
("Protests in X on 3 May"), a crowd headline ("Hundreds of protesters in X on 3 May"), or the
subject of "was held" / "took place". Dated and located only; planned or reacted-to protests
stay out."""


def test_verbless_protest_headline(code_text):
    events = code_text("Protests in Kumasi on May 3, to stop the assembly from voting on a new levy.",
                       date="2017-05-05")
    assert any(e.code.startswith("14") and e.source.code == "GHACVL" and e.date == "2017-05-03" for e in events)


def test_crowd_headline(code_text):
    events = code_text("Hundreds of demonstrators in the streets of Kumasi on May 3 to oppose the new levy.",
                       date="2017-05-05")
    assert any(e.code.startswith("14") and e.date == "2017-05-03" for e in events)


def test_a_rally_was_held_with_its_organisers(code_text):
    events = code_text("On May 3, a big rally organized by opposition leaders was held in Kumasi.",
                       date="2017-05-05")
    assert any(e.code.startswith("14") and e.source.code == "GHAOPP" for e in events)


def test_a_protest_was_held_by_nobody_named(code_text):
    events = code_text("A protest was held in Kumasi on May 3.", date="2017-05-05")
    assert any(e.code.startswith("14") and e.source.code == "GHACVL" for e in events)


def test_a_planned_protest_is_no_event(code_text):
    assert not code_text("A protest is planned in Kumasi on May 3.", date="2017-05-01")


def test_an_undated_protest_noun_is_left(code_text):
    assert not code_text("A protest was held in Kumasi.", date="2017-05-05")


def test_a_protest_noun_in_a_reaction_is_left(code_text):
    events = code_text("Police called for calm after protests in Kumasi on May 3.", date="2017-05-05")
    assert not any(e.source.code == "GHACVL" for e in events)


def test_unknown_workers_stage_a_protest_meeting(code_text):
    events = code_text("On May 3, railway clerks staged a protest meeting outside the station in Kumasi.",
                       date="2017-05-05")
    assert any(e.code.startswith("14") and e.source.code == "GHACVL" for e in events)


def test_a_held_rally_spliced_to_the_protesters_demand(code_text):
    events = code_text("On May 3, a rally organized by opposition leaders was held in Kumasi, the protesters "
                       "demanded new elections.", date="2017-05-05")
    assert any(e.code.startswith("14") and e.source.code == "GHAOPP" for e in events)


def test_a_staged_protest_is_coded_once(code_text):
    events = code_text("On May 3, students staged a protest in Kumasi.", date="2017-05-05")
    assert len([e for e in events if e.code.startswith("14")]) == 1


def test_stocks_staging_a_rally_is_no_protest(code_text):
    assert not code_text("Stocks staged a rally in London on Monday.", date="2017-05-05")


def test_a_month_is_no_place_of_a_demonstration(code_text):
    assert not code_text("A demonstration took place in May 2017, showing the new radar to buyers.",
                         date="2017-06-02")


def test_a_battle_between_rivals_in_words_is_no_fight(code_text):
    events = code_text("A long legal battle between the Social Democrats and the president went on in Sofia.",
                       date="2017-06-02")
    assert not any(e.code.startswith("19") for e in events)
