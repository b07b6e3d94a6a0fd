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
    # property whose owner is not said: no guess
    ("Ecuador's police fired tear gas in Quito. Demonstrators later set the building on fire.", []),
]

NOT_CROWDS = [
    # a crowd that beats a person keeps the assault's code
    ("A mob beat the governor of the province in Kabul.", [("AFGCVL", "AFGGOV", "182")]),
    # soldiers who storm a building use military force
    ("Kenyan troops stormed the Somali parliament.", [("KENMIL", "SOMLEG", "190")]),
]


@pytest.mark.parametrize("sentence,expected", CROWDS + NOT_CROWDS, ids=[s[:40] for s, _ in CROWDS + NOT_CROWDS])
def test_crowd_violence(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)
