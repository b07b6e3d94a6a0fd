"""Roles taken from whose a thing is: the place seized, the counterpart named.

- "took control of X", "seized hold of X": the holding noun stands for X, so X's owner is the
  target ("an army base" -> the army), as for "seized the army base".
- A side never attacks its own base: when the owner read is the doer itself, the other rules
  decide (the people of the place).
- "bombed the village, killing ten rebels": the people of the place attacked are the side the
  participle names (not mere people).
- "his Chilean counterpart": the role of whose counterpart it is ("his" -> a president: GOV),
  also when the counterpart is the subject of a reported clause ("X said his counterpart had ...").
Sentences written for these tests.
"""
import pytest

from conftest import coded

CASES = [
    # the holding noun passes to its "of" object: the owner of the base, of the headquarters
    ("Taliban fighters seized control of a military base near Kunduz on Friday.", [("AFGREB", "AFGMIL", "192")]),
    ("Rebels took control of the army's headquarters in Goma.", [("CODREB", "CODMIL", "192")]),
    # a town has no owner: its people
    ("Rebels took control of the town of Rutshuru near Goma.", [("CODREB", "CODCVL", "192")]),
    # the owner read as the doer itself: the people of the place, not a self-loop
    ("Russian forces took control of the military headquarters in Rostov on Saturday.",
     [("RUSMIL", "RUSCVL", "192")]),
    # the side a following participle names is who the attack hit
    ("Sudanese troops attacked the town, killing three policemen.", [("SDNMIL", "SDNCOP", "190")]),
    ("Sudanese troops stormed the camp near Nyala, forcing two rebel commanders to flee.",
     [("SDNMIL", "SDNREB", "170"), ("SDNMIL", "SDNREB", "190")]),
    # mere people named: the people of the place
    # (the killing is the bombing's result: one deed, the bombing, not a second "bombing" 183)
    ("Sudanese jets bombed a village in Darfur, killing ten people.",
     [("SDNMIL", "SDNCVL", "195")]),
    # whose counterpart: the speaker of the reporting clause, or the relative clause's antecedent
    ("The Peruvian defence minister said his Chilean counterpart had threatened Peru.",
     [("CHLGOV", "PERGOV", "130")]),
    ("Peruvian President Ana Ruiz, who said her Chilean counterpart had lied to her, called the raid a massacre.",
     [("PERGOV", "CHLGOV", "112")]),
    ("The Peruvian president accused his Chilean counterpart of lying.", [("PERGOV", "CHLGOV", "112")]),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_owner_roles(code_text, sentence, expected):
    assert coded(code_text(sentence, date="2020-05-01")) == sorted(expected)
