"""An armed group named with a nationality: "the Pakistani Taliban", "Nigerian Boko Haram".

A non-state armed group the dictionaries file under one country (the Taliban: AFGREB) may have
a branch or namesake in another; a nationality adjective written straight before the group's
name says which country's group it is (the Pakistani Taliban fight in Pakistan: PAKREB).
Only an adjective set right before the name (not "Iranian-backed Houthis": a backer), only a
group of a country's non-state role (REB, INS, SEP, UAF), never an international actor.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Origin
from .codes import NON_STATE, country_part


def with_nationality(strong: list, countries: list) -> list:
    """`strong` ((match, actor) of the phrase's organisations), each non-state group written
    right after a nationality adjective of another country read as that country's group."""
    if not strong or not countries:
        return strong
    out = []
    for m, a in strong:
        home = country_part(a.code)
        before = [c for cm, c in countries if cm.end == m.start and c.origin == Origin.ADJECTIVE
                  and len(c.code) == 3]
        if (home and a.code[3:6] in NON_STATE and a.origin == Origin.ORGANISATION and len(before) == 1
                and before[0].code != home):
            a = replace(a, code=before[0].code + a.code[3:], how=a.how + f"; named {before[0].text}")
        out.append((m, a))
    return out
