"""Material conflict by armed groups and police: "fired on", "opened fire on", crowd weapons,
hostages seized, property torched, and an unnamed armed group's country.

Sentences written for these tests. Each asserts the exact events coded, as a sorted list of
(source code, target code, CAMEO code).
"""
import pytest

from conftest import coded

CASES = [
    # "fired on X": the object of "on" is the one shot at
    ("Syrian troops fired on protesters in Homs.", [("SYRMIL", "SYRCVL", "190")]),
    ("Malian rebels fired at a French army helicopter near Kidal.", [("MLIREB", "FRAMIL", "190")]),
    # "opened fire on/at X": as "fired on"
    ("Somali gunmen opened fire on a Kenyan army convoy.", [("SOMUAF", "KENMIL", "193")]),
    ("Ethiopian soldiers opened fire at protesters in Gondar.", [("ETHMIL", "ETHCVL", "193")]),
    # crowd weapons are violent repression (175), not grenades or bullets (193)
    ("CAIRO - Egyptian police fired stun grenades at worshippers outside a mosque.",
     [("EGYCOP", "EGYREL", "175")]),
    ("Peruvian police fired rubber bullets at students in Lima.", [("PERCOP", "PEREDU", "175")]),
    ("Kenyan police used tear gas to disperse opposition supporters.", [("KENCOP", "KENOPP", "175")]),
    # hurled stones: an assault
    ("Palestinian youths hurled stones at Israeli soldiers.", [("PSECVL", "ISRMIL", "182")]),
    # hostages seized, active and passive
    # (gunmen named by a faith or ideology are a non-state group, REB: actors/ethnic.py, session 26)
    ("GAO, Mali - Islamist gunmen seized ten hostages at a hotel in Gao on Friday.",
     [("MLIREB", "MLICVL", "181")]),
    ("GAO, Mali - Ten hostages were seized by the attackers at a hotel in Gao on Friday.",
     [("MLIUAF", "MLICVL", "181")]),
    # homes torched or razed: property destroyed (1712), the people of the place its owners
    ("MAIDUGURI, Nigeria - Islamist militants torched hundreds of homes in the village of Kukawa on Tuesday.",
     [("NGAREB", "NGACVL", "1712")]),
    ("Sudanese militiamen set fire to houses in a Darfur village.", [("SDNUAF", "SDNCVL", "1712")]),
    # firing to disperse a crowd is violent repression, the crowd its target
    ("SURAT: police fired four rounds to disperse the crowd near the station on friday.",
     [("INDCOP", "INDCVL", "175")]),
    ("Bolivian police opened fire to disperse the crowd in Sucre.", [("BOLCOP", "BOLCVL", "175")]),
    ("SURAT: police burst teargas shells at the mob near the station.", [("INDCOP", "INDCVL", "175")]),
    # a purpose that is no dispersal keeps the firing (and a target is needed)
    ("Kenyan troops opened fire to repel the attackers.", []),
    # tear gas shells are no shelling
    ("Turkish police fired tear gas shells at Kurdish protesters in Diyarbakir.",
     [("TURCOP", "TURCVL", "175")]),
    # fire returned: at the doer of the latest act of force by another country; none, no event
    ("ISLAMABAD - Pakistani troops shelled Indian posts in Kashmir. Indian artillery returned fire.",
     [("PAKMIL", "IND", "194"), ("INDMIL", "PAKMIL", "190")]),
    ("Indian troops fired back.", []),
    # fighting sides with no object fight each other, not the people of the place
    ("KABUL - Afghan troops and Taliban fighters fought in Kunduz on Monday.", [("AFGMIL", "AFGREB", "190")]),
    # a bridge demolished names no owner: no event
    ("The city council demolished an old bridge in Lagos.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[s[:40] for s, _ in CASES])
def test_armed_violence(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)


def test_bare_armed_role_takes_the_group_named_before(code_text):
    """ "rebels" with no country, after "Islamist rebels in northern Mali" were named (as an
    object): those rebels, not the French named in their own sentence."""
    events = code_text("BAMAKO - French jets bombed Islamist rebels in northern Mali on Sunday. "
                       "The French defence minister said a French pilot was killed on Saturday "
                       "when rebels fired on his helicopter.")
    assert ("MLIREB", "FRA", "190") in coded(events)
    assert not any(e.source.code == "FRAREB" for e in events)


def test_gunmen_take_the_group_named_earlier(code_text):
    """Bare "gunmen" after a Somali group was named: Somali, in their own role (UAF)."""
    events = code_text("NAIROBI - Somalia's al Shabaab said it was behind the assault. Gunmen stormed "
                       "a hotel in Nairobi and opened fire on guests, Kenyan police said.")
    assert {e.source.code for e in events if e.code[:2] == "19"} == {"SOMUAF"}


def test_clashes_between_two_sides(code_text):
    """ "clashes between A and B": an event written as a noun between its sides."""
    events = code_text("KABUL - Clashes between Afghan troops and Taliban fighters left 12 dead in Kunduz on Monday.")
    assert ("AFGMIL", "AFGREB", "190") in coded(events)
