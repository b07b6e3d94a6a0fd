"""Turn the noun phrases of a parsed sentence into CAMEO actors.

A noun phrase is read whole: "the President of Ecuador, Daniel Noboa" is
one actor (a person, resolved to the office he held on the event date);
"Russian troops" is a country plus a role (RUSMIL); "the Presidents of Russia
and Venezuela" is two actors; "the two leaders", "he" and "the Russian
president" are resolved with the document's memory of the actors named so far.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import ActorMention, Origin
from .codes import is_international
from .coref import Memory
from .dictionary import ActorDictionary
from .entities import person_actor
from .nationality import last_of_hyphened
from .clauses import main_subject_misread
from .conjoined import Conjoined
from .ethnic import non_state
from .former import formerly
from .own_people import people_noun
from .armed_roles import specific_armed_role
from .copular import copula_described
from .orgnames import in_unknown_name
from .titled import as_named_person
from .described import described_instead
from .matcher import PhraseMatch
from .acronyms import acronym_actors
from .matchchecks import MatchChecks
from .rolecodes import RoleCodes
from .members import with_members
from .owned import appositive_role, group_role, envoy_posted, envoy_to_body, placed_after_owner, shared_owner
from .proxies import proxy_forces
from .chambers import without_foreign_chambers
from .placed import PlacedActors
from .senses import thing_sense
from .pointing import SUBJ_DEPS, PointingBack
from .selfdyad import doer_countries

# dependency labels that stay inside one noun phrase
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "case", "nummod", "quantmod",
                     "appos", "prep", "pobj", "npadvmod", "punct", "flat", "predet", "advmod",
                     "conj", "cc", "acomp", "dep"})
NP_PREPS = frozenset({"of", "in", "from", "for", "at", "by"})   # "the President of Venezuela", "forces in Guinea"
GENERIC_HEADS = frozenset({"leader", "member", "head", "chief", "official", "representative",
                           "spokesman", "spokeswoman", "spokesperson", "delegation", "envoy",
                           "unit", "patrol", "convoy", "post", "base", "checkpoint", "position",
                           "camp", "team", "squad", "detachment", "contingent",
                           "republican", "republicans", "democrat", "democrats"})  # party members: chambers.py
QUANTITY_HEADS = frozenset({"thousand", "hundred", "dozen", "score", "million", "group", "number",
                            "crowd", "some", "many", "most", "all", "handful", "tens", "majority"})
# "met his US counterpart": a person in the named country with the subject's role
COUNTERPARTS = frozenset({"counterpart", "counterparts"})
# heads that count people: "thousands of Burkina", "hundreds of Mali" are its civilians
COUNTING_HEADS = frozenset({"thousands", "hundreds", "dozens", "tens", "millions", "scores",
                            "thousand", "hundred", "dozen", "million", "handful", "crowd", "crowds"})


class ActorResolver(PointingBack, PlacedActors, MatchChecks, RoleCodes, Conjoined):
    """Resolves noun phrases of one parsed sentence, given its dictionary matches."""

    def __init__(self, dictionary: ActorDictionary, sent, matches: list[PhraseMatch],
                 date: str | None, memory: Memory):
        self.dictionary = dictionary
        self.sent = sent
        self.date = date
        self.memory = memory
        # "the Hague-based court", "a London-based group": a place where a body sits
        based = [m for m in matches if m.end + 1 < len(sent) and sent[m.end].text == "-"
                 and sent[m.end + 1].lower_ == "based"]
        roles = {i for m in matches if "agent" in m.kinds for i in range(m.start, m.end)}
        negated = [m for m in matches if self._negated(sent, m)]
        matches = [m for m in matches if m not in based and m not in negated
                   and not self._opposed(sent, m, roles, dictionary)]
        # "non-Syrians", "non-Iraqi fighters": whose they are is unknown (no actor)
        self.negated = {t for m in negated for t in range(m.start, m.end)}
        self.based = based          # read as places only (pointing.py)
        self.by_token: dict[int, PhraseMatch] = {}
        for m in matches:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        self._cache: dict[int, list[ActorMention]] = {}
        self.matches = matches
        # places found by the places stage: (start, end, Place, text), offsets in the sentence
        self.place_mentions: list[tuple] = []
        self.unknown_country: str | None = None     # set: bare roles get it, not the story's country
        self.before_text = ""       # the sentence before, as written ("just such an attack": means.py)
        self._bases: list[str] = []                 # the last phrase's codes without its head's role
        self.dateline_end = 0                       # characters of the sentence that are a dateline
        self.acronym_at: dict[int, list[ActorMention]] = {}   # a bare acronym the text defined (acronyms.py)

    def drop_match(self, m: PhraseMatch | None) -> None:
        """Read a dictionary match as no actor (acronyms.py)."""
        if m is not None and m in self.matches:
            self.matches = [x for x in self.matches if x is not m]
            for i in range(m.start, m.end):
                self.by_token.pop(i, None)

    def restore_match(self, m: PhraseMatch) -> None:
        self.matches = sorted(self.matches + [m], key=lambda x: x.start)
        for i in range(m.start, m.end):
            self.by_token[i] = m

    def in_dateline(self, tok) -> bool:
        return tok.idx - self.sent.start_char < self.dateline_end

    # -- noun phrases ------------------------------------------------------
    def np_tokens(self, head) -> list:
        """Tokens of the noun phrase headed by `head`, without its coordinated siblings."""
        out, stack = [], [head]
        while stack:
            tok = stack.pop()
            out.append(tok)
            for child in tok.children:
                if child.dep_ in ("conj", "cc") and tok.i == head.i:
                    continue
                if child.dep_ not in NP_DEPS or main_subject_misread(child):
                    continue
                if child.dep_ == "prep" and child.lower_ not in NP_PREPS:
                    continue
                stack.append(child)
        return sorted(out, key=lambda t: t.i)

    def actors(self, head) -> list[ActorMention]:
        """Every actor of the phrase headed by `head`, its conjuncts and listed members included."""
        group = head
        if head.lemma_.lower() in QUANTITY_HEADS:
            # "thousands of Chilean students": the students are the actor
            of = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
            if of:
                head = of[0]
        key = head.i
        if key in self._cache:
            return self._cache[key]
        self._bases = []
        found = without_foreign_chambers(head, proxy_forces(self, head, non_state(self, head, self._phrase(head))))
        found = formerly(head, found)       # "former prime minister X": a former official
        bases = self._bases
        for conj in head.conjuncts:
            if conj.i > head.i:
                more = without_foreign_chambers(conj, proxy_forces(self, conj, non_state(self, conj, self._phrase(conj))))
                if self.unknown_country and bases:
                    # "Danish media and government", "lawmakers and officials in A and B": the
                    # role shares the countries of its sibling
                    more = [self._with_base(a, b) for a in more
                            for b in (bases if a.code.startswith(self.unknown_country) else [None])]
                elif self.unknown_country is None:
                    more = shared_owner(self, found, conj, self._shared_nationality(found, conj, more))
                found += [a for a in more if a.code not in {f.code for f in found}]
        self._cache[key] = found     # first: a member's phrase never reads its group again
        found = with_members(self, head, with_members(self, group, found) if group is not head else found)
        self._cache[key] = found
        if group is not head and group.lower_ in COUNTING_HEADS:
            # "thousands of Burkina gathered": a country's name counted is its people (not
            # "all of Syria", "most of Iran": the country itself); the cache keeps the name's
            # own reading for its other uses
            found = [replace(a, code=a.code + "CVL", how=a.how + " + civilians (counted)")
                     if len(a.code) == 3 and a.origin == Origin.NAME else a for a in found]
        return found

    @staticmethod
    def _doer_thing(head, head_rel: int, matches) -> bool:
        """A common noun no dictionary entry covers, in a doer's place (subject, or the "by"
        of a passive): "a bomb", "the blast", "an explosion"."""
        if head.pos_ != "NOUN" or head.lemma_.lower() in GENERIC_HEADS:
            return False
        if any(m.start <= head_rel < m.end for m in matches):
            return False
        return head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "pobj" and head.head.dep_ == "agent")

    def _phrase(self, head) -> list[ActorMention]:
        if self.acronym_at:
            defined = acronym_actors(self, head)
            if defined is not None:
                return defined      # "SBG", defined earlier as "the Sahel Border Guard"
        toks = self.np_tokens(head)
        rel = [t.i - self.sent.start for t in toks]
        if self.negated.intersection(rel):
            return []
        seen, matches = set(), []
        for i in rel:
            m = self.by_token.get(i)
            if m is not None and id(m) not in seen and not self._backer(m):
                seen.add(id(m))
                matches.append(m)
        head_rel = head.i - self.sent.start
        matches = self._without_related_possessors(head, matches)

        persons, strong, countries, roles = [], [], [], []
        doer_thing = self._doer_thing(head, head_rel, matches)
        for m in matches:
            if doer_thing and self._named_as_place(m, head_rel):
                continue        # "died when a roadside mine went off in Mali": where the bomb was, no doer
            res = self.match_actor(m)
            if res is not None and res[0] == "country" and res[1].origin == Origin.NAME and in_unknown_name(self, m):
                continue        # "the Yemen Campaign, a human rights group": no state (orgnames.py)
            role = self.role_of(m)
            if res is not None:
                kind, actor = res
                if kind == "gov" and self._named_as_place(m, head_rel):
                    # "a checkpoint in Tripoli": a city where something is, not the government;
                    # its country as the places stage read it in context
                    kind, actor = "country", self._place_country(m, actor)
                if kind == "person":
                    persons.append((m, actor))
                elif kind in ("gov", "org"):
                    strong.append((m, actor))
                else:
                    countries.append((m, actor))
            if role and res is None:
                roles.append((m, role))
            elif role and res is not None and res[0] == "country" and m.start <= head_rel < m.end:
                roles.append((m, role))

        countries = last_of_hyphened(self, head, countries)     # "Egyptian-American X" (nationality.py)
        # a person NER names and the dictionaries do not know (entities.py)
        named = person_actor(self, head, toks, persons, strong, countries, roles)
        if named is not None:
            return named
        coordinated = any(t.dep_ == "conj" for t in toks) or any(self._hyphen_pair(m) for m in matches) or \
            any(t.dep_ == "cc" and self._cc_modifiers(t.head) for t in toks)
        role = None
        if roles:
            # a role names the actor only when it is the phrase's head: "Russian troops",
            # not "military exercises" or "police custody"
            role_match = next((r for r in roles if r[0].start <= head_rel < r[0].end), None)
            if role_match is None and head.pos_ == "PROPN":
                # a title before a name: "Judge Alejandro Rivera", "General Aoun"
                titles = {t.i - self.sent.start for t in head.children if t.dep_ == "compound"}
                titles |= {c.i - self.sent.start for t in head.children if t.dep_ == "compound"
                           for c in t.children if c.dep_ == "compound"}
                role_match = next((r for r in roles if any(r[0].start <= i < r[0].end for i in titles)), None)
            if role_match is None and head.lemma_.lower() in GENERIC_HEADS:
                role_match = roles[0]          # "an army unit", "a police patrol"
            if role_match is None and head.pos_ == "NOUN" and head.dep_ == "nsubj":
                # the doer of a clause: "army bulldozers demolished", "police vehicles blocked";
                # not the role of a thing nobody acts with ("military exercises", "police custody")
                used = {c.i - self.sent.start for c in head.children if c.dep_ == "compound"}
                role_match = next((r for r in roles if any(r[0].start <= i < r[0].end for i in used)), None)
            role = role_match[1] if role_match else None
            if role_match and head.lemma_.lower() in GENERIC_HEADS:
                role = group_role(head, roles, role_match, self.sent.start)     # "leaders of the coalition"
        role = appositive_role(self, head, roles, role)     # "the X forces, a coalition of rebel militias"
        role = specific_armed_role(head, roles, role, self.sent.start)     # "rebel fighters": REB
        # "its forces in Syria": whose they are, not where (owned.py)
        countries = placed_after_owner(self, head, countries, head_rel, role)
        countries = envoy_posted(self, head, countries, head_rel)   # "Germany's envoy in Warsaw"
        strong = envoy_to_body(self, head, strong, countries)       # "Russia's UN ambassador"
        if self.unknown_country is not None and roles and not persons:
            return self._petrarch_roles(strong + countries, roles, rel, head_rel, coordinated)
        if coordinated:
            # "Maduro and Putin", "the US, Russia and Switzerland", "the Presidents of Russia and Venezuela":
            # the actors joined by "and", not others named inside the phrase ("the island of Cyprus")
            items = sorted((it for it in persons + strong + countries if self._in_conj(it[0], rel)),
                           key=lambda it: it[0].start)
            if len(items) > 1:
                out, codes = [], set()
                for m, a in items:
                    if role and (m, a) in countries:
                        a = self._with_role(a, role)
                    elif (m, a) in persons:
                        a = self._titled(m, a, roles)
                    if a.code not in codes:
                        codes.add(a.code)
                        out.append(a)
                return out

        def nearest(items):
            return min(items, key=lambda it: abs(it[0].start - head_rel))[1]

        international = [it for it in strong if is_international(it[1].code)]
        if persons and international:
            # "Kenzo Oshima, the UN relief coordinator": the office named beside the person
            return [nearest(international)]
        if persons:
            return described_instead(self, head, persons, countries, roles) or [self._titled(*min(persons, key=lambda it: abs(it[0].start - head_rel)), roles)]
        strong = self._metonyms_of_named(strong, countries)
        if strong:
            return [nearest(strong)]
        if countries:
            m, actor = countries[0] if len(countries) == 1 else min(
                countries, key=lambda it: abs(it[0].start - head_rel))
            if not role:
                # "the support of the Russian government": the role of the noun the country modifies
                governing = self.sent[m.start:m.end].root.head.i - self.sent.start
                role = next((r for rm, r in roles if rm.start <= governing < rm.end), None)
            if not role and head.lower_ in COUNTERPARTS:
                role = self._counterpart_role(head)
            if not role and people_noun(head, self.sent[m.start:m.end].root):
                role = "CVL"        # "Argentina's bus drivers": its people, not the state
            return [self._with_role(actor, role) if role else actor]
        if role and thing_sense(head):
            return []       # "a political settlement", "supplied valuable intelligence" (senses.py)
        # nothing named: words that point back
        return self._anaphor(head, toks, role)

    def _names_actor_at(self, tok, matches) -> bool:
        rel = tok.i - self.sent.start
        return any(m.start <= rel < m.end and self.match_actor(m) is not None for m in matches)

    def _without_related_possessors(self, head, matches):
        """An apposition names one actor twice; a possessor in either half is whom it is
        related to, not the actor: "Russia, Assad's main backer" and "Assad's backer, Russia"
        are Russia. Only when the other half names an actor itself."""
        appos = [c for c in head.children if c.dep_ == "appos"]
        if not appos:
            return matches
        if self._names_actor_at(head, matches):
            # the head is named: drop possessors inside its appositive
            halves = appos
        elif any(self._names_actor_at(a, matches) for a in appos):
            # the appositive is named: drop the head's possessor
            halves = [head]
        else:
            return matches

        def related(m) -> bool:
            root = self.sent[m.start:m.end].root
            return root.dep_ == "poss" and any(root.head.i == h.i for h in halves)
        return [m for m in matches if not related(m)]

    def unnamed(self, role: str, text: str, start: int, end: int, why: str, head=None,
                besides: frozenset = frozenset()) -> ActorMention | None:
        """An actor known only by its role (unidentified attackers, unnamed victims), in the
        country named around it (coref.Memory.role_country); None when that is unclear.
        head: the noun naming the actor, if any (only its own origin, "people from Homs", counts);
        besides: the countries of the other side's own actor, which lend this one none."""
        if head is not None and self.negated.intersection(t.i - self.sent.start for t in self.np_tokens(head)):
            return None         # "non-Iraqi fighters": of some other country, unknown
        # a victim's home ("a teacher from Leeds") is not where the act happened
        located = self.without_origins(self.memory.located.get(self.memory.sentence, []), head)
        found = self.memory.role_country(self.named_here(head), located,
                                         self.without_origins(self.placed_here(), head),
                                         self.where_here(head), role=role, besides=besides,
                                         hit_by=doer_countries(self, head, role) if head is not None else frozenset())
        if found is None:
            return None
        country, origin = found
        if origin != Origin.STORY_COUNTRY:
            why = why.replace("the story's country", "a country named nearby")
        name = self.dictionary.country_name(country) or country
        return ActorMention(text, start, end, country + role, name, why, origin)

    def names_actor(self, tok) -> bool:
        """Does the token itself (not a phrase hanging on it) belong to a named actor or role?"""
        m = self.by_token.get(tok.i - self.sent.start)
        return m is not None or tok.pos_ == "PRON" or tok.lower_ in COUNTERPARTS

    def _span(self, toks) -> tuple[str, int, int]:
        s, e = toks[0], toks[-1]
        doc = self.sent.doc
        if self.__dict__.get("_text_of") is not doc:      # Doc.text joins every token: once
            self._text_of, self._text = doc, doc.text
        return (self._text[s.idx:e.idx + len(e.text)], s.idx - self.sent.start_char,
                e.idx + len(e.text) - self.sent.start_char)


    @staticmethod
    def _phrase_top(tok):
        """The head of the noun phrase a token belongs to ("Russian" -> "troops")."""
        for _ in range(4):
            if tok.dep_ in NP_DEPS and tok.dep_ not in ("conj", "prep", "pobj", "appos") and tok.head.i != tok.i:
                tok = tok.head
            else:
                break
        return tok

    @staticmethod
    def _verb_of(tok):
        for _ in range(8):
            if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
                return tok
            tok = tok.head
        return tok

    def country_of(self, actor: ActorMention) -> ActorMention | None:
        """The bare country an actor belongs to (VENGOV -> VEN), None for organisations."""
        code = actor.code
        if len(code) < 3 or is_international(code):
            return None
        name = self.dictionary.country_name(code[:3]) or actor.name
        return replace(actor, code=code[:3], name=name, how=actor.how + " (its country)")

    def remember(self, actors: list[ActorMention], head=None) -> None:
        """Keep the actors of one phrase in the document's memory (head: the phrase's parsed head)."""
        group = self.memory.new_group()
        actors = as_named_person(actors, head, self)   # "the defence minister, Hulusi Akar,"
        plural = len(actors) > 1
        subject = None
        if head is not None:
            # "a small group of jihadis attacked": the group's subject is its members'
            of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
            amount = of.head if of is not None and of.head.lemma_.lower() in QUANTITY_HEADS else None
            top = self._phrase_top(amount if amount is not None else head)
            # a name read as its sentence's root ("Joe Biden a candidate urged ...", no commas)
            # is that sentence's subject misparsed
            subject = top.dep_ in SUBJ_DEPS or top.dep_ == "nsubjpass" or \
                (top.dep_ == "ROOT" and top.pos_ == "PROPN")
            # a plural role word, which the tagger may read as a name ("Jihadis"): "they"
            plural = plural or top.tag_ in ("NNS", "NNPS") or \
                head.tag_ in ("NNS", "NNPS") or self.dictionary.agent_plural(head.lower_)
        for a in actors:
            self.memory.add(a, person=a.origin == Origin.OFFICE or (
                a.origin == Origin.DESCRIPTION and a.code.endswith("GOV") and not plural),
                plural=plural or a.origin == Origin.PEOPLE, subject=subject, group=group)

    def _titled_person(self, tok) -> ActorMention | None:
        """The one person a name with a title the dictionaries match reads as ("rebel spokesman
        Jean Mbala": entities.py), or None."""
        if tok.pos_ != "PROPN" or tok.dep_ in ("compound", "flat") or not any(
                c.dep_ == "compound" and c.i < tok.i and c.i - self.sent.start in self.by_token
                for c in tok.children):
            return None
        found = self.actors(tok)
        if len(found) != 1 or found[0].origin != Origin.OFFICE:
            return None
        return found[0]

    def _nobody(self, tok) -> bool:
        """A name of the people dictionary that reads as no actor in this sentence."""
        m = self.by_token.get(tok.i - self.sent.start)
        return m is not None and m.kinds == frozenset({"person"}) and not self.actors(tok)

    def remember_unknown_persons(self) -> None:
        """Named people no dictionary knows, as subjects ("Ahmed Khalil said"): "he" may be them;
        one read with a title (entities.py) or by the surname of one named before is that actor."""
        for tok in self.sent:
            titled = self._titled_person(tok)
            if titled is not None:
                # "rebel spokesman Jean Mbala", subject or object: the person, not the title's role
                self.memory.add(titled, person=True, subject=tok.dep_ in SUBJ_DEPS or tok.dep_ == "nsubjpass")
                continue
            if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.dep_ == "nsubj" and \
                    tok.head.pos_ == "NOUN" and not self.names_actor(tok) and not self._is_place(tok):
                # "My friend Lena Marsh was a Canadian photographer": "she" is the photographer
                described = copula_described(self, tok)
                if described is not None:
                    self.memory.add(described, person=True, subject=True)
                continue
            # a dictionary name that is nobody here ("Ivan Smirnov": a namesake, or out of office)
            # is a person no dictionary knows
            if tok.dep_ in SUBJ_DEPS and tok.pos_ == "PROPN" and not self._is_place(tok) \
                    and (not self.names_actor(tok) or self._nobody(tok)):
                names = [c for c in tok.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
                if any(self.names_actor(c) for c in names):
                    continue
                known = [a for a in self.actors(tok) if a.origin == Origin.OFFICE]
                if len(known) == 1:
                    self.memory.add(known[0], person=True, subject=True)
                elif copula_described(self, tok) is not None:
                    # "Lena Marsh was a Canadian photographer": "she" is the photographer
                    self.memory.add(copula_described(self, tok), person=True, subject=True)
                elif names:
                    self.memory.add_unknown_person(tok.idx - self.sent.start_char, tok.text)
                elif tok.text in self.memory.unknown_surnames or tok.ent_type_ == "PERSON":
                    # "Smirnov said" after "Ivan Smirnov ...", or a one-word name NER reads as a person
                    self.memory.add_unknown_person(tok.idx - self.sent.start_char)
