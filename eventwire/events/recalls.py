"""Envoys recalled with no country named: "Rabat recalled its ambassador for consultations".

The envoy was posted to the other side of the story: when every event the document has coded
so far with the recalling country on one side has the same country on the other, that country
(its government) is the target; several partners, or none, and there is no event. The envoy
must be the recaller's own ("its ambassador", "the envoy"), never one named for a third country.
Which verbs and envoy nouns count is data (slots.yaml: recall_verbs, envoy_nouns).
"""
from __future__ import annotations

from ..actors.codes import country_part
from ..records import ActorMention, Origin
from .parse import OBJ_DEPS


class Recalls:
    def __init__(self, slots: dict):
        self.verbs = slots["recall_verbs"]
        self.envoys = slots["envoy_nouns"]

    def envoy(self, verb):
        """The recaller's own envoy the verb takes back, or None."""
        if verb.lemma_.lower() not in self.verbs:
            return None
        for obj in (c for c in verb.children if c.dep_ in OBJ_DEPS):
            if obj.lemma_.lower() not in self.envoys:
                continue
            owners = [c for c in obj.children if c.dep_ in ("poss", "amod", "compound")
                      and c.pos_ in ("PROPN", "ADJ", "NOUN") and c.lower_ not in ("top", "senior", "own")]
            if owners:
                return None         # "recalled the Dutch ambassador", "Peru's envoy": not its own
            return obj
        return None

    @staticmethod
    def partner(sources, dyads: list[tuple[str, str]], cuts: list | None = None) -> str | None:
        """The one country the sources' countries have dealt with in the document so far; for
        recallers the story has not paired with anyone yet, the one country an earlier clause of
        the sentence cut ties with ("A withdrew its ambassador from X, while B and C recalled
        their envoys": in protest at the same X)."""
        own = {country_part(s.code) for s in sources} - {None}
        if not own:
            return None
        found = set()
        for mine in own:
            others = {b if a == mine else a for a, b in dyads if mine in (a, b) and a != b}
            found |= {c for c in others if c and len(c) == 3}
        if not found:
            found = {c for c in cuts or () if c and len(c) == 3} - own
        return next(iter(found)) if len(found) == 1 and not found & own else None

    @staticmethod
    def target(envoy, country: str, resolver) -> ActorMention:
        base = envoy.sent.start_char
        start = envoy.left_edge.idx - base
        end = envoy.idx + len(envoy.text) - base
        name = resolver.dictionary.country_name(country) or country
        return ActorMention(envoy.doc.text[envoy.left_edge.idx:envoy.idx + len(envoy.text)], start, end,
                            country + "GOV", name, "the other side of the story (envoy recalled)",
                            Origin.CONTEXT)
