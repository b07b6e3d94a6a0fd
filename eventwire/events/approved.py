"""Approval given for another to act: "granted approval for a charity to run clinics", "gave its
consent for relief groups to reach the valley". The light verb with an approval noun is an
endorsement (051, CAMEO.2.0.txt GIVE APPROVAL); with a "for X to ..." clause of its own doer it is
a permission, as "allowed X to run clinics" (080): X is the side allowed.
"""
from __future__ import annotations

from .deadlines import PERMISSION_NOUNS

GIVING = frozenset({"give", "grant"})
APPROVAL_NOUNS = PERMISSION_NOUNS | {"approval", "consent", "go-ahead"}
ALLOW_CODE = "080"
PATTERN = "approved-for"


def allowed_doer(verb):
    """The subject of the "for X to ..." clause an approval given carries, else None."""
    if verb.lemma_.lower() not in GIVING:
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in APPROVAL_NOUNS]
    if not nouns:
        return None
    for clause in (c for h in (verb, nouns[0]) for c in h.children if c.dep_ in ("advcl", "acl") and c.pos_ == "VERB"):
        marks = {m.lower_ for m in clause.children if m.dep_ in ("mark", "aux")}
        if {"for", "to"} <= marks:
            return next((s for s in clause.children if s.dep_ == "nsubj"), None)
    return None
