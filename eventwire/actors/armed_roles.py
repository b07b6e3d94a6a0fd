"""A generic armed noun with a kind written before it: "rebel fighters", "insurgent gunmen".

Phoenix reads "fighters", "gunmen", "militias" as unidentified armed forces (UAF); a rebel
word modifying that noun says which forces they are (REB), so the modifier's role wins. Only
the non-state roles (a "rebel", "insurgent", "separatist"): "opposition fighters" or "army
fighters" keep the noun's reading.
"""
from __future__ import annotations

from .codes import NON_STATE

GENERIC_ARMED = frozenset({"UAF"})
SPECIFIC = NON_STATE - GENERIC_ARMED
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def specific_armed_role(head, roles, role, sent_start: int):
    """The role of the phrase headed by `head`: a rebel word modifying a generic armed head."""
    if role not in GENERIC_ARMED:
        return role
    mods = {c.i - sent_start for c in head.children if c.dep_ in MODIFIER_DEPS}
    found = [r for m, r in roles if r in SPECIFIC and any(m.start <= i < m.end for i in mods)]
    return found[0] if len(set(found)) == 1 else role
