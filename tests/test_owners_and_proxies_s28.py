"""Whose a body is (session 28, wrong actors on long-form text): a possessive's owner over the
place the body stands in; a non-state group's own fighters; one owner for two joined bodies;
forces a foreign state backs; legislatures only some states have; and an unnamed side's country
never lent by the other side's own nationality."""


def _pairs(events):
    return {(e.source.code, e.target.code) for e in events}


def test_its_forces_in_a_place_are_the_owners(code_text):
    events = code_text("Moscow said its troops in Libya had killed 20 militants near Sirte.", date="2020-02-01")
    assert any(e.source.code == "RUSMIL" for e in events)
    assert not any(e.source.code == "LBYMIL" for e in events)


def test_its_embassy_in_a_capital_keeps_the_host(code_text):
    events = code_text("Peru closed its embassy in Caracas on Monday.", date="2020-02-01")
    assert any(e.target.code[:3] == "VEN" for e in events)


def test_a_groups_own_fighters_are_the_group(code_text):
    events = code_text("Hezbollah said its fighters had ambushed an Israeli patrol near the border.",
                       date="2020-02-01")
    assert any(e.source.code == "LBNREB" for e in events)


def test_one_owner_for_two_joined_bodies(code_text):
    text = ("Fighting raged near Gao in northern Mali on Monday. "
            "Chad said its troops and warplanes struck militant camps.")
    events = code_text(text, date="2020-02-01")
    assert any(e.source.code == "TCDMIL" for e in events)
    assert not any(e.source.code == "MLIMIL" for e in events)


def test_forces_a_foreign_state_backs_are_no_army(code_text):
    events = code_text("Russian-backed forces in Libya shelled a government-held town near Tripoli.",
                       date="2020-02-01")
    assert not any(e.source.code == "LBYMIL" for e in events)
    events = code_text("Forces backed by Turkey shelled a village near Tal Abyad in northern Syria.",
                       date="2020-02-01")
    assert not any(e.source.code == "SYRMIL" for e in events)


def test_backed_forces_with_their_own_state_word_stay_the_army(code_text):
    events = code_text("US-backed Afghan forces raided a Taliban hideout in Helmand.", date="2020-02-01")
    assert any(e.source.code == "AFGMIL" for e in events)
    events = code_text("Russian-backed government troops shelled a town near Hama in Syria.", date="2020-02-01")
    assert any(e.source.code == "SYRMIL" for e in events)


def test_congress_is_no_legislature_of_a_state_without_one(code_text):
    text = ("Israel bought new drones from China last month. Israeli officials defended the deal. "
            "Members of Congress accused Netanyahu of endangering American secrets.")
    assert not any(e.source.code == "ISRLEG" for e in code_text(text, date="2020-02-01"))
    text = ("Israel bought new drones from China last month. Israeli officials defended the deal. "
            "The US House voted on the sale after members of Congress accused Netanyahu of "
            "endangering American secrets.")
    assert not any(e.source.code == "ISRLEG" for e in code_text(text, date="2020-02-01"))


def test_the_people_hit_are_not_the_attackers_nationality(code_text):
    events = code_text("Jordanian jets bombed hideouts on Sunday, the army said.", date="2020-02-01")
    assert not any(e.target.code == "JORCVL" for e in events)


def test_the_attacker_is_not_the_victims_nationality(code_text):
    events = code_text("Two Danish engineers were abducted by gunmen on Monday.", date="2020-02-01")
    assert not any(e.source.code.startswith("DNK") for e in events)


def test_non_nationals_are_of_no_named_country(code_text):
    events = code_text("Greek police arrested 30 non-Greek migrants near Athens.", date="2020-02-01")
    assert not any(e.target.code.startswith("GRC") for e in events)
    events = code_text("Greek police arrested 30 migrants near Athens.", date="2020-02-01")
    assert any(e.target.code.startswith("GRC") for e in events)


def test_a_congress_of_a_state_without_one_is_a_conference(code_text):
    events = code_text("The Iraqi reconciliation congress was boycotted by the main Sunni parties.",
                       date="2020-02-01")
    assert not any(e.target.code == "IRQLEG" or e.source.code == "IRQLEG" for e in events)
    events = code_text("The Peruvian Congress condemned the killing of two journalists by drug gangs.",
                       date="2020-02-01")
    assert any(e.source.code == "PERLEG" for e in events)


def test_a_conjoined_congress_of_a_state_without_one_is_no_legislature(code_text):
    events = code_text("Egyptian ministers and an Iraqi reconciliation congress condemned Isis.",
                       date="2020-02-01")
    assert any(e.source.code == "EGYGOV" for e in events)
    assert not any(e.source.code == "IRQLEG" for e in events)
