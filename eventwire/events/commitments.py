"""Intentions stated with a gerund: "X is committed to helping Y", "remains dedicated to
supporting Y". The "to" is a preposition, not an infinitive's, so the parser hangs the act on
it (pcomp) rather than on the head (xcomp); read as "X is ready to help Y": the head's subject
does the act, and it is stated as an intention (03), not done.
"""
from __future__ import annotations

import yaml

from .rules import DATA

with open(DATA / "commitments.yaml", encoding="utf-8") as _fh:
    COMMITMENT_HEADS = frozenset(str(w).lower() for w in (yaml.safe_load(_fh) or {}).get("commitment_heads", ()))


def commitment_prep(prep) -> bool:
    """Is this the "to" of a head of commitment ("committed to", "dedicated to")?"""
    return prep.dep_ == "prep" and prep.lower_ == "to" and prep.head.lower_ in COMMITMENT_HEADS


def committed_head(tok):
    """The head of commitment whose "to" governs this gerund ("committed" in "is committed to
    helping Y"), else None."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG":
        return None
    return tok.head.head if commitment_prep(tok.head) else None
