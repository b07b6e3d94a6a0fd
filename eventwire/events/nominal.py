"""Events written as nouns, and reactions to events.

1. A noun that names an act ("invasion", "talks", "arrest": nouns.tsv, then event_nouns.tsv
   derived from WordNet) is an event when its own argument positions name both sides:
   the source as possessive, "by" phrase or actor modifier ("Russia's invasion", "the
   invasion ... by Russia", "Israeli strikes"), the target as the object of one of the noun's
   prepositions ("of Ukraine", "on Gaza"); "talks between A and B" names both at once.
   No argument, no event; nor when the noun is planned, possible, wished or negated ("a
   planned invasion", "calls for talks", "threatened an invasion").
2. A reaction ("condemned", "welcomed", "rejected", "protested against") whose object is an
   event acts on that event's doer: the one named in the phrase ("condemned Israel's strike
   on Gaza" -> Israel), else the doer of an event of the same kind coded earlier in the
   document that the definite noun refers back to ("the bombing"); unsure: no target.
Which nouns, modifiers and verbs count is data (nominal.yaml).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..records import ActorMention
from .parse import OBJ_DEPS
from .rules import DATA, EventNoun, read_tsv

SOURCE_MODS = ("amod", "compound", "nmod", "npadvmod")


def load_event_nouns(path: Path = DATA / "event_nouns.tsv") -> dict[str, tuple[EventNoun, str]]:
    """noun -> (its entry, the verb it was derived from)."""
    if not path.exists():
        return {}
    return {r["noun"]: (EventNoun(r["noun"], r["code"], tuple(p for p in r["preps"].split("|") if p)),
                        r["verb"]) for r in read_tsv(path)}


@dataclass
class NounEvent:
    noun: object                  # the token
    entry: EventNoun
    pairs: list[tuple[ActorMention, ActorMention]]


class Nominal:
    def __init__(self, rules, modality, data_dir: Path = DATA):
        with open(data_dir / "nominal.yaml", encoding="utf-8") as fh:
            cfg = yaml.safe_load(fh)
        low = lambda key: frozenset(str(w).lower() for w in cfg.get(key, []))  # noqa: E731
        self.modality = modality
        derived = load_event_nouns(data_dir / "event_nouns.tsv")
        self.derived: dict[str, EventNoun] = {k: v for k, (v, _) in derived.items()}
        self.nouns: dict[str, EventNoun] = dict(self.derived)
        self.nouns.update(rules.nouns)                 # the hand-written entries keep priority
        self.verb_of = {k: verb for k, (_, verb) in derived.items()}
        self.light_verbs = rules.light_verbs
        self.standalone = low("standalone_roots")
        self.not_standalone = low("not_standalone")
        self.nonfact_mods = low("nonfact_modifiers")
        self.fact_preps = low("fact_preps")
        self.fact_heads = low("fact_heads")
        self.witness_verbs = low("witness_verbs")
        self.ending_verbs = low("ending_verbs")
        self.nonfact_heads = low("nonfact_heads")
        self.nonfact_verbs = low("nonfact_verbs")
        self.reaction_roots = low("reaction_roots")
        self.doer_roots = low("doer_roots")
        self.reaction_nouns = low("reaction_nouns")
        self.definite = low("definite")

    def words(self) -> set[str]:
        """Surface words that may name a nominal event: for the cheap pre-filter."""
        out = set()
        for noun in self.nouns:
            last = noun.split()[-1]
            out.update({last, last + "s"})
        return out

    # -- which noun --------------------------------------------------------------------
    def entry(self, tok) -> EventNoun | None:
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        lemma, lower = tok.lemma_.lower(), tok.lower_
        comp = [c for c in tok.children if c.dep_ == "compound"]
        if comp:
            two = f"{comp[-1].lower_} {lower}"
            two_lemma = f"{comp[-1].lemma_.lower()} {lemma}"
            for key in (two_lemma, two):
                if key in self.nouns:
                    return self.nouns[key]
        return self.nouns.get(lemma) or self.nouns.get(lower)

    # -- did it happen ------------------------------------------------------------------
    def factual(self, noun) -> bool:
        """Does the sentence report the noun's event as done? Only where it stands as a done
        thing: subject of a verb ("the invasion killed"), object of a reaction ("condemned the
        invasion"), or after a preposition of time or cause ("after the invasion", "killed in
        an air strike"); never planned, possible or negated ("a planned invasion")."""
        if any(c.lower_ in self.nonfact_mods or c.dep_ == "neg" for c in noun.children
               if c.dep_ in ("amod", "det", "neg", "compound", "advmod")):
            return False
        tok = noun
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "pobj":
            prep = tok.head
            word = prep.lower_
            if prep.head.pos_ in ("NOUN", "PROPN") and word == "of" and \
                    prep.head.lemma_.lower() in self.fact_heads:
                tok = prep.head.head if prep.head.dep_ == "pobj" else prep.head
                word = tok.lower_ if tok.pos_ == "ADP" else ""      # "in the wake of the raid"
                if tok.pos_ == "ADP":
                    tok = tok.head
            elif word == "to" and prep.head.lower_ in ("response", "reaction"):
                tok = prep.head.head.head           # "in response to its invasion"
                word = "after"
            else:
                tok = prep.head
            if word not in self.fact_preps:
                return False
            head = tok
        elif tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            head = tok.head
            if tok.dep_ == "dobj" and head.lemma_.lower() not in self.witness_verbs:
                return False
            if tok.dep_ == "nsubjpass" and head.lemma_.lower() in self.ending_verbs:
                return False
        else:
            return tok.dep_ == "ROOT"           # a headline: "Russia's invasion of Ukraine"
        verb = head if head.pos_ in ("VERB", "AUX") else next(
            (a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return True
        chain = [verb] + [a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")][:2]
        if any(v.lemma_.lower() in self.nonfact_verbs for v in chain[:1]) or \
                any(v.lemma_.lower() in self.nonfact_verbs for v in chain[1:]
                    if chain[0].dep_ in ("xcomp", "ccomp")):
            return False
        mood, _ = self.modality.mood(verb)
        return mood == "fact"

    # -- who did it to whom -------------------------------------------------------------
    def doers(self, noun, resolver, entry: EventNoun | None = None) -> list[ActorMention]:
        """The source named in the noun's own positions: "Russia's", "by Russia", "Russian";
        a doer known only by its deed ("terrorist attacks": an unidentified force) is none."""
        return [a for a in self._doers(noun, resolver, entry) if not a.code.endswith("UAF")]

    def _doers(self, noun, resolver, entry: EventNoun | None) -> list[ActorMention]:
        own = set((entry.noun if entry else noun.lemma_.lower()).split()[:-1])
        for c in noun.children:
            if c.dep_ == "poss":
                found = resolver.actors(c)
                if found:
                    return found
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                for o in c.children:
                    if o.dep_ == "pobj" and resolver.actors(o):
                        return resolver.actors(o)
        for c in noun.children:
            if c.dep_ in SOURCE_MODS and c.i < noun.i and c.lower_ not in own \
                    and resolver.names_actor(c) and c.pos_ != "PRON":
                found = resolver.actors(c)
                if found:
                    return found
        return []

    def _targets(self, noun, entry: EventNoun, resolver) -> list[ActorMention]:
        for word in entry.preps:
            for p in noun.children:
                if p.dep_ == "prep" and p.lower_ == word:
                    for o in p.children:
                        if o.dep_ == "pobj":
                            found = resolver.actors(o)
                            if found:
                                return found
        return []

    def events(self, sent, resolver, claimed: set[int]) -> list[NounEvent]:
        """The nominal events of a sentence, but for nouns a light verb already carried."""
        out = []
        for tok in sent:
            if tok.i in claimed:
                continue
            entry = self.entry(tok)
            if entry is None or not any(entry.code.startswith(r) for r in self.standalone) \
                    or entry.noun in self.not_standalone or tok.lower_ in self.not_standalone:
                continue
            if tok.dep_ == "compound":
                continue            # "the invasion anniversary": a modifier, not the event
            targets = self._targets(tok, entry, resolver)
            if not targets:
                continue
            sources = self.doers(tok, resolver, entry)
            if not sources and len(targets) >= 2 and "between" in entry.preps and \
                    any(p.lower_ == "between" for p in tok.children):
                sources, targets = targets[:1], targets[1:]      # "talks between A and B"
            if not sources or not self.factual(tok):
                continue
            pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
            if pairs:
                out.append(NounEvent(tok, entry, pairs))
        return out

    # -- reactions ------------------------------------------------------------------------
    def event_object(self, verb, code: str, resolver, own_noun=None, lemmas=()):
        """The event a reaction verb acts on ("condemned the bombing", "protested against the
        invasion"), or None; not the light verb's own noun ("staged a protest")."""
        if code[:2] not in self.reaction_roots or own_noun is not None or \
                any(lem in self.light_verbs for lem in (verb.lemma_.lower(), *lemmas)):
            return None
        objs = [c for c in verb.children if c.dep_ in OBJ_DEPS]
        if any(resolver.names_actor(o) for o in objs):
            return None         # "blamed Turkey", read with "offensive" as a second object
        if code[:2] == "14":
            objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
                     for o in p.children if o.dep_ == "pobj"]
        for o in objs:
            entry = self.entry(o)
            if entry is not None and entry.code[:2] in self.doer_roots:
                return o
            if entry is None and o.lemma_.lower() in self.reaction_nouns:
                return o
        return None

    def reaction_targets(self, event, resolver, memory: list[tuple[str, set, ActorMention]]) -> list[ActorMention]:
        """The doer of the event a reaction acts on; [] when unsure."""
        found = self.doers(event, resolver, self.entry(event))
        if found:
            return found
        if not any(c.dep_ == "det" and c.lower_ in self.definite for c in event.children):
            return []
        entry = self.entry(event)
        lemma = event.lemma_.lower()
        verb = self.verb_of.get(entry.noun if entry else lemma)
        root = entry.code[:2] if entry else None
        # unnamed doers ("shells hit the island": an unidentified force) are no referent
        named = [(r, words, s) for r, words, s in memory if not s.code.endswith("UAF")]
        # the same word first ("launched air strikes" ... "the strikes"), else the same root
        same = [s for _, words, s in named if lemma in words or verb in words]
        if not same and root is not None:
            same = [s for r, _, s in named if r == root]
        doers = {s.code: s for s in same}
        return list(doers.values()) if len(doers) == 1 else []
