"""Troop withdrawals decided, written under a noun: "Putin's decision to withdraw 3,000
troops from Libya", "the Putin move to withdraw troops from Libya" (issue 15).

The act in the "to" complement is not told as done (modality reads it as content), but the
decision is: the noun's owner expressed an intent to de-escalate (0356) towards the country
its troops leave. Only with a named owner ("Putin's", "the US", "his") and a named country
the troops are in or leave; otherwise nothing (abstain). Word lists: data/withdrawals.yaml.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .yamldata import safe_load

from ..actors.codes import country_part
from ..records import Origin

DATA = Path(__file__).parent / "data" / "withdrawals.yaml"
CODE = "0356"


class Withdrawals:
    def __init__(self, path: Path = DATA):
        with open(path, encoding="utf-8") as fh:
            w = safe_load(fh) or {}
        self.w = {k: frozenset(str(x).lower() for x in v) for k, v in w.items()}

    def decided(self, verb, resolver) -> list:
        """The (owner, country) pairs of a troop withdrawal decided under a noun, or []."""
        w = self.w
        lemma = verb.lemma_.lower()
        if lemma not in w["withdraw_verbs"] or verb.dep_ not in ("acl", "xcomp"):
            return []
        if lemma == "pull" and not any(c.dep_ == "prt" and c.lower_ in w["pull_particles"] for c in verb.children):
            return []
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return []
        noun = verb.head
        # "the Putin move to withdraw ... is": the parser may tag the noun a verb; its
        # subject's place in the sentence shows it a noun
        if noun.lemma_.lower() not in w["decision_nouns"] or not (
                noun.pos_ == "NOUN" or (noun.dep_ in ("nsubj", "dobj", "pobj") and noun.tag_ in ("VBP", "VB", "NN"))):
            return []
        if any(c.lower_ in w["unmade_marks"] for c in noun.children if c.dep_ in ("det", "amod", "advmod")):
            return []
        troops = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in w["troop_nouns"]]
        if not troops:
            return []
        # the owner: "Putin's decision", "the US decision"; the parser that read "the Putin
        # move" as a clause makes "the Putin" its subject
        deps = ("poss", "compound") if noun.pos_ == "NOUN" else ("nsubj",)
        owners = [a for c in noun.children if c.dep_ in deps and c.i < noun.i and (
                  noun.pos_ == "NOUN" or any(d.dep_ == "det" and d.lower_ == "the" for d in c.children))
                  for a in resolver.actors(c)]
        if len({country_part(a.code) for a in owners}) != 1:
            return []
        places = [a for holder in (verb, troops[0]) for p in holder.children
                  if p.dep_ == "prep" and p.lower_ in w["place_preps"]
                  for o in self._objects(p) for a in resolver.actors(o)]
        countries = {country_part(a.code): a for a in places}
        home = country_part(owners[0].code)
        # the country itself as the place left, not its government (roles.py turns a state
        # named into its government)
        return [(owners[0], replace(a, code=c, state=False, origin=Origin.PLACE)) for c, a in countries.items()
                if c and c != home and len(c) == 3]

    @staticmethod
    def _objects(prep):
        """ "from Libya", "out of Syria": the place named."""
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        for c in prep.children:
            if c.dep_ == "prep":
                objs += [g for g in c.children if g.dep_ == "pobj"]
        return objs
