"""A note that names no country and locates its act at a village the gazetteer does not list
(eventwire/actors/unlisted.py, coref.Memory.role_country): the bare roles are of an unknown
country ("---"), so the act of force or protest still yields its event; score.py counts such a
party as no country of the gold. Without a located place, or for words, nothing changes."""
from conftest import triples


def test_gunmen_kill_herders_at_an_unlisted_village(code_text):
    events = code_text("On 4 August, unidentified gunmen shot dead three cattle herders in Wendkoulga.",
                       date="2021-08-06")
    assert any(s.startswith("---") and r in ("18", "19") and t in ("---CVL", "---AGR") for s, r, t in triples(events))
    assert all(e.date == "2021-08-04" for e in events)


def test_a_named_group_attacks_the_police_of_an_unlisted_village(code_text):
    events = code_text("On 9 May, JNIM militants attacked the police post in the village of Toudbweogo.",
                       date="2021-05-11")
    assert any(e.source.code.startswith("IMG") and e.target.code == "---COP" and e.code[:2] in ("18", "19")
               for e in events)


def test_no_located_place_no_unknown_country(code_text):
    events = code_text("A rioter smashed the windows of the building.")
    assert not any("---" in (e.source.code[:3], e.target.code[:3]) for e in events)


def test_words_between_unplaced_parties_are_no_event(code_text):
    events = code_text("Community elders in Wendkoulga called on the youths to stay calm.")
    assert not any("---" in (e.source.code[:3], e.target.code[:3]) for e in events)


def test_a_named_country_keeps_the_roles_its_own(code_text):
    events = code_text("On 4 August, gunmen killed three herders in Wendkoulga, Burkina Faso.",
                       date="2021-08-06")
    assert not any("---" in (e.source.code[:3], e.target.code[:3]) for e in events)


def test_the_village_of_an_unlisted_name_attacked(code_text):
    events = code_text("On 9 May, JNIM militants raided the village of Toudbweogo and killed three people.",
                       date="2021-05-11")
    assert any(e.source.code.startswith("IMG") and e.target.code.startswith("---") for e in events)


def test_an_ied_at_an_unlisted_place(code_text):
    events = code_text("On 9 May, an IED killed two soldiers near Toudbweogo.", date="2021-05-11")
    assert any(e.target.code == "---MIL" and e.code[:2] in ("18", "19") for e in events)


def test_sahel_militias_and_jnim_members_are_known_groups(code_text):
    events = code_text("On 2 March, Koglweogo militiamen abducted two traders near Kaya, Burkina Faso.",
                       date="2019-03-05")
    assert any(e.source.code == "BFAUAF" and e.code.startswith("18") for e in events)
    events = code_text("On 2 March, Katiba Macina militants attacked a gendarmerie post in Diafarabe, Mali.",
                       date="2019-03-05")
    assert any(e.source.code == "IMGMUSJNM" and e.target.code.startswith("MLI") for e in events)


def test_a_hedge_read_as_the_main_verb_keeps_its_doer(code_text):
    # "presumed" parsed as the root, "militants" as its object, "killed" as its complement
    events = code_text("On 12 October 2020, suspected ISGS militants shot a herder dead in Zouar.", date="2020-11-05")
    assert any(e.source.code == "IMGMUSISI" and e.code[:2] in ("18", "19") for e in events)


def test_a_real_presuming_verb_has_its_own_subject(code_text):
    events = code_text("Police presumed the rebels attacked the convoy in Niger.", date="2020-11-05")
    assert not any(e.source.code.endswith("COP") and e.code[:2] == "19" for e in events)


def test_a_mining_site_named_by_an_unlisted_name(code_text):
    events = code_text("On 27 October, gunmen attacked a police post at the gold mining site of Wendkoulga.",
                       date="2019-10-29")
    assert any(e.target.code == "---COP" and e.code[:2] in ("18", "19") for e in events)


def test_dated_protest_in_a_note_naming_no_place(code_text):
    events = code_text("On 12 April, nurses staged a sit-in to demand the payment of their bonuses.",
                       date="2021-04-13")
    assert any(e.code == "141" and e.source.code.startswith("---") for e in events)
    assert all(e.date == "2021-04-12" for e in events)


def test_undated_protest_naming_no_place_stays_uncoded(code_text):
    events = code_text("Nurses staged a sit-in to demand the payment of their bonuses.", date="2021-04-13")
    assert not any("---" in (e.source.code[:3], e.target.code[:3]) for e in events)


def test_dated_riot_naming_no_place_stays_uncoded(code_text):
    events = code_text("On 12 April, a rioter smashed the windows of the building.", date="2021-04-13")
    assert not any("---" in (e.source.code[:3], e.target.code[:3]) for e in events)
