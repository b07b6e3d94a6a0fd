"""actors4 (s32): actor phrases that failed and blocked events of every class.

- an apposition says who the head is, not whose it is: "an opposition member, former mayor X"
  keeps the member's role (OPP), not the role of the title inside the apposition.
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
