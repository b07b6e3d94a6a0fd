"""Who sent forces an agentless passive reports: the forces' own country.

"Kenyan troops were deployed to Somalia as peacekeepers", "2,000 Turkish soldiers were sent
to Y": armed forces are deployed by the state they belong to, and the subject names it as its
modifier ("Kenyan", "Turkey's"); the place they go is the target (slots.py). Only for aid
(CAMEO 07: peacekeeping 074, military aid 072) and only when the subject is an armed force.
"""
from __future__ import annotations

from dataclasses import replace

from .attacked import counted
from .departures import FORCE_HEADS

SENDING = frozenset({"deploy", "send", "dispatch", "station", "post", "redeploy"})
SENT_ROOTS = ("07",)
OWNER_DEPS = frozenset({"compound", "poss", "amod"})


def forces_owner(verb, resolver, code: str) -> list:
    """The actors named as the owner of the forces a passive of sending reports, or []."""
    if not code.startswith(SENT_ROOTS) or verb.lemma_.lower() not in SENDING or \
            any(c.dep_ == "agent" for c in verb.children):
        return []
    # "hundreds of Nigerian soldiers were sent": what the quantity counts
    for subj in (counted(c) for c in verb.children if c.dep_ == "nsubjpass"):
        if subj.lemma_.lower() not in FORCE_HEADS:
            continue
        # the forces of a country named bare ("Kenyan") are its military, as "Kenyan troops" is
        return [replace(a, code=a.code + "MIL") if len(a.code) == 3 else a
                for m in subj.children if m.dep_ in OWNER_DEPS and m.i < subj.i
                for a in resolver.actors(m)]
    return []
