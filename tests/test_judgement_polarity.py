"""Judgements (judgement.py, polarity.py): words from the hand lists and the VADER-derived
lexicon, comparisons, passives, predicates the parser merges into the object, set phrases and
reported loss of standing. Sentences written for these tests."""
import pytest

from conftest import coded

from eventwire.events.judgement import Judgements
from eventwire.events.polarity import DERIVED

CODED = [
    # a word only the derived lexicon (VADER) knows
    ("Sweden called Hungary's conduct dishonest.", [("SWEGOV", "HUNGOV", "111")]),
    ("Canada described Mexico's response as admirable.", [("CANGOV", "MEXGOV", "051")]),
    # a predicate adjective read as the object's modifier
    ("Austria called Serbia's move regrettable.", [("AUTGOV", "SRBGOV", "111")]),
    # comparisons with something condemned
    ("Armenia compared the Azerbaijani government to the Nazis.", [("ARMGOV", "AZEGOV", "111")]),
    ("Belarus likened Lithuania's sanctions to toilet paper.", [("BLRGOV", "LTUGOV", "111")]),
    # a view stated: "said it considered Y ..."
    ("Chile said it considered Peru a rogue state.", [("CHLGOV", "PERGOV", "111")]),
    ("Kenya said it regarded Somalia as a courageous partner.", [("KENGOV", "SOMGOV", "051")]),
    # a set phrase after the object
    ("Norway called Denmark's remarks completely out of line.", [("NORGOV", "DNKGOV", "111")]),
    # the words judged and the quoted predicate parsed as one phrase
    ('Venezuela called the Colombians "fascist thugs" on Monday.', [("VENGOV", "COL", "111")]),
    # passive: the one judged is the subject, the judge the agent
    ("Qatar was branded a rogue state by Bahrain.", [("BHRGOV", "QATGOV", "111")]),
    ("Iraq's decision was described as illegal by Syria.", [("SYRGOV", "IRQGOV", "111")]),
    # a reported loss of standing
    ("Ghana said the Malian junta had lost all legitimacy.", [("GHAGOV", "MLIGOV", "111")]),
]

NOT_CODED = [
    # neutral or unknown words
    "Sweden called Hungary's proposal important.",
    "Sweden called Hungary's situation difficult.",
    "Armenia compared the Azerbaijani plan to the Iranian one.",
    # a flattering comparison is no clear praise
    "Armenia compared the French president to Napoleon.",
    # a view held, not stated, is no event (backdrop.py)
    "Chile considers Peru's conduct a crime.",
    # "it" naming an act whose doer is unknown
    "Austria called it a regrettable decision.",
    # telephoning, calling off
    "Norway called the Danish ambassador.",
    "Norway called off the talks with Denmark.",
    # negated loss, or a loss of something else
    "Ghana said the Malian junta had not lost its legitimacy.",
    "Ghana said the Malian junta had lost its majority.",
]


@pytest.mark.parametrize("sentence,expected", CODED)
def test_judgement_coded(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence", NOT_CODED)
def test_judgement_not_coded(code_text, sentence):
    assert [e for e in code_text(sentence) if e.code[:2] in ("05", "11", "12")] == []


def test_hand_lists_come_before_the_derived_lexicon():
    j = Judgements()
    assert DERIVED.exists()
    # "justified" is praise in the hand list; a neutral word of the hand list codes nothing
    assert j.polarity.codes["justified"] == "051"
    assert "difficult" in j.polarity.neutral
    # the derived lexicon holds strong words of both kinds, none of the reviewed-out feelings
    assert j.polarity.derived.get("dishonest") == "111"
    assert j.polarity.derived.get("admirable") == "051"
    assert "angry" not in j.polarity.derived and "grateful" not in j.polarity.derived


def test_judging_verbs_pass_the_sentence_prefilter():
    words = Judgements().trigger_words()
    assert {"compared", "likened", "considered", "dubbed", "labelled", "branded"} <= words
