"""Intentions stated in ways the infinitive rule of modality.py misses, read as "X is ready to
help Y" (the act intended codes as an intent, 03, of the one who states it):
- a gerund after a head of commitment: "X is committed to helping Y", "remains dedicated to
  supporting Y" (the "to" is a preposition, so the parser hangs the act on it, pcomp);
- an infinitive on a noun of intention that the speaker states as its own: "X expressed its
  willingness to cooperate with Y", "reaffirmed its readiness to resume talks with Y" (the
  parser makes the infinitive the noun's clause, acl, which is otherwise read as content).
And "X is to visit Y", "is to suspend cooperation with Y": an act announced, not done
(announced_plan; modality.py reads it as a plan, never coded).
"""
from __future__ import annotations

from .yamldata import safe_load

from .rules import DATA

with open(DATA / "commitments.yaml", encoding="utf-8") as _fh:
    _DATA = safe_load(_fh) or {}
COMMITMENT_HEADS = frozenset(str(w).lower() for w in _DATA.get("commitment_heads", ()))
INTENT_NOUNS = frozenset(str(w).lower() for w in _DATA.get("intent_nouns", ()))
STATING_VERBS = frozenset(str(w).lower() for w in _DATA.get("stating_verbs", ()))
AIM_NOUNS = frozenset(str(w).lower() for w in _DATA.get("aim_nouns", ()))
# possessives of the speaker itself ("expressed its willingness"); a named owner is another's
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


def commitment_prep(prep) -> bool:
    """Is this the "to" of a head of commitment ("committed to", "dedicated to")?"""
    return prep.dep_ == "prep" and prep.lower_ == "to" and prep.head.lower_ in COMMITMENT_HEADS


def committed_head(tok):
    """The head of commitment whose "to" governs this gerund ("committed" in "is committed to
    helping Y"), else None."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG":
        return None
    return tok.head.head if commitment_prep(tok.head) else None


def stated_intent_noun(tok):
    """The stating verb of a noun of intention whose infinitive this is ("expressed" in "X
    expressed its willingness to cooperate with Y"), else None: the noun is the verb's object,
    with no owner but the speaker's own possessive and no "no" ("showed no willingness")."""
    if tok.dep_ != "acl" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return None
    noun = tok.head
    if noun.lemma_.lower() not in INTENT_NOUNS or noun.dep_ != "dobj":
        return None
    if any(c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES for c in noun.children) or \
            any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    verb = noun.head
    return verb if verb.lemma_.lower() in STATING_VERBS else None


def described(head) -> bool:
    """Is the head of commitment part of a description ("the regime, which is committed to
    destroying Y", "a group dedicated to fighting Y"): a standing trait, no statement."""
    tok = head
    while tok.dep_ in ("acomp", "attr", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("relcl", "acl")


def announced_plan(tok, head) -> bool:
    """Is the infinitive the complement of a finite "be" whose subject is an actor, not an aim
    ("X is to visit Y"; not "the US position was to demand that Y ...", nor "it was the first
    country to recognise Y", where "be" has its own complement)?"""
    if tok.dep_ != "xcomp" or head.lemma_.lower() != "be" or head.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    if any(c.dep_ in ("attr", "acomp", "dobj") for c in head.children):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() not in AIM_NOUNS and s.lower_ not in AIM_NOUNS for s in subjects)
