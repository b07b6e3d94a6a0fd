"""Judgements as events: "X called Y a terrorist state" (111), "X described Y as a reliable
partner" (051), "X called the vote a coup" (111: a violent deed named, nominal.py decides), "X called Israel's decision illegal" (111, Israel), and reported wrongdoing:
"X said Beijing had interfered in its affairs" (112, Beijing); reported judgements ("X said the
ruling was illegal": as "called the ruling illegal") and reported threats ("X said Y would pay a
price": 130 on Y). Also comparisons ("compared Y to the Nazis"), passives ("Y was branded a
rogue state by X"), views stated ("X said it considered Y a threat") and a reported loss of
standing ("X said Y had lost its legitimacy"). The words are data (judgements.yaml, read with
judgement_words.tsv by polarity.py); the structure is the parse: the verb's object and a
predicate of it, or the complement clause of a statement verb and its subject."""
from __future__ import annotations

from pathlib import Path

from .yamldata import safe_load

from .blame import Blame
from .parse import has_neg
from .polarity import Polarity
from .triggers import Trigger

DATA = Path(__file__).parent / "data" / "judgements.yaml"
RELATIVE = frozenset({"who", "whom", "which", "that", "what"})
# a complement that is a clause of its own ("saw the rebels attack the town"), not a predicate
CLAUSE_TAGS = frozenset({"VB", "VBD", "VBG", "VBP", "VBZ", "MD"})
# pattern ids of events whose object is judged, not done by the judge (coder.py's memory)
JUDGED = ("judgement:", "reported-judgement:")
THING_PRONOUNS = frozenset({"it", "this", "that"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})
THREAT_CODE = "130"     # "called Y a legitimate target": Y marked for attack


class Judgements:
    def __init__(self, path: Path = DATA):
        with open(path, encoding="utf-8") as fh:
            data = safe_load(fh) or {}
        self.verbs = frozenset(data.get("verbs") or ())
        self.compare_verbs = frozenset(data.get("compare_verbs") or ())
        self.views = frozenset(data.get("view_verbs") or ())
        self.wrongdoing = frozenset(data.get("wrongdoing") or ())
        self.discredit = frozenset(data.get("discredit_verbs") or ())
        self.standing = frozenset(data.get("standing") or ())
        self.target_nouns = frozenset(data.get("target_nouns") or ())
        self.target_marks = frozenset(data.get("target_marks") or ())
        self.polarity = Polarity(data)
        self.suffer_verbs = frozenset(data.get("suffer_verbs") or ())
        self.consequences = {str(k).lower(): str(v) for k, v in (data.get("consequences") or {}).items()}
        self.blame = Blame()            # "X said Y was behind the attacks" (blame.py)

    def trigger_words(self) -> frozenset[str]:
        """The judging verbs' written forms (regular inflections), for the sentence pre-filter."""
        words = set()
        for v in self.verbs | self.compare_verbs | self.views:
            stem = v[:-1] if v.endswith("e") else v
            words |= {v, v + "s", stem + "ed", stem + "ing", v + "d", v + v[-1] + "ed", v + v[-1] + "ing"}
        return frozenset(words)

    def find(self, verb, deed=None, views=False):
        """(trigger, (the judged phrase's head, the predicate's head)) for a judging verb, or
        (None, None). With `views`, for a verb of a view held ("considered Y a threat"), which
        is an event only when stated (reported_judgement)."""
        lemma = verb.lemma_.lower()
        if lemma in self.compare_verbs and not views:
            return self._compared(verb, deed)
        if lemma not in (self.views if views else self.verbs) or any(c.dep_ == "prt" for c in verb.children):
            return None, None           # "called off the strike" judges nothing
        kids = list(verb.children)
        judged = self._passive_judged(verb, kids)
        if judged is not None:              # "the move was described as a betrayal by X"
            return self._first(verb, deed, self._passive_pairs(verb, kids, judged))
        pairs = []      # (judged, predicate)
        dative = [c for c in kids if c.dep_ == "dative"]
        objs = [c for c in kids if c.dep_ in ("dobj", "obj")]
        if objs and objs[0].i < verb.i and objs[0].lower_ in RELATIVE:
            # "the strikers, whom she labelled criminals": the relative clause's head is judged;
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
            if c.dep_ in ("oprd", "ccomp", "xcomp") and c.tag_ not in CLAUSE_TAGS:
                subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                judged = subj[0] if subj else (objs[0] if objs and objs[0].i < c.i else None)
                if judged is None and not objs and not dative and c.pos_ == "ADJ":
                    # "called the court's ruling historic" read as one phrase: its noun is judged
                    nouns = [g for g in c.lefts if g.dep_ in ("amod", "compound", "poss", "nmod")
                             and g.pos_ in ("NOUN", "PROPN")]
                    owners = [g for g in nouns if g.dep_ == "poss"]      # "the court's": its owner
                    judged = (owners or nouns)[-1] if nouns else None
                if judged is not None:      # "called the decision illegal"
                    pairs.append((judged, c))
        # "called the ambassador of X a liar": the one judged read as the predicate, the
        # predicate as its apposition
        lone = [oprds[0]] if not objs and not dative and len(oprds) == 1 else []
        for o in objs + [c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN")] + lone:
            # "called the decision 'a blatant interference'", "considered X's acts a crime": the
            # predicate read as an apposition
            pairs += [(o, a) for a in o.children if a.dep_ == "appos" and a.i > o.i + 1
                      and a.pos_ in ("NOUN", "ADJ")]
        for o in objs:                      # "described Iran as a threat"
            for p in list(o.children) + kids:
                if p.dep_ == "prep" and p.lower_ == "as" and p.i > o.i:
                    pairs += [(o, g) for g in p.children if g.dep_ in ("pobj", "amod", "acomp")]
        if len(objs) == 1 and not dative and not pairs:
            # "called the move regrettable": a predicate adjective read as the object's modifier
            pairs += [(objs[0], a) for a in objs[0].rights if a.dep_ == "amod" and a.pos_ == "ADJ"]
            pairs += self._merged(objs[0])
            # "called the remarks way out of line": a set phrase after the object
            pairs += [(objs[0], p) for p in kids if p.dep_ == "prep" and p.i > objs[0].i]
        return self._first(verb, deed, pairs)

    def _first(self, verb, deed, pairs):
        """(trigger, (judged, predicate)) of the first pair whose predicate has a code."""
        for judged, pred in pairs:
            code = self.predicate_code(pred, deed)
            if code is not None:
                return Trigger(verb, code, f"judgement:{verb.lemma_.lower()}"), (judged, pred)
        return None, None

    @staticmethod
    def _passive_judged(verb, kids):
        """The one judged by a passive judging verb: its subject ("Iran was branded a threat"),
        the head of its relative clause ("the decision, which was called illegal") or of its
        reduced relative ("a decision described as illegal by X"); None for an active verb."""
        if verb.tag_ != "VBN":
            return None
        subj = [c for c in kids if c.dep_ == "nsubjpass"]
        if subj:
            if subj[0].lower_ not in RELATIVE:
                return subj[0]
            return verb.head if verb.dep_ == "relcl" else None
        if verb.dep_ == "acl" and not any(c.dep_ in ("nsubj", "dobj", "dative") for c in kids) and \
                any(c.dep_ == "agent" for c in kids):
            return verb.head
        return None

    @staticmethod
    def _passive_pairs(verb, kids, judged) -> list:
        """The passive verb's predicates: its object or predicate noun ("was branded a
        threat", "was called illegal") and what follows "as" ("was described as reckless")."""
        pairs = [(judged, c) for c in kids if c.dep_ in ("dobj", "oprd", "attr", "acomp", "xcomp", "ccomp")
                 and c.i > verb.i and c.tag_ not in CLAUSE_TAGS]
        pairs += [(judged, g) for p in kids if p.dep_ == "prep" and p.lower_ == "as"
                  for g in p.children if g.dep_ in ("pobj", "amod", "acomp")]
        return pairs

    def _merged(self, obj) -> list:
        """The judged phrase and its predicate read as one noun phrase: split where a quotation
        opens ('called the Dutch "fascists"': the words before the quote are judged), or, with no
        quote, between "the" and a head word of the hand lists ("called the mutiny treason":
        "mutiny" judged, "treason" the predicate)."""
        toks = [t for t in obj.subtree if t.i <= obj.i]
        quote = next((t for t in toks if t.is_quote and t.i > toks[0].i), None)
        if quote is not None:
            before = [t for t in toks if t.i < quote.i and not t.is_punct]
            heads = [t for t in before if t.head.i >= quote.i and t.pos_ in ("NOUN", "PROPN", "ADJ", "PRON")]
            return [(heads[-1], obj)] if heads and obj.i > quote.i else []
        det = toks[0]
        if det.lower_ != "the" or det.head.i != obj.i or obj.pos_ != "NOUN" or \
                self.polarity.codes.get(obj.lower_, self.polarity.codes.get(obj.lemma_.lower())) != "111":
            return []
        mods = [c for c in obj.children if c.dep_ in ("compound", "amod") and c.i == det.i + 1
                and c.pos_ in ("NOUN", "PROPN", "ADJ") and self.polarity.word(c) is None]
        return [(mods[0], obj)] if mods and obj.i == mods[0].i + 1 else []

    def _compared(self, verb, deed=None):
        """'X compared Y to Hitler', 'likened the warrant to toilet paper': a comparison with
        something the lists condemn criticizes Y (a flattering one is no clear praise)."""
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not objs or has_neg(verb):
            return None, None
        for p in list(objs[0].children) + list(verb.children):
            if p.dep_ == "prep" and p.lower_ in ("to", "with") and p.i > objs[0].i:
                for pred in (g for g in p.children if g.dep_ == "pobj"):
                    if self.predicate_code(pred, deed) == "111":
                        return Trigger(verb, "111", f"judgement:{verb.lemma_.lower()}"), (objs[0], pred)
        return None, None

    def predicate_code(self, pred, deed=None) -> str | None:
        """The code a predicate's words give ("illegal", "a terrorist state", "an act of
        aggression", "null and void", "way out of line"), None when no word or words of two
        kinds. A preposition ("out of line") gives only a set phrase's code."""
        if self._marked_target(pred):
            return THREAT_CODE          # "a legitimate target": marked for attack, not praised
        phrase = self.polarity.phrase(list(pred.subtree))
        if pred.pos_ == "ADP":
            return phrase
        words = [pred] + [c for c in pred.children if c.dep_ in ("amod", "compound", "acomp", "attr", "conj")]
        # "an act of aggression", "an armada of hate": the noun the predicate is made of
        words += [o for p in pred.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and pred.pos_ == "NOUN"]
        codes = {self.polarity.word(w) for w in words} - {None}
        if phrase is not None:
            codes.add(phrase)
        if not codes and deed is not None and pred.pos_ == "NOUN" and deed(pred):
            codes = {"111"}             # "called the operation a kidnapping", "the vote a coup"
        return codes.pop() if len(codes) == 1 else None

    def _marked_target(self, pred) -> bool:
        """ "a legitimate target", "legitimate military targets" (not "the target of attacks")."""
        return pred.lemma_.lower() in self.target_nouns and \
            any(c.dep_ in ("amod", "compound") and c.lower_ in self.target_marks for c in pred.children) and \
            not any(c.dep_ == "prep" and c.lower_ == "of" for c in pred.children)

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
            view, toks = self.find(c, deed, views=True)
            if view is not None:                # "X said it considered the vote a coup"
                return Trigger(verb, view.code, f"reported-judgement:{c.lemma_.lower()}"), toks
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
            if c.lemma_.lower() in self.discredit and self._plain(c):
                # "X said Y had lost its legitimacy": a judgement of Y (111)
                subj = [g for g in c.children if g.dep_ == "nsubj"]
                if subj and any(o.dep_ == "dobj" and o.lemma_.lower() in self.standing for o in c.children):
                    return Trigger(verb, "111", f"reported:{c.lemma_.lower()}"), subj[0]
            if c.lemma_.lower() not in self.wrongdoing and not (
                    claimed and c.i > verb.i and self._plain(c) and deed(c)):
                continue
            subj = [g for g in c.children if g.dep_ == "nsubj"]
            if subj:
                how = "reported" if c.lemma_.lower() in self.wrongdoing else "claimed"
                return Trigger(verb, "112", f"{how}:{c.lemma_.lower()}"), subj[0]
        code, blamed = self.blame.reported(verb, deed)
        if code is not None:                # "X said Y was responsible for the bombing"
            return Trigger(verb, code, f"reported-blame:{blamed.head.lemma_.lower()}"), blamed
        return None, None

    @staticmethod
    def targets(judged, resolver, pred=None, nominal=None, memory=()) -> list:
        """The actor judged, or the owner of the thing judged ("Israel's decision"); for a deed
        judged, its doer: the one the predicate names ("called the images a provocation by
        Kyiv"), else the deed's own ("described the raid as terrorism": who raided)."""
        if judged.lower_ in RELATIVE:
            return []           # "what he called an attack by X": no one named is judged
        if judged.lower_ in THING_PRONOUNS:
            return []           # "called it a historic decision", "said it was a historic day":
            #                     a thing or a time, whose doer is unknown
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
