"""A border opened for people or goods to go into a country: "opened its borders for aid
trucks to enter Y", "agreed to open the crossing to let aid reach Y", "reopened the border so
that refugees could cross into Y" -> the border is opened to Y (08x, or 035 when agreed to).

Only for a border, crossing or frontier opened (the object), and only the country the purpose
clause's verb of going names as where they go (its object: "enter Y", "reach Y", or its
"into"/"to" phrase: "cross into Y"), not the source's own: the country they are let into.
"""
from __future__ import annotations

from ..actors.codes import country_part
from .parse import OBJ_DEPS

# what is opened: a way across the border
PASSAGES = frozenset({"border", "borders", "crossing", "crossings", "frontier", "frontiers", "checkpoint",
                      "checkpoints", "corridor", "corridors"})
# verbs of going into a place, and the verbs that let it happen ("to let aid reach Y")
# (not "return", "travel", "go": "for refugees to return to Y", "to travel on to Y" tell where
# they go next, not the country the border lets them into)
GOING = frozenset({"enter", "reach", "cross"})
LETTING = frozenset({"let", "allow", "permit", "enable"})
INTO = ("into", "to")


def opened_into(verb, resolver, sources) -> list:
    """The country a border the verb opens lets people or goods into, or []."""
    if not any(c.dep_ in OBJ_DEPS and c.lower_ in PASSAGES for c in verb.children):
        return []
    own = {country_part(s.code) for s in sources}
    heads = [verb] + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                      for o in p.children if o.dep_ == "pobj"]
    clauses = [c for h in heads for c in h.children if c.dep_ in ("advcl", "acl", "xcomp", "relcl")
               and c.pos_ == "VERB" and any(a.dep_ in ("aux", "mark") for a in c.children)]
    # "to let aid reach Y": the going under the letting verb
    clauses += [g for c in clauses if c.lemma_.lower() in LETTING for g in c.children
                if g.dep_ in ("ccomp", "xcomp") and g.pos_ == "VERB"]
    for c in clauses:
        if c.lemma_.lower() not in GOING:
            continue
        places = [o for o in c.children if o.dep_ == "dobj"] + \
            [o for p in c.children if p.dep_ == "prep" and p.lower_ in INTO for o in p.children if o.dep_ == "pobj"]
        for place in places:
            found = [a for a in resolver.places(place) if len(a.code) == 3 and a.code not in own]
            if found:
                return found
    return []
