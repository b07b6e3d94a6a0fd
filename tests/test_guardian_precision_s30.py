"""Session 30 (gact): error kinds of the judged Guardian samples, on sentences written for
these tests: Kurdish forces are no state's army, the means of an attack told by its subject
or the sentence before, approval is no intent, a purpose is not done."""
from conftest import triples

D = "2019-06-01"


def _codes(events):
    return {c for e in events for c in (e.source.code, e.target.code)}


# -- a de facto people named as the doer: its forces, not the state (actors/ethnic.py)

def test_people_of_a_de_facto_administration_as_captors(code_text):
    found = triples(code_text("Three Belgian women held by Kurds in Syria asked to go home.", date=D))
    assert ("SYRREB", "17", "BELCVL") in found
    assert not any(s.startswith("SYRGOV") for s, _, _ in found)


def test_people_of_a_de_facto_administration_as_attackers(code_text):
    found = triples(code_text("Kurds in Syria ambushed a Turkish convoy near Tal Abyad.", date=D))
    assert any(s == "SYRREB" and r == "19" for s, r, _ in found)
    assert "SYRMIL" not in _codes(code_text("Kurds in Syria ambushed a Turkish convoy near Tal Abyad.", date=D))


def test_people_hit_stay_unarmed(code_text):
    # the people as the ones hit are not made an armed group
    codes = _codes(code_text("A Turkish drone killed four Kurds in northern Syria.", date=D))
    assert "SYRREB" not in codes


# -- "its forces" after "the group in X" (actors/owned.py)

def test_its_forces_of_the_group_named_at_a_place(code_text):
    events = code_text("The teenager was named in a new accord between Rome and the Kurdish administration "
                       "in north-eastern Syria to bring back some 15 Italian nationals being held by its "
                       "forces, officials said.", date=D)
    assert any(t[0] == "SYRREB" and t[1] == "17" and t[2].startswith("ITA") for t in triples(events))
    assert "SYRMIL" not in _codes(events)


def test_its_forces_of_the_subject_state_unchanged(code_text):
    assert ("RUSMIL", "19", "SYRREB") in triples(code_text(
        "Russia said its forces in Syria had bombed rebels near Hama.", date=D))


# -- an apposition calling a body rebels (actors/owned.py appositive_role)

def test_forces_described_as_rebel_militias(code_text):
    for text in ("In Syria, Ankara armed the Northern Shield forces – a loose alliance of rebel militias – "
                 "with trained fighters.",
                 "In Syria, Ankara armed the Northern Shield forces, a loose alliance of rebel militias."):
        events = code_text(text, date=D)
        assert "SYRREB" in _codes(events) and "SYRMIL" not in _codes(events)


def test_apposition_with_rebels_as_possessor_keeps_the_army(code_text):
    codes = _codes(code_text("Russian troops, the rebels' main enemy, shelled the town of Idlib.", date=D))
    assert "RUSMIL" in codes and "RUSREB" not in codes


# -- the means of an attack (events/means.py)

def test_chemical_attack_as_the_subject_of_a_killing(code_text):
    found = {e.code for e in code_text("The sarin attack on Kafr Zita killed 30 people.", date=D)}
    assert "2041" in found and "190" not in found


def test_chemical_attack_before_a_when_clause(code_text):
    events = code_text("Since last May's chlorine attack on Binnish in Idlib province, when about 40 "
                       "civilians were killed, there have been other incidents.", date=D)
    codes = {e.code for e in events}
    assert "2041" in codes and "190" not in codes


def test_such_an_attack_after_chemical_weapons(code_text):
    events = code_text("In 2012 Washington said any use of chemical weapons by Damascus would be a red line. "
                       "A week earlier, the Syrian army had launched just such an attack on rebels in Zamalka.",
                       date=D)
    assert any(e.code == "2041" and e.source.code == "SYRMIL" for e in events)


def test_such_an_attack_after_another_kind_stays_fighting(code_text):
    events = code_text("Rebels fired rockets at Aleppo. A week later, the army launched a similar attack on "
                       "rebels in Zamalka.", date=D)
    assert not any(e.code == "2041" for e in events)


# -- approval and purposes

def test_green_light_is_approval(code_text):
    events = code_text("The Kremlin gave Belgrade the green light to hold talks with Pristina.", date=D)
    assert ("RUSGOV", "05", "SRBGOV") in triples(events)
    assert not any(e.code.startswith("03") for e in events)


def test_permission_as_purpose_of_a_deed_is_not_done(code_text):
    events = code_text("Kurdish fighters cleared mines to allow freed families to leave Tabqa.", date=D)
    assert not any(e.code.startswith("08") for e in events)


def test_permission_under_an_intent_still_codes(code_text):
    events = code_text("Jordan agreed to reopen its airports to allow Iraq fly home its citizens.", date=D)
    assert any(e.source.code == "JORGOV" and e.target.code.startswith("IRQ") for e in events)


def test_plain_permission_still_codes(code_text):
    assert ("SYRGOV", "08", "IGOUNO") in triples(code_text(
        "Damascus allowed UN inspectors to enter the site.", date=D))


# -- a named person's country from an actor of his own clause (actors/entities.py)

def test_spokesman_not_of_the_country_of_a_joined_clause(code_text):
    events = code_text("Syrian rebels fought government troops near Hama on Monday. Russian jets bombed rebel "
                       "positions. However, Russian forces have not stopped the attacks, and opposition "
                       "spokesman Omar Haddad accused them of betrayal.", date=D)
    assert not any(e.source.code == "RUSOPP" for e in events)


def test_person_takes_the_country_of_his_own_clause(code_text):
    found = triples(code_text("Houthi fighters captured Defence Minister Ahmed Saleh in Aden.", date=D))
    assert ("YEMREB", "17", "YEMGOV") in found
    found = triples(code_text("Yemeni rebels seized Aden and captured Defence Minister Ahmed Saleh.", date=D))
    assert ("YEMREB", "17", "YEMGOV") in found
