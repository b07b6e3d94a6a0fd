"""Reported blame: a statement whose complement clause lays a harmful deed on an actor accuses
that actor (CAMEO 112). "X said Y was responsible for the bombing", "X said Y was behind the
attacks", "X said Y was to blame for the clashes", "X said Y had masterminded the attack", "X
said Y had committed atrocities": Y, the subject of the clause, is accused by X, the speaker.

The blame must be in the clause: a predicate of blame ("responsible for", "behind") or a verb of
instigation with a deed, or a plain verb of doing whose object judges the deed ("atrocities",
"war crimes"). A deed plainly reported ("police said Y carried out the attack") is a fact, not
an accusation. Negated, modal, conditional or questioned clauses blame no one. Words in
data/blame.tsv."""
from __future__ import annotations

from pathlib import Path

from ..tsv import read_rows
from .parse import has_neg

DATA = Path(__file__).parent / "data" / "blame.tsv"
BLAME_CODE = "112"
RELATIVE = frozenset({"who", "whom", "which", "that", "what"})
# a pronoun subject, and the words that take one after "of" ("all of them")
PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her", "it"})
QUANTIFIERS = frozenset({"all", "each", "both", "some", "many", "most"})


def _nouns(tok):
    """A noun and the nouns joined to it ("the bombings and killings")."""
    out = [tok]
    out += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return out


class Blame:
    def __init__(self, path: Path = DATA):
        self.liable: dict[str, str] = {}
        self.culprit, self.doing, self.deeds, self.wrongs = set(), {}, set(), set()
        self.evidence, self.shows, self.first, self.force = set(), set(), set(), set()
        for kind, word, prep, *_ in read_rows(path):
            if kind == "liable":
                self.liable[word] = prep
            elif kind == "culprit":
                self.culprit.add(word)
            elif kind == "doing":
                self.doing[word] = prep
            elif kind == "deed":
                self.deeds.add(word)
            elif kind == "wrong":
                self.wrongs.add(word)
            elif kind == "evidence":
                self.evidence.add(word)
            elif kind == "shows":
                self.shows.add(word)
            elif kind == "first":
                self.first.add(word)
            elif kind == "force":
                self.force.add(word)

    def _is(self, tok, words) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in words or tok.lower_ in words)

    def _wrong(self, tok) -> bool:
        """A noun that judges a deed: "atrocities", "war crimes", "abuses"."""
        return any(self._is(n, self.wrongs) for n in _nouns(tok))

    def _deed(self, tok) -> bool:
        """A noun of a harmful deed, or of a wrong: "the bombing", "the attacks", "atrocities"."""
        return any(self._is(n, self.deeds | self.wrongs) for n in _nouns(tok))

    @staticmethod
    def _objects(head, prep):
        """The objects of `head`'s preposition `prep` ("responsible for X"): their heads."""
        return [o for p in head.children if p.dep_ == "prep" and p.lower_ == prep
                for o in p.children if o.dep_ == "pobj"]

    @staticmethod
    def _plain(clause) -> bool:
        """Told as a fact: not negated, no modal ("could be behind"), no "if" or "whether"."""
        return not has_neg(clause) and not any(
            (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "mark" and c.lower_ in ("if", "whether"))
            for c in clause.children)

    def blamed(self, clause) -> bool:
        """Does the complement clause lay a harmful deed on its subject?"""
        lemma = clause.lemma_.lower()
        kids = list(clause.children)
        if lemma == "be":
            for c in kids:
                if c.dep_ == "acomp" and c.lower_ in self.liable and not has_neg(c):
                    # "was responsible for the bombing", "was guilty of genocide"
                    if any(self._deed(o) for o in self._objects(c, self.liable[c.lower_])):
                        return True
                if c.dep_ == "prep" and c.lower_ == "behind" and "behind" in self.liable:
                    # "was behind the attacks"
                    if any(self._deed(o) for o in c.children if o.dep_ == "pobj"):
                        return True
                if c.dep_ == "xcomp" and c.lemma_.lower() == "blame" and "blame" in self.liable and \
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    # "was to blame for the clashes"
                    objs = self._objects(c, self.liable["blame"])
                    if not objs or any(self._deed(o) for o in objs):
                        return True
            return False
        if clause.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in kids):
            return False        # "the attack was masterminded by ...": the subject is no doer
        objs = [c for c in kids if c.dep_ in ("dobj", "obj")]
        if lemma in self.culprit:           # "had masterminded the attack"
            return any(self._deed(o) for o in objs)
        if lemma in self.doing:             # "had committed atrocities", "participated in the bloodshed"
            prep = self.doing[lemma]
            found = objs if prep == "-" else self._objects(clause, prep)
            if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
                return False
            return any(self._wrong(o) for o in found)
        return False

    def _evidenced(self, clause):
        """The clauses a stated piece of evidence holds: "it has evidence (proving) that Y was
        behind ...", "it had proof Y was responsible ..."."""
        if clause.lemma_.lower() != "have" or not self._plain(clause):
            return []
        out = []
        for o in clause.children:
            if o.dep_ not in ("dobj", "obj") or o.lemma_.lower() not in self.evidence:
                continue
            for a in o.children:
                if a.dep_ in ("acl", "ccomp") and a.lemma_.lower() in self.shows:
                    out += [g for g in a.children if g.dep_ == "ccomp"]     # "evidence proving Y ..."
                elif a.dep_ in ("acl", "ccomp") and a.tag_ in ("VBD", "VBZ", "VBP", "VBN") and \
                        any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children):
                    out.append(a)                                           # "proof that Y was ..."
        return out

    def reported(self, verb, deed=None):
        """(code, the one blamed) for a statement verb whose complement clause blames its subject
        ("X said Y was behind the attacks", "X said it had evidence Y was behind them"), or
        (None, None). `deed` tells a verb of force: "X said Y had fired first" blames Y for
        starting it."""
        for ccomp in verb.children:
            if ccomp.dep_ != "ccomp":
                continue
            for c in [ccomp] + self._evidenced(ccomp):
                if not self._plain(c):
                    continue
                subj = [g for g in c.children if g.dep_ == "nsubj"]
                if not subj or subj[0].lower_ in RELATIVE:
                    continue
                if self.blamed(c) or (self._first(c) and (c.lemma_.lower() in self.force or
                                                          (deed is not None and deed(c)))):
                    return BLAME_CODE, self._spoken_of(verb, subj[0])
        return None, None

    @staticmethod
    def _spoken_of(verb, subj):
        """The one a pronoun subject stands for when the statement says whom it is about:
        '"They have committed crimes," he said of the rebels' (also "all of them")."""
        if subj.lower_ in QUANTIFIERS:
            inner = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]
            subj = inner[0] if inner else subj
        if subj.lower_ not in PRONOUNS:
            return subj
        about = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > verb.i
                 for o in p.children if o.dep_ == "pobj"]
        return about[0] if about else subj

    def _first(self, clause) -> bool:
        """ "fired first", "attacked first": who began the fighting."""
        return any(a.dep_ == "advmod" and a.lower_ in self.first for a in clause.children)
