"""Consequences promised: "vowed revenge against the rebels", "promised harsh punishment for
the attackers", "pledged retaliation for the attack". A promise, vow or pledge whose object is
a consequence word (judgements.yaml: consequences, as in "X said Y would face retaliation")
is a threat (CAMEO 13), not a promise of cooperation; its target is the side the noun or the
verb names after "for", "against", "on" or "upon", or the doer of the deed named there ("for
the attack": who attacked, nominal.py). Nobody named: no event.
"""
from __future__ import annotations

from .parse import OBJ_DEPS

VOW_VERBS = frozenset({"promise", "vow", "pledge", "swear", "threaten"})
TARGET_PREPS = frozenset({"for", "against", "on", "upon"})
# consequence words that are promised help as often as harm ("pledged a humanitarian
# response for Yemen"): a vow only with "against" ("vowed a response against the rebels")
TWO_SIDED = frozenset({"response", "responses"})
# "those behind the attack", "those responsible for it": the doers of the deed named
DOER_PREPS = frozenset({"behind"})


def promised_consequence(verb, consequences: dict):
    """(code, noun) when the verb vows a consequence ("vowed revenge"), else None."""
    if verb.lemma_.lower() not in VOW_VERBS:
        return None
    for o in verb.children:
        if o.dep_ in OBJ_DEPS:
            code = consequences.get(o.lower_) or consequences.get(o.lemma_.lower())
            if code and o.lemma_.lower() in TWO_SIDED and not any(
                    p.dep_ == "prep" and p.lower_ == "against" for h in (o, verb) for p in h.children):
                continue
            if code:
                return code, o
    return None


def consequence_targets(noun, verb, resolver, nominal, memory) -> list:
    """The side a vowed consequence falls on (see the module's doc), or []."""
    for head in (noun, verb):
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ not in TARGET_PREPS:
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                found = _side(o, resolver, nominal, memory)
                if found:
                    return found
    return []


def _side(tok, resolver, nominal, memory) -> list:
    if tok.lower_ == "those":
        # "those behind the attack": the doers of the deed
        deeds = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in DOER_PREPS
                 for g in p.children if g.dep_ == "pobj"]
        return _side(deeds[0], resolver, nominal, memory) if deeds else []
    if nominal is not None and nominal.is_deed(tok):
        return nominal.reaction_targets(tok, resolver, list(memory))
    return resolver.actors(tok)
