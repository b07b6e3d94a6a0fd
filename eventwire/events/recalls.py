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
    def partner(sources, dyads: list[tuple[str, str]]) -> str | None:
        """The one country the sources' country has dealt with in the document so far."""
        own = {country_part(s.code) for s in sources} - {None}
        if len(own) != 1:
            return None
        (mine,) = own
        others = {b if a == mine else a for a, b in dyads if mine in (a, b) and a != b}
        others = {c for c in others if c and len(c) == 3}
        return next(iter(others)) if len(others) == 1 else None

    @staticmethod
    def target(envoy, country: str, resolver) -> ActorMention:
        base = envoy.sent.start_char
        start = envoy.left_edge.idx - base
        end = envoy.idx + len(envoy.text) - base
        name = resolver.dictionary.country_name(country) or country
        return ActorMention(envoy.doc.text[envoy.left_edge.idx:envoy.idx + len(envoy.text)], start, end,
                            country + "GOV", name, "the other side of the story (envoy recalled)",
                            Origin.CONTEXT)
