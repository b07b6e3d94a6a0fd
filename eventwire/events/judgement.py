"""Judgements as events: "X called Y a terrorist state" (111), "X described Y as a reliable
partner" (051), "X called the vote a coup" (111: a violent deed named, nominal.py decides), "X called Israel's decision illegal" (111, Israel), and reported wrongdoing:
"X said Beijing had interfered in its affairs" (112, Beijing). The words are data
(judgements.yaml); the structure is the parse: the verb's object and a predicate of it."""
from __future__ import annotations

from pathlib import Path

import yaml

from .parse import has_neg
from .triggers import Trigger

DATA = Path(__file__).parent / "data" / "judgements.yaml"
RELATIVE = frozenset({"who", "whom", "which", "that", "what"})


class Judgements:
    def __init__(self, path: Path = DATA):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        self.verbs = frozenset(data.get("verbs") or ())
        self.wrongdoing = frozenset(data.get("wrongdoing") or ())
        self.codes = {}
        for key, code in (("praise", "051"), ("disapprove", "111")):
            for w in data.get(key) or ():
                self.codes[str(w).lower()] = code

    def find(self, verb, deed=None):
        """(trigger, (the judged phrase's head, the predicate's head)) for a judging verb, or
        (None, None)."""
        if verb.lemma_.lower() not in self.verbs:
            return None, None
        kids = list(verb.children)
        pairs = []      # (judged, predicate)
        dative = [c for c in kids if c.dep_ == "dative"]
        objs = [c for c in kids if c.dep_ in ("dobj", "obj")]
        if objs and objs[0].i < verb.i and objs[0].lower_ in RELATIVE:
            # "the protesters, whom he called terrorists": the relative clause's head is judged;
            # "what it called excessive force" judges no one named (then no event)
            objs[0] = verb.head if verb.dep_ == "relcl" else objs[0]
        if dative and objs:                 # "branded the government a terrorist regime"
            pairs.append((dative[0], objs[0]))
        if len(objs) >= 2:                  # "called the protesters terrorists"
            pairs.append((objs[0], objs[1]))
        for c in kids:
            if c.dep_ in ("oprd", "ccomp", "xcomp"):
                subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                judged = subj[0] if subj else (objs[0] if objs and objs[0].i < c.i else None)
                if judged is not None:      # "called the decision illegal"
                    pairs.append((judged, c))
        for o in objs:
            # "called the decision 'a blatant interference'": the predicate read as an apposition
            pairs += [(o, a) for a in o.children if a.dep_ == "appos" and a.i > o.i + 1
                      and a.pos_ in ("NOUN", "ADJ")]
        for o in objs:                      # "described Iran as a threat"
            for p in list(o.children) + kids:
                if p.dep_ == "prep" and p.lower_ == "as" and p.i > o.i:
                    pairs += [(o, g) for g in p.children if g.dep_ in ("pobj", "amod", "acomp")]
        for judged, pred in pairs:
            words = [pred] + [c for c in pred.children if c.dep_ in ("amod", "compound", "acomp", "attr", "conj")]
            codes = {self.codes.get(w.lower_) or self.codes.get(w.lemma_.lower()) for w in words} - {None}
            if not codes and deed is not None and pred.pos_ == "NOUN" and deed(pred):
                codes = {"111"}             # "called the operation a kidnapping", "the vote a coup"
            if len(codes) == 1:
                return Trigger(verb, codes.pop(), f"judgement:{verb.lemma_.lower()}"), (judged, pred)
        return None, None

    def reported(self, verb):
        """(trigger, the doer) for "X said Y had interfered in ...", or (None, None)."""
        for c in verb.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() not in self.wrongdoing or has_neg(c):
                continue
            subj = [g for g in c.children if g.dep_ == "nsubj"]
            if subj:
                return Trigger(verb, "112", f"reported:{c.lemma_.lower()}"), subj[0]
        return None, None

    @staticmethod
    def targets(judged, resolver, pred=None, nominal=None, memory=()) -> list:
        """The actor judged, or the owner of the thing judged ("Israel's decision"); for a deed
        judged, its doer: the one the predicate names ("called the images a provocation by
        Kyiv"), else the deed's own ("described the raid as terrorism": who raided)."""
        if judged.lower_ in RELATIVE:
            return []           # "what he called an attack by X": no one named is judged
        if pred is not None and pred.pos_ == "NOUN":
            for p in pred.children:
                if p.dep_ == "prep" and p.lower_ == "by":
                    found = [a for o in p.children if o.dep_ == "pobj" for a in resolver.actors(o)]
                    if found:
                        return found
        if nominal is not None and nominal.is_deed(judged):
            # "called the arrest of X illegal": who arrested, never X
            return nominal.reaction_targets(judged, resolver, list(memory))
        found = resolver.actors(judged)
        if not found:
            for c in judged.children:
                if c.dep_ == "poss":
                    found = resolver.actors(c)
        return found
