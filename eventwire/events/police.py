"""The police as the doer a sentence leaves unnamed, and the people they hold.

Local crime and riot reports rarely name who made an arrest: "twelve youths were arrested",
"the accused was taken into custody", "the mob was lathi-charged". When the sentence or its
paragraph names police, the doer of such an agentless passive is the police of the story's
country (CAMEO COP); otherwise nobody is coded. The people held are often no dictionary actor
("youths", "the accused", a name): for arrests and crowd dispersal they are civilians of the
story's country. What counts is data (police.yaml).
"""
from __future__ import annotations

from pathlib import Path

from .yamldata import safe_load

from ..records import ActorMention
from . import protest_nouns
from .parse import OBJ_DEPS

DATA = Path(__file__).parent / "data" / "police.yaml"
PERSON_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


class PoliceActs:
    def __init__(self, path: Path = DATA):
        cfg = safe_load(path.read_text(encoding="utf-8"))
        self.doer_codes = tuple(str(c) for c in cfg["doer_codes"])
        self.anywhere_codes = tuple(str(c) for c in cfg.get("doer_anywhere_codes", ()))
        self.role = cfg["police_role"]
        self.person_codes = tuple(str(c) for c in cfg["person_object_codes"])
        self.not_persons = frozenset(cfg["not_persons"])
        self.crowd_codes = tuple(str(c) for c in cfg["crowd_codes"])
        self.reduced_codes = tuple(str(c) for c in cfg.get("reduced_codes", ()))
        self.group_words = frozenset(cfg.get("group_words", ()))
        self.firing = frozenset(cfg.get("firing_lemmas", ()))
        self.dispersal = frozenset(cfg.get("dispersal_verbs", ()))
        self.police_agents = frozenset(cfg.get("police_agents", ()))

    def trigger_words(self, verbs) -> frozenset[str]:
        """Word forms of the verbs whose own code (or a hand-written pattern's: "taken into
        custody") the police may do unnamed."""
        lemmas = {v.lemma for v in verbs.verbs() if v.code.startswith(self.doer_codes)}
        lemmas |= {v.lemma for v in verbs.verbs()
                   if any(p.code.startswith(self.doer_codes) and p.id.startswith("hand:")
                          for p in verbs.patterns(v.lemma))}
        return frozenset(f for v in verbs.verbs() if v.lemma in lemmas for f in v.forms if " " not in f)

    def doer(self, verb, resolver, code: str, passive: bool) -> list[ActorMention]:
        """The police of the story's country for an agentless arrest or dispersal in a
        sentence or paragraph that names police; [] otherwise."""
        if not code.startswith(self.doer_codes):
            return []
        if not passive or self._standing(verb) or self._by_someone(verb):
            return []
        if not resolver.memory.police_named() and not code.startswith(self.anywhere_codes):
            return []
        actor = resolver.unnamed(self.role, verb.text, 0, 0, "police of the story's country (agentless passive)")
        return [actor] if actor else []

    def held_group(self, verb, code: str, resolver):
        """ "40 people arrested near the town", "those detained": the counted group a past
        participle of arrest modifies in a police paragraph (the report's own arrest), or None."""
        if not self.reduced_codes or not code.startswith(self.reduced_codes):
            return None
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or not resolver.memory.police_named():
            return None
        head = verb.head
        if head.i > verb.i or head.pos_ not in PERSON_POS | {"DET"} or head.lower_ in self.not_persons:
            return None
        counted = head.pos_ == "NUM" or head.lower_ in self.group_words or any(
            c.dep_ in ("nummod", "amod", "det") and (c.pos_ == "NUM" or c.lower_ in self.group_words)
            for c in head.children)
        return head if counted else None

    def group(self, head, verb, resolver) -> list[ActorMention]:
        """The people of a held group: the actors it names, else civilians."""
        found = resolver.actors(head)
        if found:
            return found
        actor = resolver.unnamed("CVL", head.text, head.idx - verb.sent.start_char, 0,
                                 "unnamed people held by police", head)
        return [actor] if actor else []

    def _by_someone(self, verb) -> bool:
        """ "detained and disappeared by the militia", "used as a weapon most often by the
        regime": the passive names a doer other than the police, on the verb, one joined to it
        or a phrase of its clause the parser hung it on."""
        verbs = {verb.i} | {v.i for v in verb.conjuncts}
        for v in [verb] + list(verb.conjuncts):
            for tok in v.subtree:
                if tok.lower_ != "by" or tok.dep_ not in ("agent", "prep"):
                    continue
                up = tok.head
                while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                    up = up.head
                if up.i not in verbs:
                    continue        # another clause's "by"
                if any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.lemma_.lower() not in self.police_agents
                       and g.ent_type_ not in ("DATE", "TIME") for g in tok.children):
                    return True
        return False

    @staticmethod
    def _standing(verb) -> bool:
        """ "are held in prisons": a present passive is a state, not an arrest."""
        return any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in verb.children)

    def held(self, verb, resolver, code: str, passive: bool, sources, noun=None) -> list[ActorMention]:
        """The unnamed people the police arrested or dispersed: civilians of the story's country.
        noun: the event noun a light verb carries ("made arrests", "arrests were made"): not
        the people held, who are then unnamed."""
        if not code.startswith(self.person_codes):
            return []
        if not any(s.code[3:6] == self.role or s.code[:3] == self.role for s in sources):
            return []
        if code.startswith(self.crowd_codes):
            crowd = self._dispersed(verb, resolver)
            if crowd:
                return crowd
        if passive:
            heads = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            heads = [c for c in verb.children if c.dep_ in OBJ_DEPS]
        for head in heads:
            if noun is not None and head.i == noun.i:
                continue
            if head.pos_ not in PERSON_POS or head.lower_ in self.not_persons:
                continue
            if head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
                continue
            actor = resolver.unnamed("CVL", head.text, head.idx - verb.sent.start_char, 0,
                                     "unnamed people held by police", head)
            return [actor] if actor else []
        if noun is not None and not code.startswith(self.crowd_codes):
            actor = resolver.unnamed("CVL", noun.text, noun.idx - verb.sent.start_char, 0,
                                     "unnamed people held by police", noun)
            return [actor] if actor else []
        if code.startswith(self.crowd_codes):
            # "fired in the air", "lobbed tear gas shells": at the crowd there
            actor = resolver.unnamed("CVL", verb.text, 0, 0, "crowd dispersed by police")
            return [actor] if actor else []
        return []

    def disperses(self, verb) -> bool:
        """ "opened fire to disperse the mob", "fired six rounds to quell the rioters": a firing
        verb with a purpose clause of dispersal."""
        if verb.lemma_.lower() not in self.firing:
            return False
        return any(c.dep_ == "advcl" and c.lemma_.lower() in self.dispersal and
                   any(a.tag_ == "TO" for a in c.children) for c in verb.children)

    @staticmethod
    def _dispersed(verb, resolver) -> list[ActorMention]:
        """The object of a purpose clause: "used water cannon to scatter the crowd" -> the crowd."""
        for v in [verb, *verb.conjuncts]:
            for c in v.children:
                if c.dep_ == "advcl" and any(a.tag_ == "TO" for a in c.children):
                    for o in c.children:
                        if o.dep_ in OBJ_DEPS:
                            found = resolver.actors(o)
                            if found:
                                return found
        return []


# a crowd's cause: "protests against the government", "a rally over fuel prices"
PROTEST_HEADS = protest_nouns.nouns("cause")        # (data/protest_nouns.tsv)
CAUSE_PREPS = ("against", "over")


def protested_against(verb, target) -> bool:
    """Is the target named as what a crowd the verb disperses protested against ("fired teargas
    to end rallies against the mayor"): not the crowd the force was used on."""
    base = verb.sent.start_char
    for tok in verb.subtree:
        if tok.dep_ == "prep" and tok.lower_ in CAUSE_PREPS and tok.head.lemma_.lower() in PROTEST_HEADS:
            if any(t.idx - base == target.start for o in tok.children if o.dep_ == "pobj" for t in o.subtree):
                return True
    return False
