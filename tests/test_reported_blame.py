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
    # who began the fighting, and evidence the speaker says it holds
    ("Armenia said Azerbaijan had attacked first.", ("ARM", "AZE")),
    ("Georgia said Russia had started the war.", ("GEO", "RUS")),
    ("Lithuania says it has evidence showing that Belarus was behind the cyberattacks.", ("LTU", "BLR")),
    ("Colombia said it had proof that Venezuela was responsible for the bombing.", ("COL", "VEN")),
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
    "Armenia said Azerbaijan had not attacked first.",
    "Armenia said it had evidence of the shelling.",
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



def test_he_after_a_name_read_as_the_root(code_text):
    # "Mark Rutte a veteran Dutch politician urged ..." (no commas): "he" next is that person,
    # not the minister named the sentence before
    events = code_text("The British defence secretary, Ben Wallace, told a Gulf newspaper on Sunday "
                       "that Britain does not intend to deploy soldiers to the area. "
                       "Mark Rutte a long-serving Dutch leader asked Europe to keep calm. Describing the "
                       "Hungarian line as a disgrace, he said: \u201cWe will respond\u201d.", date="2019-02-14")
    assert ("NLD", "11", "HUN") in countries(events)
    assert not [e for e in events if e.source.code.startswith("GBR")]


def test_a_quote_about_those_the_statement_names(code_text):
    # '"All of them ...," he said of X': the pronoun stands for X; a group of five named before
    events = code_text("Kenya, Uganda, Rwanda, Burundi and Tanzania sent envoys to the summit on Monday. "
                       "“All of them have committed atrocities in the region,” Ethiopia's foreign minister said of "
                       "the five nations.")
    got = countries(events)
    assert {("ETH", "11", c) for c in ("KEN", "UGA", "RWA", "BDI", "TZA")} <= got


def test_a_city_naming_talks_is_their_venue(code_text):
    # "the Vienna talks": Austria is no party, so "them" cannot be it
    events = code_text("The Vienna talks ended on Friday without a deal. "
                       "Armenia's foreign minister criticised them.")
    assert not [e for e in events if e.target.code.startswith("AUT")]


def test_both_sides_are_never_the_un_that_judges_them(code_text):
    # the UN accusing one side, then "both sides": the UN is no side
    events = code_text("Ethiopian troops took the town on Sunday. The United Nations had earlier blamed the TPLF for "
                       "looting food stores, and Human Rights Watch reports that both sides carried out abuses.")
    assert not [e for e in events if e.source.code.startswith("NGO") and e.target.code.startswith("IGO")]


def test_both_sides_still_two_parties_named_before(code_text):
    got = countries(code_text("Armenia and Azerbaijan exchanged fire on the border on Monday. "
                              "The United Nations urged both sides to show restraint."))
    assert {("IGOUNO", "02", "ARM"), ("IGOUNO", "02", "AZE")} <= got


def test_a_past_verb_after_would_is_the_speakers_own(code_text):
    # "said Y would stay ... and warned Z": "warned" is the speaker's act, not part of what he said
    got = countries(code_text("Erdogan said Turkish troops would stay in northern Iraq and warned the "
                              "Iraqi government not to obstruct them."))
    assert ("TUR", "13", "IRQ") in got


def test_a_past_form_that_is_also_the_bare_verb_stays_in_the_clause(code_text):
    # "would ... and put an end to ...": "put" may be the bare verb under "would": no repair
    from eventwire.events.parse import repair_tense_conj
    from eventwire.language.model import load
    doc = load()("Egypt said it would close the crossing and put an end to the smuggling.")
    put = next(t for t in doc if t.lower_ == "put")
    head = put.head.i
    repair_tense_conj(doc)
    assert put.head.i == head
