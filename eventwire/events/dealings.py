"""The partner of restricted dealings: "lifted restrictions on trade with Y", "eased curbs on
travel to Y", "lifts restrictions on contacts between our officials and their Y counterparts":
the restriction acts on Y, named on the dealings it restricts rather than on the restriction.
Used by receivers.goods_origin when the goods' modifier names no one.
"""
from __future__ import annotations

from .yamldata import safe_load

from ..actors.codes import country_part
from .rules import DATA

with open(DATA / "dealings.yaml", encoding="utf-8") as _fh:
    _DATA = safe_load(_fh) or {}
DEALING_NOUNS = frozenset(str(w).lower() for w in _DATA.get("dealing_nouns", ()))
PARTNER_PREPS = frozenset(str(w).lower() for w in _DATA.get("partner_preps", ()))


def dealings_partner(objs, look, ok, guessed) -> list:
    """The actor named as the other party of the dealings a restriction is "on" (on the
    restriction or, as the parser often puts it, on the verb): "restrictions on trade with Y".
    Named actors only, never the source's own country ("contacts between US officials and their
    Taiwanese counterparts", said of the US: Taiwan)."""
    if not objs:
        return []
    own = {country_part(s.code) for s in look.sources} - {None}
    for obj in objs + [objs[0].head]:
        for p in obj.children:
            if p.dep_ != "prep" or p.lower_ != "on":
                continue
            for deal in (o for o in p.children if o.dep_ in ("pobj", "pcomp")):
                # "a ban on doing business with Y": the gerund's dealings object (task vconf, s32)
                heads = [deal] + [c for c in deal.children if c.dep_ == "dobj" and c.lemma_.lower() in DEALING_NOUNS] \
                    if deal.dep_ == "pcomp" and deal.tag_ == "VBG" else [deal]
                if not any(h.lemma_.lower() in DEALING_NOUNS or h.lower_ in DEALING_NOUNS for h in heads):
                    continue
                found = []
                for q in (q for h in heads for q in h.children):
                    if q.dep_ != "prep" or q.lower_ not in PARTNER_PREPS:
                        continue
                    for o in (o for o in q.children if o.dep_ == "pobj"):
                        for w in [o, *o.conjuncts]:
                            found += [a for a in look.resolver.actors(w) if a.origin not in guessed
                                      and country_part(a.code) not in own]
                if ok(found, look):
                    return found
    return []
