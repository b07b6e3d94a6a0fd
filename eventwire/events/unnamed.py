"""Actors the sentence does not name: who set off the bomb, who was killed, who protested.

"a bomb planted by the Taliban killed ..." -> the Taliban; "were killed in an attack" ->
an unidentified armed force (UAF) of the story's country; "killed nine people" -> its
civilians (CVL); "dozens held a protest" -> a crowd of civilians. What counts as an
instrument, a victim or a crowd is data (slots.yaml).
"""
from __future__ import annotations

from ..records import ActorMention
from .parse import OBJ_DEPS, SUBJ_DEPS
from .rules import Rules


class UnnamedActors:
    def __init__(self, rules: Rules):
        slots = rules.slots
        self.instrument_heads = slots["instrument_heads"]
        self.default_target_roots = slots["default_target_roots"]
        self.unidentified_roots = slots["unidentified_roots"]
        self.victim_nouns = slots["victim_nouns"]
        self.release_roots = slots["release_roots"]
        self.released_nouns = slots["released_nouns"]
        self.hedge_verbs = slots["hedge_verbs"]
        self.place_preps = slots["place_preps"]

    def sources(self, verb, resolver, code: str, passive: bool) -> list[ActorMention]:
        """Who did it when the subject is a thing: "a bomb planted by the Taliban killed ...",
        "were killed in an attack by militants"; else an unidentified armed force."""
        things = [c for c in verb.children if c.dep_ in SUBJ_DEPS and c.lemma_.lower() in self.instrument_heads]
        if passive:
            things += [o for p in verb.children if p.dep_ in ("prep", "agent") for o in p.children
                       if o.dep_ == "pobj" and o.lemma_.lower() in self.instrument_heads]
        for thing in things:
            for tok in thing.subtree:
                if tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by"):
                    for obj in tok.children:
                        if obj.dep_ == "pobj":
                            found = resolver.actors(obj)
                            if found:
                                return found
        if code[:2] in self.default_target_roots and self.main_clause(verb):
            # "dozens held a protest": a crowd with no name is civilians of the story's country
            crowd = [c for c in verb.children if c.dep_ in SUBJ_DEPS and
                     (c.pos_ == "NUM" or c.lemma_.lower() in self.victim_nouns)]
            if crowd:
                actor = resolver.unnamed("CVL", crowd[0].text, 0, 0, "unnamed crowd")
                return [actor] if actor else []
        if code[:2] in self.unidentified_roots and (things or passive) and self.main_clause(verb):
            text = things[0].text if things else verb.text
            actor = resolver.unnamed("UAF", text, 0, 0, "unidentified armed force in the story's country")
            return [actor] if actor else []
        return []

    def main_clause(self, verb, strict: bool = False) -> bool:
        """Is the verb the sentence's main act (possibly joined by "and", or under a hedge)?
        strict: not through adverbial clauses ("after a jet shot down a helicopter")."""
        tok = verb
        for _ in range(4):
            if tok.dep_ == "ROOT":
                return True
            if tok.dep_ == "conj" or (tok.dep_ == "advcl" and not strict):
                tok = tok.head
            elif tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.hedge_verbs:
                tok = tok.head
            else:
                return False
        return False

    def released(self, verb, resolver, code: str) -> list[ActorMention]:
        """ "freed 37 prisoners": civilians of the story's country, for a main-clause release."""
        if code[:2] not in self.release_roots or not self.main_clause(verb):
            return []
        for c in verb.children:
            if c.dep_ in OBJ_DEPS and c.lemma_.lower() in self.released_nouns:
                actor = resolver.unnamed("CVL", c.text, c.idx - verb.sent.start_char, 0, "unnamed prisoners")
                return [actor] if actor else []
        return []

    def victims(self, verb, resolver, passive: bool) -> list[ActorMention]:
        """ "killed nine people", "abducted a man": civilians of the story's country."""
        deps = ("nsubjpass",) if passive else OBJ_DEPS
        if not self.main_clause(verb):
            return []                       # victims in background clauses are not this event's
        for c in list(verb.children) + [c for v in verb.conjuncts for c in v.children]:
            if c.dep_ in deps and (c.pos_ == "NUM" or c.lemma_.lower() in self.victim_nouns):
                actor = resolver.unnamed("CVL", c.text, c.idx - verb.sent.start_char, 0, "unnamed victims")
                return [actor] if actor else []
        if self.main_clause(verb, strict=True) and any(
                c.dep_ in OBJ_DEPS or (c.dep_ == "prep" and c.lower_ in self.place_preps) for c in verb.children):
            # "attacked the residence of a notable", "opened fire in the village": its people
            actor = resolver.unnamed("CVL", verb.text, 0, 0, "people of the place attacked")
            return [actor] if actor else []
        return []
