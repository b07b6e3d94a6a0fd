"""A deployment of armed forces named as a noun: "announced the deployment of 500 troops to
Mali", "ordered the dispatch of two warships to the Gulf".

The verb "deploy troops" is CAMEO 154 (mobilize or increase armed forces; CAMEO.2.0.txt's
DEPLOY patterns); the noun a light verb carries names the same act when its "of" phrase names
armed forces, soldiers or their weapons (the verb dictionary's &military, &aircraft and &weapon
synsets). "the deployment of 5G networks", "the dispatch of aid" are no deployment of forces.
The target is the place or side the forces go to ("to", "into", "in"). Forces sent to keep the
peace ("the deployment of 230 troops to X on a peacekeeping mission", a &pko word in the noun's
phrase) provide peacekeeping (074), as the hand patterns deploy-pko and send-pko read the verb.
"""
from __future__ import annotations

from .rules import EventNoun

NOUNS = frozenset({"deployment", "redeployment", "dispatch"})
DEPLOYED = EventNoun("deployment", "154", ("to", "into", "in"))
PEACEKEEPING = EventNoun("deployment", "074", ("to", "into", "in"))


def deployed_forces(tok, armed_words: frozenset[str], peacekeeping=lambda word: False) -> EventNoun | None:
    """The deployment entry when tok is such a noun of armed forces sent, else None;
    peacekeeping: does a lowercase word name peacekeeping (the &pko synset)?"""
    if tok.lemma_.lower() not in NOUNS:
        return None
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and ({o.lower_, o.lemma_.lower()} & armed_words):
                    keeping = any(peacekeeping(t.lower_) for t in tok.subtree) or \
                        any(peacekeeping(t.lower_) for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i
                            for t in c.subtree)
                    return PEACEKEEPING if keeping else DEPLOYED
    return None
