"""The doer of a deed told by "X was responsible for": "Boko Haram was responsible for the
abduction of 276 schoolgirls", "the cartel has been responsible for mass killings in the
north". The deed noun is the object of "for" on "responsible", the adjective of a copula whose
subject is the doer. Nominal (nominal.py) asks for the doer when the noun names none of its
own, and for the copula, whose mood tells whether the deed is told as done ("said it was not
responsible for", "may be responsible for" are not). A deed dated to a year or decade of its own
("responsible for killings in the late 1980s", "for the 2014 bombing") is history: none.
"""
from __future__ import annotations

import re

RESPONSIBLE = frozenset({"responsible", "accountable", "culpable"})


def responsible_clause(noun):
    """(the copula, its subject) of "X was responsible for <noun>", else None."""
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head          # "responsible for killings and beheadings"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for":
        return None
    adj = prep.head
    if adj.lower_ not in RESPONSIBLE or adj.dep_ != "acomp":
        return None
    verb = adj.head
    if verb.lemma_.lower() != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (verb, subj) if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def dated_deed(noun) -> bool:
    """Does a year or a decade stand in the deed's phrase ("in the late 1980s", "the 2014
    bombing", "in 2016")?"""
    return any(re.fullmatch(r"(1[89]|20)\d\d'?s?", t.text) for t in noun.subtree)
