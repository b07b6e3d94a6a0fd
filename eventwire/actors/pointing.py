"""Words that point back to actors named before: pronouns ("he", "its", "they"), relative
pronouns, "the two leaders", short names and descriptions ("Morales", "the kingdom", "the
court", "the rebels"). A mixin of ActorResolver (resolve.py): it reads the resolver's sentence,
matches and the document's memory (coref.Memory).
"""
from __future__ import annotations

from dataclasses import replace

from ..records import ActorMention, Origin
from .codes import is_international
from .quoted import speaker
from .again import named_again
from .coref import Memory
from .ethnic import de_facto_home
from .owned import group_at_place, group_body
from .chambers import chamber_country
from .peoples import people_home, people_role
from .matcher import PRONOUNS
from .rivals import blocked, spoken_by_person
from .selfdyad import doer_countries, object_countries
from ..language.truecase import load_titles

# a speaker named by a title ("the Dutch justice minister said he would ..."): a person, whom
# "he"/"she" in what he said refers to (titles.tsv, kind head)
TITLE_HEADS = frozenset(w for w, k in load_titles().items() if k == "head") | {"spokesman", "spokeswoman"}

# words for whoever leads or speaks for a body: "the head of X", "a spokesman for X"
BODY_LEADERS = frozenset({"head", "chair", "chairman", "chairwoman", "chairperson", "leader", "chief",
                          "director", "founder", "commander", "spokesman", "spokeswoman", "spokesperson"})

SUBJ_DEPS = ("nsubj", "csubj")
PAIR_HEADS = frozenset({"leader", "president", "side", "country", "government", "nation",
                        "party", "minister", "counterpart", "state", "head", "delegation"})
PAIR_WORDS = frozenset({"two", "both"})
PERSON_PRONOUNS = frozenset({"he", "him", "she", "her", "his", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
# words for a state as such: "the two countries" are their governments, not their armies
STATE_HEADS = frozenset({"country", "nation", "state", "government"})
# "his country", "their nation": the owner's state
OWN_STATE_HEADS = frozenset({"country", "nation"})
PERSON_HEADS = frozenset({"leader", "president", "minister", "counterpart", "head"})
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "both": 2}
ARMED_ROLES = frozenset({"REB", "INS", "UAF", "SEP"})
# offices one person holds in a country: "a president" (indefinite) is nobody's in particular
SOLE_OFFICES = frozenset({"president", "premier", "chancellor", "king", "queen", "emir", "monarch"})
# nouns any organisation may be called by: "the agency", "the aid groups"
ORG_NOUNS = frozenset({"agency", "organisation", "organization", "group", "charity", "body"})
# what a plain description may say besides its noun: "the Hague-based court", "the UN agency"
DESCRIPTION_DEPS = frozenset({"det", "amod", "compound", "punct", "npadvmod", "advmod", "hmod", "hyph"})


class PointingBack:
    """What words that point back refer to (see the module's doc)."""

    def clear_cache(self) -> None:
        """Forget the phrases read and the sentence contexts built (acronyms.py)."""
        self._cache.clear()
        self._contexts = None

    def _state(self) -> tuple:
        """What a sentence context depends on besides the sentence and its matches: the memory's
        writes, the lookups in progress, the document's namesakes so far."""
        namesakes = self.memory.namesakes
        return (self.memory.version, getattr(self, "_naming_again", False), getattr(self, "_reading_phrase", False),
                len(namesakes.surnames) if namesakes else -1)

    def _kept(self, key, build):
        """What build() returns, kept for the sentence's matches while the state stays (a value
        built while the state changed is not kept)."""
        kept = getattr(self, "_contexts", None)
        if kept is None or kept[0] is not self.matches:
            kept = self._contexts = (self.matches, {})
        key = (key, self._state())
        if key in kept[1]:
            return kept[1][key]
        value = build()
        if key == (key[0], self._state()) and kept is self._contexts:
            kept[1][key] = value
        return value

    def _context(self, before: int) -> Memory:
        """The document's memory plus the actors named earlier in this sentence; built once per
        place in the sentence while the state stays (each pronoun would read every earlier match
        again: _kept)."""
        return self._kept(("context", before), lambda: self._build_context(before))

    def _match_read(self, m):
        """(kind, actor) of a match and the one actor its phrase reads as (or None)."""
        def build():
            res = self.match_actor(m)
            if res is None:
                return None, None
            top = self._phrase_top(self.sent[m.start:m.end].root)
            return res, self._phrase_read(top, m)
        return self._kept(("match", id(m)), build)

    def _build_context(self, before: int) -> Memory:
        local = [m for m in self.matches if m.end <= before]
        named = self._people_named_again(before)
        if not local and not named:
            return self.memory
        mem = self.memory.copy()
        for a in named:
            # "Morales announced ..., hours after Kaliman urged him": a person the sentence's
            # subject names again by a short name, as prominent as one the dictionary matched
            mem.add(a, person=True, subject=True)
        groups: dict[int, int] = {}
        for m in local:
            res, read = self._match_read(m)
            if res is None:
                continue
            top = self._phrase_top(self.sent[m.start:m.end].root)
            first = top
            while first.dep_ == "conj":
                first = first.head
            if first.i not in groups:
                groups[first.i] = mem.new_group()
            conj = first.i != top.i or any(c.dep_ == "conj" for c in top.children)
            plural = conj or top.tag_ in ("NNS", "NNPS")
            if read is not None:
                # "Tanzanian President John Magufuli": the phrase's actor (TZAGOV), as the
                # memory of a finished sentence keeps it, not the bare word matched (TZA)
                mem.add(read, person=read.origin == Origin.OFFICE, plural=plural or read.origin == Origin.PEOPLE,
                        subject=top.dep_ in SUBJ_DEPS, group=groups[first.i])
                continue
            mem.add(res[1], person=res[0] == "person", plural=plural
                    or res[1].origin == Origin.PEOPLE, subject=top.dep_ in SUBJ_DEPS, group=groups[first.i])
        return mem

    def _phrase_read(self, top, m) -> ActorMention | None:
        """The one actor the phrase headed by `top` reads as, of the country of the match `m`
        inside it and with a longer code ("Tanzanian President X": TZAGOV for "Tanzanian");
        None when there is no such single actor, or while a phrase is being read already."""
        if getattr(self, "_reading_phrase", False) or top.pos_ not in ("PROPN", "NOUN"):
            return None
        res = self.match_actor(m)
        self._reading_phrase, bases = True, self._bases
        try:
            found = [a for a in self._phrase(top) if a.code[:3] == res[1].code[:3]
                     and len(a.code) > len(res[1].code)]
        finally:
            self._reading_phrase, self._bases = False, bases
        return found[0] if len(found) == 1 else None

    def _people_named_again(self, before: int) -> list[ActorMention]:
        """People named again as subjects earlier in the sentence ("Morales" after "Evo
        Morales"), that no dictionary phrase covers; not looked for while looking already."""
        if getattr(self, "_naming_again", False):
            return []
        self._naming_again = True
        try:
            found = []
            for tok in self.sent[:before]:
                if tok.dep_ in SUBJ_DEPS and (tok.pos_ == "PROPN" or tok.text[:1].isupper()) and \
                        tok.pos_ != "PRON" and tok.i - self.sent.start not in self.by_token:
                    found += [a for a in self.actors(tok) if a.origin == Origin.OFFICE]
            return found
        finally:
            self._naming_again = False

    def _clause_subject(self, tok):
        """The subject of the clause a pronoun sits in (through "to"-clauses and "accusing it"),
        or None: its actors are never what the pronoun (an object) refers to."""
        verb = tok
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        for _ in range(3):
            subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
            if subj:
                return subj[0]
            if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i != verb.i:
                verb = verb.head
            elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
                verb = verb.head.head       # "threatened X after accusing it": the threatener
            else:
                return None
        return None

    def _owner(self, pron) -> list[ActorMention] | None:
        """ "Germany recalled its ambassador", "Israel said its soldiers ...": a possessive takes
        the subject of its clause, or of the clause above when it sits in the subject itself."""
        verb = pron
        for _ in range(8):
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
                if subj and pron.i not in {t.i for t in subj[0].subtree}:
                    return self.actors(subj[0])
            if verb.head.i == verb.i:
                break
        return None

    def _titled_speaker(self, pron, owner: list[ActorMention]) -> bool:
        """ "the Dutch justice minister said he would ...": one government actor, its subject
        headed by a person's title (not "the ministry", not "Dutch officials")."""
        if len(owner) != 1 or not owner[0].code.endswith("GOV"):
            return False
        speaking = pron.head.head
        subj = [c for c in speaking.children if c.dep_ == "nsubj"]
        return bool(subj) and subj[0].tag_ == "NN" and subj[0].lemma_.lower() in TITLE_HEADS

    def _excluded(self, head) -> set:
        """(start, code) of the actors a non-possessive pronoun cannot be: its clause's subject."""
        if head.dep_ == "poss" or head.dep_ in SUBJ_DEPS:
            return set()
        subj = self._clause_subject(head)
        if subj is None:
            return set()
        # every subject of that verb: "The rebel Free Syrian Army" may be parsed as two
        idx = {t.i - self.sent.start for c in subj.head.children if c.dep_ in SUBJ_DEPS for t in c.subtree}
        out = set()
        for m in self.matches:
            if m.start in idx:
                res = self.match_actor(m)
                if res is not None:
                    out.add((res[1].start, res[1].code))
        if subj.pos_ != "PRON" and not getattr(self, "_naming_again", False):
            # a subject no dictionary phrase covers ("General Kaliman urged him"): never "him"
            # (looked up once: the lookup may meet pronouns of its own)
            self._naming_again = True
            try:
                out |= {(a.start, a.code) for a in self.actors(subj)}
            finally:
                self._naming_again = False
        return out

    def _body_named_again(self, head, toks, memory) -> list[ActorMention] | None:
        """ "the head of the SDF", "X, who leads the SDF's political arm": a leader of
        an organisation named before by its full name, called now by its short name, speaks
        for it."""
        holders = [head] + [c for c in head.children if c.dep_ == "appos"]
        if not any(h.lemma_.lower() in BODY_LEADERS for h in holders):
            return None
        for t in toks:
            if t.dep_ == "pobj" and t.head.lower_ in ("of", "for") and t.pos_ == "PROPN" and \
                    not self.names_actor(t) and not self._is_place(t):
                inner = [x for x in toks if x.i in {y.i for y in t.subtree}]
                again = named_again(self, t, inner, memory)
                if again and all(a.how.startswith("a short name of an organisation") for a in again):
                    return again
        return None

    def _anaphor(self, head, toks, role: str | None) -> list[ActorMention]:
        lower = head.lower_
        text, start, end = self._span(toks)
        memory = self._context(toks[0].i - self.sent.start)

        def point(targets, how: str, origin: Origin) -> list[ActorMention]:
            return [ActorMention(text, start, end, a.code, a.name, how, origin, a.state)
                    for a in targets if a is not None]

        # relative pronouns: "the rebels, who seized ...", "the men whom police arrested"
        if head.tag_ in ("WP", "WDT") or (lower == "that" and head.dep_ in SUBJ_DEPS + ("dobj",)):
            clause = head.head
            if clause.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in clause.children):
                return []           # "Hamas, which advocates ...": a standing trait, not an event
            if clause.dep_ in ("relcl", "acl") and clause.head.i != clause.i and lower not in ("whose", "what"):
                return self.actors(clause.head)
            return []
        words = {t.lower_ for t in toks}
        lemma = head.lemma_.lower()
        number = next((t for t in toks if t.dep_ == "nummod" and t.lower_ in NUMBER_WORDS), None)
        plural_pair = head.tag_ == "NNS" and lemma in PAIR_HEADS and "the" in words
        # "both Koreas", "the two Sudans": a name made plural stands for the two states named
        plural_name = head.tag_ == "NNPS" and bool(words & PAIR_WORDS) and len(toks) <= 3
        if lemma in PAIR_HEADS and (words & PAIR_WORDS or number is not None) or lower == "both" \
                or plural_pair or plural_name:
            # "the two leaders", "both sides", "the three countries": actors named together
            n = NUMBER_WORDS.get(number.lower_, 2) if number is not None else 2
            pair = memory.pair(n, persons=lemma in PERSON_HEADS, sides=lemma in ("side", "party"))
            if plural_name or lemma in STATE_HEADS:
                # "both Koreas", "the two countries": the states, whatever body of theirs was named
                pair = [a if is_international(a.code) or len(a.code) < 3
                        else self._with_role(replace(a, code=a.code[:3]), "GOV") for a in pair]
            return point(pair, "refers to " + " and ".join(repr(a.text) for a in pair), Origin.DESCRIPTION)
        if (head.pos_ == "PROPN" or head.tag_ == "NN" or head.text[:1].isupper()) and not self._is_place(head):
            again = named_again(self, head, toks, memory)       # "Morales", "the League", "the kingdom"
            if again is not None:
                return again
        inner = self._body_named_again(head, toks, memory)
        if inner:
            return inner
        if head.pos_ == "PRON" or lower in PRONOUNS:
            if lower in FIRST_PERSON:
                # "we" in a quote: the speaker's side when the sentence names the speaker
                said_by = speaker(self, head)[:1]
                return point(said_by, f"first person: the speaker {said_by[0].text!r}", Origin.PRONOUN) \
                    if said_by else []
            if head.dep_ == "poss" and lower in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
                owner = self._owner(head)
                if owner and self._fits(lower, owner):
                    return point(owner, f"pronoun: the subject {owner[0].text!r}", Origin.PRONOUN)
            if head.dep_ in SUBJ_DEPS and head.head.dep_ == "ccomp" and lower not in FIRST_PERSON \
                    and head.head.head.i < head.i:
                # "Russia said that they had struck Georgia": the speaker (one named before the
                # pronoun: not "They hit the hospital; people were fleeing")
                owner = self._owner(head)
                if owner and (self._fits(lower, owner) or (lower in PLURAL_PRONOUNS and self._fits("it", owner))
                              or (lower in PERSON_PRONOUNS and self._titled_speaker(head, owner))):
                    return point(owner, f"pronoun: the subject {owner[0].text!r}", Origin.PRONOUN)
                if owner and lower == "it" and spoken_by_person(owner, head.head.head):
                    return []       # "the envoy said it would ...": his state or a thing (rivals.py)
            if lower in THING_PRONOUNS | PLURAL_PRONOUNS and blocked(self, head):
                return []           # a nearer antecedent no dictionary names (rivals.py)
            exclude = self._excluded(head)
            if lower in PERSON_PRONOUNS:
                return point([memory.person(exclude)], "pronoun", Origin.PRONOUN)
            if lower in PLURAL_PRONOUNS:
                return point(memory.plural(exclude), "pronoun", Origin.PRONOUN)
            if lower in THING_PRONOUNS:
                # "X condemned Y after it seized a British tanker": not Britain (selfdyad.py)
                return point([memory.thing(exclude, avoid=object_countries(self, head))], "pronoun",
                             Origin.PRONOUN)
            return []
        poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ in PRONOUNS]
        if role and poss:
            # "their ambassadors", "its soldiers": the owner's country, in that role
            owned = group_at_place(self, poss[0], self.actors(poss[0]), role)
            # a non-state armed group's fighters, police, spokesmen are the group (owned.py)
            return [replace(a, text=text, start=start, end=end, how=f"role {role} of {a.text!r}: the group",
                            origin=Origin.PRONOUN) if group_body(a, role) else
                    replace(self._with_role(self.country_of(a), role), text=text, start=start, end=end,
                            how=f"role {role} of {a.text!r}", origin=Origin.PRONOUN)
                    for a in owned if group_body(a, role) or self.country_of(a) is not None]
        if poss and not role and lemma in OWN_STATE_HEADS and len(toks) == 2:
            # "the minister said her country had ...": the speaker's own state (a government
            # person or body; a group's "country" is no state of its)
            owned = [a for a in self.actors(poss[0]) if not is_international(a.code)
                     and len(a.code) >= 3 and a.code[3:6] in ("", "GOV", "MIL", "LEG")]
            return [replace(self._with_role(replace(a, code=a.code[:3]), "GOV"), text=text, start=start,
                            end=end, how=f"the country of {a.text!r}", origin=Origin.PRONOUN)
                    for a in owned[:1]]
        if head.tag_ == "NN" and "the" in words and self._plain_description(head, toks):
            org = memory.organisation_named(head.lower_)
            if org is not None:         # "the court", "the Hague-based court": the one just named
                return point([org], f"refers to {org.text!r}", Origin.DESCRIPTION)
        if "the" in words and (lemma in ORG_NOUNS or role == "NGO") and self._plain_description(head, toks):
            # "the agency" after one organisation, "the aid groups" after several named together
            orgs = memory.organisations_named(plural=head.tag_ == "NNS")
            if orgs:
                return point(orgs, "refers to " + " and ".join(repr(a.text) for a in orgs), Origin.DESCRIPTION)
        place = self._based_in(toks)
        if place is not None:
            # "the Doha-based network", "London-based activists": of the country they sit in
            return [replace(self._with_role(place, role) if role else place, text=text, start=start, end=end,
                            how=place.how + " (based there)")]
        if role == "GOV" and head.tag_ == "NN" and "the" in words and not any(t.pos_ == "PROPN" for t in toks):
            # "the president": the last head of government named, if recent
            last = memory.last_gov_person()
            if last is not None:
                return point([last], f"refers to {last.text!r}", Origin.DESCRIPTION)
            # no one named: "the government", "the president" of the country the text is about
        if role == "GOV" and head.lower_ in SOLE_OFFICES and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return []           # "for a risk-averse president pledged to ...": any president, no state's
        if not role and not self.unknown_country:
            role = people_role(head)            # "the Rohingya", "Uighurs": a people's civilians
        if role and self.unknown_country:
            # PETRARCH's reading: a role without a named country is of an unknown one ("---REL")
            return [ActorMention(text, start, end, self.unknown_country + role, role, f"role {role}", Origin.ROLE)]
        if role:
            bare = "the" not in words and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
            if role in ARMED_ROLES and head.tag_ == "NNS" and ("the" in words or bare):
                # "the rebels", "the militants": the armed group named just before
                group = self._armed_before(toks[0]) or memory.group_named(ARMED_ROLES) \
                    or memory.armed_named(ARMED_ROLES)
                if group is None:
                    # "jets bombed rebels in Mali. ... rebels fired": one named as an object, same role
                    group = memory.armed_named(frozenset({role}), objects=True)
                if group is not None and bare and not group.code.startswith("---"):
                    # "gunmen", "militants" with no article: of the group's country, in their own role
                    return [ActorMention(text, start, end, group.code[:3] + role, group.name,
                                         f"role {role} + country of {group.text!r}", Origin.DESCRIPTION)]
                if group is not None:
                    return point([group], f"refers to {group.text!r}", Origin.DESCRIPTION)
            if self._international_role(head):
                return []       # "the European court", "international forces": no state's
            # "police", "the rebels": the country named around them
            found = memory.role_country(self.named_here(head),
                                        self.without_origins(self._located_in_clause(head), head),
                                        self.without_origins(self.placed_here(head), head),
                                        self.where_here(head), role=role,
                                        hit_by=doer_countries(self, head, role))
            if not found:
                # "warned Kurdish forces": the people's de facto home, when the sentence names it
                home = de_facto_home(self, head, role, self.named_here(head))
                found = (home, Origin.CONTEXT) if home else None
            found = chamber_country(self, head, toks, found)    # "members of Congress" (chambers.py)
            found = people_home(head, found, self.dictionary)    # "the Kurdish people": of its homes (peoples.py)
            if found:
                country, origin = found
                name = self.dictionary.country_name(country) or country
                how = "story country" if origin == Origin.STORY_COUNTRY else "country named nearby"
                return [ActorMention(text, start, end, country + role, name, f"role {role} + {how}", origin)]
        return []

    def _international_role(self, head) -> bool:
        """Is the role qualified by a word that opens an international organisation's name
        (an adjective written as a name mid-sentence, or "international")? An adjective only:
        the words also open person and role names."""
        words = self.dictionary.international_words
        for t in head.children:
            if t.dep_ not in ("amod", "compound") or t.pos_ != "ADJ" or t.i >= head.i or t.lower_ not in words:
                continue
            if t.lower_ == "international" or (t.text[:1].isupper() and t.i > t.sent.start):
                return True
        return False

    def _fits(self, pronoun: str, actors: list[ActorMention]) -> bool:
        if pronoun in PLURAL_PRONOUNS:
            return len(actors) > 1 or all(a.origin == Origin.PEOPLE for a in actors)
        if len(actors) != 1:
            return False
        person = actors[0].origin == Origin.OFFICE
        return person if pronoun in PERSON_PRONOUNS else not person

    def _plain_description(self, head, toks) -> bool:
        """A noun with nothing said of it but plain modifiers, none of them a named actor:
        "the court", "the Hague-based court", "the aid groups", "the court's" (not "the court of Y")."""
        base = self.sent.start

        def plain(t) -> bool:
            m = self.by_token.get(t.i - base)
            return m is None or m.kinds == frozenset({"agent"})     # a role word: "aid", "the court"

        # the possessive ending is no modifier: "the court's decisions" is the court's
        return len(toks) <= 6 and all(t.i == head.i or (t.dep_ in DESCRIPTION_DEPS and t.i < head.i and plain(t))
                                      or (t.dep_ == "case" and t.i == head.i + 1) for t in toks)

    def _armed_before(self, first):
        """ "French troops pounded Islamist rebels ... and drove the militants out": the one armed
        actor a phrase named earlier in the sentence calls by its role, or None. Not re-entered:
        an earlier "the rebels" asking back for this one would never end."""
        if getattr(self, "_looking_back", False):
            return None
        self._looking_back = True
        try:
            return self._armed_before_here(first)
        finally:
            self._looking_back = False

    def _armed_before_here(self, first):
        base = self.sent.start
        found = {}
        for tok in self.sent:
            if tok.i >= first.i:
                break
            m = self.by_token.get(tok.i - base)
            if m is None or self.role_of(m) not in ARMED_ROLES or tok.dep_ in ("compound", "amod", "poss"):
                continue
            if not (m.start <= tok.i - base < m.end) or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            for a in self.actors(tok):
                if a.code[3:6] in ARMED_ROLES and not a.code.startswith("---"):
                    found.setdefault(a.code, a)
        return next(iter(found.values())) if len(found) == 1 else None

    def _based_in(self, toks) -> ActorMention | None:
        """The country of the place in "X-based" inside the phrase (a country or a capital,
        never a person of that name), or None."""
        idx = {t.i - self.sent.start for t in toks}
        for m in self.based:
            if m.start in idx:
                res = self.match_actor(m)
                if res is not None and res[0] != "person":
                    return self.country_of(self._place_country(m, res[1]))
        return None
