"""Whom an extradition is to: "approved the extradition of a Russian banker to the United States".

Extradition is judicial cooperation (CAMEO 063) with the state that receives the person, not with
the person: when the trigger's object is an extradition (or the verb "extradite" itself) and a
"to" phrase on it, or on the person it is "of", names an actor, that actor is the target.
"""
from __future__ import annotations

CODE = "063"
EXTRADITION = frozenset({"extradition", "extradite"})


def _to_actors(tok, resolver) -> list:
    return [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj" for a in resolver.actors(o)]


def extradited_to(verb, code: str, resolver) -> list:
    """The actors a "to" phrase names as receiving the extradited person, or []."""
    if code != CODE:
        return []
    nouns = [t for t in verb.subtree if t.lemma_.lower() in EXTRADITION and
             (t.i == verb.i or t.head.i == verb.i or t.head.head.i == verb.i)]
    for noun in nouns:
        # "to Y" on the noun, or on the person it is of ("extradition of X to Y")
        persons = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        found = [a for h in [noun] + persons for a in _to_actors(h, resolver)]
        if found:
            return found
    return []
