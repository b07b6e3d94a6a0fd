"""Reported judgements and threats (judgement.py) and reactions to an earlier proposal or ruling
(nominal.py): sentences written for these tests."""
import pytest

from conftest import coded

REPORTED = [
    # a statement whose complement says what a thing or an actor is: judged as "called it ..."
    ("Lavrov said the Ukrainian government was illegitimate.", [("RUSGOV", "UKRGOV", "111")]),
    ("The German chancellor said Hamas was a terrorist organisation.", [("DEUGOV", "PSEREBHMS", "111")]),
    # a threat of what the other side will suffer: 130 on the one who will suffer it
    ("Erdogan said the Danes would pay a price.", [("TURGOV", "DNK", "130")]),
    ("Putin warned that Ukraine will face consequences.", [("RUSGOV", "UKRGOV", "130")]),
    ("Khamenei said Saudi Arabia would face divine revenge.", [("IRNGOV", "SAUGOV", "130")]),
    ("Putin warned that Georgia would meet a harsh response.", [("RUSGOV", "GEOGOV", "130")]),
    # a threat stated by the actor stays one under a condition
    ("Erdogan said the Danes would pay a price if they deported his envoy.", [("TURGOV", "DNK", "130")]),
]

NOT_CODED = [
    # negated, hypothetical or speculative complements judge no one
    "Lavrov said the Ukrainian government was not illegitimate.",
    "Lavrov said the Ukrainian government would be illegitimate if it banned the party.",
    "Lavrov said the Ukrainian government may be illegitimate.",
    # a neutral predicate, and one's own side paying a price
    "Lavrov said the Ukrainian government was important.",
    "Erdogan said Turkey would pay a price.",
    "Erdogan said the Dutch would not pay a price.",
    # meeting people is no consequence
    "Putin said Georgia would meet the delegation on Monday.",
]


@pytest.mark.parametrize("sentence,expected", REPORTED)
def test_reported_judgement_and_threat(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence", NOT_CODED)
def test_not_coded(code_text, sentence):
    assert [e for e in code_text(sentence) if e.code[:2] in ("05", "11", "12", "13")] == []


def test_a_ruling_judged_acts_on_who_issued_it(code_text):
    # "the warrant" is the one issued before: its issuer is judged
    events = code_text("The International Criminal Court on Thursday issued an arrest warrant for Putin. "
                       "Biden said the warrant was fully justified. Medvedev said the warrant was null and void.")
    got = coded(events)
    assert ("USAGOV", "IGOICC", "051") in got
    assert ("RUSGOV", "IGOICC", "120") in got


def test_a_plan_rejected_acts_on_its_joint_authors(code_text):
    events = code_text("France and Britain agreed on Tuesday on a plan for Libya. "
                       "Libya's rebels rejected the plan a day later.")
    got = {(e.source.code, e.target.code, e.code[:2]) for e in events}
    assert {("LBYREB", "FRAGOV", "12"), ("LBYREB", "GBRGOV", "12")} <= got


def test_a_plan_with_no_coded_author_stays_open(code_text):
    # no earlier event of the word "plan": the verb's object decides, as for any verb
    events = code_text("Syria's rebels rejected the plan on Sunday.")
    assert [e for e in events if e.code[:2] == "12"] == []


def test_speech_joined_to_reported_clause_has_no_sure_speaker(code_text):
    # "warned" may be the speaker's or the rebels': no threat coded from either
    events = code_text("Putin said the rebels had shelled the town and warned of a tough response.")
    assert [e for e in events if e.code[:2] == "13"] == []
