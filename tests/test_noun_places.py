"""Acts of force written as nouns whose target is a place (eventwire/events/noun_places.py),
the possessor the parser split off as a second object (nominal.split_possessor), the doer's
"by" hung on the noun's object, compound nouns of force ("air strike"), and the
doer named as an adjective on the weapon that killed (unnamed.py: "killed in an X air strike").

The sentences are written for these tests; each asserts the exact events it codes as a sorted
list of (source, target, code).
"""
import pytest

from conftest import coded

CASES = [
    # the place's holder or owner, as for a verb ("shelled the rebel-held town")
    ("Ethiopia's offensive on the rebel-held town of Dessie began on Monday.",
     [("ETHMIL", "ETHREB", "190")]),
    ("Kenya's raid on the Shabaab stronghold began at dawn.", [("KENMIL", "SOMREB", "190")]),
    ("Nigeria's assault on the rebel enclave began at dawn.", [("NGAMIL", "NGAREB", "190")]),
    # a town with no holder said: its people, as for "attacked the town"
    ("Sudan's offensive against the town of Kadugli began on Monday.", [("SDNMIL", "SDNCVL", "190")]),
    # "in" tells where, not what: no target
    ("Russia's offensive in the Donbas region continued.", []),
    # not a fact: planned, negated
    ("A planned Turkish offensive against the town of Kobani was postponed.", []),
    ("There was no Ethiopian assault on the town of Dessie.", []),
    # the possessor misparsed as a second object of a reaction ("blamed Azerbaijan | 's offensive")
    ("Armenian officials blamed Azerbaijan's weeklong offensive against the town of Goris.",
     [("ARMGOV", "AZEGOV", "112"), ("AZEMIL", "ARMCVL", "190")]),
    # "by" hung by the parser on the noun's "of" object is the noun's own doer
    ("The arrest of a Togolese journalist by Ghanaian police angered Lome.",
     [("GHACOP", "TGOMED", "173")]),
    # an "air strike" stands as an event, though a bare "strike" (a labour strike) does not
    ("A Kenyan air strike on a Shabaab camp was reported on Tuesday.", [("KEN", "SOMREB", "195")]),
    ("A strike by Ghanaian dockers closed the port.", []),
    # the adjective of a country on the weapon names the doer of a killing
    ("Two Lebanese soldiers were killed in an Israeli air strike near the border.",
     [("ISR", "LBNMIL", "195")]),  # s29: killed in an air strike: aerial weapons (195, means.py)
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[s[:40] for s, _ in CASES])
def test_noun_places(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)
