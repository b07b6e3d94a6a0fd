"""Legal action and first contact written as a verb with its noun (verb_patterns_hand.tsv)."""
from conftest import countries


def test_lodged_legal_challenge_is_lawsuit(code_text):
    text = "The Chilean mining union lodged a legal challenge against the Peruvian government on Monday."
    assert ("CHL", "11", "PER") in countries(code_text(text))


def test_took_legal_action(code_text):
    text = "The Norwegian government took legal action against the Danish fishing authority on Friday."
    assert any(s == "NOR" and r == "11" and t == "DNK" for s, r, t in countries(code_text(text)))


def test_made_contact_with_actor_is_consultation(code_text):
    text = "Ghanaian diplomats made contact with the Malian rebels on Thursday."
    assert ("GHA", "04", "MLI") in countries(code_text(text))


def test_claim_for_compensation_is_no_lawsuit(code_text):
    text = "Ghanaian farmers lodged a claim for compensation with a Nigerian insurer on Thursday."
    assert not any(r == "11" for _s, r, _t in countries(code_text(text)))
