"""How the coder reads English: eventwire's own reading, or PETRARCH's.

A reading is chosen once, from the rules (`mode:` in modality.yaml; an imported PETRARCH
dictionary set says `petrarch`), and the coder's components ask it where the two differ.
Every question has one answer per reading; no component branches on the mode.
"""
from __future__ import annotations

from .commitments import commitment_prep
from .expelled import expelling_state
from .matching import PatternMatcher
from .modality import Modality, NegationOnly
from .parse import OBJ_DEPS, SUBJ_DEPS, clause
from .responsible import guilt_prep
from .patterns import Pattern, VerbDictionary
from .rules import Rules

# "X responded by recalling ...", "after meeting ...": the gerund's doer is the verb's subject
# (not "accused Y of supporting", "credited with helping", "aimed at easing"; "before allowing"
# is often a condition)
MEANS_PREPS = frozenset({"by", "after"})


class EventwireReading:
    """Modality as the project reads it; slots from the parse."""

    name = "eventwire"
    unknown_country: str | None = None     # a bare role takes the story's country
    reads_judgements = True                # "called Y a terrorist state" (judgement.py)

    def __init__(self, rules: Rules, matcher: PatternMatcher):
        self.modality = Modality(rules)
        self.matcher = matcher
        self.patterns_only = rules.patterns_only

    def uses_default(self, lemma: str) -> bool:
        """May the verb code by its default code, with no pattern? Not the verbs whose usual
        sense is no event ("we thought", "they left the UK": verb_senses.yaml)."""
        return lemma not in self.patterns_only

    # -- triggers
    def written_lemmas(self, verb, verbs: VerbDictionary) -> list[str]:
        """Entries tried by the word as written before its lemma."""
        return []

    def knows_form(self, verb, verbs: VerbDictionary) -> bool:
        """May the verb's lemma be looked up at all?"""
        return True

    def words_before(self, verb, own_clause: list) -> list:
        """The words a pattern's left side is matched against: the whole sentence before the verb."""
        return list(verb.doc[verb.sent.start:verb.i])

    def order_patterns(self, patterns: list, around) -> list:
        """The order a verb's patterns are tried in: the dictionary's (longest first)."""
        return patterns

    # -- modality
    def code(self, verb, code: str):
        return self.modality.code(verb, code)

    # -- slots
    def subjects(self, kids, resolver):
        """Sources read off a verb's children before the ordinary subject rule; None: no opinion.
        "Norway is dedicated to supporting Y", parsed as a passive: the committed one supports."""
        if any(commitment_prep(c) and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in kids):
            found = [a for c in kids if c.dep_ == "nsubjpass" for a in resolver.actors(c)]
            return found or None
        return None

    def through_xcomp(self, tok, resolver):
        """Sources for an infinitive before climbing to its head; None: climb."""
        return None

    def means_subject(self, prep) -> bool:
        """Is a gerund after this preposition done by the verb's subject? "responded by
        recalling its envoy", "after meeting Y": the responder recalls, meets."""
        return (prep.lower_ in MEANS_PREPS and prep.head.pos_ in ("VERB", "AUX")) or \
            commitment_prep(prep) or \
            guilt_prep(prep)            # "is guilty of violating the truce": the guilty one violated it

    def topic_objects(self, code: str) -> bool:
        """Are the verb's objects topics unless they name an actor? Consultations:
        "discussed arms control" is what they talked about, not whom."""
        return code[:2] == "04"

    def pattern_slots(self, trigger, resolver, subjects):
        """(sources, targets) the firing pattern places itself; None where it does not."""
        return None, None

    def passive_doer(self, verb, resolver, slots) -> list:
        """The doer of an agentless passive, from the verb's phrases: "were expelled from
        Poland" (expelled.py)."""
        return expelling_state(verb, resolver)


class PetrarchReading(EventwireReading):
    """PETRARCH's: the pattern's code whatever the mood, negation by the coding ontology,
    words before the verb from its own clause, $ and + slots, compound subjects whole,
    a bare role of an unknown country ("---GOV")."""

    name = "petrarch"
    unknown_country = "---"
    reads_judgements = False

    def __init__(self, rules: Rules, matcher: PatternMatcher):
        super().__init__(rules, matcher)
        self.modality = NegationOnly(rules)

    def uses_default(self, lemma):
        return True             # PETRARCH codes every verb's default

    def written_lemmas(self, verb, verbs):
        if verb.lower_ != verb.lemma_.lower() and verbs.verb(verb.lower_) is not None:
            return [verb.lower_]       # PETRARCH reads the word as written: "LEFT [042:043]"
        return []

    def knows_form(self, verb, verbs):
        # PETRARCH knows the forms its dictionary lists: "departes" is none of them
        return verb.lower_ in verbs.surface_forms()

    def words_before(self, verb, own_clause):
        # the subject's words: PETRARCH matches a pattern's left side on the noun phrase before
        # the verb, not on adverbs and auxiliaries ("Y was heavily criticized", "X will be
        # hosting"); a verb without a subject of its own keeps its clause's words
        subs = [c for c in verb.children if c.dep_ in SUBJ_DEPS or c.dep_ == "nsubjpass"]
        if not subs:
            return [t for t in own_clause if t.i < verb.i]
        inside = {t.i for c in subs for t in c.subtree}
        return [t for t in own_clause if t.i < verb.i and t.i in inside]

    def order_patterns(self, patterns, around):
        # PETRARCH reads the words after the verb in order: the pattern whose words start
        # nearest the verb wins ("signed an accord to supply Y": ACCORD before {TO SUPPLY})
        return sorted(patterns, key=lambda p: self.matcher.first_after(p, around))

    def subjects(self, kids, resolver):
        """Every actor of a compound subject, however the parser tied its parts ("Arnor and the
        evil awful Gondor", "Lions, tigers, and Gondor"); None when the verb has no subject."""
        subs = [c for c in kids if c.dep_ in SUBJ_DEPS]
        if not subs:
            return None
        # a relative pronoun ("the woman, who shot at ...") names no one: PETRARCH has no
        # antecedents, so a relative clause's act has no source
        subs = [c for c in subs if not (c.tag_ in ("WP", "WDT") or (c.lower_ == "that" and c.head.dep_ == "relcl"))]
        found = [a for c in subs for a in resolver.actors(c)]
        if any(t.dep_ == "cc" for c in subs for t in c.subtree):
            named = {a.start for a in found}          # words already read as part of an actor
            found += [a for c in subs for t in c.subtree
                      if t.dep_ in ("conj", "appos") and resolver.names_actor(t) for a in resolver.actors(t)
                      if a.start not in named]
            # the parser may make the last member the head with the others hanging off it
            # ("Arnor, Calenardhon and the evil Gondor": Arnor an nmod of Gondor): the head's
            # own name is a member too
            found += [a for c in subs if (a := self._own_actor(c, resolver)) is not None
                      and not any(f.start <= a.start < f.end for f in found)]
        return list({a.code: a for a in found}.values())

    @staticmethod
    def _own_actor(tok, resolver):
        """The named actor of the dictionary match on the token itself, None if it has none."""
        m = resolver.by_token.get(tok.i - tok.sent.start)
        res = resolver.match_actor(m) if m is not None else None
        return res[1] if res is not None else None

    def through_xcomp(self, tok, resolver):
        if any(c.dep_ in OBJ_DEPS for c in tok.head.children):
            return []           # "urged Bree to help": PETRARCH codes the urging only
        raised = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
        if raised:              # "Gollum was seen to break into ...": Gollum breaks in
            return resolver.actors(raised[0])
        return None

    def topic_objects(self, code):
        return False

    def means_subject(self, prep):
        return False            # no antecedents: "after leaving Y" has no subject, no source

    def pattern_slots(self, trigger, resolver, subjects):
        if trigger.pattern is None:
            return None, None
        return self._slot_actors(trigger.pattern, trigger.token, resolver, subjects)

    def passive_doer(self, verb, resolver, slots):
        # "X was criticized over its dispute with Y": PETRARCH takes Y as the doer
        return slots.deep_targets(verb, resolver, [])

    def _slot_actors(self, pattern: Pattern, verb, resolver, subjects):
        """(sources, targets) that a PETRARCH pattern places with $ and +, None where it does not:
        "- + * MONEY $" makes the subject the target and the actor after "money" the source."""
        found = {"$": None, "+": None}
        for marker in found:
            if marker in pattern.before:
                found[marker] = subjects
        if "$" in pattern.after or "+" in pattern.after:
            toks = [t for t in clause(verb) if t.i > verb.i]
            lower = [t.lower_ for t in toks]
            pos = 0
            for w in pattern.after:
                if w in found or w == "^":          # ^ passes over an actor ("IFTAR (IN ^) +")
                    for k in range(pos, len(toks)):
                        tok = toks[k]
                        if tok.pos_ in ("NOUN", "PROPN") and resolver.names_actor(tok):
                            while tok.dep_ in ("compound", "flat") and tok.head in toks:
                                tok = tok.head
                            if w != "^":
                                found[w] = resolver.actors(tok) or None
                            pos = max(k, toks.index(tok)) + 1
                            break
                elif w not in ("^", "%", "*"):
                    while pos < len(lower) and not self.matcher.length(w, lower, pos, {}):
                        pos += 1
                    pos += self.matcher.length(w, lower, pos, {}) if pos < len(lower) else 0
        return found["$"], found["+"]


READINGS = {"eventwire": EventwireReading, "petrarch": PetrarchReading}


def reading_for(rules: Rules, matcher: PatternMatcher):
    try:
        return READINGS[rules.mode](rules, matcher)
    except KeyError:
        raise ValueError(f"modality.yaml: unknown mode {rules.mode!r} (one of {', '.join(READINGS)})") from None
