"""Restrictions let lapse: "the EU failed to renew sanctions against Y", "the council did not
extend the arms embargo on Y". Renewing or extending a restriction imposes it again (163
sanctions and embargoes, 1723 curfews, 1724 states of emergency, 172 other administrative
restrictions); not renewing it is its easing, as the CAMEO codebook codes sanctions the EU failed
to renew (085). Only the negated renewal: a refusal to renew stays a refusal (12).
"""
from __future__ import annotations

RENEWING = frozenset({"renew", "extend", "prolong"})
# the restriction renewed -> the easing its lapse is (longest prefix first)
EASED = (("163", "085"), ("1723", "0813"), ("1724", "0814"), ("172", "081"))


# auxiliaries of a plain past or perfect ("did not renew", "has not extended"), not a modal
PLAIN_AUX = frozenset({"do", "have"})


def not_renewed(verb) -> bool:
    """ "failed to renew", "did not renew", "has not extended": a renewal that did not happen
    (not "may not renew", "refused to renew", "will not extend")."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail":
        return not any(c.dep_ in ("neg", "aux") and c.lemma_.lower() not in PLAIN_AUX for c in verb.head.children)
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return any(c.dep_ == "neg" for c in verb.children) and bool(auxes) and \
        all(c.lemma_.lower() in PLAIN_AUX for c in auxes)


def widened(verb) -> bool:
    """ "extend sanctions to the oil sector", "extend the ban to cover imports": a restriction
    stretched to more, not renewed in time (its lapse eases nothing): a "to" phrase on the verb
    or its object, or a "to" clause."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any((c.dep_ in ("prep", "dative") and c.lower_ == "to") or
               (c.dep_ in ("xcomp", "advcl") and any(k.tag_ == "TO" for k in c.children))
               for h in heads for c in h.children)


def lapsed_code(verb, code: str, mood: str) -> str | None:
    """The easing code when a restriction's renewal is negated, else None."""
    if mood != "negated" or verb.lemma_.lower() not in RENEWING or not not_renewed(verb) or widened(verb):
        return None
    return next((eased for renewed, eased in EASED if code.startswith(renewed)), None)
