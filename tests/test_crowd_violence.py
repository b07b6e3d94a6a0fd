"""Crowd violence and material conflict (crowds.py and the violence families of the coder).

Sentences written for these tests. Each asserts the exact events coded, as a sorted list of
(source code, target code, CAMEO code).
"""
import pytest

from conftest import coded

CROWDS = [
    # a crowd's force against property is a violent protest, whatever the verb's own code
    ("Protesters stormed the French embassy in Baghdad on Sunday.", [("IRQCVL", "FRAGOV", "145")]),
    ("Hundreds of protesters stormed the Danish embassy in Damascus and set it on fire.",
     [("SYRCVL", "DNKGOV", "145")]),
    ("Protesters broke into the Egyptian parliament on Tuesday.", [("EGYCVL", "EGYLEG", "145")]),
    ("Protesters tried to storm the American embassy in Cairo.", [("EGYCVL", "USAGOV", "145")]),
    # the owner of the building: a compound, an "of" phrase
    ("Supporters of Khan torched the army headquarters in Lahore.", [("PAKCVL", "PAKMIL", "145")]),
    ("Demonstrators ransacked the offices of the ruling party in Lima.", [("PERCVL", "PERGOV", "145")]),
    # nothing attacked named: the place of the riot
    ("Protesters rioted in Paris.", [("FRACVL", "FRA", "145")]),
    # property whose owner is not said: no guess (the police's tear gas is at the crowd there)
    ("Ecuador's police fired tear gas in Quito. Demonstrators later set the building on fire.",
     [("ECUCOP", "ECUCVL", "175")]),
]

PROTESTS = [
    # a protest verb "against" an actor is a demonstration against it, whatever else it matches
    ("KHARTOUM, May 2 - Thousands rallied in Omdurman against the court to back the ousted president.",
     [("SDNCVL", "SDNJUD", "141")]),
    ("Workers demonstrated against the Chilean government.", [("CHLLAB", "CHLGOV", "141")]),
]


@pytest.mark.parametrize("sentence,expected", PROTESTS, ids=[s[:40] for s, _ in PROTESTS])
def test_protest_against(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)


NOT_CROWDS = [
    # a crowd that beats a person keeps the assault's code
    ("A mob beat the governor of the province in Kabul.", [("AFGCVL", "AFGGOV", "182")]),
    # soldiers who storm a building use military force
    ("Kenyan troops stormed the Somali parliament.", [("KENMIL", "SOMLEG", "190")]),
]


ATTACKS = [
    # the holder of the place attacked
    ("Government warplanes pounded the rebel-held town of Idlib on Monday.", [("SYRMIL", "SYRREB", "195")]),
    ("Syrian warplanes pounded the town held by rebels.", [("SYRMIL", "SYRREB", "195")]),
    # the owner of the property attacked
    ("Taliban fighters stormed the provincial police headquarters in Kunduz.", [("AFGREB", "AFGCOP", "192")]),
    ("Taliban gunmen attacked an Afghan army camp near Herat.", [("AFGREB", "AFGMIL", "190")]),
    # a place name is no property ("the West Bank" is no bank)
    ("Israeli soldiers beat up Palestinian detainees near Hebron in the occupied West Bank.", [("ISRMIL", "PSEOPP", "182")]),
    # light verbs carry the derived nouns of force (event_nouns.tsv)
    ("Nigerian troops began their assault on the Boko Haram-held town of Gwoza.", [("NGAMIL", "NGAREB", "190")]),
    ("Israeli forces launched a bombardment of Hamas positions.", [("ISRMIL", "PSEREBHMS", "190")]),
    # forces driven out of a place: the place taken (192), not a population expelled (201)
    ("NIAMEY, May 2 - Nigerien soldiers drove the insurgents out of the village of Ayorou.", [("NERMIL", "NERREB", "192")]),
    ("YANGON, May 2 - Soldiers drove thousands of villagers out of their homes.", [("MMRMIL", "MMRCVL", "201")]),
    ("NAIROBI, May 2 - The gunmen seized dozens of hostages.", [("KENUAF", "KENCVL", "181")]),
    ("GAZA, May 2 - The Israeli army attacked positions belonging to Hamas.", [("ISRMIL", "PSEREBHMS", "190")]),
    # weapons passed on are no attack: military aid (072)
    ("Iran has been delivering drones and rifles to Hezbollah through Iraq.", [("IRNGOV", "LBNREB", "072")]),
    ("Iran launched missiles at American bases in Iraq.", [("IRNMIL", "USA", "195")]),
    # "A and B fought a war": each other, not the people of the place; allies who shell a
    # village still hit its people (a war dated years back would be background: test_background)
    ("TEHRAN, May 2 - Israel and Hezbollah fought a bitter war in the south.", [("ISRMIL", "LBNREB", "190")]),
    ("SANAA, May 2 - The Yemeni army and allied tribesmen shelled the village of Kataf.",
     [("YEMMIL", "YEMCVL", "194")]),
    # ... but not "give": giving up fighting is no attack (a yield, 08)
    ("A rebel commander and his men gave up fighting in Colombia.", [("COLREB", "COLGOV", "080")]),
]


@pytest.mark.parametrize("sentence,expected", ATTACKS, ids=[s[:40] for s, _ in ATTACKS])
def test_attack_targets(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence,expected", CROWDS + NOT_CROWDS, ids=[s[:40] for s, _ in CROWDS + NOT_CROWDS])
def test_crowd_violence(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)
