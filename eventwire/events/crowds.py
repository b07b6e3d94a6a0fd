"""Crowd violence: a crowd that storms, ransacks or burns a building protests violently (145).

CAMEO codes the violence of protesters, rioters and crowds of supporters as a violent
protest, whatever the verb's own code ("stormed" is 190 for troops, 145 for protesters),
when what they attack is property or nothing named; a crowd that beats or kills people
keeps the assault's code. The target is the owner of the building: "the Saudi embassy"
(Saudi Arabia's government), "the army's headquarters" (the army), "the mayor's office".
Which subjects are crowds and which objects are property is data (crowds.yaml).
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .parse import OBJ_DEPS, SUBJ_DEPS

DATA = Path(__file__).parent / "data" / "crowds.yaml"
# heads that count a crowd ("hundreds of protesters"): the "of" phrase is the crowd
COUNT_HEADS = frozenset({"hundred", "thousand", "dozen", "ten", "score", "crowd", "group", "number",
                         "many", "some", "scores", "tens", "million", "band", "gang"})
# prepositions whose object is what the act is done to ("set fire to", "broke into")
OBJECT_PREPS = frozenset({"to", "into", "on", "upon", "at"})
# objects that are part of the act's wording, not what it is done to ("set fire to X")
ACT_WORDS = frozenset({"fire", "blaze", "light", "way", "it", "them"})


class CrowdViolence:
    def __init__(self, path: Path = DATA):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        self.crowd_nouns = frozenset(data["crowd_nouns"])
        self.from_codes = tuple(str(c) for c in data["from_codes"])
        self.property_nouns = frozenset(data["property_nouns"])

    # -- who: a crowd ---------------------------------------------------------------
    def is_crowd(self, tok) -> bool:
        lemma = tok.lemma_.lower()
        if lemma in self.crowd_nouns:
            return True
        if lemma in COUNT_HEADS or tok.pos_ == "NUM":
            # "hundreds of protesters", "crowds of his supporters"
            return any(o.dep_ == "pobj" and o.lemma_.lower() in self.crowd_nouns
                       for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
        return False

    def subject(self, verb):
        """The verb's subject, through "and" ("stormed and looted"), "to" ("tried to storm")
        and relative clauses ("demonstrators who set the building on fire")."""
        tok = verb
        for _ in range(4):
            subj = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
            if subj:
                if subj[0].tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                    return tok.head
                return subj[0]
            if tok.dep_ == "relcl":
                return tok.head
            if tok.dep_ in ("conj", "xcomp") and tok.head.pos_ in ("VERB", "AUX"):
                tok = tok.head
                continue
            return None
        return None

    def crowd(self, verb):
        """The crowd that is the verb's subject, or None."""
        subj = self.subject(verb)
        return subj if subj is not None and self.is_crowd(subj) else None

    # -- what: property, or nothing named -------------------------------------------
    def objects(self, verb) -> list:
        """What the act is done to: objects and the objects of "to", "into", "on", "at";
        shared across "and" ("stormed and looted the residence")."""
        verbs = [verb] + [v for v in verb.conjuncts if v.pos_ == "VERB"]
        out = []
        for v in verbs:
            for c in v.children:
                if c.dep_ in OBJ_DEPS:
                    out.append(c)
                elif c.dep_ == "prep" and c.lower_ in OBJECT_PREPS:
                    out += [o for o in c.children if o.dep_ == "pobj"]
            if out:
                break           # the verb's own objects before its conjuncts'
        return [o for o in out if o.lemma_.lower() not in ACT_WORDS and o.lower_ not in ACT_WORDS]

    def is_property(self, tok) -> bool:
        return tok.lemma_.lower() in self.property_nouns or tok.lower_ in self.property_nouns

    def recode(self, verb, code: str) -> str | None:
        """145 when a crowd's act of force is done to property or nothing named; else None."""
        if not code.startswith(self.from_codes) or self.crowd(verb) is None:
            return None
        objs = self.objects(verb)
        if objs and not any(self.is_property(o) for o in objs):
            return None             # "a crowd beat the minister": an assault on a person
        return "145"

    # -- whose property --------------------------------------------------------------
    def targets(self, verb, resolver) -> list | None:
        """The owners of the property attacked; [] when nothing is named (the place or the
        crowd's own country, as for any protest); None when property is named but not whose
        ("set the building on fire" after another country's consulate): no event."""
        objs = self.objects(verb)
        if not objs and verb.dep_ == "conj":
            objs = self.objects(verb.head)      # "stormed the embassy and set it on fire"
        props = [o for o in objs if self.is_property(o)]
        for obj in props:
            found = resolver.actors(obj)
            if any(len(a.code) > 3 for a in found):
                return found                    # "the Saudi embassy", "parliament"
            found = self.owners(obj, resolver) or found
            if found:
                return found
        return None if props else []

    def owners(self, obj, resolver) -> list:
        """Whose the property is: "the army's headquarters", "the headquarters of the ruling
        party", "the mayor's office", "her residence"."""
        for c in obj.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                found = resolver.actors(c)
                if found:
                    return found
            elif c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    if o.dep_ == "pobj":
                        found = resolver.actors(o)
                        if found:
                            return found
        return []
