"""The other side of a truce nobody is named on: the foe its declarer is described as fighting.

"The Saudi-led coalition fighting Houthi rebels in Yemen has declared a ceasefire", "the army,
which is fighting Boko Haram, announced a truce": the truce is with the side the subject's own
phrase says it fights (a participle or a relative clause of fighting on the subject, its object
named). Only for a de-escalation with no target found (087x) and only a named foe.
"""
from __future__ import annotations

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
