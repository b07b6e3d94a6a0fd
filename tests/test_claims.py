"""Attacks a named group claims: the story's unidentified attackers are that group
(events/claims.py)."""
from conftest import countries


def test_gunmen_are_the_group_that_claimed_the_attack(code_text):
    text = ("Gunmen stormed a hotel in Mogadishu on Friday. "
            "Al Shabaab, which claimed the attack, said it had targeted officials.")
    events = code_text(text, date="2019-02-01")
    attackers = {e.source.code for e in events if e.code[:2] in ("18", "19")}
    assert attackers == {"SOMREB"}


def test_troops_fought_the_group_that_claimed_the_attack(code_text):
    text = ("Nigerian soldiers fought gunmen inside a market in Maiduguri on Friday. "
            "Boko Haram claimed responsibility for the raid.")
    events = code_text(text, date="2020-03-02")
    assert any(e.source.code == "NGAMIL" and e.target.code == "NGAREB" for e in events)


def test_no_group_claimed_the_attack(code_text):
    text = ("Gunmen killed 12 soldiers in northern Mali on Friday. "
            "No group has claimed the attack.")
    events = code_text(text, date="2019-02-01")
    assert all(not e.source.code.endswith("REB") or e.source.code.startswith("MLI") for e in events)


def test_denied_claim_changes_nothing(code_text):
    text = ("Gunmen killed 12 soldiers in northern Mali on Friday. "
            "Al Shabaab denied that it had claimed the attack.")
    events = code_text(text, date="2019-02-01")
    assert not any(e.source.code == "SOMREB" for e in events)
