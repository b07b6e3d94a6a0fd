"""Deeds inside statements and reactions: a claimed, denied or charged deed is not coded as
having happened; the verbal act is, on the deed's doer (../shared/gold/GUIDELINES.md).

Sentences written for these tests. Each case lists the exact events, as a sorted list of
(source code, target code, CAMEO code); an empty list means nothing may be coded.
"""
import pytest

from conftest import coded

CASES = [
    # a claim of one's own deed is a statement (015, not coded), not the deed
    ("The Houthis claimed that they had struck a Saudi airbase.", []),
    ("Hamas claimed it fired rockets at Israeli towns.", []),
    ("The Syrian army claimed to have shelled rebel positions in Idlib.", []),
    # a claim that another did it accuses the doer (112); credit claimed for one's own side does not
    ("Peru claimed that Chilean troops had attacked its border post.", [("PERGOV", "CHLMIL", "112")]),
    ("Kenya claimed that Kenyan troops had killed 40 Somali militants.", []),
    # a denied deed did not happen as far as the text says
    ("Moscow denied that Russian jets had bombed the Syrian market.", []),
    ("Ecuador denied attacking the Colombian patrol.", []),
    # the deed a charge or punishment names is the charge, not a deed told as done
    ("Kyiv accused Moscow of shelling the nuclear plant.", [("UKRGOV", "RUSGOV", "112")]),
    ("Washington blamed Tehran for attacking the tankers.", [("USAGOV", "IRNGOV", "1124")]),
    ("Washington held Tehran responsible for attacking the tankers.", [("USAGOV", "IRNGOV", "112")]),
    # ... but a judgement of a deed takes it as done
    ("Britain sanctioned Russia for invading Ukraine.", [("GBRGOV", "RUSGOV", "163"), ("RUSMIL", "UKR", "192")]),
    # ... and so does a thanks
    ("Germany thanked France for sending troops to Mali.", [("DEUGOV", "FRAGOV", "051"), ("FRAGOV", "MLIGOV", "062")]),
    # a relative clause hanging on the place of a deed: the place did nothing
    ("The UN chief condemned the bombing of a market in the Iraqi town of Hilla which killed nine people.", []),
    ("Russia, which attacked Georgia in August, denied the charge.", [("RUSMIL", "GEO", "190")]),
    # a threatened deed is a threat
    ("Turkey threatened to invade northern Syria.", [("TURGOV", "SYRGOV", "138")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_embedded(code_text, sentence, expected):
    assert coded(code_text(sentence)) == expected
