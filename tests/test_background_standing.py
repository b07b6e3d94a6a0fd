"""Backdrop told by the writer is no event (backdrop.py; GUIDELINES: standing relations and
background are at most optional, plans told as future are not coded unless someone states them):
a plan the writer tells, backstory in the past perfect, a view held, the present of an attitude or
a lasting relation (active, passive or adjectival), a participle of a lasting relation, a verbal act
the writer reads into a deed. What is reported stays coded: the present perfect of the news, a
stated intention, a quoted plan, a headline. All sentences are written for these tests; article
date 2023-03-15.
"""
import pytest

from conftest import coded

ARTICLE = "2023-03-15"

CASES = [
    # a plan the writer tells
    ("writer-future-meet", "Ghana and Togo will meet in Accra on Friday to discuss the border.", []),
    ("writer-future-progressive", "The Ghanaian president will be discussing trade with Togolese officials.", []),
    ("writer-future-going", "Ghana is going to send troops to Mali.", []),
    # ... but a plan someone states is a statement of intent (03)
    ("said-future", "Ghana said it will send troops to Mali.", [("GHAGOV", "MLIGOV", "031")]),
    ("trailing-said-future", "Ghana will send troops to Mali, the defence minister said.", [("GHAGOV", "MLIGOV", "031")]),
    ("conj-said-future", "The UN will provide 500 tons of food aid to refugees fleeing the fighting in Mali, "
                         "the agency said on Monday.", [("IGOUNO", "MLIREF", "031")]),
    ("according-future", "Ghana will send troops to Mali, according to officials.", [("GHAGOV", "MLIGOV", "031")]),
    ("headline-future", "Ghana will send troops to Mali", [("GHAGOV", "MLIGOV", "031")]),
    # backstory in the past perfect: a lasting relation, or an act marked as earlier
    ("past-perfect-relation", "Ghana had backed the Togolese rebels in the north.", []),
    ("past-perfect-previously", "Ghana had previously expelled the Togolese ambassador.", []),
    # ... but today's news in the present perfect or the simple past stays
    ("present-perfect-news", "Ghana has rejected Togo's demand for talks.", [("GHAGOV", "TGOGOV", "124")]),
    ("past-news", "Ghana expelled the Togolese ambassador.", [("GHAGOV", "TGOGOV", "161")]),
    # a view held, in any tense
    ("view-as", "Ghana views the Togolese militia as a terrorist threat.", []),
    ("regard-as-past", "Ghana regarded the Togolese army as an occupying force.", []),
    # the present of an attitude or a lasting relation: active, passive, adjectival
    ("attitude-passive", "The Togolese plan is opposed by Ghana.", []),
    ("attitude-adjectival", "Ghanaian officials are opposed to the Togolese proposal.", []),
    ("relation-passive", "The Togolese rebels are backed by Ghana.", []),
    # a participle of a lasting relation on a clause of having
    ("relation-participle", "Ghana has 800 soldiers in Mali, mostly supporting the UN force.", []),
    # a relative clause telling who funds or backs the noun
    ("relative-funded-by", "The militia, which was funded by Ghana, lost the town.", []),
    # a verbal act read into a deed
    ("read-into-deed", "By shelling the border town, Ghana openly challenged Togo.", []),
    ("deed-itself-speech", "By calling the vote a fraud, Ghana openly challenged Togo.", [("GHAGOV", "TGOGOV", "110")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_backdrop(code_text, text, expected):
    assert coded(code_text(text, date=ARTICLE)) == sorted(expected)


EXTRA = [
    # a perfect marked as earlier; a guess told by the writer; a present passive in a relative clause
    ("perfect-long", "Ghana has long backed the Togolese rebels.", []),
    ("perfect-previously", "Ghana has previously expelled Togolese diplomats.", []),
    ("speculated-that", "It is possible that Ghana attacked Togo.", []),
    ("speculated-future", "It is likely that Ghana and Togo will side with Benin.", []),
    ("relative-present-passive", "The rebel units are led by officers who are advised by Ghanaian generals.", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in EXTRA], ids=[c[0] for c in EXTRA])
def test_backdrop_more(code_text, text, expected):
    assert coded(code_text(text, date=ARTICLE)) == sorted(expected)
