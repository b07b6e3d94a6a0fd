"""What an act of force written as a noun is done to, when its target is a place.

"Turkey's offensive against the rebel-held town", "an Israeli raid on Hamas positions": the
holder or owner named on the place (attacked.py, as for a verb: "pounded the rebel-held
town"); "Russia's assault on Mariupol", "the army's offensive against the enclave of X": the
people of the place (its country's civilians, or its military at a military site), as the verb
"attacked the town" has them (unnamed.people_attacked). Only for the noun's own target
prepositions ("on", "against"); a place after "in" is where, not what ("an offensive in X").
"""
from __future__ import annotations

from ..records import ActorMention, Origin
from .attacked import Attacked

# roots of the nouns read here: acts of force ("offensive", "raid", "air strike", "shelling")
FORCE_ROOTS = ("18", "19", "20")
# the noun's prepositions whose object is the thing hit ("of" names the place of a siege or
# an occupation too, but also the doer: "the bombing of the town" / "the offensive of the army")
HIT_PREPS = frozenset({"on", "upon", "against"})
# the prepositions of where an act that kills people was done: its victims are the place's people
SPREAD_PREPS = frozenset({"in", "throughout", "across"})
# sites held by armed forces: their people are soldiers ("a raid on the base")
MILITARY_SITES = frozenset({"base", "airbase", "barracks", "garrison", "checkpoint", "outpost", "post"})


class NounPlaces:
    def __init__(self, attacked: Attacked | None = None):
        self.attacked = attacked or Attacked()

    def targets(self, noun, code: str, preps, resolver, stray=()) -> list[ActorMention]:
        """The holder, owner or people of the place a noun of force is done to; [] if none.
        preps: the noun's target prepositions (words); stray: preposition tokens the parser
        hung on the verb that are the noun's own (nominal._stray_preps)."""
        if not code.startswith(FORCE_ROOTS):
            return []
        words = HIT_PREPS & set(preps)
        if noun.lemma_.lower() in self.attacked.place_victim_nouns:
            # "mass killings in northern Mexico", "massacres throughout X and Y": the people of the place
            words = words | SPREAD_PREPS
        objs = [o for p in [*noun.children, *stray] if p.dep_ == "prep" and p.lower_ in words
                for o in p.children if o.dep_ == "pobj"]
        for obj in objs:
            found = self.attacked.holders(obj, resolver)
            if not found and self.attacked.is_property(obj):
                found = self.attacked.property_owners(obj, resolver)
            if found:
                return found
        named = None
        for obj in objs:
            places = [a for a in resolver.places(obj) if a is not None]
            if places and obj.head.lower_ in SPREAD_PREPS:
                # "killings in X": a town only in a country the sentence names ("the Mexican state
                # of X"), not a gazetteer homonym abroad
                named = named if named is not None else {
                    r[1].code[:3] for m in resolver.matches for r in [resolver.match_actor(m)] if r is not None}
                places = [a for a in places if a.origin == Origin.NAME or a.code[:3] in named]
            if places:
                place = places[0]
                role = "MIL" if obj.lemma_.lower() in MILITARY_SITES else "CVL"
                # written as the place named, not the noun of force
                return [ActorMention(place.text, place.start, place.end, place.code[:3] + role, place.name,
                                     "people of the place attacked: " + place.how, place.origin)]
        return []
