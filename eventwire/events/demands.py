"""Whom a demand written as a noun is made of (issue 15, task vconf).

"X reiterated its demand that Y ease sanctions", "renewed its call that Y withdraw": the demand
(10) is of Y, the subject of the "that" clause on the demand noun the verb carries (the parser
hangs the clause on the noun, where the complement-clause targets of slots.py do not look).
"""
from __future__ import annotations


def demanded_of(verb, resolver, directive_nouns) -> list | None:
    """The actors the "that" clause on the verb's demand noun names as its subject, or None."""
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in directive_nouns):
        for clause in (c for c in noun.children if c.dep_ in ("acl", "ccomp")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
            found = [a for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for a in resolver.actors(s)]
            if found:
                return found
    return None
