"""Protests and strikes held, kept up or organised by their doers ("staged a sit-in", "observed a
strike", "continued their sit-in", "organized a demonstration"): the protest itself (14), not a
statement (010) or coordination (050). The tokenizer splits "sit-in" at its hyphen
(triggers.hyphened); verb_patterns_hand.tsv; nominal.yaml not_reactions."""
from conftest import countries


def _protest(found, root):
    return any(s == "KEN" and r == root for s, r, _t in found)


def test_a_sit_in_staged(code_text):
    assert _protest(countries(code_text("On 3 May, nurses staged a sit-in outside the ministry in Nairobi, Kenya.", date="2023-05-05")), "14")


def test_a_sit_in_observed(code_text):
    assert _protest(countries(code_text("On 3 May, nurses observed a sit-in in Nairobi, Kenya.", date="2023-05-05")), "14")


def test_a_sit_in_kept_up(code_text):
    assert _protest(countries(code_text("On 3 May, teachers continued their sit-in in Nairobi, Kenya.", date="2023-05-05")), "14")


def test_a_strike_observed(code_text):
    found = code_text("On 3 May, dock workers began observing a 48-hour strike in Mombasa, Kenya.", date="2023-05-05")
    assert any(e.code == "143" for e in found)


def test_a_demonstration_organized(code_text):
    found = countries(code_text("On 3 May, the opposition party organised a protest in Nairobi, Kenya.", date="2023-05-05"))
    assert _protest(found, "14")
    assert not any(r == "05" for _s, r, _t in found)


def test_observing_a_ceasefire_is_no_protest(code_text):
    found = countries(code_text("Both armies observed the ceasefire along the Kenyan border on Sunday."))
    assert not any(r == "14" for _s, r, _t in found)


def test_gathered_to_protest_is_a_protest(code_text):
    found = countries(code_text("Hundreds of students gathered in Nairobi, Kenya, on Monday to protest "
                                "against the new fees.", date="2023-05-09"))
    assert _protest(found, "14")


def test_met_to_demonstrate_goodwill_is_no_protest(code_text):
    found = countries(code_text("The Kenyan minister met the unions on Monday to demonstrate goodwill.",
                                date="2023-05-09"))
    assert not any(r == "14" for _s, r, _t in found)


def test_a_protest_against_a_deed_of_no_named_doer_is_addressed_to_the_government(code_text):
    found = code_text("On 28 May, residents of Nakuru, Kenya, demonstrated outside the county offices "
                      "against the beating of a nurse.", date="2023-06-01")
    assert ("KEN", "14", "KEN") in countries(found)
    assert not any(e.target.code.endswith("HLH") for e in found)     # not against the nurse
