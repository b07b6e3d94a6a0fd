"""Reported blame (blame.py): a statement whose complement clause lays a harmful deed on an
actor accuses that actor (112). Sentences written for these tests."""
import pytest

from conftest import countries

BLAMED = [
    ("Armenia said Azerbaijan was responsible for the shelling of Stepanakert.", ("ARM", "AZE")),
    ("The Kenyan government said al-Shabaab was behind the bombings in Mombasa.", ("KEN", "SOM")),
    ("Serbia's president said Kosovo was to blame for the clashes in the north.", ("SRB", "KSV")),
    ("Ethiopia said Eritrean troops had committed atrocities in Tigray.", ("ETH", "ERI")),
    ("Iraq said Iran had masterminded the attack on the embassy.", ("IRQ", "IRN")),
    ("Mali said France was complicit in the massacre of villagers.", ("MLI", "FRA")),
    ("Yemen's government insisted that the Houthis were guilty of war crimes.", ("YEM", "YEM")),
]

NOT_BLAMED = [
    # negated, speculative or conditional clauses blame no one
    "Armenia said Azerbaijan was not responsible for the shelling of Stepanakert.",
    "Armenia said Azerbaijan could be behind the shelling of Stepanakert.",
    "Armenia said Azerbaijan would be responsible if the talks failed.",
    # a responsibility that is no harmful deed
    "Armenia said Azerbaijan was responsible for security on the border.",
    # a deed plainly reported, with no word of blame, is a fact, not an accusation
    "Armenia said Azerbaijan had carried out an inspection of the border posts.",
    # the deed laid on no one: a passive clause
    "Armenia said the attack was carried out at night.",
]


@pytest.mark.parametrize("sentence,pair", BLAMED)
def test_reported_blame_accuses_the_doer(code_text, sentence, pair):
    assert (pair[0], "11", pair[1]) in countries(code_text(sentence))


@pytest.mark.parametrize("sentence", NOT_BLAMED)
def test_no_blame_without_a_stated_wrong(code_text, sentence):
    assert not [e for e in code_text(sentence) if e.code[:3] == "112"]


def test_a_judgement_described_as_an_embarrassment(code_text):
    got = countries(code_text("Canada's foreign minister described Hungary's new media law as an embarrassment."))
    assert ("CAN", "11", "HUN") in got
