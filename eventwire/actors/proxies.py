"""Forces a foreign state backs: "US-backed forces", "Iranian-backed forces in Syria",
"forces backed by Turkey".

Such a phrase names the backer, not the forces' own state: with no nationality or state word
of their own ("US-backed Iraqi forces", "Russian-backed government troops" keep theirs), the
forces are a non-state armed group of the country they stand in (README: the SDF are SYRREB),
not that country's army. Their country (the place's, the story's) stays; only MIL becomes REB.

A function of an ActorResolver (resolve.py): it reads its sentence and matches.
"""
from __future__ import annotations

from dataclasses import replace

from .matchchecks import BACKING_WORDS

# words that make a force a state's own: "government troops", "regime forces", "army units"
STATE_WORDS = frozenset({"government", "regime", "army", "state", "national", "federal", "security",
                         "military", "loyalist", "presidential", "republican", "police"})
WHERE_PREPS = frozenset({"in", "inside", "near", "across", "around", "at", "outside", "from", "on"})


def _backers(resolver, head, toks) -> list:
    """The matches naming who backs the phrase's body: "US" of "US-backed forces", "Turkey" of
    "forces backed by Turkey"."""
    idx = {t.i - resolver.sent.start for t in toks}
    out = [m for m in resolver.matches if m.start in idx and resolver._backer(m)]
    for acl in head.children:
        if acl.dep_ != "acl" or acl.lower_ not in BACKING_WORDS:
            continue
        for agent in acl.children:
            if agent.dep_ == "agent":
                out += [resolver.by_token[o.i - resolver.sent.start] for o in agent.subtree
                        if o.i - resolver.sent.start in resolver.by_token]
    return out


def _own_words(resolver, head, toks, backers) -> bool:
    """Does the phrase name a country or a state body of its own, besides its head's role and
    the places where it is ("US-backed Iraqi forces", "government troops backed by Russia")?"""
    base = resolver.sent.start
    head_match = resolver.by_token.get(head.i - base)
    placed = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in WHERE_PREPS for t in c.subtree}
    skip = {id(m) for m in backers} | ({id(head_match)} if head_match is not None else set())
    for t in toks:
        if t.lower_ in STATE_WORDS and t.i != head.i:
            return True
        m = resolver.by_token.get(t.i - base)
        if m is None or id(m) in skip or t.i in placed:
            continue
        return True
    return False


def proxy_forces(resolver, head, found: list) -> list:
    """`found` with a state's army (MIL) made REB when a foreign backer names the forces and
    the phrase names no country or state body of its own."""
    armed = [a for a in found if len(a.code) == 6 and a.code[3:] == "MIL"]
    if not armed or head.pos_ != "NOUN":
        return found
    toks = resolver.np_tokens(head)
    backers = _backers(resolver, head, toks)
    if not backers:
        return found
    backing = set()
    for m in backers:
        res = resolver.match_actor(m)
        if res is not None:
            backing.add(res[1].code[:3])
    if not backing or _own_words(resolver, head, toks, backers):
        return found
    return [replace(a, code=a.code[:3] + "REB", how=a.how + " + backed by a foreign state: a proxy force")
            if a in armed and a.code[:3] not in backing else a for a in found]
