"""Things received "from" someone: the giver is the doer.

"Ukraine received anti-tank weapons from Poland", "the rebels got backing from Y", "Kenya
received a warning from Y": the verb's subject is on the receiving end and the "from" phrase
names who gave, backed or warned. The event is the giver's, done to the receiver, so a pair
whose target the "from" phrase names is turned round. A host receiving a visitor is the
host's act ("received the envoy from Y", 042/043): those stay as they are.
"""
from __future__ import annotations

from .parse import OBJ_DEPS

# verbs of receiving: their subject gets what another gives ("accept", "win", "secure" are not:
# "accepted an invitation from Y" is the acceptor's own act)
RECEIVING = frozenset({"receive", "get", "obtain"})
# codes where the receiver is the doer: hosting a visit or a visitor
HOSTING = ("042", "043", "044", "045", "046")
# aid (07) is never the receiver's own act: with no giver named the pair is no event
GIVEN_ROOTS = ("07",)
# the object's prepositions that name the thing received inside a measure ("300,000 doses of
# vaccines from Y", "$20 million in aid from Y"): the parser may hang "from" on that thing
MEASURE_PREPS = frozenset({"of", "in"})


def from_givers(verb, resolver) -> list:
    """The actors named by a "from" phrase on a receiving verb, on its object or on the thing the
    object measures ("received 300 tonnes of food from Y")."""
    objs = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    inner = [o for obj in objs for p in obj.children if p.dep_ == "prep" and p.lower_ in MEASURE_PREPS
             for o in p.children if o.dep_ == "pobj"]
    heads = [verb] + objs + inner
    return [a for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children if o.dep_ == "pobj" for a in resolver.actors(o)]


# the modifiers of a thing received that name where it comes from: "American weapons", "US
# fighter jets", "Iran's military assistance" (review s32: with no "from", aid was dropped)
ORIGIN_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def made_by(verb, resolver) -> list:
    """For aid received with no "from": the actors named by a modifier before the head of the
    thing received ("received American weapons": the United States gave them)."""
    objs = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    return [a for obj in objs for m in obj.subtree if m.i < obj.i and m.dep_ in ORIGIN_DEPS
            for a in resolver.actors(m)]


def received_from(pairs, code: str, verb, resolver) -> list:
    """The pairs with the giver named by "from" as the source ("received weapons from Y": Y to
    the receiver); unchanged for other verbs, for hosting, and when "from" names no target."""
    if not pairs or verb.lemma_.lower() not in RECEIVING or code.startswith(HOSTING):
        return pairs
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return pairs
    givers = {(a.start, a.code) for a in from_givers(verb, resolver)}
    if not givers and code.startswith(GIVEN_ROOTS):
        # "received US fighter jets": the pair's target is the modifier's actor (its role may
        # differ: "US fighter jets" -> USAMIL), the same words
        starts = {a.start for a in made_by(verb, resolver)}
        givers = {(t.start, t.code) for _s, t in pairs if t.start in starts}
    if not givers:
        # "received aid for its refugees": the receiver gave nothing
        return [] if code.startswith(GIVEN_ROOTS) else pairs
    return [(t, s) if (t.start, t.code) in givers else (s, t) for s, t in pairs]
