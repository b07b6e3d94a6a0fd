"""Conflict acts the session-30 dev_quad reading found missed (qconf): sieges and blockades laid
on a place's people, deaths in custody (custody.py), "called the ambassador of X a liar", the
"on" of a restriction hung on the verb ("refused to lift the sanctions on X"), and a demand for
the release of people addressed to whoever holds them (captors.asked_of). Sentences written for
these tests."""
import pytest


def _dyads(events):
    return {(e.source.code[:3], e.target.code[:3], e.code) for e in events}


def _full(events):
    return {(e.source.code, e.target.code, e.code) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Government forces laid siege to the town of Kadugli.", ("SDNMIL", "SDNCVL", "191")),
    ("Ethiopian troops imposed a siege around the city of Mekelle.", ("ETHMIL", "ETHCVL", "191")),
    ("Sudanese forces imposed a blockade on the town of Kadugli.", ("SDNMIL", "SDNCVL", "191")),
])
def test_a_siege_or_blockade_at_home_falls_on_the_place_s_people(code_text, text, expected):
    assert expected in _full(code_text(text, date=None))


def test_a_blockade_of_another_country_stays_on_that_country(code_text):
    assert ("SAU", "QAT", "191") in _dyads(code_text("Saudi Arabia imposed a blockade on Qatar.", date=None))


@pytest.mark.parametrize("text, expected", [
    ("A journalist died under torture in a Saudi prison.", ("SAUCOP", "SAUMED", "1822")),
    ("A party member died in a prison in Hanoi following torture.", ("VNMCOP", "VNMPTY", "1822")),
    ("An opposition activist died after torture in a detention centre run by Syrian intelligence.",
     ("SYRSPY", "SYROPP", "1822")),
    ("Two Palestinian detainees died after torture in Israeli custody.", ("ISRCOP", "PSEOPP", "1822")),
    ("A Yemeni soldier died after torture by Houthi rebels.", ("YEMREB", "YEMMIL", "1822")),
])
def test_a_death_after_torture_in_custody_is_the_custodian_s_torture(code_text, text, expected):
    assert expected in _full(code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "A Syrian dissident died of repeated torture and neglect last winter.",             # no custody named
    "The former minister died in prison in Yangon.",                                     # no torture
    "A student died in Yangon after torture.",                                           # a city, no custody
    "A Saudi activist died after torture in his prison cell.",                           # "his" names no custodian
])
def test_no_custodian_named_or_no_torture_is_no_event(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.root == "18"]


def test_prison_guards_and_inmates_are_actors(code_text):
    events = code_text("Prison guards in a jail near Shiraz tortured an elderly inmate to death.", date=None)
    assert ("IRNCOP", "IRNCVL", "1822") in _full(events)


def test_the_one_judged_read_as_the_predicate(code_text):
    events = code_text("Erdogan called the ambassador of Sweden a shameless liar.", date=None)
    assert ("TUR", "SWE", "111") in _dyads(events)


@pytest.mark.parametrize("text, expected", [
    ("Russia lifted the sanctions on Georgia.", ("RUS", "GEO", "085")),
    ("Russia refused to lift sanctions on Georgia.", ("RUS", "GEO", "1244")),
    ("The US lifted the embargo on Cuba on Tuesday.", ("USA", "CUB", "085")),
])
def test_the_on_of_a_restriction_on_the_verb_names_its_target(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


def test_a_restriction_on_a_day_names_no_target(code_text):
    assert not code_text("The EU imposed the sanctions on Monday.", date=None)


@pytest.mark.parametrize("text, expected", [
    ("The EU demanded the release of two Swedish journalists detained in Ethiopia.", ("IGOEUREEC", "ETHGOV")),
    ("Israel demanded the release of soldiers held by Hamas.", ("ISRGOV", "PSEREBHMS")),
    ("Sweden demanded the immediate release of its citizens who are held in Eritrea.", ("SWEGOV", "ERIGOV")),
])
def test_a_release_demanded_is_demanded_of_the_holder(code_text, text, expected):
    events = [e for e in code_text(text, date=None) if e.root == "10"]
    assert {(e.source.code, e.target.code) for e in events} == {expected}


def test_a_release_demanded_with_no_holder_named_keeps_the_people(code_text):
    events = code_text("Norway demanded the release of a Swedish journalist.", date=None)
    assert not [e for e in events if e.target.code.endswith("GOV")]


def test_aid_stopped_in_a_place_is_stopped_to_that_place(code_text):
    events = code_text("The Red Cross halted aid deliveries in Kano State last week.", date=None)
    assert any(e.root == "16" and e.target.code[:3] == "NGA" for e in events)


def test_aid_stopped_at_home_names_no_target_of_its_own(code_text):
    events = code_text("Ethiopia suspended aid deliveries in Tigray.", date=None)
    assert not [e for e in events if e.root == "16"]


@pytest.mark.parametrize("text", [
    "Malawian riot police used teargas to disperse a march against the cabinet.",
    "Kenyan police fired teargas at a rally against President Ruto.",
])
def test_teargas_on_a_protest_hits_the_crowd_not_what_it_protested(code_text, text):
    events = [e for e in code_text(text, date=None) if e.code == "175"]
    assert events and all(e.target.code.endswith("CVL") for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Israel launched air strikes on a number of Hamas targets.", ("ISR", "PSE", "19")),
    ("Belarusian hackers launched cyber attacks on several Lithuanian bank websites.", ("BLR", "LTU", "17")),
    ("Russia imposed sanctions on dozens of Ukrainian officials.", ("RUS", "UKR", "16")),
])
def test_the_preposition_of_an_event_noun_on_the_verb_and_what_a_quantity_counts(code_text, text, expected):
    assert expected in {(e.source.code[:3], e.target.code[:3], e.root) for e in code_text(text, date=None)}


def test_an_attack_on_a_day_names_no_target(code_text):
    assert not code_text("The army launched an attack on Monday.", date=None)


@pytest.mark.parametrize("text", [
    "Brazil called the Argentine decision a grave mistake.",
    "Brazil said the Argentine decision was a mistake.",
    "Egypt said Ethiopia's move was an affront.",
])
def test_a_mistake_or_affront_judged_is_a_criticism(code_text, text):
    assert any(e.code == "111" for e in code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "The minister said the decision was not a mistake.",
    "Brazil said it had made a mistake.",
])
def test_no_criticism_when_denied_or_of_oneself(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.root == "11"]


@pytest.mark.parametrize("text, expected", [
    ("Trump set a deadline for Iran to accept the deal.", ("USA", "IRN", "13")),
    ("The EU set a deadline for Britain to submit its proposals.", ("IGOEUREEC", "GBR", "13")),
])
def test_a_deadline_for_x_to_act_is_given_to_x(code_text, text, expected):
    assert expected in {(e.source.code[:3] if not e.source.code.startswith("IGO") else e.source.code,
                         e.target.code[:3], e.root) for e in code_text(text, date=None)}


def test_a_deadline_for_an_act_names_no_one(code_text):
    assert not code_text("Trump set a deadline for the talks to end.", date=None)
