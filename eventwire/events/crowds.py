"""Crowds: their violence, and what they march against.

A crowd that storms, ransacks or burns a building protests violently (145).

CAMEO codes the violence of protesters, rioters and crowds of supporters as a violent
protest, whatever the verb's own code ("stormed" is 190 for troops, 145 for protesters),
when what they attack is property or nothing named; a crowd that beats or kills people
keeps the assault's code. The target is the owner of the building (attacked.py): "the Saudi
embassy" (Saudi Arabia's government), "the army's headquarters" (the army), "the mayor's office".
Which subjects are crowds is data (violence.yaml).

A verb of protest with "against" an actor and no object ("rallied in the capital against
the court, in support of the president") is a demonstration against that actor (141),
whatever other pattern of the verb the sentence also matches ("rally in support": 053).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..tsv import word_lists
from .attacked import Attacked, load
from .parse import OBJ_DEPS, SUBJ_DEPS

# the word lists (data/crowd_words.tsv): a protest held at a state's mission is against that
# state ("outside the Croatian embassy", "in front of the consulate"); heads that count a crowd
# ("hundreds of protesters"): the "of" phrase is the crowd
_WORDS = word_lists(Path(__file__).parent / "data" / "crowd_words.tsv")
SITE_PREPS = _WORDS["site_preps"]
SITE_NOUNS = _WORDS["site_nouns"]
MISSIONS = _WORDS["missions"]
COUNT_HEADS = _WORDS["count_heads"]


class CrowdViolence:
    def __init__(self, attacked: Attacked | None = None, data: dict | None = None):
        data = data if data is not None else load()
        self.attacked = attacked or Attacked(data)
        self.crowd_nouns = frozenset(data["crowd_nouns"])
        self.from_codes = tuple(str(c) for c in data["from_codes"])

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

    @staticmethod
    def subject(verb):
        """The verb's subject, through "and" ("stormed and looted"), "to" ("tried to storm")
        and relative clauses ("rioters who set the bus alight")."""
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
    def recode(self, verb, code: str) -> str | None:
        """145 when a crowd's act of force is done to property or nothing named; else None."""
        if not code.startswith(self.from_codes) or self.crowd(verb) is None:
            return None
        objs = self.attacked.objects(verb)
        if objs and not any(self.attacked.is_property(o) for o in objs):
            return None             # "a crowd beat the minister": an assault on a person
        return "145"

    def targets(self, verb, resolver) -> list | None:
        """The owners of the property attacked; [] when nothing is named (the place or the
        crowd's own country, as for any protest); None when property is named but not whose
        ("set the building on fire" after another country's consulate): no event."""
        objs = self.attacked.objects(verb)
        if not objs and verb.dep_ == "conj":
            objs = self.attacked.objects(verb.head)     # "stormed the embassy and set it on fire"
        props = [o for o in objs if self.attacked.is_property(o)]
        for obj in props:
            found = self.attacked.property_owners(obj, resolver)
            if found:
                return found
        return None if props else []

    # -- against whom ------------------------------------------------------------------
    @staticmethod
    def protest_verbs(verbs) -> frozenset[str]:
        """Verbs of protest in the verb dictionary: their own code is a protest (14), or their
        "against" pattern is ("rally against")."""
        out = set()
        for v in verbs.verbs():
            if " " in v.lemma:
                continue
            if v.code[:2] == "14" or any(p.after == ("against",) and not p.before and p.code[:2] == "14"
                                         for p in verbs.patterns(v.lemma)):
                out.add(v.lemma)
        return frozenset(out)

    @staticmethod
    def protest_codes(verbs, protest_verbs) -> dict[str, str]:
        """lemma -> the protest verb's own code (14): what its support pattern falls back to when
        it names nobody supported ("gathered to protest against the detention of a student")."""
        return {v.lemma: v.code for v in verbs.verbs() if v.lemma in protest_verbs and v.code[:2] == "14"}

    def outside(self, verb, resolver) -> list:
        """The state whose embassy a protest is held at ("protested outside the Croatian embassy",
        "rallied in front of the US consulate"): that state's government, for a verb without an
        object. [] when no such building is named or its owner is not a state."""
        if any(c.dep_ in OBJ_DEPS for c in verb.children) or self.against(verb, resolver):
            return []               # "demonstrated against Y outside its embassy": against Y
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in SITE_PREPS:
                continue
            objs = [o for o in p.children if o.dep_ == "pobj"]
            # "in front of the embassy": the "of" under "front"
            objs = [g for o in objs for g in ([o] if o.lower_ not in SITE_NOUNS else
                                               [g for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                                                for g in q.children if g.dep_ == "pobj"])]
            for o in objs:
                if o.lemma_.lower() not in MISSIONS or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children):
                    continue        # "its embassy": whose is for the pronoun's reading, not here
                # its owner, not the city it stands in ("the embassy in Tehran" has no owner)
                placed = {t.idx - o.sent.start_char for q in o.children if q.dep_ == "prep" and q.lower_ != "of"
                          for t in q.subtree}       # (mentions start at character offsets in the sentence)
                found = [a for a in self.attacked.property_owners(o, resolver) if a.start not in placed
                         and len(a.code) >= 3
                         and a.code[:3].isalpha() and not a.code.startswith(("IGO", "NGO", "IMG", "MNC"))]
                if found:
                    return [replace(a, code=a.code[:3] + "GOV") for a in found[:1]]
        return []

    @staticmethod
    def against(verb, resolver) -> list:
        """The actors a verb without an object is done "against" ("rallied against the court")."""
        if any(c.dep_ in OBJ_DEPS for c in verb.children):
            return []
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ == "against":
                for o in p.children:
                    if o.dep_ == "pobj":
                        found = resolver.actors(o)
                        if found:
                            return found
        return []
