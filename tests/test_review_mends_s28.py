"""Mends from the session-28 review: each fails on the branch before them. Sentences written
for these tests."""
import pytest


def coded(events):
    return {(e.source.code, e.code, e.target.code) for e in events}


def test_all_of_a_country_is_the_country_not_its_people(code_text):
    assert ("TURGOV", "130", "SYRGOV") in coded(code_text("Turkey threatened all of Syria with war.", date="2020-03-02"))


def test_the_same_appeal_to_a_named_side_goes_to_that_side(code_text):
    got = coded(code_text("Trump urged Myanmar to free the prisoners. Merkel made the same appeal to China "
                          "on Tuesday.", date="2020-03-02"))
    assert ("DEUGOV", "020", "CHNGOV") in got and ("DEUGOV", "020", "MMRGOV") not in got


def test_a_claim_names_only_the_attackers_near_it(code_text):
    text = ("Al Shabaab claimed responsibility for the attack on the hotel in Mogadishu. The hotel was "
            "badly damaged. Police closed the roads. Shops stayed shut. Schools were closed. In a separate "
            "incident in Kismayo, gunmen kidnapped two aid workers on Friday.")
    assert not [e for e in code_text(text, date="2020-03-02") if e.code.startswith("18") and "REB" in e.source.code]


def test_the_first_country_to_act_is_that_country(code_text):
    got = coded(code_text("Kenya condemned the coup. It was the first country to recognise the new "
                          "government in Mali.", date="2020-03-02"))
    assert any(s == "KENGOV" and c == "051" for s, c, _ in got)


def test_a_humanitarian_response_pledged_is_no_threat(code_text):
    got = coded(code_text("The European Union pledged a humanitarian response for Yemen on Monday.", date="2020-03-02"))
    assert not [c for _, c, _ in got if c.startswith("13")]
    assert ("MLIMIL", "130", "MLIREB") in coded(code_text(
        "The army vowed a harsh response against the rebels after the attack in Mali.", date="2020-03-02"))


@pytest.mark.parametrize("text, not_code", [
    ("Syrian rebels captured chemical munitions from government troops on Monday.", "2041"),
    ("A Tunisian man killed 86 people in a truck attack in Nice on Thursday.", "183"),
])
def test_means_recode_only_their_use(code_text, text, not_code):
    assert not [e for e in code_text(text, date="2020-03-02") if e.code == not_code]

