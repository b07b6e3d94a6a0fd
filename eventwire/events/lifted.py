"""Who lifted a restriction an agentless passive reports: the restriction's owner.

"Canadian sanctions on Y were lifted", "Chile's ban on fruit from Y was eased": sanctions,
bans and curbs are lifted by those who imposed them, and the subject names them as its
modifier ("UN", "Israel's") while its preposition names whom they hit (the target, slots.py).
Only for yielding (CAMEO 08: ease sanctions, lift restrictions), only with that preposition
(a bare "Iranian sanctions" may be on Iran or by it).
"""
from __future__ import annotations

# the subject's prepositions that name whom a restriction is on
RESTRICTED_PREPS = frozenset({"on", "against"})
OWNER_DEPS = frozenset({"compound", "poss", "amod"})


def restriction_owner(verb, resolver, code: str) -> list:
    """The actors named as the owner of the restriction a passive of yielding lifted, or []."""
    if code[:2] != "08" or any(c.dep_ == "agent" for c in verb.children):
        return []
    for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
        if not any(p.dep_ == "prep" and p.lower_ in RESTRICTED_PREPS for p in subj.children):
            continue
        return [a for m in subj.children if m.dep_ in OWNER_DEPS and m.i < subj.i
                for a in resolver.actors(m)]
    return []
