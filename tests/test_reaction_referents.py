"""Reactions to a deed named again by a noun of no one kind ("the attack", "the violence"),
or to a proposal of two authors (eventwire/events/referents.py, nominal.py).

The sentences are written for these tests; each asserts the exact events it codes as a sorted
list of (source, target, code).
"""
import pytest

from conftest import coded

CASES = [
    # "the attack" names again the one act of force of the story, whatever its kind
    ("Pakistani protesters stormed the Danish embassy in Islamabad. "
     "Sweden condemned the attack.",
     [("SWEGOV", "PAKCVL", "111"), ("PAKCVL", "DNKGOV", "145")]),
    # a series stands for its deed: "the campaign of violence" with the target it names
    ("Police in Uganda beat opposition supporters in Kampala. "
     "Kenya denounced the wave of violence targeting the opposition.",
     [("KENGOV", "UGACOP", "111"), ("UGACOP", "UGAOPP", "182")]),
    # the target named is not the one the story's force was used on: unsure, no target
    ("Police in Uganda beat opposition supporters in Kampala. "
     "Kenya condemned the violence against journalists.",
     [("UGACOP", "UGAOPP", "182")]),
    # two doers of force in the story: unsure, no target
    ("Malian troops attacked rebels near Gao. Rebels shelled a Malian army base. "
     "Senegal condemned the violence.",
     [("MLIMIL", "MLIREB", "190"), ("MLIREB", "MLIMIL", "194")]),
    # a plan both sides agreed on is theirs: a rejection acts on each
    ("Peru and Chile agreed on a plan to share the river's water. Bolivia rejected the plan.",
     [("BOLGOV", "CHLGOV", "120"), ("BOLGOV", "PERGOV", "120"), ("PERGOV", "CHLGOV", "030")]),
    # a ruling named again is its author's, whether or not its own verb made an event
    ("The Kenyan Supreme Court ruled that the vote was void. Uganda welcomed the ruling.",
     [("UGAGOV", "KENJUD", "051")]),
    # acceptance refused by its own "not" is a rejection of the author
    ("Ghana said it would not accept the ruling of the Togolese court.", [("GHAGOV", "TGOJUD", "120")]),
    ("Ghana does not recognise the ruling of the Togolese court.", [("GHAGOV", "TGOJUD", "120")]),
    # ... not when asked, supposed or unauthored
    ("Analysts wondered whether Ghana did not accept the decision of the Togolese court.", []),
    ("Ghana may not accept the decision of the Togolese court.", []),
    ("Ghana did not accept the invitation.", []),
    # a rejected call for talks: the side the talks would be with, unless the caller is named
    ("The Nigerian president turned down calls for talks with the kidnappers' Biafran allies.", []),
    ("The Ethiopian government rejected calls for negotiations with the Tigrayan rebels.",
     [("ETHGOV", "ETHREB", "125")]),
    ("Armenia rejected Turkey's offer of talks with Azerbaijan.", [("ARMGOV", "TURGOV", "125")]),
    # "it" names again the deal the sentence's first clause made: its makers
    ("Peru and Chile signed a water deal on Friday, but Bolivia rejected it.",
     [("BOLGOV", "CHLGOV", "120"), ("BOLGOV", "PERGOV", "120"), ("PERGOV", "CHLGOV", "057")]),
    # a deal only welcomed names no maker: no target
    ("Peru welcomed a plan to share the water, but Bolivia rejected it.", []),
    # a complaint over a deed whose doer the phrase names acts on the doer, not the forum
    ("Syria complained to the Arab League over Turkish air strikes near Aleppo.", [("SYRGOV", "TUR", "114")]),
    ("Syria complained to the Arab League over the air strikes.", [("SYRGOV", "IGOMEAARL", "114")]),
    # a phrase naming two sides joined by a hyphen names both
    ("Georgia rejected the Russian-Turkish plan.", [("GEOGOV", "RUS", "120"), ("GEOGOV", "TUR", "120")]),
    # "the move" names again the act just reported (anaphora.py): its doer
    ("Belarus expelled two Polish diplomats. Lithuania condemned the move.",
     [("BLRGOV", "POLGOV", "161"), ("LTUGOV", "BLRGOV", "111")]),
    ("Peru expelled two Chilean diplomats on Monday. Chile's president warned that the move "
     "could create new tensions.", [("CHLGOV", "PERGOV", "111"), ("PERGOV", "CHLGOV", "161")]),
    ("Belarus expelled two Polish diplomats. Lithuania called the decision shameful.",
     [("BLRGOV", "POLGOV", "161"), ("LTUGOV", "BLRGOV", "111")]),
    ("Belarus expelled two Polish diplomats. Lithuania said the move was illegal.",
     [("BLRGOV", "POLGOV", "161"), ("LTUGOV", "BLRGOV", "111")]),
    # ... not a verbal act, nor the reactor's own, nor an act two sentences back
    ("Belarus criticised Poland on Monday. Lithuania welcomed the move.", [("BLRGOV", "POLGOV", "111")]),
    ("Belarus expelled two Polish diplomats. Belarus defended the move.", [("BLRGOV", "POLGOV", "161")]),
    ("Belarus expelled two Polish diplomats. The talks were tense. Lithuania condemned the move.",
     [("BLRGOV", "POLGOV", "161")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[s[:40] for s, _ in CASES])
def test_reaction_referent(code_text, text, expected):
    assert coded(code_text(text)) == sorted(expected)
