"""Whom a concession yields to: "quit under pressure from the army", "stepped down
after pressure from parliament", "bowing to pressure from protesters": the one pressing.

Only for yielding (root 08), whose target the sentence otherwise leaves unsaid; the nouns and
prepositions are data here (few, and the same in every story).

A resignation "over" a decision or "in protest at" it is the resigner's own dissent, not a
concession to anyone: "the envoy resigned over the president's decision to withdraw troops"
yields nothing to the country's people (protest_resignation).
"""
from __future__ import annotations

# "under pressure from X", "after pressure from X", "amid pressure from X", "bowing to pressure from X"
PRESSURE_NOUNS = frozenset({"pressure", "demand", "demands", "ultimatum"})
PRESSURE_PREPS = frozenset({"under", "after", "amid", "following", "to"})
YIELD_ROOTS = ("08",)
# "resigned over the decision", "quit in protest at the policy": dissent, not yielding
DISSENT_PREPS = frozenset({"over"})
PROTEST_NOUNS = frozenset({"protest", "opposition", "disagreement", "dissent"})


def pressed_by(verb, resolver, code: str) -> list:
    """The actors named as pressing for the yielding act of verb, or []."""
    if code[:2] not in YIELD_ROOTS:
        return []
    heads = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "bow"]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in PRESSURE_PREPS):
            for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in PRESSURE_NOUNS):
                for frm in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
                    for obj in (o for o in frm.children if o.dep_ == "pobj"):
                        found = resolver.actors(obj)
                        if found:
                            return found
    return []


def protest_resignation(verb, code: str) -> bool:
    """Is the yielding act of verb a resignation in dissent: "resigned over the decision to ...",
    "quit in protest at ...", "stepped down in opposition to ..."? (No one it yields to.)"""
    if code[:2] not in YIELD_ROOTS:
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in DISSENT_PREPS and objs:
            return True
        if prep.lower_ == "in" and any(o.lower_ in PROTEST_NOUNS for o in objs):
            return True
    return False
