"""Clauses that tell no done act where modality.py's auxiliaries and heads say nothing: an act
ended ("would no longer supply arms"), a generic judgement under an empty "it" ("it is possible
to disagree with X"), and an event noun said to be a chance ("clashes are a distinct
possibility"). Words in data/unreal.yaml. Issue 15 (senses and hypotheticals in long-form news).
"""
from __future__ import annotations

from functools import lru_cache

from .yamldata import safe_load

from .rules import DATA


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    with open(DATA / "unreal.yaml", encoding="utf-8") as fh:
        raw = safe_load(fh) or {}
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


def ended(tok) -> bool:
    """ "would no longer supply", "does not back X any longer", "no more": the act is over."""
    w = _words()["ended_adverbs"]
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in w:
            doc = tok.doc
            if c.i > 0 and doc[c.i - 1].lower_ in ("no", "any"):
                return True
            if any(g.lower_ in ("no", "any") for g in c.children):
                return True
    return False


def generic(tok) -> bool:
    """ "it is possible to disagree with X", "it would be wrong to attack Y": an infinitive
    under a copula whose subject is an empty "it" and whose complement is a judging adjective;
    or under an adjective of sufficiency ("sanctions are enough to force Y"), whatever the subject."""
    w = _words()
    if tok.dep_ != "xcomp" and not (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in w["copulas"]):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    head = tok.head
    if head.lower_ in w["measure_adjectives"] or any(
            c.dep_ == "acomp" and c.lower_ in w["measure_adjectives"] for c in head.children):
        return True                         # "will be sufficient to force Russia to negotiate"
    if head.pos_ == "ADJ" and head.lower_ in w["generic_adjectives"]:
        adj, head = head, head.head         # "possible" parsed as the head of "to disagree"
    else:
        adj = next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in w["generic_adjectives"]), None)
    if adj is None or head.lemma_.lower() not in w["copulas"]:
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)


def chance(noun) -> bool:
    """ "clashes between X and Y are now a distinct possibility", "war is likely": an event noun
    as the subject of a copula whose complement is a chance."""
    w = _words()
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in w["copulas"]:
        return False
    for c in noun.head.children:
        if c.dep_ == "attr" and c.lemma_.lower() in w["chance_nouns"]:
            return True
        if c.dep_ == "acomp" and c.lower_ in w["chance_adjectives"]:
            return True
    return False


CONTRASTS = frozenset({"but", "yet"})


def contrasting(conj) -> bool:
    """A clause joined to the one before by "but" or "yet": "did not criticise X but condemned
    Y" sets the first clause's "not" aside; "did not criticise X or condemn Y" keeps it."""
    first = conj.head
    return any(c.dep_ == "cc" and c.lower_ in CONTRASTS and first.i < c.i < conj.i
               for c in (*first.children, *conj.children))


def unshared(verb, other) -> bool:
    """Does `verb` keep off the object of `other`, a verb joined to it? Not the object of a
    negated verb ("did not mention X but warned that ..."), nor across "but" when `verb` has a
    subject of its own ("X did not meet Y, but Z criticised ...")."""
    if any(c.dep_ == "neg" for c in other.children):
        return True
    first, second = (other, verb) if other.i < verb.i else (verb, other)
    return second.head.i == first.i and contrasting(second) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
