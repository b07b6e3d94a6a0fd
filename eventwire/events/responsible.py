"""The doer of a deed told by "X was responsible for": "Boko Haram was responsible for the
abduction of 276 schoolgirls", "the gang has been blamed for massacres in the
north". The deed noun is the object of "for" on "responsible", the adjective of a copula whose
subject is the doer. Nominal (nominal.py) asks for the doer when the noun names none of its
own, and for the copula, whose mood tells whether the deed is told as done ("said it was not
responsible for", "may be responsible for" are not). A deed dated to a year or decade of its own
("responsible for killings in the late 1980s", "for the 2014 bombing") is history: none.
"""
from __future__ import annotations

import re

RESPONSIBLE = frozenset({"responsible", "accountable", "culpable"})
# "X is guilty of violating the truce": the adjective whose "of" gerund its subject did
GUILTY = frozenset({"guilty"})


def deed_copula(tok):
    """The copula of "X is guilty of <gerund>" / "X was responsible for <gerund>" whose gerund
    this is, else None: the writer lays the deed on the subject, told as the copula is
    ("was guilty of violating the truce" is done; "may be responsible for", "is not guilty of"
    are not). A charge laid by another ("accused Y of", "held Y responsible for", "found Y
    guilty of") has no copula: it stays the charge (modality charge_heads)."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    adj = prep.head
    if not ((prep.lower_ == "of" and adj.lower_ in GUILTY | {"culpable"}) or
            (prep.lower_ == "for" and adj.lower_ in RESPONSIBLE)):
        return None
    verb = adj.head
    if adj.dep_ != "acomp" or verb.lemma_.lower() != "be" or \
            not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return None
    return verb


def guilt_prep(prep) -> bool:
    """Is this the "of" of "X was (found) guilty of <gerund>"? The gerund's doer is then the
    copula's subject, as "responsible for shelling the town" has it (slots.sources)."""
    adj = prep.head
    return prep.dep_ == "prep" and prep.lower_ == "of" and adj.lower_ in GUILTY and \
        adj.dep_ in ("acomp", "oprd") and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


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
