"""Whom an appeal for aid is for is not whom it is made to: "the UN launched an appeal for
$200 million in aid for Malawi", "UNICEF sought funds for children in Yemen" name the people
helped; the appeal goes to donors the sentence does not name (CAMEO 02 codes the addressee:
"appealed to Japan for aid"). A target inside a "for" phrase that hangs on the aid, or on the
verb or noun whose object is the aid, or an "in"/"to" phrase on the aid ("aid in Syria"), is
such a beneficiary.
"""
from __future__ import annotations

AID_WORDS = frozenset({"aid", "assistance", "help", "relief", "fund", "funding", "money", "donation",
                       "supply", "food", "medicine", "contribution", "loan", "grant"})


def _aid(tok) -> bool:
    return tok.lemma_.lower() in AID_WORDS or tok.lower_ in AID_WORDS


def _asks_aid(head) -> bool:
    """Is the head the aid itself, or does it take the aid as its object ("seeking aid for X",
    "an appeal for aid for X")?"""
    if _aid(head):
        return True
    for c in head.children:
        if c.dep_ in ("dobj", "pobj") and _aid(c):
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "in", "of") and any(
                _aid(o) or any(_aid(g) for g in o.subtree) for o in c.children if o.dep_ == "pobj"):
            return True
    return False


def beneficiary(tok, verb) -> bool:
    """Does the actor word tok sit in a "for" phrase naming whom the asked-for aid is for?"""
    t = tok
    while t.i != t.head.i and t.i != verb.i:
        if t.dep_ == "prep" and t.lower_ in ("in", "to") and _aid(t.head):
            return True         # "aid in Syria", "relief to Yemen": where the aid goes
        if t.dep_ == "prep" and t.lower_ == "for":
            return _asks_aid(t.head)
        t = t.head
    return False


def drop_beneficiaries(pairs, verb, sent) -> list:
    """The (source, target) pairs of an appeal without targets that are beneficiaries."""
    base = sent.start_char
    at = {t.idx - base: t for t in sent}
    return [(s, t) for s, t in pairs
            if not (t.start in at and beneficiary(at[t.start], verb))]
