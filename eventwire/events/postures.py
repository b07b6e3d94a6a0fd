"""Forces sent to a border: "X sent 10 battalions to the Y frontier", "X moved tanks to its
border with Y", "X massed troops along the border with Y" is a show of force against Y (CAMEO
154, mobilize or increase armed forces), not military cooperation with Y (062).

The target is the other side of the border, named on the border noun itself: its "with" or
"between" object, else its nationality adjective, possessive or compound ("the Peruvian
frontier", "Peru's border"). A border of the sender's own country alone names no one: no event.
Which verbs, forces and border nouns count is data (slots.yaml: deploy_verbs, deployed_forces,
border_nouns, border_preps).
"""
from __future__ import annotations

from .drills import Drills
from .parse import OBJ_DEPS

CODE = "154"
# (attack task) patterns of a build-up that stands only when aimed at a named opponent
# (mconf s32: "remained on alert", a posture of forces kept, the same)
BUILDUP = ("hand:objhead-buildup-", "mconf:buildup-")
# verbs of a posture kept by the forces that are their subject ("troops remained on alert")
STANDING_VERBS = frozenset({"remain", "stay"})
# (mconf s33) military drills held near another country named are a show of force against it
# ("held military drills near Y": postures.shown_to), CAMEO 150 demonstrate military power
SHOW = "rule:drills-near"
SHOW_CODE = "150"
# the words before a place that tell drills held near it, and nouns of a country's edge
SHOW_PREPS = frozenset({"near", "around", "off", "toward", "towards", "along", "encircling", "surrounding"})
EDGE_NOUNS = frozenset({"coast", "coasts", "shore", "shores", "waters", "coastline", "island", "islands"})
# roles of an opponent at home a posture may be aimed at
ARMED_FOES = frozenset({"REB", "INS"})
# the nouns of a posture whose own phrase may say where it is aimed ("on alert along the border")
POSTURE_NOUNS = frozenset({"alert", "standby"})


class BorderDeployment:
    def __init__(self, slots: dict):
        self.verbs = slots["deploy_verbs"]
        self.forces = slots["deployed_forces"]
        self.borders = slots["border_nouns"]
        self.preps = slots["border_preps"]
        self.for_nouns = frozenset(slots.get("buildup_for_nouns", ()))
        self.amid_nouns = frozenset(slots.get("buildup_amid_nouns", ()))
        self.danger_words = frozenset(slots.get("buildup_danger_words", ()))
        self.reason_verbs = frozenset(slots.get("buildup_reason_verbs", ()))
        self.drill_set = Drills(slots)     # which drills count: drills.py

    def trigger_words(self) -> frozenset[str]:
        """The deploying verbs' forms, for the pre-filter: "massed troops on the border" may be
        the sentence's only event, with no verb of the verb dictionary."""
        out = set()
        for v in self.verbs:
            stem = v[:-1] if v.endswith("e") else v
            out |= {v, v + "s", v + "es", stem + "ed", stem + "ing", v + "ed"}
        return frozenset(out | self.drill_set.forms | {"sent", "brought"})     # (drills: shown_to)

    def border(self, verb):
        """The border noun the verb's forces go to, or None."""
        if verb.lemma_.lower() not in self.verbs:
            return None
        objs = [c for c in verb.children if c.dep_ in OBJ_DEPS]
        if not any(self._forces(o) for o in objs):
            return None
        # "sent troops to the border", "massed tanks along the border", "troops to patrol the
        # border": the verb's own place preposition, or an infinitive of purpose after it
        heads = [verb] + objs + [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
                                 and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")]
        for h in heads:
            for p in h.children:
                if h is verb or h in objs:
                    if p.dep_ not in ("prep", "dative") or p.lower_ not in self.preps:
                        continue
                    found = [o for o in p.children if o.dep_ == "pobj"]
                elif p.dep_ in OBJ_DEPS:        # "to patrol the border"
                    found = [p]
                else:
                    continue
                for o in found:
                    o = self._border_of(o)
                    if o is not None:
                        return o
        return None

    def _forces(self, obj) -> bool:
        """Troops, tanks, or a count of them: "thousands of troops", "two battalions of tanks"."""
        if obj.lemma_.lower() in self.forces:
            return True
        return any(o.lemma_.lower() in self.forces for p in obj.children if p.dep_ == "prep" and
                   p.lower_ == "of" for o in p.children if o.dep_ == "pobj")

    def _border_of(self, tok):
        """The border noun itself, or the border a place phrase names ("the beaches of its
        border region"): the noun, or its "of" object."""
        if tok.lemma_.lower() in self.borders:
            return tok
        return None

    def targets(self, border, resolver, sources) -> list:
        """The other side of the border: not the sender's own country."""
        own = {s.code[:3] for s in sources}
        # (the parser may hang "with Y" right after the border noun on the verb or its object:
        # "massed troops along the border with Y")
        after = [border.nbor(1)] if border.i + 1 < len(border.doc) else []
        looked = [o for p in {t.i: t for t in [*border.children, *after]}.values()
                  if p.dep_ == "prep" and p.lower_ in ("with", "between")
                  for o in p.children if o.dep_ == "pobj"]
        found = [a for o in looked for c in [o, *o.conjuncts] for a in resolver.actors(c)]
        if not found:
            found = [a for c in border.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                     for a in resolver.actors(c)]
        return [a for a in found if a.code[:3] not in own]


    def aimed(self, verb, resolver, sources) -> list:
        """Whom a build-up of the doer's own forces is aimed at (154), [] when none is named:
        "massed troops against Y", "mobilised reservists for a ground assault on Y", "reinforced
        its forces amid tensions with Y", "put its troops on alert along the border with Y". Only
        for a verb whose object is forces, or ("troops remained on alert amid tensions with Y") a
        verb of standing whose subject is."""
        objs = [c for c in verb.children if c.dep_ in OBJ_DEPS]
        if not any(self._forces(o) for o in objs) and not (
                not objs and verb.lemma_.lower() in STANDING_VERBS and
                any(c.dep_ == "nsubj" and self._forces(c) for c in verb.children)):
            return []
        own = {s.code[:3] for s in sources}
        found = []
        preps = [p for h in [verb, *objs] for p in h.children if p.dep_ == "prep"]
        # "on alert along the border": the posture noun's own phrase too
        preps += [q for p in preps for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in POSTURE_NOUNS
                  for q in o.children if q.dep_ == "prep"]
        for p in preps:
            for o in (o for o in p.children if o.dep_ == "pobj"):
                if p.lower_ == "against":
                    found += resolver.actors(o)
                elif p.lower_ == "for" and o.lemma_.lower() in self.for_nouns:
                    found += [a for q in o.children if q.dep_ == "prep" and q.lower_ in ("on", "against", "into")
                              for t in q.children if t.dep_ == "pobj" for a in resolver.actors(t)]
                elif p.lower_ == "amid" and o.lower_ in self.amid_nouns:
                    found += [a for q in o.children if q.dep_ == "prep" and q.lower_ == "with"
                              for t in q.children if t.dep_ == "pobj" for a in resolver.actors(t)]
                elif p.lower_ in self.preps and self._border_of(o) is not None:
                    found += self.targets(o, resolver, sources)     # "along the border with Y"
        found += self._feared(verb, resolver)
        # another country's, or armed rebels at home ("amid the standoff with Tamil rebels")
        return [a for a in found if a.code[:3] not in own or a.code[3:6] in ARMED_FOES]

    def _feared(self, verb, resolver) -> list:
        """The doers of the attack a build-up is said to answer: "amid fears of a Chinese
        invasion", "pointing to the risk of a Serbian offensive", "warning that Y might strike".
        The attack is the "of" object of a word of danger (slots.yaml buildup_danger_words) in the
        verb's "amid" phrase or its participle clause of citing or fearing (slots.yaml
        buildup_reason_verbs); its doer is its own modifier or
        "by"/"from" object. An attack with no doer named ("the threat of attacks") gives none."""
        reasons = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "amid"
                   for o in p.children if o.dep_ == "pobj"]
        # a participle clause of citing or fearing only, not negated ("not citing any threat")
        # nor dismissive ("dismissing the risk of a Chinese attack")
        reasons += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                    and c.lemma_.lower() in self.reason_verbs and not any(n.dep_ == "neg" for n in c.children)]
        found = []
        for r in reasons:
            for t in r.subtree:
                if t.lemma_.lower() not in self.for_nouns or t.dep_ != "pobj" or t.head.lower_ != "of" \
                        or t.head.head.lemma_.lower() not in self.danger_words:
                    continue
                doers = [c for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
                doers += [o for q in t.children if q.dep_ == "prep" and q.lower_ in ("by", "from")
                          for o in q.children if o.dep_ == "pobj"]
                found += [a for d in doers for a in resolver.actors(d)]
        return found

    def drills(self, verb) -> bool:
        """Is the verb one that holds drills, with drills as its object ("held military drills",
        "staged war games")?"""
        return bool(self.drill_set.objects(verb))

    def shown_to(self, verb, resolver, sources) -> list:
        """The other country military drills are held near: a show of force against it (150):
        "held military drills near Y", "staged naval exercises off the coast of Y", "war games
        along the border with Y". Only military drills (drills.py: marked so, or held by armed
        forces, never of a civil purpose); not drills held with Y or marked joint ("joint
        drills with Y": cooperation, 062); not the doer's own country, nor a place that is no country's."""
        objs = self.drill_set.objects(verb)
        if not objs or not sources:
            return []
        if any(p.dep_ == "prep" and p.lower_ == "with" for h in [verb, *objs] for p in h.children):
            return []
        if self.drill_set.joint(objs):
            return []       # "joint drills near Y": held with Y's side as likely as against it
        if not self.drill_set.military(objs, sources, verb):
            return []
        own = {s.code[:3] for s in sources}
        found = []
        for p in (p for h in [verb, *objs] for p in h.children if p.dep_ == "prep" and p.lower_ in SHOW_PREPS):
            for o in (o for o in p.children if o.dep_ == "pobj"):
                if self._border_of(o) is not None:
                    found += self.targets(o, resolver, sources)     # "along the border with Y"
                elif o.lemma_.lower() in EDGE_NOUNS or o.lower_ in EDGE_NOUNS:
                    # "off the coast of Y", "near Y's islands"
                    found += [a for c in o.children if c.dep_ in ("poss", "amod", "compound")
                              for a in resolver.actors(c)]
                    found += [a for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                              for t in q.children if t.dep_ == "pobj" for a in resolver.actors(t)]
                else:
                    found += resolver.actors(o)
        return [a for a in found if len(a.code) >= 3 and a.code[:3] not in own and a.code[:3] != "---"
                and a.code[3:6] not in ("CVL", "MED", "BUS")]
