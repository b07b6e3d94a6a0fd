"""Who the parties of an act are, beyond its own arguments: the sides of an earlier deal that
"the deal" names again, whether a verb's object is a party, and whose trip counts as a visit."""
from __future__ import annotations

from ..actors.codes import country_part
from ..records import Origin


def deal_parties(noun, nominal, deals) -> list:
    """The two sides of the document's earlier deal, truce or talks that "the deal" names
    again (the same word, else the same code family, of one pair only); [] when unsure.
    deals: (code, words, source, target) of the document's deals so far."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return []
    entry = nominal.entry(noun)
    lemma = noun.lemma_.lower()
    same = [(s, t) for _, words, s, t in deals if lemma in words]
    if not same and entry is not None:
        same = [(s, t) for c, _, s, t in deals if c[:3] == entry.code[:3]]
    pairs = {frozenset((country_part(s.code), country_part(t.code))) for s, t in same}
    if len(pairs) != 1:
        return []
    s, t = same[-1]
    return [s, t]


def party_object(verb, rules) -> bool:
    """Does the verb's direct object name a party ("met the informants", "fought Islamist
    rebels"), not each other ("one another") or an act ("fought a war", "held talks")?"""
    return any(c.dep_ == "dobj" and c.lower_ not in ("other", "another", "one") and
               c.lemma_.lower() not in rules.act_nouns and
               c.lemma_.lower() not in rules.nouns for c in verb.children)


def traveller(actor, traveller_roles) -> bool:
    """Does this actor's trip count as a visit: a body's role, an organisation, a person in
    office, or a country named as such ("Turkey", "Ankara"), not "Iraqis" or "refugees"."""
    if country_part(actor.code) is None:
        return True
    role = actor.code[3:6]
    if role:
        return role in traveller_roles
    return actor.origin in (Origin.NAME, Origin.CAPITAL, Origin.METONYM, Origin.OFFICE)
