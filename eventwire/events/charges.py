"""Whom a charge in the object phrase is made against: "investigated allegations of fraud made
against Y", "opened an inquiry into complaints brought against Y". The parser hangs the
participle ("made", "brought", "levelled", "filed") on the last noun of the charge's phrase, so
the charge noun and its "of" part are both read; only a noun of charge (CHARGE_NOUNS) leads
there: "condemned weapons used against Y" names Y as the weapons' victim, not the one acted on."""

CHARGE_NOUNS = frozenset({"allegation", "accusation", "claim", "charge", "complaint", "lawsuit"})
# the object's own prepositions that lead to the charge: "an investigation into allegations ..."
INNER_PREPS = ("into", "of", "over", "about")


def _charges(objs):
    nouns = list(objs) + [o for c in objs for p in c.children if p.dep_ == "prep" and p.lower_ in INNER_PREPS
                          for o in p.children if o.dep_ == "pobj"]
    return [n for n in nouns if n.lemma_.lower() in CHARGE_NOUNS or n.lower_ in CHARGE_NOUNS]


def charged_parties(objs, look, ok) -> list:
    """The actors a charge in the objects is made against, or []."""
    for charge in _charges(objs):
        parts = [charge] + [o for p in charge.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"]
        for part in parts:
            for acl in (c for c in part.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                for p in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "against"):
                    found = [a for o in p.children if o.dep_ == "pobj" for a in look.resolver.actors(o)]
                    if ok(found, look):
                        return found
    return []
