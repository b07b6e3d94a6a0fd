"""Session 29: wrong roots and non-event senses on real news (groot).

Sentences written for these tests. Each case lists the exact events the sentence must code,
as a sorted list of (source code, target code, CAMEO code); [] means nothing may be coded.
"""
import pytest

from conftest import coded

CASES = [
    # "assure" with a thing as its only object makes sure of it: no promise to anyone (030)
    ("Moscow has assured a permanent Russian naval presence in the Mediterranean.", []),
    ("The intervention has assured a lasting Iranian presence near the Golan.", []),
    ("Putin assured Assad of Russian support.", [("RUSGOV", "SYRGOV", "030")]),
    ("Putin assured Erdogan that Russia would respect the deal.", [("RUSGOV", "TURGOV", "030")]),
    # keeping another's forces supplied is no occupation (192); forces kept in a place still are
    ("Gulf powers are arming and maintaining the security forces of their ally, Bahrain.", []),
    ("Israel maintains forces in southern Lebanon.", [("ISRMIL", "LBNMIL", "192")]),
    # forces sent into a country are no material cooperation with it (062); sent to a partner they are
    ("Turkey sent troops into Iraq to confront Kurdish militias.", []),
    ("Russia sent troops to Syria to help Assad.", [("RUSGOV", "SYRGOV", "062")]),
    # preparing to act is no intent to cooperate (030) with the country the act is in
    ("Turkey was preparing to send its army into Iraq to confront Kurdish militias.", []),
    ("Turkey is preparing to launch an offensive against the YPG.", [("TURGOV", "SYRREB", "138")]),
    # civilians killed by air strikes: aerial weapons (195), not mass killing (202)
    ("Air strikes by Russian planes have killed more than 300 civilians in Idlib.", [("RUS", "SYRCVL", "195")]),
    ("Russian warplanes killed 50 civilians in Idlib.", [("RUSMIL", "SYRCVL", "195")]),
    ("Israeli jets killed 12 Hamas fighters in an air strike.", [("ISRMIL", "PSEREBHMS", "195")]),
    # ... a warplane shot down is the target, not the means
    ("Turkish jets shot down a Russian warplane near the border.", [("TURMIL", "RUSMIL", "190")]),
    # ... militants killing civilians stays a mass killing
    ("Boko Haram militants killed 40 civilians in Borno.", [("NGAREB", "NGACVL", "202")]),
    # a clause with its own subject is not under the negation or future of the clause before it
    ("Moscow did not condemn Kyiv, but Beijing criticised Washington on Monday.", [("CHNGOV", "USAGOV", "111")]),
    ("Putin will not abandon the Kurds, but he criticised Erdogan on Monday.", [("RUSGOV", "TURGOV", "111")]),
    ("Russia will not attack Ukraine and Ukraine will not attack Russia.", []),
    # ... nor does it take the other clause's object as its own (the warning criticises Washington)
    ("Lavrov did not mention Libya, but he warned that Washington was putting peace at risk.",
     [("RUSGOV", "USAGOV", "110")]),
    # "invested in each other" is a relationship, no money invested (061)
    ("Moscow and Ankara have invested heavily in each other.", []),
    # people crossing a border move: no appeal for aid (0233)
    ("More than 2,000 refugees have crossed the Turkish border into Syria.", []),
    # aircraft used are the user's own means: no target; used against a side they are aerial weapons (195)
    ("The junta has also used fighter jets and artillery in the north.", []),
    ("The Syrian regime used fighter jets against the rebels in Idlib.", [("SYRGOV", "SYRREB", "195")]),
    # "sought to" train or arm, in the past, narrates aid given (as "tried to"); "seeks to" is an intent
    ("Iran sought to arm the Houthi rebels.", [("IRNGOV", "YEMREB", "062")]),
    ("Iran seeks to train the Houthi rebels.", [("IRNGOV", "YEMREB", "033")]),
    ("Iran sought to meet Iraqi officials.", [("IRNGOV", "IRQGOV", "036")]),
    # the subject of the next clause, parsed as joined to the "by" doer, is no doer
    ("Much of Yemen remains ravaged by war and Yemeni refugees have voiced fears of persecution.", []),
    ("A British journalist was detained by Iranian police.", [("IRNCOP", "GBRMED", "173")]),
    # a participle on the noun before it, read by the parser as its verb: the noun is the one captured
    ("Canada maintains that citizens captured in Isis territory in Iraq have the right to return.", []),
    ("Italy says that fighters captured in rebel territory in Libya must face trial.", []),
    ("Kurdish forces captured three foreign fighters in Syria.", [("SYRREB", "SYRUAF", "171")]),
    # ... but a past tense the small model tags as a participle, joined to a second verb, stays the act
    ("Unknown gunmen armed with knives assaulted and robbed Nigerien traders near Niamey.",
     [("NERREB", "NERBUS", "190")]),
    # "and" + a bare noun is no clause of its own: the two verbs share the object
    ("Near Mopti, Malian soldiers detained and summary shot four Fulani herders.",
     [("MLIMIL", "MLIAGR", "173")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_roots_senses_s29(code_text, sentence, expected):
    assert coded(code_text(sentence)) == expected
