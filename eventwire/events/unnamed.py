"""Actors the sentence does not name: who set off the bomb, who was killed, who protested.

"a bomb planted by the Taliban killed ..." -> the Taliban; "were killed in an attack" ->
an unidentified armed force (UAF) of the story's country; "killed nine people" -> its
civilians (CVL); "dozens held a protest" -> a crowd of civilians. What counts as an
instrument, a victim or a crowd is data (slots.yaml).
"""
from __future__ import annotations

from ..dates.resolve import MONTHS, WEEKDAYS
from ..actors.codes import NON_STATE, is_international
from ..actors.resolve import QUANTITY_HEADS
from ..records import ActorMention, Origin
from .groups import unknown_group
from .parse import OBJ_DEPS, SUBJ_DEPS
from .participles import reduced_relative
from .reporters import reporter_spans
from .namesakes_hit import beside_named
from .rules import Rules

# the other side's own naming (not a country lent by context): other_side
NAMED_ORIGINS = frozenset({Origin.NAME, Origin.ADJECTIVE, Origin.PEOPLE, Origin.CAPITAL, Origin.METONYM,
                           Origin.OFFICE, Origin.PRONOUN, Origin.DESCRIPTION})
# the dead named with no side of their own ("twelve civilians", "police" in a one-country story)
GUESSED_DEAD = frozenset({Origin.STORY_COUNTRY, Origin.CONTEXT, Origin.UNNAMED, Origin.ROLE})
# "on Saturday", "at dawn" are no place attacked
CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset({
    "dawn", "daybreak", "morning", "midday", "noon", "afternoon", "evening", "dusk", "nightfall",
    "night", "midnight", "day", "week", "weekend", "month", "year", "hour", "time"})
CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis")
# places that are an armed force's own ("seized the air base", "shelled the barracks"): with no
# owner named, those hit are the military of the place, not its civilians
MILITARY_SITES = frozenset({"base", "airbase", "barracks", "garrison", "airfield", "fort"})


def spliced(tok) -> bool:
    """Is `tok` a clause the parser hung as the complement of a later clause that only a comma
    joins to it ("two soldiers were killed, the device was planted by X"): a clause of its own,
    with its own subject, the later one's a noun ("the device", not "many of them"), a comma
    between, no "that", and a speech verb on neither side ("was said to be tense, ...")?"""
    if tok.dep_ != "ccomp" or tok.i > tok.head.i or tok.lemma_.lower() in SPEECH:
        return False
    head = tok.head
    subjects = SUBJ_DEPS + ("nsubjpass",)
    if not any(c.dep_ in subjects for c in tok.children) or \
            not any(c.dep_ in subjects and c.i > tok.i and c.pos_ in ("NOUN", "PROPN") for c in head.children):
        return False
    if any(c.dep_ == "mark" for c in tok.children):
        return False
    between = tok.doc[max(t.i for t in tok.subtree) + 1:head.i]
    return any(t.text in (",", ";") for t in between) and head.lemma_.lower() not in SPEECH


# verbs whose spliced complement is what they report, not a clause of its own
SPEECH = frozenset({"say", "tell", "add", "claim", "deny", "report", "announce", "state", "believe",
                    "think", "allege", "insist", "warn", "confirm", "note", "explain", "suggest",
                    "write", "argue", "fear", "hope", "know", "acknowledge", "admit", "estimate"})


def counted_people(tok):
    """What a number or quantity counts through "of": "three of the hostages", "five of the
    dozens of prisoners" -> the hostages, the prisoners; else the word itself."""
    seen = 0
    while seen < 3 and (tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_HEADS or tok.lower_ in QUANTITY_HEADS):
        of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
        if not of:
            break
        tok, seen = of[0], seen + 1
    return tok


def on_bail(verb) -> list:
    """The people of "freed on bail three ministers", parsed as a second object of "on"."""
    out = []
    for p in verb.children:
        objs = [o for o in p.children if o.dep_ == "pobj"] if p.dep_ == "prep" and p.lower_ == "on" else []
        if len(objs) == 2 and objs[0].lemma_.lower() in ("bail", "parole"):
            out.append(objs[1])
    return out


class UnnamedActors:
    def __init__(self, rules: Rules):
        slots = rules.slots
        self.instrument_heads = slots["instrument_heads"]
        self.default_target_roots = slots["default_target_roots"]
        self.unidentified_roots = slots["unidentified_roots"]
        self.victim_nouns = slots["victim_nouns"]
        self.arms_nouns = frozenset(slots["arms_nouns"])
        self.release_roots = slots["release_roots"]
        self.released_nouns = slots["released_nouns"]
        self.released_people = slots["released_people"]
        self.releasing_verbs = slots["releasing_verbs"]
        self.hedge_verbs = slots["hedge_verbs"]
        self.place_preps = slots["place_preps"]
        self.firing_verbs = slots["firing_verbs"]
        self.launch_verbs = slots["launch_verbs"]
        self.cause_marks = slots["cause_marks"]
        self.attacked_preps = slots["attacked_preps"]
        self.act_nouns = rules.act_nouns
        self.people_only_preps = slots["people_only_preps"]
        self.death_verbs = frozenset(slots["death_verbs"])
        self.shared_causes = frozenset(slots["shared_causes"])
        self.cause_hedges = frozenset(slots["cause_hedges"])
        self.note_sentences = slots["note_sentences"]
        self.attack_words = frozenset(self.instrument_heads) | frozenset(self.firing_verbs) | \
            frozenset(slots["attack_words"])
        self.attack_nouns = frozenset(slots["attack_nouns"])

    def sources(self, verb, resolver, code: str, passive: bool, dying: bool = False) -> list[ActorMention]:
        """Who did it when the subject is a thing: "a bomb planted by the Taliban killed ...",
        "were killed in an attack by militants"; else an unidentified armed force.
        dying: the verb's subject is the dead ("died in police firing"), not a thing."""
        things = [] if dying else \
            [c for c in verb.children if c.dep_ in SUBJ_DEPS and c.lemma_.lower() in self.instrument_heads]
        if passive:
            things += [o for p in verb.children if p.dep_ in ("prep", "agent") for o in p.children
                       if o.dep_ == "pobj" and o.lemma_.lower() in self.instrument_heads
                       and not (dying and o.lemma_.lower() in self.shared_causes)]
        for thing in things:
            for tok in thing.subtree:
                if tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by"):
                    for obj in tok.children:
                        if obj.dep_ == "pobj":
                            found = resolver.actors(obj)
                            if found:
                                return found
            if self._hedged(thing):
                return []           # "killed in alleged police firing": whose is only claimed
            # "killed in police firing", "an army raid": the actor named on the thing itself
            # ("killed in an Israeli air strike": the adjective of a country or group too)
            for mod in thing.children:
                if mod.dep_ in ("compound", "poss", "amod") and mod.i < thing.i and resolver.names_actor(mod):
                    found = resolver.actors(mod)
                    if found:
                        return found
            # "killed in Saudi-led air strikes": the state that leads them (not "-backed": a backer)
            for mod in thing.children:
                if mod.dep_ == "amod" and mod.lemma_.lower() == "lead" and mod.i < thing.i:
                    found = [a for c in mod.children if c.dep_ in ("npadvmod", "compound", "nmod")
                             and c.i < mod.i and resolver.names_actor(c) for a in resolver.actors(c)]
                    if found:
                        return found
        if code[:2] in self.unidentified_roots and spliced(verb):
            # "a mine killed three guards; the charge was probably laid by X": the
            # spliced clause names who set the thing
            found = self._setter(verb.head, resolver)
            if found:
                return found
        if passive and code[:2] in self.unidentified_roots:
            found = self._shooter(verb, resolver)
            if found:
                return found
            # "killed in police firing" read as "in [police [firing]]": the actor that fires
            for p in verb.children:
                if p.dep_ == "prep" and p.lower_ == "in":
                    for obj in p.children:
                        nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
                        gerunds = [a for a in obj.children if a.dep_ == "acl"]
                        if nxt is not None and nxt.head.i in (obj.i, verb.i):
                            gerunds.append(nxt)     # or read as a clause of the verb
                        if obj.dep_ == "pobj" and resolver.names_actor(obj) and any(
                                a.tag_ == "VBG" and a.lemma_.lower() in self.firing_verbs for a in gerunds):
                            if self._hedged(obj) or any(self._hedged(a) for a in gerunds):
                                return []
                            found = resolver.actors(obj)
                            if found:
                                return found
        if code[:2] in self.default_target_roots and self.main_clause(verb):
            # "dozens held a protest": a crowd with no name is civilians of the story's country
            crowd = [c for c in verb.children if c.dep_ in SUBJ_DEPS and
                     (c.pos_ == "NUM" or c.lemma_.lower() in self.victim_nouns or unknown_group(c, resolver))]
            if crowd:
                actor = resolver.unnamed("CVL", crowd[0].text, 0, 0, "unnamed crowd", crowd[0])
                return [actor] if actor else []
        if not things and resolver.memory.sentences > self.note_sentences and not self._attack_named(verb):
            # "a volunteer was killed in Raqqa" in a long article: no attack named, so no attacker
            # (a mine, an accident, a fall); a short conflict note reports attacks only
            return []
        if code[:2] in self.unidentified_roots and (things or passive) and not dying and self.main_clause(verb):
            text = things[0].text if things else verb.text
            actor = resolver.unnamed("UAF", text, 0, 0, "unidentified armed force in the story's country",
                                     besides=self.other_side(verb, resolver, doer=False))
            return [actor] if actor else []
        return []

    def _attack_named(self, verb) -> bool:
        """Does the sentence name an attack: the verb is one ("shelled", "targeted"), or a word
        of one stands in it ("killed in airstrikes", "a chemical attack ..., when 80 were killed")?"""
        def word(tok):
            low = tok.lemma_.lower()
            return low[:-1] if low.endswith("s") and low[:-1] in self.attack_words else low
        return any(word(t) in self.attack_words or (t.pos_ == "NOUN" and t.lower_ in self.attack_nouns)
                   for t in verb.sent)

    def _setter(self, head, resolver) -> list[ActorMention]:
        """ "the bomb was (probably) placed by X": X, the agent of a passive whose subject is
        an instrument (bomb, device, IED)."""
        if not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in self.instrument_heads for c in head.children):
            return []
        for c in head.children:
            if c.dep_ == "agent":
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        found = resolver.actors(obj)
                        if found:
                            return found
        return []

    def _hedged(self, tok) -> bool:
        """ "alleged police firing", "a suspected army raid": the doer is only claimed."""
        return any(c.dep_ in ("amod", "advmod", "compound") and c.lower_ in self.cause_hedges
                   for c in tok.children)

    def _shooter(self, verb, resolver) -> list[ActorMention]:
        """ "two were killed when police opened fire": the subject of a firing clause (also on a
        joined participle: "two were killed and six injured when police opened fire")."""
        joined = [k for v in verb.conjuncts if v.i > verb.i for k in v.children]
        for c in [*verb.children, *joined]:
            if c.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in self.cause_marks
                                            for m in c.children):
                continue
            lemma = c.lemma_.lower()
            fired = lemma in self.firing_verbs or any(
                o.dep_ in ("dobj", "obj") and (o.lemma_.lower() == "fire" or (
                    lemma in self.launch_verbs and o.lemma_.lower() in self.instrument_heads)) for o in c.children)
            if not fired:
                continue
            for s in c.children:
                if s.dep_ == "nsubj":
                    return resolver.actors(s)
        return []

    def main_clause(self, verb, strict: bool = False) -> bool:
        """Is the verb the sentence's main act (possibly joined by "and", or under a hedge)?
        strict: not through adverbial clauses ("after a jet shot down a helicopter")."""
        if reduced_relative(verb):
            return False        # "towns recaptured from Isis": background on a noun
        tok = verb
        for _ in range(4):
            if tok.dep_ == "ROOT":
                return True
            if tok.dep_ == "conj" or (tok.dep_ == "advcl" and not strict):
                tok = tok.head
            elif tok.dep_ == "ccomp" and (tok.head.lemma_.lower() in self.hedge_verbs or spliced(tok)):
                tok = tok.head
            else:
                return False
        return False

    def released(self, verb, resolver, code: str) -> list[ActorMention]:
        """ "freed 37 prisoners", "freed two journalists": people of the story's country (released_nouns,
        released_people), for a main-clause release."""
        # "agreed to release 50 prisoners": the release promised in a main clause
        main = self.main_clause(verb) or (verb.dep_ == "xcomp" and self.main_clause(verb.head))
        if code[:2] not in self.release_roots or not main:
            return []
        people = self.released_people if verb.lemma_.lower() in self.releasing_verbs else {}
        objects = [counted_people(c) for c in verb.children if c.dep_ in OBJ_DEPS] + on_bail(verb)
        for c in objects:
            if c.lemma_.lower() in self.released_nouns:
                actor = resolver.unnamed("CVL", c.text, c.idx - verb.sent.start_char, 0, "unnamed prisoners", c)
                return [actor] if actor else []
            if c.lemma_.lower() in people:
                # "freed three former ministers": people of the country named (not the source's guess)
                actor = resolver.unnamed(people[c.lemma_.lower()], c.text, c.idx - verb.sent.start_char, 0,
                                         "unnamed people released", c)
                return [actor] if actor else []
        return []

    def dead(self, verb, resolver, named_only: bool = False) -> list[ActorMention]:
        """ "two men died in police firing": the subject, an actor or unnamed civilians (not
        when named_only: the dead must name their side, "two Afghan soldiers")."""
        for c in verb.children:
            if c.dep_ in SUBJ_DEPS:
                found = resolver.actors(c)
                if named_only:      # (a role's country guessed from the story is no side named)
                    found = [a for a in found if a.origin not in GUESSED_DEAD]
                if found:
                    return found
                if not named_only and (c.pos_ == "NUM" or c.lemma_.lower() in self.victim_nouns):
                    actor = resolver.unnamed("CVL", c.text, c.idx - verb.sent.start_char, 0, "unnamed dead", c)
                    return [actor] if actor else []
        return []

    def victims(self, verb, resolver, passive: bool) -> list[ActorMention]:
        """ "killed nine people", "abducted a man": civilians of the story's country."""
        deps = ("nsubjpass",) if passive else OBJ_DEPS
        if not self.main_clause(verb):
            return []                       # victims in background clauses are not this event's
        for c in list(verb.children) + [c for v in verb.conjuncts for c in v.children]:
            if c.dep_ in deps and (c.pos_ == "NUM" or c.lemma_.lower() in self.victim_nouns):
                actor = resolver.unnamed("CVL", c.text, c.idx - verb.sent.start_char, 0, "unnamed victims", c,
                                         besides=self.other_side(verb, resolver, doer=not passive))
                return [actor] if actor else []
        if self.main_clause(verb, strict=True):
            return self.people_attacked(verb, resolver)
        return []

    @staticmethod
    def other_side(verb, resolver, doer: bool) -> frozenset:
        """The states the sentence names on the verb's other side: in its doer's phrase (subject,
        or the "by" of a passive) when doer, else in the phrase of those it hit (object, or a
        passive's subject). "Turkish jets struck positions": the positions are not Turkey's for
        that; "two British soldiers were killed by a bomb": nor is the bomb Britain's. An armed
        group's country is where it fights: it stays ("Taliban fighters seized a house")."""
        deps = ("nsubj",) if doer else ("nsubjpass", "dobj")
        heads = [c for c in verb.children if c.dep_ in deps]
        if doer:
            heads += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        base = resolver.sent.start
        idx = {t.i - base for h in heads for t in h.subtree}
        found = [res[1] for m in resolver.matches if m.start in idx
                 for res in [resolver.match_actor(m)] if res is not None]
        own = [a for h in heads for a in resolver.actors(h)]
        found += [a for a in own if a.origin in NAMED_ORIGINS]
        # "Syrian rebels": the adjective is where the group fights, no other side's state
        armed = {a.code[:3] for a in own if a.code[3:6] in NON_STATE}
        return frozenset(a.code[:3] for a in found if len(a.code) >= 3 and not is_international(a.code)
                         and a.code[3:6] not in NON_STATE) - armed

    def people_attacked(self, verb, resolver) -> list[ActorMention]:
        """ "stormed a camp in Bangkok", "opened fire on a crowd", "seized a house": the people
        of the place named, the people hit, else of the place in the story's country; an act
        as the only object ("launched an offensive", "fought a war", "committed crimes") names
        nobody attacked: no target."""
        heads = self._hit(verb)
        hit = self._named_hit(verb, resolver) if heads else []
        if hit:
            return hit
        toks = [t for h in heads for t in self._phrase(h)]
        role = "MIL" if any(h.lemma_.lower() in MILITARY_SITES for h in heads) else "CVL"
        found = [a for t in toks if t.dep_ in ("pobj", "dobj", "appos", "conj", "nsubjpass")
                 for a in resolver.places(t)[:1] if a is not None]
        if found:
            place = beside_named(found, resolver)
            # written as the place named, not the verb: the people are the place's
            return [ActorMention(place.text, place.start, place.end, place.code[:3] + role, place.name,
                                 "people of the place attacked: " + place.how, place.origin)]
        # "airstrikes that killed dozens": the act's own victims
        victims = any(t.lemma_.lower() in self.victim_nouns for h in heads for t in h.subtree)
        # a thing hit: an object, the object of an act ("an attack on a base"), or "in/into/at/
        # against/to" on the verb (not "killed on Saturday", "fighting on the side of")
        act_object = any(h.dep_ in OBJ_DEPS and h.lemma_.lower() in self.act_nouns for h in heads)
        things = [h for h in heads if h.pos_ in ("NOUN", "PROPN") and h.lemma_.lower() not in self.act_nouns
                  and h.lower_ not in CALENDAR and h.lemma_.lower() not in CALENDAR     # "in recent months"
                  and (h.dep_ in OBJ_DEPS or h.head.lower_ not in self.people_only_preps
                       or h.head.head.i != verb.i or act_object)]
        if victims or things:
            # "fired rounds at a police station": the station, not the rounds
            hit = [h for h in things if h.lemma_.lower() not in self.arms_nouns] or \
                [o for h in things for p in h.children if p.dep_ == "prep" and p.lower_ in self.attacked_preps
                 for o in p.children if o.dep_ == "pobj" and o.lower_ not in CALENDAR] or things
            named = hit[0] if hit else next(h for h in heads
                                            if any(t.lemma_.lower() in self.victim_nouns for t in h.subtree))
            text, start, end = self._written(named)
            actor = resolver.unnamed(role, text, start, end, "people of the place attacked",
                                     besides=self.other_side(verb, resolver, doer=True))
            return [actor] if actor else []
        return []

    @staticmethod
    def _written(noun) -> tuple[str, int, int]:
        """The words naming what was hit, as written: the noun with the words before it that
        belong to it ("the Bagh air base", "civilian targets"), not the verb."""
        left = noun
        for c in noun.lefts:
            if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "case", "punct", "hyph"):
                left = min(left, c.left_edge, key=lambda t: t.i)
                break
        base = noun.sent.start_char
        start = left.idx - base
        end = noun.idx + len(noun.text) - base
        return noun.sent.text[start:end], start, end

    @staticmethod
    def _named_hit(verb, resolver) -> list[ActorMention]:
        """ "bombed the village, killing ten rebels": the people of the place are those the
        participle names, when it names a side (not mere people), not its reporters
        ("..., killing five people, activists reported": reporters.py)."""
        reporters = reporter_spans(verb.sent)
        for c in verb.children:
            if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i < verb.i:
                continue
            for o in c.children:
                if o.dep_ in OBJ_DEPS:
                    found = [a for a in resolver.actors(o) if len(a.code) >= 6 and a.code[3:6] not in ("CVL", "PPL")
                             and not any(a.end > lo and a.start < hi for lo, hi in reporters)]
                    if found:
                        return found
        return []

    def _hit(self, verb) -> list:
        """What the verb hit: its objects and the objects of its attacked_preps, and of an act's
        ("launched an attack on the town": the town)."""
        def preps(tok):
            return [o for p in tok.children if p.dep_ == "prep" and p.lower_ in self.attacked_preps
                    for o in p.children if o.dep_ == "pobj"]
        heads = [c for c in verb.children if c.dep_ in OBJ_DEPS] + preps(verb)
        kids = list(verb.children)
        if any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "agent" for c in kids):
            # "the town was shelled by X": the passive's subject is what X hit
            heads += [c for c in kids if c.dep_ == "nsubjpass"]
        for h in list(heads):
            if h.lemma_.lower() in self.act_nouns:
                heads += preps(h)
        return heads

    @staticmethod
    def _phrase(head) -> list:
        """The phrase of `head` without the clauses hanging on it ("airstrikes that killed
        civilians": the civilians are the killing's)."""
        out, stack = [], [head]
        while stack:
            tok = stack.pop()
            out.append(tok)
            stack += [c for c in tok.children if c.dep_ not in CLAUSE_DEPS]
        return out
