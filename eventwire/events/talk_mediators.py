"""The third party of talks written as a noun: "UN-led talks between A and B", "talks between
A and B hosted by Qatar". The third party mediates (045) with each side; the sides talk with
each other (nominal.py), the third party is no side of the talks.

Only talks whose sides the noun names with "between": "US-led talks with the Taliban" may be
the US's own talks. The mediating participles the verb dictionary codes itself ("Qatari-brokered
talks", "talks mediated by Egypt": verb:broker, verb:mediate) are left to it.
"""
from __future__ import annotations

from ..actors.codes import country_part
from ..records import ActorMention

# participles whose agent is a third party of the talks, not a side ("UN-hosted talks")
MEDIATING = frozenset({"lead", "sponsor", "host", "facilitate", "mediate", "broker", "convene"})
# of these, the ones the verb dictionary codes as mediation where they stand
CODED_AS_VERBS = frozenset({"mediate", "broker"})
# the nouns of talks (roots of the nominal entries)
TALK_ROOTS = ("04",)
MEDIATION = "045"


def is_third_party(participle) -> bool:
    """ "hosted by Qatar", "UN-sponsored": a participle naming a third party of the act."""
    return participle.tag_ == "VBN" and participle.lemma_.lower() in MEDIATING


def mediators(noun, resolver) -> list[ActorMention]:
    """The third parties named on a talks noun by a hyphened participle ("UN-led talks") or a
    participle with "by" ("talks hosted by Qatar"), those the verb dictionary does not code."""
    doc, out = noun.doc, []
    # "talks between A and B, hosted by X,": the parser hangs the participle on a side; after a
    # comma and not "led" ("rebels, led by Kony,"), it is the talks'
    sides = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"
             for o in p.subtree if o.dep_ in ("pobj", "conj")]
    hung = [c for o in sides for c in o.children if c.dep_ == "acl" and c.lemma_.lower() != "lead"
            and c.i > 0 and doc[c.i - 1].text == ","]
    for c in [*noun.children, *hung]:
        if not is_third_party(c) or c.lemma_.lower() in CODED_AS_VERBS:
            continue
        if c.dep_ == "amod" and 2 <= c.i < noun.i and doc[c.i - 1].text in ("-", "–"):
            out += resolver.actors(doc[c.i - 2])
        elif c.dep_ == "acl" and c.i > noun.i:      # "talks hosted by Qatar"
            out += [a for g in c.children if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")
                    for o in g.children if o.dep_ == "pobj" for a in resolver.actors(o)]
    return out


def mediation_pairs(noun, code: str, pairs, resolver) -> list[tuple[ActorMention, ActorMention]]:
    """(mediator, side) for each side of talks "between" named sides; a side of the mediator's
    own country is its own, no side it mediates with."""
    if not code.startswith(TALK_ROOTS) or not any(
            p.dep_ == "prep" and p.lower_ == "between" for p in (*noun.children, *noun.head.children)):
        return []
    found = mediators(noun, resolver)
    sides = {a.code: a for pair in pairs for a in pair}
    return [(m, s) for m in {m.code: m for m in found}.values() for s in sides.values()
            if s.code != m.code and country_part(s.code) != country_part(m.code)]


def disputing_sides(verb, resolver) -> list[ActorMention]:
    """ "began a mediation bid to settle the dispute between A and B": a mediation (045) whose
    parties are named by "between" inside its object's phrase (its purpose clause included), not
    on the verb; each side named there, [] when none is."""
    out: list[ActorMention] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for p in (t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "between"):
            for o in (c for c in p.children if c.dep_ == "pobj"):
                out += [a for a in resolver.actors(o) if a.code not in {b.code for b in out}]
    return out
