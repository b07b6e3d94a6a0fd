"""Code the events of one parsed sentence.

For every verb in the verb dictionary (or light verb carrying an event noun):
1. pick the code: the most specific dictionary pattern that matches the words
   around the verb, else the verb's own code, else the event noun's code;
2. drop it when negated, hypothetical or wished for; turn a plan into a
   statement of intent (03) and a threatened act of force into a threat (13);
3. find who did it (subject, or the "by" agent of a passive) and to whom
   (object, or the object of a preposition), inheriting the subject across
   "and" and "to"-clauses;
4. emit one event per (source, target) pair; a compound subject with no
   target ("Russia and China agreed") gives an event between its members.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..dates.resolve import DatePhrase, event_date, opening_phrase
from ..records import ActorMention, EventMention
from .patterns import Pattern, VerbDictionary, word_match
from .rules import Rules

SUBJ_DEPS = ("nsubj", "csubj")
OBJ_DEPS = ("dobj", "dative", "obj", "oprd")
VERB_POS = ("VERB",)
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "acl", "csubj"})
# codes where "A and B did it" with no target means A did it with B
PAIR_ROOTS = frozenset({"03", "04", "06"})
PAIR_CODES = frozenset({"057", "0871", "190", "193"})


def pairable(code: str) -> bool:
    return code[:2] in PAIR_ROOTS or code in PAIR_CODES


@dataclass
class Trigger:
    token: object            # the verb
    code: str
    pattern_id: str
    noun: object | None = None   # the event noun, for light verbs
    among: bool = False          # a "%" pattern: the compound subject acts on itself ("A and B renewed ties")
    reverse: str = ""            # "042:043" in a PETRARCH dictionary: the target's side (043) too
    pattern: Pattern | None = None   # the pattern that fired, for its $ (source) and + (target) slots

    def __post_init__(self):
        if ":" in self.code:
            self.code, _, self.reverse = self.code.partition(":")


class EventCoder:
    def __init__(self, verbs: VerbDictionary | None = None, rules: Rules | None = None,
                 statements: bool = False):
        self.verbs = verbs or VerbDictionary.load()
        self.rules = rules or Rules.load()
        self.petrarch = self.rules.mode == "petrarch"    # read text as PETRARCH does (imported dictionaries)
        self.skip_roots = frozenset() if statements else self.rules.uncoded_roots
        slots = self.rules.slots
        self.target_preps = slots["target_preps"]
        self.object_target_preps = slots["object_target_preps"]
        self.place_preps = slots["place_preps"]
        self.statement_verbs = slots["statement_verbs"]
        self.directive_heads = slots["directive_heads"]
        self.directive_nouns = slots["directive_nouns"]
        self.default_target_roots = slots["default_target_roots"]
        self.instrument_heads = slots["instrument_heads"]
        self.unidentified_roots = slots["unidentified_roots"]
        self.default_victim_roots = slots["default_victim_roots"]
        self.hedge_verbs = slots["hedge_verbs"]
        self.victim_nouns = slots["victim_nouns"]
        self._sources: list[ActorMention] = []    # the current event's sources, for _ok()
        self._topic_objects = False                # objects of consult verbs are topics unless actors
        self._multi: dict[str, list[str]] = {}     # "call" -> ["call on", "call off", ...]
        for v in self.verbs.verbs():
            if " " in v.lemma:
                self._multi.setdefault(v.lemma.split()[0], []).append(v.lemma)

    def trigger_words(self) -> frozenset[str]:
        """Lower-case words that may start an event: the cheap pre-filter's list."""
        words = set(self.verbs.surface_forms())
        for noun in self.rules.nouns:
            last = noun.split()[-1]
            words.update({last, last + "s", last + "es"})
        return frozenset(words)

    # -- code choice ---------------------------------------------------------
    def _pattern_matches(self, pattern: Pattern, before: list[str], after: list[str],
                         loose: tuple[dict, dict] = ({}, {})) -> bool:
        return (self._subsequence(pattern.before, before, from_end=True, loose=loose[0])
                and self._subsequence(pattern.after, after, loose=loose[1]))

    def _match(self, word: str, tokens, pos: int, loose: dict) -> int:
        """Tokens matched by a pattern word at pos; the parts of "a=b" follow each other, with
        determiners between them ("agreed on the importance") and adjectives before a synset
        part (loose: index -> DET or ADJ), as PETRARCH reads {NEW &TIETYPES RELATIONS} in
        "new global economic relations"."""
        if "=" not in word:
            if word[0] != "&":          # a plain word: the common case, kept cheap
                return 1 if pos < len(tokens) and word_match(word, tokens[pos]) else 0
            return self.verbs.match_length(word, tokens, pos)
        start = pos
        for k, part in enumerate(word.split("=")):
            n = self.verbs.match_length(part, tokens, pos)
            while not n and k and (loose.get(pos) == "DET" or (part[0] == "&" and loose.get(pos) == "ADJ")):
                pos += 1
                n = self.verbs.match_length(part, tokens, pos)
            if not n:
                return 0
            pos += n
        return pos - start

    def _subsequence(self, words, tokens, from_end=False, loose: dict | None = None) -> bool:
        words = [w for w in words if w not in ("+", "$", "^", "*", "%")]
        if not words:
            return True
        if not any(w[0] == "&" or "=" in w for w in words):
            # plain words only (most patterns): one greedy scan, from the verb outwards
            if from_end:
                words, tokens = words[::-1], tokens[::-1]
            i = 0
            for tok in tokens:
                if word_match(words[i], tok):
                    i += 1
                    if i == len(words):
                        return True
            return False

        def match(w, j):
            return self._match(w, tokens, j, loose or {})

        if from_end:
            # the words in order, ending as late as possible before the verb
            end = len(tokens)
            for w in reversed(words):
                j = end - 1
                while j >= 0 and not (0 < match(w, j) <= end - j):
                    j -= 1
                if j < 0:
                    return False
                end = j
            return True
        pos = 0
        for w in words:
            while pos < len(tokens) and not match(w, pos):
                pos += 1
            if pos >= len(tokens):
                return False
            pos += match(w, pos)
        return True

    def _lemmas(self, verb) -> list[str]:
        lemma = verb.lemma_.lower()
        lemmas = []
        if self.petrarch and verb.lower_ != lemma and self.verbs.verb(verb.lower_) is not None:
            lemmas.append(verb.lower_)      # PETRARCH reads the word as written: "LEFT [042:043]"
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
        for multi in self._multi.get(lemma, ()):
            if all(w in particles for w in multi.split()[1:]):
                lemmas.append(multi)
        for toks, multi in self.verbs.multiword_forms(verb.lower_):
            # by the word as written, when the lemmatiser errs ("cordoned" -> "cordone")
            if multi not in lemmas and all(w in particles for w in toks[1:]):
                lemmas.append(multi)
        if self.petrarch and verb.lower_ not in self.verbs.surface_forms():
            pass            # PETRARCH knows the forms its dictionary lists: "departes" is none of them
        elif self.verbs.verb(lemma) is not None:
            lemmas.append(lemma)
        else:
            lemmas += [lem for lem in self.verbs.lemma_for_form(verb.lower_) if " " not in lem]
        return lemmas

    def _event_noun(self, verb):
        for child in verb.children:
            if child.dep_ in OBJ_DEPS or (child.dep_ == "nsubjpass"):
                # "launched artillery, mortar and rocket fire": any of the coordinated objects
                for tok in [child] + list(child.conjuncts):
                    noun = self._noun_of(tok)
                    if noun:
                        return tok, noun
        return None, None

    def _noun_of(self, tok):
        nouns = self.rules.nouns
        lemma = tok.lemma_.lower()
        comp = [c for c in tok.children if c.dep_ == "compound"]
        if comp:
            two = f"{comp[-1].lemma_.lower()} {lemma}"
            if two in nouns:
                return nouns[two]
        return nouns.get(lemma) or nouns.get(tok.lower_)

    @staticmethod
    def _clause(verb) -> list:
        """The verb's own clause: its subtree without embedded clauses of other verbs."""
        out, stack = [], [verb]
        while stack:
            tok = stack.pop()
            out.append(tok)
            stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS)
        return sorted(out, key=lambda t: t.i)

    def choose(self, verb) -> Trigger | None:
        sent = verb.sent
        clause = self._clause(verb)
        if self.petrarch:      # words before the verb in its own clause only
            before_toks = [t for t in clause if t.i < verb.i]
        else:
            before_toks = [t for t in sent if t.i < verb.i]
        after_toks = [t for t in clause if t.i > verb.i]
        before = [t.lower_ for t in before_toks]
        after = [t.lower_ for t in after_toks]
        loose = ({k: t.pos_ for k, t in enumerate(before_toks) if t.pos_ in ("ADJ", "DET")},
                 {k: t.pos_ for k, t in enumerate(after_toks) if t.pos_ in ("ADJ", "DET")})
        lemma0 = verb.lemma_.lower()
        light = lemma0 in self.rules.light_verbs
        noun_tok, noun = self._event_noun(verb) if light else (None, None)
        light = light and lemma0 not in self.rules.light_own_code
        compound = any(c.dep_ in SUBJ_DEPS and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
        for lemma in self._lemmas(verb):
            blocked = False
            patterns = self.verbs.patterns(lemma)
            if compound:        # "A and B postponed their meeting": the compound-subject patterns first
                patterns.sort(key=lambda p: "%" not in p.before and "%" not in p.after)
            for pattern in patterns:
                if not compound and ("%" in pattern.before or "%" in pattern.after):
                    continue            # "%": only for a compound subject ("A and B restored ties")
                if self._pattern_matches(pattern, before, after, loose):
                    if pattern.code == "---":
                        blocked = True       # a pattern that says: not an event
                        break
                    return Trigger(verb, pattern.code, pattern.id,
                                   among="%" in pattern.before or "%" in pattern.after, pattern=pattern)
            if blocked:
                continue
            if noun is not None:
                return Trigger(verb, noun.code, f"noun:{noun.noun}", noun_tok)
            v = self.verbs.verb(lemma)
            if v is not None and v.code != "---" and not light:
                return Trigger(verb, v.code, f"verb:{lemma}")
        if noun is not None:
            return Trigger(verb, noun.code, f"noun:{noun.noun}", noun_tok)
        return None

    # -- modality --------------------------------------------------------------
    def modality(self, verb) -> tuple[str, object | None]:
        """('fact'|'negated'|'future'|'intent'|'threat'|'directive'|'content', head).

        head is the verb that carries the intention, threat, wish or refusal, if any.
        """
        r = self.rules
        tok = verb
        while True:
            kids = list(tok.children)
            if any(c.dep_ == "neg" for c in kids):
                if any(c.dep_ == "aux" and c.lower_ in r.future_aux for c in kids):
                    return "refusal", None          # "will not meet their demands"
                return "negated", None
            if any(c.dep_ == "mark" and c.lower_ in r.hypothetical_marks for c in kids):
                return "negated", None
            if any(c.dep_ == "aux" and c.lower_ in r.obligation_aux for c in kids):
                return "directive", None
            if any(c.dep_ == "aux" and c.lower_ in r.speculative_aux for c in kids):
                return "negated", None              # a guess: "may have attacked"
            if any(c.dep_ == "aux" and c.lower_ in r.future_aux for c in kids):
                # "would not provide support" is a refusal
                if tok.i != verb.i and any(c.dep_ == "neg" for c in kids):
                    return "refusal", None
                return "future", None
            if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
                tok = tok.head
                continue
            head = tok.head
            if head.i == tok.i:
                return "fact", None
            hl = head.lemma_.lower()
            infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids)
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
            if tok.dep_ in ("xcomp", "ccomp"):
                if infinitive and own_subject and (hl in r.intent_heads or hl in self.directive_heads):
                    return "directive", head        # "wants Putin to attack": a wish about another
                if tok.dep_ == "xcomp" or infinitive:
                    if hl in r.negating_heads:
                        return "negated", head
                    if hl in r.threat_heads:
                        return "threat", head
                    if hl in r.intent_heads:
                        return "intent", head
                if hl in self.directive_heads:
                    return "directive", head
                if any(c.dep_ in OBJ_DEPS and c.lemma_.lower() in self.directive_nouns for c in head.children):
                    return "directive", head        # "reiterated its demand that Israel ease ..."
                if head.pos_ in ("NOUN", "PROPN"):
                    return "content", head          # "an admission that X murdered Y"
                if tok.dep_ == "xcomp":
                    tok = head
                    continue
                return "fact", None
            if tok.dep_ in ("acl", "relcl") and infinitive:
                return "content", head              # "a meeting to discuss ..."
            if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBN", "VBG"):
                return "content", head              # "the deal signed in March", "lines leading into"
            if tok.dep_ == "advcl":
                if infinitive:
                    return "content", head          # purpose: "... to demand reforms"
                if any(c.dep_ == "mark" and c.lower_ in r.hypothetical_marks for c in kids):
                    return "negated", None
            return "fact", None

    def apply_modality(self, code: str, mood: str, head=None) -> str | None:
        root = code[:2]
        if mood == "fact":
            return code
        if mood in ("negated", "directive", "content"):
            return None
        if mood == "refusal":
            return "120" if root in ("03", "04", "05", "06", "07", "08") else None
        if root in ("03", "13"):
            return code
        if mood == "threat" or root in self.rules.threat_codes:
            # "threatened to cut", "said they would attack": a threat
            return self.rules.threat_codes.get(root, "130")
        # future or intent: a stated intention to cooperate is itself the event
        return self.rules.intent_codes.get(root) or None

    def petrarch_modality(self, verb, code: str) -> str | None:
        """PETRARCH's reading: the pattern's code, whatever the tense or mood; a verb negated
        by its own "not" takes the code of its negation (negation.tsv), or none."""
        negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
                      for c in verb.children)       # "did not even ever clash": "not" under "ever"
        if not negated and verb.dep_ == "xcomp" and not any(c.tag_ == "TO" for c in verb.children):
            # "will not wire tap", read as "wire" + bare "tap": the negation is the pair's
            negated = any(c.dep_ == "neg" for c in verb.head.children)
        if not negated:
            return code
        return (self.rules.negation or {}).get(code)

    # -- slots -------------------------------------------------------------------
    def sources(self, verb, resolver) -> tuple[list[ActorMention], bool, list[ActorMention]]:
        """(actors, passive, implied targets)."""
        tok = verb
        for _ in range(4):
            kids = list(tok.children)
            if self.petrarch:
                subjects = self._petrarch_subjects(kids, resolver)
                if subjects is not None:
                    return subjects, False, []
            for c in kids:
                if c.dep_ in SUBJ_DEPS:
                    return resolver.actors(c), False, []
            for c in kids:
                if c.dep_ == "agent":
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    return (resolver.actors(objs[0]) if objs else []), True, []
            if any(c.dep_ == "nsubjpass" for c in kids):
                return [], True, []
            if tok.dep_ == "relcl":
                return resolver.actors(tok.head), False, []
            if tok.dep_ == "acl" and tok.head.dep_ in OBJ_DEPS:
                tok = tok.head.head          # "issued a declaration demanding ...": the issuer
                continue
            if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.dep_ == "ROOT":
                # "a Taliban sniper shot and killed ...", with "shot" read as a noun
                return resolver.actors(tok.head), False, []
            if tok.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp") and tok.head.i != tok.i:
                if self.petrarch and tok.dep_ == "xcomp" and any(
                        c.dep_ in OBJ_DEPS for c in tok.head.children):
                    break       # "urged Bree to help": PETRARCH codes the urging only
                if self.petrarch and tok.dep_ == "xcomp":
                    raised = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
                    if raised:  # "Gollum was seen to break into ...": Gollum breaks in
                        return resolver.actors(raised[0]), False, []
                tok = tok.head
                if tok.pos_ == "ADP" and tok.lower_ == "for":
                    # "A thanked B for providing X": B provided it, to A
                    verb_head = tok.head
                    objs = [c for c in verb_head.children if c.dep_ in OBJ_DEPS]
                    if objs:
                        subj = self.sources(verb_head, resolver)[0]
                        return resolver.actors(objs[0]), False, subj
                    tok = verb_head
                continue
            break
        return [], False, []

    def _slot_actors(self, pattern: Pattern, verb, resolver, subjects):
        """(sources, targets) that a PETRARCH pattern places with $ and +, None where it does not:
        "- + * MONEY $" makes the subject the target and the actor after "money" the source."""
        found = {"$": None, "+": None}
        for marker in found:
            if marker in pattern.before:
                found[marker] = subjects
        if "$" in pattern.after or "+" in pattern.after:
            toks = [t for t in self._clause(verb) if t.i > verb.i]
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
                    while pos < len(lower) and not self._match(w, lower, pos, {}):
                        pos += 1
                    pos += self._match(w, lower, pos, {}) if pos < len(lower) else 0
        return found["$"], found["+"]

    @staticmethod
    def _petrarch_subjects(kids, resolver) -> list[ActorMention] | None:
        """Every actor of a compound subject, however the parser tied its parts ("Arnor and the
        evil awful Gondor", "Lions, tigers, and Gondor"); None when the verb has no subject."""
        subs = [c for c in kids if c.dep_ in SUBJ_DEPS]
        if not subs:
            return None
        found = [a for c in subs for a in resolver.actors(c)]
        if any(t.dep_ == "cc" for c in subs for t in c.subtree):
            named = {a.start for a in found}          # words already read as part of an actor
            found += [a for c in subs for t in c.subtree
                      if t.dep_ in ("conj", "appos") and resolver.names_actor(t) for a in resolver.actors(t)
                      if a.start not in named]
        return list({a.code: a for a in found}.values())

    def _prep_targets(self, head, resolver, order) -> list[ActorMention]:
        preps = [c for c in head.children if c.dep_ in ("prep", "dative")]
        for word in order:
            for p in preps:
                if p.lower_ != word:
                    continue
                for obj in p.children:
                    if obj.dep_ == "pobj":
                        found = resolver.actors(obj)
                        if self._ok(found):
                            return found
        return []

    def _direct_targets(self, verb, resolver, skip=None) -> list[ActorMention]:
        objs = [c for c in verb.children if c.dep_ in OBJ_DEPS and (skip is None or c.i != skip.i)]
        direct = objs
        if self._topic_objects:
            # "discussed arms control and the detention of American citizens": a topic
            direct = [c for c in objs if resolver.names_actor(c)]
        if not objs:
            # "killed and injured 3 policemen": verbs joined by "and" share the object
            objs = direct = [c for v in verb.conjuncts if v.pos_ == "VERB" for c in v.children
                             if c.dep_ in OBJ_DEPS]
        for c in direct:
            found = resolver.actors(c)
            if self._ok(found):
                return found
        found = self._prep_targets(verb, resolver, self.target_preps)
        if self._ok(found):
            return found
        pobjs = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        for c in objs + pobjs:      # "continue military aid to Mozambique", "commit to assistance to X"
            found = self._prep_targets(c, resolver, self.object_target_preps)
            if self._ok(found):
                return found
        return []

    def _complement_targets(self, head, resolver) -> list[ActorMention]:
        """Targets inside a complement clause: "demanded that Y ...", "threatened to cut ties with Y"."""
        for c in head.children:
            if c.dep_ not in ("ccomp", "xcomp", "acl"):
                continue
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                found = resolver.actors(subj[0])
                if self._ok(found):
                    return found
            found = self._direct_targets(c, resolver)
            if self._ok(found):
                return found
        return []

    def targets(self, trig: Trigger, resolver, passive: bool) -> list[ActorMention]:
        verb = trig.token
        self._topic_objects = trig.code[:2] == "04" and not self.petrarch
        if passive:
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    found = resolver.actors(c)
                    if self._ok(found):
                        return found
        if trig.noun is not None:
            noun = self.rules.nouns.get(trig.pattern_id[5:]) if trig.pattern_id.startswith("noun:") else None
            found = self._prep_targets(trig.noun, resolver, noun.preps if noun else self.target_preps)
            if self._ok(found):
                return found
            found = self._direct_targets(verb, resolver, skip=trig.noun)
            return found or self._complement_targets(trig.noun, resolver)
        found = self._direct_targets(verb, resolver)
        if not found and self.rules.slots["complement_targets"]:
            found = self._complement_targets(verb, resolver)
        if not found and self.rules.slots["deep_targets"]:
            found = self._deep_targets(verb, resolver)
        return found

    def _deep_targets(self, verb, resolver) -> list[ActorMention]:
        """The first actor named anywhere in the verb's objects and phrases, outside other
        clauses: "welcomed a resumption of ties with Osgiliath" (PETRARCH's reading)."""
        heads = [c for c in verb.children
                 if c.dep_ in OBJ_DEPS or c.dep_ in ("prep", "dative", "attr", "advmod", "npadvmod")]
        for head in heads:
            stack, seen = [head], []
            while stack:
                tok = stack.pop()
                seen.append(tok)
                # "memos sent by Bree", "an anti- Gondor parade" (read as a relative clause): the
                # object's own words, not another clause of the sentence
                stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS or c.dep_ in ("acl", "relcl"))
            for tok in sorted(seen, key=lambda t: t.i):
                if tok.pos_ in ("NOUN", "PROPN") and resolver.names_actor(tok):
                    while tok.dep_ in ("compound", "flat") and tok.head.i in {t.i for t in seen}:
                        tok = tok.head          # "Minas Tirith and Osgiliath": the phrase's head
                    found = resolver.actors(tok)
                    if self._ok(found):
                        return found
        return []

    def _ok(self, found: list[ActorMention]) -> bool:
        """A target list worth taking: not only the source's own forces."""
        return bool(found) and not all(self._own_forces(t, self._sources) for t in found)

    @staticmethod
    def _own_forces(target: ActorMention, sources: list[ActorMention]) -> bool:
        """ "contributed 4,000 troops", "withdraw its troops": the source's own forces or officials,
        guessed from the story's country, are what it acts with, not whom it acts on."""
        if target.how.startswith("adjective") and len(target.code) == 3 and \
                any(s.code[:3] == target.code for s in sources):
            return True             # "providing doses of the Russian vaccine": Russia's own thing
        return (target.how.endswith("story country") and target.code[3:] in ("MIL", "GOV")
                and any(s.code[:3] == target.code[:3] and s.code[3:6] in ("", "GOV", "MIL")
                        for s in sources))

    def _hidden_sources(self, verb, resolver, code: str, passive: bool) -> list[ActorMention]:
        """Who did it when the subject is a thing: "a bomb planted by the Taliban killed ...",
        "were killed in an attack by militants"; else an unidentified armed force."""
        things = [c for c in verb.children if c.dep_ in SUBJ_DEPS and c.lemma_.lower() in self.instrument_heads]
        if passive:
            things += [o for p in verb.children if p.dep_ in ("prep", "agent") for o in p.children
                       if o.dep_ == "pobj" and o.lemma_.lower() in self.instrument_heads]
        for thing in things:
            for tok in thing.subtree:
                if tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by"):
                    for obj in tok.children:
                        if obj.dep_ == "pobj":
                            found = resolver.actors(obj)
                            if found:
                                return found
        if code[:2] in self.default_target_roots and self._main_clause(verb):
            # "dozens held a protest": a crowd with no name is civilians of the story's country
            crowd = [c for c in verb.children if c.dep_ in SUBJ_DEPS and
                     (c.pos_ == "NUM" or c.lemma_.lower() in self.victim_nouns)]
            if crowd:
                actor = resolver.unnamed("CVL", crowd[0].text, 0, 0, "unnamed crowd")
                return [actor] if actor else []
        if code[:2] in self.unidentified_roots and (things or passive) and self._main_clause(verb):
            text = things[0].text if things else verb.text
            actor = resolver.unnamed("UAF", text, 0, 0, "unidentified armed force in the story's country")
            return [actor] if actor else []
        return []

    def _main_clause(self, verb, strict: bool = False) -> bool:
        """Is the verb the sentence's main act (possibly joined by "and", or under a hedge)?
        strict: not through adverbial clauses ("after a jet shot down a helicopter")."""
        tok = verb
        for _ in range(4):
            if tok.dep_ == "ROOT":
                return True
            if tok.dep_ == "conj" or (tok.dep_ == "advcl" and not strict):
                tok = tok.head
            elif tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.hedge_verbs:
                tok = tok.head
            else:
                return False
        return False

    def _unnamed_victims(self, verb, resolver, passive: bool) -> list[ActorMention]:
        """ "killed nine people", "abducted a man": civilians of the story's country."""
        deps = ("nsubjpass",) if passive else OBJ_DEPS
        if not self._main_clause(verb):
            return []                       # victims in background clauses are not this event's
        for c in list(verb.children) + [c for v in verb.conjuncts for c in v.children]:
            if c.dep_ in deps and (c.pos_ == "NUM" or c.lemma_.lower() in self.victim_nouns):
                actor = resolver.unnamed("CVL", c.text, c.idx - verb.sent.start_char, 0, "unnamed victims")
                return [actor] if actor else []
        if self._main_clause(verb, strict=True) and any(
                c.dep_ in OBJ_DEPS or (c.dep_ == "prep" and c.lower_ in self.place_preps) for c in verb.children):
            # "attacked the residence of a notable", "opened fire in the village": its people
            actor = resolver.unnamed("CVL", verb.text, 0, 0, "people of the place attacked")
            return [actor] if actor else []
        return []

    def _place_targets(self, verb, resolver) -> list[ActorMention]:
        """A country or capital named as the place of the act: "arrived in Amman"."""
        heads = [verb] + [c for c in verb.children if c.dep_ in OBJ_DEPS]
        for head in heads:
            for p in head.children:
                if p.dep_ != "prep" or p.lower_ not in self.place_preps:
                    continue
                for obj in p.children:
                    if obj.dep_ == "pobj":
                        found = resolver.places(obj)
                        if found:
                            return found
        return []

    def _statement_demand(self, verb, resolver) -> list[ActorMention]:
        """ "X said Y must ..." is a demand on Y: the targets, or [] if not such a sentence."""
        for c in verb.children:
            if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in self.rules.obligation_aux
                                         for a in c.children):
                subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    return resolver.actors(subj[0])
        return []

    # -- the sentence -------------------------------------------------------------
    def code_sentence(self, sent, resolver, doc_id: str, sentence_index: int,
                      anchor: str | None, date_phrases: list[DatePhrase]) -> list[EventMention]:
        text = sent.text
        base = sent.start_char
        by_verb: dict[int, list[EventMention]] = {}
        carried_by: dict[int, int] = {}      # inner verb -> the head verb whose event it makes
        for verb in sent:
            if verb.pos_ not in VERB_POS:
                continue
            trig = self.choose(verb)
            targets = None
            if verb.lemma_.lower() in self.statement_verbs:
                demanded = self._statement_demand(verb, resolver)
                if demanded:
                    trig = Trigger(verb, "100", "rule:statement-must", None)
                    targets = demanded
            if trig is None:
                continue
            if not self.rules.slots["trailing_reports"] and any(
                    c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
                continue        # "..., an official said": the report of the words, not an event
            if self.petrarch:
                mood, head = "fact", None
                code = self.petrarch_modality(verb, trig.code)
            else:
                mood, head = self.modality(verb)
                code = self.apply_modality(trig.code, mood, head)
            if not code or code[:2] in self.skip_roots:
                continue
            sources, passive, implied = self.sources(verb, resolver)
            if self.petrarch and trig.pattern is not None:
                slot_sources, slot_targets = self._slot_actors(trig.pattern, verb, resolver, sources)
                sources = slot_sources or sources
                targets = slot_targets or targets
            if not sources and passive and self.petrarch:
                # "X was criticized over its dispute with Y": PETRARCH takes Y as the doer
                sources = self._deep_targets(verb, resolver)
            if not sources:
                sources = self._hidden_sources(verb, resolver, code, passive)
            if not sources:
                continue
            if code[:2] in self.default_target_roots:
                # demonstrators named by nationality are civilians: "Young Algerians blocked roads"
                sources = [resolver.as_civilians(s) for s in sources]
            if targets is None:
                self._sources = sources
                # "A thanked B for providing X": B's act, done to A unless it names its own target
                targets = self.targets(trig, resolver, passive) or implied
            if not targets and code[:2] in self.default_victim_roots:
                targets = self._unnamed_victims(verb, resolver, passive)
            among_sources = len(sources) >= 2 and (pairable(code) or trig.among) and not passive
            if not targets and not among_sources:
                targets = self._place_targets(verb, resolver)
                if not targets and code[:2] in self.default_target_roots:
                    targets = [resolver.country_of(s) for s in sources[:1] if resolver.country_of(s)]
            pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
            if not targets and among_sources:
                # a "%" pattern codes each side acting on the other, as PETRARCH writes it
                pairs = [(a, b) for i, a in enumerate(sources) for j, b in enumerate(sources)
                         if (i < j or (trig.among and i > j)) and a.code != b.code]
            if not pairs:
                continue
            if head is not None and mood in ("intent", "threat"):
                carried_by[verb.i] = head.i
            t_start = verb.idx - base
            t_end = t_start + len(verb.text)
            trigger_text = verb.text
            if trig.noun is not None:
                gap = trig.noun.i > verb.i + 1
                trigger_text = f"{verb.text} ... {trig.noun.text}" if gap else f"{verb.text} {trig.noun.text}"
                if trig.noun.i > verb.i:
                    t_end = trig.noun.idx + len(trig.noun.text) - base
            date, precision, how = self._date(verb, text, base, anchor, date_phrases)
            if trig.reverse and code == trig.code:
                # "arrived in X" [042:043]: X's side of the visit too (not when negated)
                pairs = [(p, c) for s, t in pairs for p, c in (((s, t), code), ((t, s), trig.reverse))]
            else:
                pairs = [((s, t), code) for s, t in pairs]
            by_verb[verb.i] = [EventMention(doc_id, sentence_index, text, trigger_text, t_start, t_end,
                                            trig.pattern_id, s, t, c, date, precision, how,
                                            trigger_index=verb.i - sent.start)
                               for (s, t), c in pairs]
        # "promised to continue aid", "threatened to cut ties": the inner act names the event
        for inner, head in carried_by.items():
            if inner in by_verb:
                by_verb.pop(head, None)
        return [m for i in sorted(by_verb) for m in by_verb[i]]

    def _date(self, verb, text, base, anchor, phrases):
        """The date phrase that governs the trigger, else the article date.

        A phrase governs the verb it hangs on and the verbs joined to that one by "and",
        adverbial clauses and "to"-clauses ("On 5 March, 5 soldiers were killed and 2 wounded");
        not verbs of reported or background clauses ("the elections held on 21 November").
        """
        governing = {verb.i}
        tok = verb
        while tok.dep_ in ("conj", "advcl", "xcomp", "pcomp") and tok.head.i != tok.i:
            tok = tok.head
            governing.add(tok.i)
        attached = []
        for p in phrases:
            if not p.date:
                continue
            toks = [t for t in verb.sent if p.start <= t.idx - base < p.end]
            if not toks:
                continue
            idx = {t.i for t in toks}
            for r in (t for t in toks if t.head.i not in idx or t.head.i == t.i):
                h = r.head.head if r.head.pos_ == "ADP" else r.head
                if r.head.i in governing or h.i in governing:
                    attached.append(p)
                    break
        if attached:
            return event_date(text, anchor, verb.idx - base, attached)
        opening = opening_phrase(text, phrases)
        if opening is not None and not any(t.dep_ in ("relcl", "acl") for t in [verb, *verb.ancestors]):
            return opening.date, opening.precision, opening.text
        return event_date(text, anchor, None, [])
