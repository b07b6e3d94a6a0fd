"""Which earlier deed a reaction's object names again, when the phrase names no doer.

nominal.py finds the deed of the same word or kind ("launched air strikes" ... "the strikes").
Some nouns name no one kind of deed: "the attack", "the violence", "the aggression" name any
act of force, a riot's storming of an embassy as well as an air strike. Such a noun, definite,
refers back to the document's acts of force; their one doer is its doer ("protesters stormed
the embassy" ... "condemned the attack" -> the protesters). Two doers: unsure, no one. A target
the phrase names ("the violence against the opposition") keeps only the acts done to that side.
A noun of a series ("the campaign of violence", "a wave of attacks") stands for the deed it is
made of, with its own determiner and doer.

Memory entries: (code, words, source, event key, target) of the document's events so far.
"""
from __future__ import annotations

from ..actors.codes import country_part


def same_side(a: str, b: str) -> bool:
    """One code, or one country where either names no role ("Syria", "Syrian civilians")."""
    if a == b:
        return True
    country = country_part(a)
    return country is not None and country == country_part(b) and min(len(a), len(b)) == 3


class Referents:
    def __init__(self, cfg: dict):
        low = lambda key: frozenset(str(w).lower() for w in cfg.get(key, []))  # noqa: E731
        self.generic = low("generic_deeds")
        self.generic_codes = tuple(str(c) for c in cfg.get("generic_deed_codes", []))
        self.series = low("series_heads")
        self.target_preps = low("generic_target_preps")

    def inner(self, tok, is_deed):
        """ "the campaign of violence": the deed the series is made of; else the word."""
        if tok.lemma_.lower() not in self.series:
            return tok
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj" and is_deed(o):
                        return o
        return tok

    def outer(self, tok):
        """The series a deed is the "of" object of ("the campaign of violence"), else None."""
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.series:
            return tok.head.head
        return None

    def is_generic(self, tok) -> bool:
        return tok.lemma_.lower() in self.generic or tok.lower_ in self.generic

    def _named_targets(self, event, resolver) -> list:
        """The side the phrase says the deed was done to."""
        heads = [event] + [h for h in (self.outer(event),) if h is not None]
        out = []
        for h in heads:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in self.target_preps:
                    for o in p.children:
                        if o.dep_ == "pobj":
                            out += resolver.actors(o)
        return out

    def violent_doers(self, event, resolver, memory: list[tuple]) -> list:
        """The one doer of the document's acts of force that "the attack" names again; []
        when none or more than one, or when none was done to the side the phrase names."""
        if not self.is_generic(event):
            return []
        acts = [m for m in memory if m[0].startswith(self.generic_codes) and not m[2].code.endswith("UAF")]
        named = self._named_targets(event, resolver)
        if named:
            acts = [m for m in acts if m[4] is not None and any(same_side(m[4].code, a.code) for a in named)]
        doers = {m[2].code: m[2] for m in acts}
        return list(doers.values()) if len(doers) == 1 else []
