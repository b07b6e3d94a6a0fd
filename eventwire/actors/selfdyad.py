"""A pronoun that would make its clause's act one a state does to its own: "Britain condemned
Iran after it seized a British tanker". "it" is the subject of "seized", whose object a
nationality word gives to Britain ("a British tanker"): a writer marks the object's country so
when it differs from the doer's. The pronoun takes the latest antecedent of another country
(Iran), or none.
"""
from __future__ import annotations

from ..records import Origin

OBJ_DEPS = ("dobj",)


def object_countries(resolver, pronoun) -> frozenset:
    """Countries the object of the pronoun's own verb is given by a nationality word
    ("seized a British tanker": GBR), when the pronoun is that verb's subject."""
    if pronoun.dep_ != "nsubj":
        return frozenset()
    verb = pronoun.head
    base = resolver.sent.start
    idx = {t.i - base for c in verb.children if c.dep_ in OBJ_DEPS for t in c.subtree}
    out = set()
    for m in resolver.matches:
        if m.start not in idx:
            continue
        res = resolver.match_actor(m)
        if res is None:
            continue
        actor = res[1]
        if actor.origin == Origin.ADJECTIVE and len(actor.code) >= 3 and actor.code[:3].isalpha() \
                and actor.code[:3] != "---":
            out.add(actor.code[:3])
    return frozenset(out)


# the words that carry an act's doer to a passive verb: "by Iran", "in a Russian air strike"
DOER_PREPS = frozenset({"by", "in"})
# roles that act at home: an unnamed person they hit is of their own country
HOME_ROLES = frozenset({"COP", "JUD"})
# the roles hit whose country the doer's is not lent to
# unnamed people hit by an attack: civilians and the civilian trades
PEOPLE_HIT = frozenset({"CVL", "AGR", "EDU", "LAB", "MED", "JRN"})
HIT_ROLES = PEOPLE_HIT | {"BUS"}
# origins of a doer named by its country's own name
PLACED_NAMES = frozenset({Origin.NAME, Origin.CAPITAL, Origin.METONYM})


def doer_countries(resolver, head, role: str | None) -> frozenset:
    """Countries the dictionary names in the doer's phrase of the verb a bare role is hit by:
    its subject when the role is the object ("Iran seized a tanker"), the "by" phrase or the
    "in" phrase when it is a passive's subject ("civilians were killed in a Russian air
    strike"; "killed in Syria" names a place, no doer). Only for a business hit (a ship, a
    firm: its flag or owner is its own to name) and for civilians hit by an attack a
    nationality word marks ("a Saudi air strike", not "Nigerian troops": a state's forces and
    government act on their own people as often as not). Empty when a doer of a home role
    (police, courts) is among them."""
    if role not in HIT_ROLES:
        return frozenset()
    verb = head.head
    base = resolver.sent.start
    if head.dep_ == "dobj":
        heads = [(c, False) for c in verb.children if c.dep_ == "nsubj"]
    elif head.dep_ == "nsubjpass":
        heads = [(o, p.lower_ == "in") for p in verb.children if p.dep_ in ("agent", "prep")
                 and p.lower_ in DOER_PREPS for o in p.children if o.dep_ == "pobj"]
    else:
        return frozenset()
    found = set()
    for h, adjective_only in heads:
        idx = {t.i - base for t in h.subtree}
        ms = [m for m in resolver.matches if m.start in idx]
        if role in PEOPLE_HIT and (h.pos_ != "NOUN" or any(m.start <= h.i - base < m.end for m in ms)):
            continue            # the doer is an actor itself, not an attack
        for m in ms:
            if "agent" in m.kinds and resolver.dictionary.agent_role(m.phrase) in HOME_ROLES:
                return frozenset()      # "Pakistani police killed two protesters": at home
            res = resolver.match_actor(m)
            origin = res[1].origin if res is not None else None
            if origin == Origin.ADJECTIVE or (role not in PEOPLE_HIT and not adjective_only and origin in PLACED_NAMES):
                found.add(res[1].code[:3])
    return frozenset(c for c in found if len(c) == 3 and c.isalpha() and c != "---")
