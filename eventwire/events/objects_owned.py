"""Whose an object phrase says it is: the source's own thing, or a deal between two sides.

The source's own thing ("promised Japan's support for Y", "declared Tokyo's backing for Y",
said by Japan's side): the object is a noun of what is given or kept with another (GIVEN:
support, relations, aid, ...) whose only actor is its possessive ("Japan's", "Tokyo's"), and
that actor is the source's own state (its bare country, or the source's own code), the source
being that state (its name or its government): what the source gives, not whom it acts on
("rebels violated the country's ceasefire" keeps the state as target). The target is then
looked for further on, in the object's own phrase ("support for Vietnam's efforts"), as for
"promised support for Y". A distinct body of the same country stays a target ("praised
Japan's coast guard").

Support given to a deal between two sides is support for both (deal_sides): "declared its
support for the peace agreement between A and B", "voiced support for the talks between A and
B" -> A and B, as "welcomed the agreement between A and B" already reads. Only for a noun of
support (the trigger's object or event noun) whose "for"/"to"/"of" object is a deal, talks or a
truce, and only the sides its "between" phrase names.
"""
from __future__ import annotations

from ..actors.codes import country_part


# what a state gives or keeps with another, whose "for"/"to"/"with" names the other: "Japan's
# support for Y", "Peru's relations with Y" (not "Britain's arms sales to Y", "Israel's strikes
# on Y": defending those is no cooperation with Y)
GIVEN = frozenset({"support", "backing", "commitment", "solidarity", "relation", "relations", "tie", "ties",
                   "cooperation", "co-operation", "friendship", "partnership", "assistance", "aid", "help",
                   "contribution", "endorsement"})


def own_possession(obj, found, sources) -> bool:
    """Is every actor `found` in the object `obj` only the possessive of a thing, naming the
    source's own state?"""
    if obj.pos_ != "NOUN" or not found or not sources or obj.lemma_.lower() not in GIVEN:
        return False
    base = obj.sent.start_char
    spans = [(p.left_edge.idx - base, p.right_edge.idx + len(p.right_edge.text) - base)
             for p in obj.children if p.dep_ == "poss"]
    if not spans:
        return False
    if not all(s.code == country_part(s.code) or s.code[3:6] == "GOV" for s in sources):
        return False        # a force or a group of the country is not the state it is of
    own = {country_part(s.code) for s in sources}
    codes = {s.code for s in sources}
    return all(any(lo <= a.start and a.end <= hi for lo, hi in spans)
               and country_part(a.code) in own and (a.code == country_part(a.code) or a.code in codes)
               for a in found)


# nouns of support, and the deals whose sides a support for them is for
SUPPORT_NOUNS = frozenset({"support", "backing", "endorsement", "approval", "commitment", "welcome"})
DEAL_NOUNS = frozenset({"deal", "agreement", "accord", "treaty", "pact", "talks", "negotiation",
                        "negotiations", "dialogue", "ceasefire", "truce", "reconciliation", "rapprochement",
                        "process", "settlement", "normalisation", "normalization"})


def deal_sides(head, look, ok) -> list:
    """The sides of the deal a noun of support is for, or []."""
    if head.lemma_.lower() not in SUPPORT_NOUNS:
        return []
    for p in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of")):
        for deal in (o for o in p.children if o.dep_ == "pobj" and
                     (o.lemma_.lower() in DEAL_NOUNS or o.lower_ in DEAL_NOUNS)):
            for b in (c for c in deal.children if c.dep_ == "prep" and c.lower_ == "between"):
                for side in (o for o in b.children if o.dep_ == "pobj"):
                    found = look.resolver.actors(side)
                    if ok(found, look):
                        return found
    return []
