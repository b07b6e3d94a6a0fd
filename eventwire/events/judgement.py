"""Judgements as events: "X called Y a terrorist state" (111), "X described Y as a reliable
partner" (051), "X called the vote a coup" (111: a violent deed named, nominal.py decides), "X called Israel's decision illegal" (111, Israel), and reported wrongdoing:
"X said Beijing had interfered in its affairs" (112, Beijing); reported judgements ("X said the
ruling was illegal": as "called the ruling illegal") and reported threats ("X said Y would pay a
price": 130 on Y). The words are data (judgements.yaml); the structure is the parse: the verb's
object and a predicate of it, or the complement clause of a statement verb and its subject."""
from __future__ import annotations

from pathlib import Path

import yaml

from .parse import has_neg
from .triggers import Trigger

DATA = Path(__file__).parent / "data" / "judgements.yaml"
RELATIVE = frozenset({"who", "whom", "which", "that", "what"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})


class Judgements:
    def __init__(self, path: Path = DATA):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        self.verbs = frozenset(data.get("verbs") or ())
        self.wrongdoing = frozenset(data.get("wrongdoing") or ())
        self.codes = {}
        self.suffer_verbs = frozenset(data.get("suffer_verbs") or ())
        self.consequences = {str(k).lower(): str(v) for k, v in (data.get("consequences") or {}).items()}
        for key, code in (("praise", "051"), ("disapprove", "111"), ("reject", "120")):
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
        oprds = [c for c in kids if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if not objs and not dative and len(oprds) == 2 and oprds[0].i < oprds[1].i:
            # "called Aung San Suu Kyi a hero", parsed as two predicates: the first is the one judged
            pairs.append((oprds[0], oprds[1]))
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
            code = self.predicate_code(pred, deed)
            if code is not None:
                return Trigger(verb, code, f"judgement:{verb.lemma_.lower()}"), (judged, pred)
        return None, None

    def predicate_code(self, pred, deed=None) -> str | None:
        """The code a predicate's words give ("illegal", "a terrorist state", "an act of
        aggression", "null and void"), None when no word or words of two kinds."""
        words = [pred] + [c for c in pred.children if c.dep_ in ("amod", "compound", "acomp", "attr", "conj")]
        # "an act of aggression", "an armada of hate": the noun the predicate is made of
        words += [o for p in pred.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and pred.pos_ == "NOUN"]
        codes = {self.codes.get(w.lower_) or self.codes.get(w.lemma_.lower()) for w in words} - {None}
        if not codes and deed is not None and pred.pos_ == "NOUN" and deed(pred):
            codes = {"111"}             # "called the operation a kidnapping", "the vote a coup"
        return codes.pop() if len(codes) == 1 else None

    @staticmethod
    def _plain(clause) -> bool:
        """A complement clause told as it stands: not negated, no modal ("would be illegal",
        "may be justified"), not "if" or "whether"."""
        kids = list(clause.children)
        return not has_neg(clause) and not any(
            (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "mark" and c.lower_ in ("if", "whether"))
            for c in kids)

    def reported_judgement(self, verb, deed=None):
        """(trigger, (the judged phrase's head, the predicate)) for "X said the ruling was
        illegal", "X said the sanctions were justified", or (None, None)."""
        for c in verb.children:
            if c.dep_ != "ccomp" or not self._plain(c):
                continue
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if not subj or subj[0].lower_ in RELATIVE:
                continue
            if c.lemma_.lower() == "be":        # "the ruling was illegal", "the vote was a coup"
                preds = [g for g in c.children if g.dep_ in ("acomp", "attr") and g.i > c.i]
            elif c.tag_ == "VBN" and subj[0].dep_ == "nsubjpass":
                preds = [c]                     # "the warrant was justified"
            else:
                continue
            for pred in preds:
                code = self.predicate_code(pred, deed)
                if code is not None:
                    return Trigger(verb, code, f"reported-judgement:{verb.lemma_.lower()}"), (subj[0], pred)
        return None, None

    def reported_threat(self, verb):
        """(trigger, the one threatened) for "X said Y would pay a price", "X warned that Y
        will face consequences", or (None, None)."""
        for c in verb.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() not in self.suffer_verbs or has_neg(c):
                continue
            kids = list(c.children)
            if not any(a.dep_ == "aux" and a.lower_ in FUTURE for a in kids) or \
                    any(a.dep_ == "mark" and a.lower_ in ("if", "whether") for a in kids):
                continue
            subj = [g for g in kids if g.dep_ == "nsubj"]
            for o in kids:
                code = self.consequences.get(o.lower_) or self.consequences.get(o.lemma_.lower()) \
                    if o.dep_ in ("dobj", "obj") else None
                if code and subj and subj[0].lower_ not in RELATIVE:
                    return Trigger(verb, code, f"reported-threat:{c.lemma_.lower()}"), subj[0]
        return None, None

    def reported(self, verb, deed=None, claims=frozenset()):
        """(trigger, the doer) for "X said Y had interfered in ...", or (None, None). Under a
        verb of claims, a deed the `deed` test accepts is laid on its doer too: "X claimed
        that Y had shelled the town" accuses Y (the shelling itself is only claimed)."""
        claimed = deed is not None and verb.lemma_.lower() in claims
        for c in verb.children:
            if c.dep_ != "ccomp" or has_neg(c):
                continue
            if c.lemma_.lower() not in self.wrongdoing and not (
                    claimed and c.i > verb.i and self._plain(c) and deed(c)):
                continue
            subj = [g for g in c.children if g.dep_ == "nsubj"]
            if subj:
                how = "reported" if c.lemma_.lower() in self.wrongdoing else "claimed"
                return Trigger(verb, "112", f"{how}:{c.lemma_.lower()}"), subj[0]
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
