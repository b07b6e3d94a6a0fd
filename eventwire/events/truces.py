"""The other side of a truce nobody is named on: the foe its declarer is described as fighting.

"The Saudi-led coalition fighting Houthi rebels in Yemen has declared a ceasefire", "the army,
which is fighting Boko Haram, announced a truce": the truce is with the side the subject's own
phrase says it fights (a participle or a relative clause of fighting on the subject, its object
named). Only for a de-escalation with no target found (087x) and only a named foe.

The truce's own phrase may name the war it stops (war_foes, s32): "agreed to a truce in its
war with Y", "declared a ceasefire in its offensive against Y", "a ceasefire halting its
incursion into Y": the side or country the war, offensive or incursion is with, against or
into (named; not the declarer or its own state). Also for a truce agreed to (0356).

An insurgency's truce with no foe named at all (insurgents_state, s33): "the rebels agreed to a
ceasefire", "the guerrillas announced they would give up their weapons" is with the state they rise
against, their own country's government (a named country only; never an unknown one), and only
when the story names no other country: "Hamas agreed to a truce" in a story about Israel is with
Israel, and which foreign war a group fights is not read here.
"""
from __future__ import annotations

from dataclasses import replace

from ..actors.codes import country_part, states
from .parse import OBJ_DEPS
from .receivers import GUESSED

# verbs of fighting whose object is the foe
FIGHTING = frozenset({"fight", "battle", "combat"})
TRUCE_CODES = ("087",)


def fought_foes(verb, resolver, code: str) -> list:
    """The named foes the verb's subject is described as fighting, or []."""
    if not code.startswith(TRUCE_CODES):
        return []
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        for desc in (c for c in subj.children if c.dep_ in ("acl", "relcl")):
            if desc.lemma_.lower() not in FIGHTING:
                continue
            for obj in (c for c in desc.children if c.dep_ == "dobj"):
                found = [a for a in resolver.actors(obj) if a.origin not in GUESSED]
                if found:
                    return found
    return []


# the fighting a truce stops, and the words that name whom it is with
WARS = frozenset({"war", "conflict", "fighting", "offensive", "campaign", "operation", "operations",
                  "incursion", "invasion", "hostilities", "assault", "attacks", "bombardment"})
WAR_PREPS = ("with", "against", "on", "into")
TRUCES = frozenset({"truce", "ceasefire", "cease-fire", "armistice"})
STOPPING = frozenset({"halt", "end", "stop", "pause", "suspend", "freeze"})
AGREED_TRUCE_CODES = ("087", "0356")


def war_foes(verb, resolver, code: str, sources) -> list:
    """The side a truce the verb declares or agrees to is with, read off the war its phrase
    names ("a truce in its war with Y", "a ceasefire halting its incursion into Y"), or []: a
    named side (a group of the declarer's own country too: "its war with the FARC"), never the
    declarer or its own state."""
    if not code.startswith(AGREED_TRUCE_CODES):
        return []
    # not the declarer itself or its own state ("its war in Y's north" is no war with Y's rebels)
    own = {s.code for s in sources} | {country_part(s.code) for s in sources}
    truces = [c for c in verb.children if c.dep_ in OBJ_DEPS and c.lemma_.lower() in TRUCES] + \
        [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
         for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in TRUCES]
    wars = [o for t in truces for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
            for o in p.children if o.dep_ == "pobj" and o.lower_ in WARS]
    wars += [o for t in truces for a in t.children if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in STOPPING
             for o in a.children if o.dep_ == "dobj" and o.lower_ in WARS]
    for war in wars:
        for p in (c for c in war.children if c.dep_ == "prep" and c.lower_ in WAR_PREPS):
            for o in (o for o in p.children if o.dep_ == "pobj"):
                found = [a for a in resolver.actors(o) if a.origin not in GUESSED and a.code not in own]
                if found:
                    return found
    return []


# armed groups that rise against their own state: rebels, insurgents, separatists (CAMEO roles)
INSURGENT_ROLES = frozenset({"REB", "INS", "SEP"})
def one_side(verb) -> bool:
    """Does the verb's subject name one side only ("the rebels"), not two ("the army and the
    rebels signed a truce": the other side is there, named or not)?"""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:     # "agreed to lay down": agreed's subject
        verb = verb.head
    return not any(c.dep_ == "conj" for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
                   for c in s.children)


def _chain(verb):
    """The verb and the verbs it completes ("said they would agree to lay down": lay, agree, said)."""
    yield verb
    while verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        verb = verb.head
        yield verb


# verbs that refuse the act they complete ("refused to agree to a truce")
REFUSING = frozenset({"refuse", "reject", "decline", "fail"})


def refused(verb) -> bool:
    """A truce negated or refused: "would not agree to a ceasefire", "refused to sign a truce"."""
    return any(any(c.dep_ == "neg" for c in v.children) or (v is not verb and v.lemma_.lower() in REFUSING)
               for v in _chain(verb))


def sided(verb) -> bool:
    """A "with"/"between" phrase on the verb or on its truce noun names the other side, even
    when it is no actor ("agreed to a ceasefire with a rival militia")."""
    heads = [verb] + [c for c in verb.children if c.dep_ in OBJ_DEPS] + \
        [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for h in heads for c in h.children)


def countries_named(resolver) -> set[str]:
    """The countries of the story so far (memory) and of the sentence's own names."""
    found = resolver.memory.story_countries()
    for m in resolver.matches:
        res = resolver.match_actor(m)
        country = country_part(res[1].code) if res is not None else None
        if country and country != "---":
            found.add(country)
    return found


def insurgents_state(verb, sources, code: str, act_code: str, resolver) -> list:
    """The government of the insurgents' own country, for a truce or a laying down of arms they
    declare, agree to or say they will make (087x, 0356, or an intent 03 of a 087x act) with no
    foe named and no other country in the story, else []."""
    if not (code.startswith(AGREED_TRUCE_CODES) or (code[:2] == "03" and act_code.startswith("087"))):
        return []
    if not one_side(verb) or len({s.code for s in sources}) != 1:
        return []       # "both sides agreed to a ceasefire": with each other (pairing's sides)
    if refused(verb) or sided(verb):
        return []       # "would not agree to a truce", "a truce with a rival militia": not the state
    named = countries_named(resolver)
    out = []
    for s in sources:
        country = country_part(s.code)
        if s.code[3:6] in INSURGENT_ROLES and country in states() \
                and s.origin not in GUESSED and named <= {country} and all(o.code != country + "GOV" for o in out):
            out.append(replace(s, code=country + "GOV",
                               how=s.how + " + its own state (an insurgency's truce is with it)"))
    return out
