"""Obligations looked back on: "X said Y should have expected consequences", "... ought to have
warned us" reproach Y for what it did or failed to do (CAMEO 111, criticise), where "Y must
act" ahead is a demand (100) and "Y should act" ahead is advice, an appeal (020: "said the US
should look at sanctions")."""
from __future__ import annotations

REPROACH_CODE = "111"
# the modal of a past obligation and the perfect "have" after it
PAST_MODALS = frozenset({"should", "ought", "must"})
ADVICE_CODE = "020"
# the modals of advice, as against the "must" of a demand
ADVICE_MODALS = frozenset({"should", "ought"})


def looks_back(verb) -> bool:
    """Is the verb's reported obligation a past one ("should have done")?"""
    for c in verb.children:
        if c.dep_ != "ccomp":
            continue
        aux = [a.lower_ for a in c.children if a.dep_ == "aux"]
        if any(a in PAST_MODALS for a in aux) and "have" in aux and c.tag_ == "VBN":
            return True
    return False


def advises(verb) -> bool:
    """Is the verb's reported obligation ahead one of advice ("said Y should act")?"""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ADVICE_MODALS for a in c.children)
               and not any(a.dep_ == "aux" and a.lower_ == "must" for a in c.children) for c in verb.children)
