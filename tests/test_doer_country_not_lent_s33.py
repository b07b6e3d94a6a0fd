"""The doer's country is not lent to the unnamed people or things its act hits: "civilians were
killed in a Russian air strike" says nothing of whose civilians, "Iran seized a tanker" nothing
of whose tanker (coref.Memory.role_country `hit_by`, selfdyad.doer_countries)."""


def _targets(events):
    return {e.target.code for e in events if e.target is not None}


def test_victims_of_a_foreign_strike_are_not_the_attackers(code_text):
    for text, doer in [("Eight villagers were killed in an Israeli air strike.", "ISR"),
                       ("Nine farmers were killed in a Turkish drone strike.", "TUR"),
                       ("An Ethiopian air strike killed fifteen villagers.", "ETH")]:
        assert not any(t.startswith(doer) for t in _targets(code_text(text, date="2021-06-02"))), text


def test_a_ship_seized_with_no_flag_is_nobodys(code_text):
    for text, doer in [("Turkey seized a cargo ship.", "TUR"),
                       ("Venezuela seized an oil tanker.", "VEN")]:
        assert not any(t.startswith(doer) for t in _targets(code_text(text, date="2021-06-02"))), text


def test_a_flag_or_place_still_gives_the_country(code_text):
    assert any(t.startswith("GRC") for t in _targets(code_text("Turkey seized a Greek cargo ship.",
                                                                date="2021-06-02")))
    assert any(t.startswith("SYR") for t in _targets(code_text(
        "Seven people were killed in Syria by an air strike.", date="2021-06-02")))


def test_police_and_courts_act_at_home(code_text):
    assert any(t.startswith("IND") for t in _targets(code_text("Indian police detained five students.",
                                                                date="2021-06-02")))
