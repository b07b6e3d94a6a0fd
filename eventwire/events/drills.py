"""Drills and exercises of armed forces, decided in one place (CAMEO 152, 150, 062).

"A and B held naval drills": military cooperation between A and B (062, coder's joint-sides);
"X held military drills near Y": a show of force against Y (150, postures.shown_to); both at
once for "A and B held joint drills near Y". Only drills marked military (slots.yaml
drill_marks) or held by armed forces count, never drills of a civil purpose ("disaster-response
drills", "earthquake drills": drill_civil_marks); drills held apart ("separate drills":
drill_apart_marks) are no cooperation. The word sets are data in slots.yaml (drill_*).
"""
from __future__ import annotations

from ..petrarch.inflect import regular_forms
from .parse import OBJ_DEPS

# prepositions whose object tells a drill's purpose: "drills for disaster relief"
PURPOSE_PREPS = frozenset({"for", "of", "on", "in"})


class Drills:
    def __init__(self, slots: dict):
        self.nouns = frozenset(slots.get("drill_nouns", ()))
        self.verbs = frozenset(slots.get("drill_verbs", ()))
        self.marks = frozenset(slots.get("drill_marks", ()))
        self.joint_marks = frozenset(slots.get("drill_joint_marks", ()))
        self.apart_marks = frozenset(slots.get("drill_apart_marks", ()))
        self.civil_marks = frozenset(slots.get("drill_civil_marks", ()))
        # the verbs' written forms too: the tagger may lemmatise "staged" as "stag"
        self.forms = frozenset(f for v in self.verbs for f in {v} | regular_forms(v))

    def objects(self, verb) -> list:
        """The drills a verb holds ("held military drills", "staged war games"), or []."""
        if verb.lemma_.lower() not in self.verbs and verb.lower_ not in self.forms:
            return []
        return [c for c in verb.children if c.dep_ in OBJ_DEPS and c.lemma_.lower() in self.nouns]

    def words(self, nouns, verb=None) -> set:
        """The lemmas that describe the drills: their own modifiers ("search-and-rescue
        drills"), their purpose phrase ("drills for disaster relief") and the verb's adverbs
        ("held drills separately")."""
        out = set()
        for n in nouns:
            out |= {t.lemma_.lower() for t in n.subtree if t.i < n.i}
            out |= {t.lemma_.lower() for p in n.children if p.dep_ == "prep" and p.lower_ in PURPOSE_PREPS
                    for t in p.subtree}
        if verb is not None:
            out |= {c.lemma_.lower() for c in verb.children if c.dep_ == "advmod"}
        return out

    def civil(self, nouns, verb=None) -> bool:
        """Drills of a civil purpose ("earthquake drills", "joint search-and-rescue drills"):
        no military act, whoever holds them."""
        return bool(self.words(nouns, verb) & self.civil_marks)

    def civil_drill(self, noun, verb) -> bool:
        """Is an event noun drills of a civil purpose?"""
        return noun is not None and noun.lemma_.lower() in self.nouns and self.civil([noun], verb)

    def military(self, nouns, doers, verb=None) -> bool:
        """Drills of armed forces: marked military, or held by armed forces; never drills of
        a civil purpose, whoever holds them."""
        words = self.words(nouns, verb)
        if words & self.civil_marks:
            return False
        return bool(words & self.marks) or any(d.code[3:6] == "MIL" for d in doers)

    def joint(self, nouns, verb=None) -> bool:
        """Drills marked as held together ("joint drills", "combined exercises")."""
        return bool(self.words(nouns, verb) & self.joint_marks)

    def apart(self, nouns, verb=None) -> bool:
        """Drills each side holds on its own ("separate drills", "their respective exercises")."""
        return bool(self.words(nouns, verb) & self.apart_marks)
