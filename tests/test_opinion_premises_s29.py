"""Session 29: grounds a writer argues and arranging verbs read as acts (gopin).

Sentences written for these tests. Each case lists the exact events the sentence must code,
as a sorted list of (source code, target code, CAMEO code); [] means nothing may be coded.
"""
import pytest

from conftest import coded

CASES = [
    # the "that" clause of "One is that", "The argument is that": a ground argued, not an act reported
    ("There are two grounds. One is that al-Shabaab fighters have planned and launched attacks on Kenya.", []),
    ("The argument is that Russia has bombed Ukraine.", []),
    ("Another is that Iran has armed the Houthi rebels for years.", []),
    # ... a time phrase of the news anchors it: reported
    ("The reason is that Russia expelled Ukrainian diplomats on Monday.", [("RUSGOV", "UKRGOV", "161")]),
    ("One is that Russia expelled Ukrainian diplomats.", []),
    ("The point is that Russia has criticised Ukraine.", []),
    # ... a copula with another subject is no ground
    ("The news is that Russia bombed Ukraine on Monday.", [("RUSMIL", "UKR", "190")]),
    ("Russia has launched attacks on Ukraine.", [("RUSMIL", "UKR", "190")]),
    # organising people or flights is arranging or mobilising, no diplomatic cooperation (050)
    ("France organised the rebels.", []),
    ("Chad organised the return of its migrants.", []),
    # ... organising a conference keeps its pattern
    ("Egypt organised a conference on Libya.", [("EGYGOV", "LBYGOV", "026")]),
    # a nationality adjective before a meeting put off is its topic, not the side relations are cut with
    ("Russia postponed a Syrian dialogue conference in Sochi.", []),
    ("The UN postponed the Libyan national conference.", []),
    ("Russia postponed a conference with Syria.", [("RUSGOV", "SYRGOV", "160")]),
    ("Russia postponed talks with Turkey.", [("RUSGOV", "TURGOV", "161")]),
    ("The EU postponed EU-Turkey talks.", [("IGOEUREEC", "TURGOV", "161")]),
    # a "legitimate target" is one marked for attack: a threat (130), not praise from "legitimate"
    ("The Kenyan president called the militants a legitimate target.", [("KENGOV", "KENREB", "130")]),
    ("Iran said US bases in the region were legitimate military targets.", [("IRNGOV", "USAGOV", "130")]),
    ("Russia called Ukraine a legitimate state.", [("RUSGOV", "UKRGOV", "051")]),
    # what the object is said to be names no target: "dismissed X as a meeting between A and B"
    ("An Afghan opposition leader dismissed the Doha conference as talks between the Taliban and the Taliban.", []),
    ("Putin described Erdogan as a reliable partner.", [("RUSGOV", "TURGOV", "051")]),
    # ... words only: a deed's "as" phrase keeps its place
    ("France sent 500 soldiers as peacekeepers to the Central African Republic.", [("FRAGOV", "CAFGOV", "074")]),
    ("Britain sent soldiers as trainers to Ukraine.", [("GBRGOV", "UKRGOV", "062")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_opinion_premises_s29(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)
