"""Armed bodies named by an ethnic or sectarian group are non-state (REB), not
the army of the country they stand in (actors/ethnic.py)."""
from conftest import triples


def _codes(events):
    return {c for e in events for c in (e.source.code, e.target.code)}


def test_ethnic_armed_bodies_are_rebels(code_text):
    assert ("SYRREB", "19", "TURMIL") in triples(code_text(
        "Kurdish forces attacked Turkish troops near Qamishli in Syria.", date="2020-05-01"))
    assert ("TURMIL", "19", "SYRREB") in triples(code_text(
        "Turkish jets bombed Kurdish militias in northern Syria.", date="2020-05-01"))
    assert ("PAKREB", "19", "PAKCOP") in triples(code_text(
        "Pashtun militias attacked police in Pakistan.", date="2020-05-01"))


def test_sectarian_armed_bodies_are_rebels(code_text):
    codes = _codes(code_text("Sunni militias attacked Shia villages near Baghdad in Iraq.", date="2020-05-01"))
    assert "IRQREB" in codes and "IRQUAF" not in codes and "IRQMIL" not in codes


def test_regional_authorities_stay_the_states(code_text):
    # civil authorities named by a people are often a state's regional government: left alone
    codes = _codes(code_text("Flemish authorities criticised the Belgian government.", date="2020-05-01"))
    assert not any(c.endswith("REB") for c in codes)


def test_state_and_bloc_words_keep_state_roles(code_text):
    # a nationality, a word of a country's name ("Korean") or a bloc is no ethnic group
    assert ("SYRMIL", "19", "SYRREB") in triples(code_text(
        "Syrian troops attacked rebels near Idlib.", date="2020-05-01"))
    codes = _codes(code_text("The Korean government accused Japan of lying about the talks.",
                             date="2020-05-01"))
    assert not any(c.endswith("REB") for c in codes)
    codes = _codes(code_text("First contingents of West African troops arrived in Freetown.",
                             date="2020-05-01"))
    assert not any(c.endswith("REB") for c in codes)
    # an ethnic people's elders are no authority
    codes = _codes(code_text("A group of Igbo leaders said they would back the Nigerian president.",
                             date="2020-05-01"))
    assert not any(c.endswith("REB") for c in codes)


def test_positions_held_by_a_group_of_the_doers_code_are_no_civilians(code_text):
    # two rebel groups of one country share a code: the holder named by "held by" is the target,
    # so the act is a self-loop (no event), never a guess of civilians
    for text in ("The Syrian Democratic Forces captured 25 positions held by Isis near Hajin in Syria.",
                 "The Syrian Democratic Forces said they had captured 25 positions held by Isis near Hajin."):
        codes = _codes(code_text(text, date="2019-02-01"))
        assert "SYRCVL" not in codes
    assert ("SYRMIL", "19", "SYRREB") in triples(code_text(
        "Syrian troops captured 12 positions held by Isis near Raqqa.", date="2019-02-01"))
