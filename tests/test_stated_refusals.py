"""Issue 15: refusals stated by a speaker named by his title (long-form news).

Sentences written for these tests. Each case lists the exact events the sentence must code,
as a sorted list of (source code, target code, CAMEO code); [] means nothing may be coded.
"""
import pytest

from conftest import coded

CASES = [
    # "he" in what a titled speaker said is the speaker: his refusal to help is a rejection
    # (of aid, 122: the code names the act refused, refusals.yaml refusal_codes)
    ("The Dutch justice minister said he would not help Syrian rebels.",
     [("NLDGOV", "SYRREB", "122")]),
    ("The Dutch justice minister, Ferd Grapperhaus, said on Friday he would not help Syrian rebels.",
     [("NLDGOV", "SYRREB", "122")]),
    # ... and his intent to help an intent
    ("The Dutch justice minister said he would help Syrian rebels.",
     [("NLDGOV", "SYRREB", "033")]),
    # a ministry is no "he"
    ("The Dutch ministry said he would not help Syrian rebels.", []),
    # "no plans to" help someone, said by the actor, is a rejection; by the writer nothing
    ("Danish officials said they have no plans to help Syrian rebels.", [("DNKGOV", "SYRREB", "122")]),
    ("Denmark said it has no plans to support Syrian rebels.", [("DNKGOV", "SYRREB", "120")]),
    ("Denmark has no plans to support Syrian rebels.", []),
    ("Denmark did not say it has no plans to support Syrian rebels.", []),
    # ... only of cooperation: no plans to attack is no rejection
    ("Denmark said it has no plans to attack Syrian rebels.", []),
    # resisting a plan or a proposal is refusing it (of its author); resisting an attack is not
    ("Iraq resisted the American proposal.", [("IRQGOV", "USA", "120")]),
    ("The Syrian Kurdish leadership is resisting Turkey's plan.", [("SYR", "TURGOV", "120")]),
    ("Syrian rebels resisted the Turkish offensive.", []),
    # refused to do anything to get someone freed: a rejection of whom it would free
    ("The Danish foreign ministry has refused to do anything to get Syrian rebels released from a prison.",
     [("DNKGOV", "SYRREB", "1243")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_stated_refusals(code_text, sentence, expected):
    assert coded(code_text(sentence)) == expected
