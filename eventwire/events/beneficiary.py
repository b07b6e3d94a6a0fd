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


# verbs whose subject, when it is the aid itself, tells that aid was given: "Canadian aid
# supported 5,000 farmers", "the funding helped 40 schools"
AIDING_VERBS = frozenset({"support", "help", "assist", "benefit"})
AID_CODE, MONEY_CODE = "070", "071"
MONEY_WORDS = frozenset({"m", "bn", "million", "billion", "mn", "mln"})
CURRENCY = frozenset("$€£¥")


def _money(tok) -> bool:
    """An amount of money: "€45m", "$20 million"."""
    words = list(tok.subtree)
    return any(w.text in CURRENCY or w.text[:1] in CURRENCY for w in words) or \
        (tok.lower_ in MONEY_WORDS and any(w.like_num for w in words))


def aid_given(verb, trig_code: str, noun) -> str | None:
    """The aid code for support that is aid: support given as an amount of money ("provides
    €45m support for X", 071) or aid as the subject of support ("Canadian aid supported
    Malian farmers", 070); else None."""
    if trig_code[:2] != "05":
        return None
    if noun is not None and noun.lemma_.lower() == "support" and any(
            c.dep_ in ("compound", "nummod", "amod", "nmod") and _money(c) for c in noun.children):
        return MONEY_CODE
    if verb.lemma_.lower() in AIDING_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in AID_WORDS for c in verb.children):
        return AID_CODE
    return None
