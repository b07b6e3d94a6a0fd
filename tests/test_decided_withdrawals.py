"""Issue 15: troop withdrawals decided, written under a noun (events/withdrawals.py).

Sentences written for these tests. Each case lists the exact events the sentence must code,
as a sorted list of (source code, target code, CAMEO code); [] means nothing may be coded.
"""
import pytest

from conftest import coded

CASES = [
    # the owner of the decision expressed an intent to de-escalate towards the country left
    ("Critics attacked Putin's unilateral decision to withdraw its 3,000 troops in eastern Libya.",
     [("RUSGOV", "LBY", "0356")]),
    ("The Kremlin's decision to withdraw troops from Libya surprised diplomats.",
     [("RUSGOV", "LBY", "0356")]),
    ("Critics attacked Putin's plan to pull out troops from Libya.",
     [("RUSGOV", "LBY", "0356")]),
    # (the parser reads "the Putin move" as a clause)
    ("The Putin move to withdraw troops from Libya is a betrayal.",
     [("RUSGOV", "LBY", "0356")]),
    # no decision made, no troops, no country named: nothing
    ("There was no decision to withdraw Russian troops from Libya.", []),
    ("The Putin move to pull soldiers out of the region is a betrayal.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_decided_withdrawals(code_text, sentence, expected):
    assert coded(code_text(sentence)) == expected
