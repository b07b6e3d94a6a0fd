"""actors4 (s32): actor phrases that failed and blocked events of every class.

- an apposition says who the head is, not whose it is: "an opposition member, former mayor X"
  keeps the member's role (OPP), not the role of the title inside the apposition.
- a group Phoenix codes by a region (the Lord's Resistance Army, CFRREB) takes the country it
  fights in (theatres.tsv); its acronym is the same entry.
- a local government's council ("the Basra provincial council") is that government.
- Phoenix names written with no code right above the entry that carries the codes are more
  names of it (scripts/derive_actors.py joined_names): "Mikhail Gorbachev", "Dmitry Medvedev".
"""
from __future__ import annotations

from conftest import coded


def test_apposition_keeps_the_heads_role(code_text):
    got = coded(code_text("Bolivian police detained an opposition member, former governor Raul Vaca, "
                          "on Tuesday.", date="2019-02-11"))
    assert got == [("BOLCOP", "BOLOPP", "173")]


def test_role_of_what_the_head_is_of_still_counts(code_text):
    # "leaders of the opposition": the group's role, as before
    got = coded(code_text("Bolivian police detained leaders of the opposition in La Paz.", date="2019-02-11"))
    assert got == [("BOLCOP", "BOLOPP", "173")]


# -- a group Phoenix codes by a region (CFR) takes the country it fights in (theatres.tsv)

def test_region_coded_group_fights_where_the_sentence_says(code_text):
    got = coded(code_text("Fighters of the Lord's Resistance Army raided a village in northern Congo, "
                          "killing four farmers.", date="2010-03-02"))
    assert got and all(s == "CODREB" for s, _t, _c in got)
    # the bare acronym is the same entry
    got = coded(code_text("Ugandan soldiers attacked the LRA near Gulu.", date="2008-07-09"))
    assert ("UGAMIL", "UGAREB", "190") in got


def test_region_coded_group_keeps_its_code_where_it_does_not_fight(code_text):
    got = coded(code_text("The Lord's Resistance Army attacked villagers in Kenya.", date="2010-03-02"))
    assert all(s != "KENREB" for s, _t, _c in got)


# -- a local government's council is that government

def test_local_council_is_its_government(code_text):
    got = coded(code_text("The Mosul provincial council condemned Turkey on Sunday.", date="2016-11-06"))
    assert got == [("IRQGOV", "TURGOV", "111")]


def test_bare_council_is_no_government(code_text):
    got = coded(code_text("The council condemned Turkey on Sunday.", date="2016-11-06"))
    assert not any(s.endswith("GOV") and s != "TURGOV" for s, _t, _c in got)


# -- names Phoenix writes with no code right above the entry that carries the codes

def test_joined_names_of_a_block(tmp_path):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import derive_actors as D
    f = tmp_path / "actors.txt"
    f.write_text("IVAN_PETROV_  # note\n+PETROV\nPRESIDENT_IVAN_PETROV\nMR_PETROV\n"
                 "\t[ABCGOV 010101-051231]\n\nLONE_NAME_\n\nOTHER_ONE\n\t[DEFGOV]\n", encoding="utf-8")
    entries = D.parse_actor_file(f)
    petrov = next(e for e in entries if e["codes"] and "MR_PETROV" in e["phrases"][0])
    assert {"IVAN_PETROV_", "PETROV", "PRESIDENT_IVAN_PETROV"} <= set(petrov["phrases"])
    other = next(e for e in entries if e["phrases"][0] == "OTHER_ONE")
    assert other["phrases"] == ["OTHER_ONE"]         # a blank line ends a block


def test_leader_known_by_a_joined_name(code_text):
    got = coded(code_text("Mikhail Gorbachev sharply criticized the Lithuanian government.", date="1990-04-02"))
    assert got == [("RUSGOV", "LTUGOV", "111")]


# -- a US party's members written with a chamber sit in the US one (chambers.py)

def test_party_members_in_congress_are_the_us_legislature(code_text):
    got = coded(code_text("Republicans in Congress sharply criticized Venezuela on Tuesday.", date="2019-03-05"))
    assert got == [("USALEG", "VENGOV", "111")]


def test_party_members_in_a_senate_of_the_story_country_abstain(code_text):
    # a story set in Chile (whose Senate it may be): no US reading
    got = coded(code_text("In Santiago, Democrats in the Senate sharply criticized Peru on Tuesday.",
                          date="2019-03-05"))
    assert all(not s.startswith("USA") for s, _t, _c in got)


# -- a labour union's leaders are labour, not the government

def test_union_leader_is_labour(code_text):
    got = coded(code_text("Bolivian police detained a union leader on Monday.", date="2019-02-11"))
    assert got == [("BOLCOP", "BOLLAB", "173")]


def test_union_of_states_keeps_its_leaders(code_text):
    got = coded(code_text("European Union leaders sharply criticized Belarus on Monday.", date="2021-05-24"))
    assert got and all(s == "IGOEUREEC" for s, _t, _c in got)
