"""The document's memory of the actors named so far, and what words pointing back refer to.

An antecedent must fit the word that points back: "he"/"she" a person, "it"/"its" a country
or an organisation (never a person), "they" a plural group or the pair just named, "the two
leaders" two people or governments named together. It must be recent (a window of
sentences) and prominent (subjects before objects, the latest sentence first). A person the
dictionaries do not know still counts: "he" after "Ahmed Khalil said" is Khalil, so nothing
is coded. Where nothing fits, the answer is None or []: the event is not coded.

Bare roles ("police", "the rebels") take the country named around them: places named as
locations in their own clause, else the towns and regions their sentence names (when they
agree, and the story names their country elsewhere: a homonym abroad is no evidence), else the
story's country when one country leads (and then the actor says so: Origin.STORY_COUNTRY),
their sentence names no location outside it (else the one country it locates, or nothing) and,
for an unidentified armed doer (gunmen, an air strike, "were killed"), the places the gazetteer
reads in its sentence and the nearest ones are that country's no less than any other's (a story
country placed only far away, or less than another nearby, is not lent),
else the countries named in their sentence, else those of the nearest earlier sentences of the
paragraph.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..records import ActorMention, Origin
from .codes import is_international
from .unlisted import UNKNOWN     # the country of a role in a document that names none

# bodies that judge or help the sides of a conflict, never one of "both sides"
BYSTANDERS = ("IGOUNO", "NGO")

WINDOW = 2              # earlier sentences a pronoun or description may reach
ROLE_WINDOW = 3         # earlier sentences of the paragraph a bare role takes its country from
STORY_LEAD = 1.5        # the story's country is named this many times more than the next
STORY_SHARE = 0.6       # a story about one country: its share of the countries named
# an unidentified armed doer ("gunmen", "an air strike", "were killed"): the story's country only
# where the places named around it are mostly the story's (Memory._placed_near); named sides
# (the army, the rebels) are mostly the story's own, fighting others named beside them
UNIDENTIFIED = frozenset({"UAF"})


@dataclass
class Entry:
    actor: ActorMention | None  # None: a person no dictionary knows
    sentence: int
    person: bool
    plural: bool
    subject: bool | None        # None: not parsed, unknown
    group: int                  # actors of one phrase ("Maduro and Putin") share it


@dataclass
class Memory:
    """The actors a document has named so far, in order, with where they were named."""

    entries: list[Entry] = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    place_countries: Counter = field(default_factory=Counter)   # countries of the places named
    sentence: int = 0
    paragraph_of: dict = field(default_factory=dict)    # sentence -> paragraph
    named: dict = field(default_factory=dict)           # sentence -> countries named, in order
    located: dict = field(default_factory=dict)         # sentence -> countries of places "in ..."
    place_named: dict = field(default_factory=dict)     # sentence -> countries of its towns, regions
                                                        # and countries named as locations
    dateline_country: str | None = None
    police_paragraphs: set = field(default_factory=set)  # paragraphs that name police
    _groups: int = 0
    _seen: set = field(default_factory=set)
    # the document names no country, capital or gazetteer place at all (a conflict note on an
    # unlisted village): a bare role is of an unknown country, not of no actor
    names_no_country: bool = False
    # sentences that locate something by a place name the gazetteer does not list ("in X")
    unlisted: set = field(default_factory=set)
    # the document's number of sentences: a long article, not a short conflict note
    sentences: int = 0
    # the document opens on the date of what it reports ("On 3 May, ..."): a dated report,
    # which a short one makes a conflict note (events/property_hit.py)
    opens_dated: bool = False
    # the document's people who share a surname with a dictionary person (namesakes.py); made
    # when first needed, and not carried into a copy
    namesakes: object = None
    # acronyms the document defined ("the Sahel Border Guard (SBG)") -> the
    # actors their names resolved to (acronyms.py)
    acronyms: dict = field(default_factory=dict)
    # surnames of the people no dictionary knows named so far ("Ivan Smirnov" -> "Smirnov"):
    # a later "Smirnov said" is that person (unparsed_people.py, resolve.py)
    unknown_surnames: set = field(default_factory=set)
    # counts every write (start_sentence, add, add_unknown_person, new_group): a reader may keep
    # what it built from the memory while the count stays (pointing.py's sentence contexts)
    version: int = 0

    # -- writing ------------------------------------------------------------------
    def start_sentence(self, index: int, paragraph: int, located: list[str]) -> None:
        self.version += 1
        self.sentence = index
        self.paragraph_of[index] = paragraph
        self.located[index] = list(located)
        self.named.setdefault(index, [])

    def add(self, actor: ActorMention, person: bool = False, plural: bool = False,
            subject: bool | None = None, group: int | None = None) -> None:
        self.version += 1
        key = (self.sentence, actor.start, actor.code)
        if key in self._seen:
            if person:
                self._as_person(actor)
            return
        self._seen.add(key)
        if group is None:
            group = self.new_group()
        self.entries.append(Entry(actor, self.sentence, person, plural, subject, group))
        if not is_international(actor.code) and len(actor.code) >= 3 and actor.code[:3] != "---":
            if actor.origin not in (Origin.STORY_COUNTRY, Origin.CONTEXT, Origin.PRONOUN,
                                    Origin.DESCRIPTION, Origin.UNNAMED):
                # what the text names makes the story's country, not what was guessed from it
                self.countries[actor.code[:3]] += 1
                self.named.setdefault(self.sentence, []).append(actor.code[:3])

    def _as_person(self, actor: ActorMention) -> None:
        """ "rebel spokesman Jean Mbala": the phrase read as its person after its first word was
        kept as the bare role ("rebel", same start and code): "he" and "Mbala" point back to the
        person. A new entry: a copy's entries are shared with the memory it came from."""
        for i, e in enumerate(self.entries):
            if e.sentence == self.sentence and e.actor is not None and not e.person and \
                    (e.actor.start, e.actor.code) == (actor.start, actor.code):
                self.entries[i] = Entry(actor, e.sentence, True, e.plural, e.subject, e.group)
                return

    def add_unknown_person(self, start: int, surname: str | None = None) -> None:
        self.version += 1
        if surname:
            self.unknown_surnames.add(surname)
        key = (self.sentence, start, None)
        if key not in self._seen:
            self._seen.add(key)
            self.entries.append(Entry(None, self.sentence, True, False, True, self.new_group()))

    def new_group(self) -> int:
        self.version += 1
        self._groups += 1
        return self._groups

    def copy(self) -> "Memory":
        mem = Memory(list(self.entries), Counter(self.countries), self.place_countries, self.sentence,
                     self.paragraph_of, {k: list(v) for k, v in self.named.items()}, self.located,
                     self.place_named, self.dateline_country, self.police_paragraphs, self._groups,
                     set(self._seen), self.names_no_country, self.unlisted, self.sentences,
                     self.opens_dated)
        mem.acronyms = self.acronyms
        mem.unknown_surnames = self.unknown_surnames
        return mem

    # -- compatibility --------------------------------------------------------------
    @property
    def mentions(self) -> list[ActorMention]:
        return [e.actor for e in self.entries if e.actor is not None]

    @property
    def persons(self) -> list[ActorMention]:
        return [e.actor for e in self.entries if e.actor is not None and e.person]

    def police_named(self) -> bool:
        """Does the current sentence's paragraph name police?"""
        return self.paragraph_of.get(self.sentence) in self.police_paragraphs

    def main_country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None

    # -- antecedents ------------------------------------------------------------------
    def _recent(self, keep, exclude=frozenset(), window: int = WINDOW, objects: bool = False) -> list[Entry]:
        """Entries that fit, most prominent first: latest sentence, subjects, latest.
        objects: earlier sentences' objects too (a description names what it points at)."""
        out = [e for e in self.entries if self.sentence - e.sentence <= window and keep(e)
               and (e.actor is None or (e.actor.start, e.actor.code) not in exclude
               or e.sentence != self.sentence)]
        # earlier sentences: an object there is rarely what "he" or "it" picks up
        out = [e for e in out if e.sentence == self.sentence or e.subject is not False or objects]
        return sorted(out, key=lambda e: (e.sentence, e.subject is not False, self.entries.index(e)),
                      reverse=True)

    def person(self, exclude=frozenset()) -> ActorMention | None:
        """ "he", "she", "his": the most prominent recent person, unless no dictionary knows them."""
        found = self._recent(lambda e: e.person, exclude)
        return found[0].actor if found else None

    def thing(self, exclude=frozenset(), avoid=frozenset()) -> ActorMention | None:
        """ "it", "its": a country, government or organisation, never a person or a crowd;
        avoid: countries it cannot be (selfdyad.py); then a nationality word ("a Georgian
        plane") is no other antecedent: it names a thing's country, not the doer."""
        found = self._recent(lambda e: not e.person and not e.plural and e.actor is not None
                             and self.group_size(e.group) == 1 and e.actor.code[:3] not in avoid
                             and not (avoid and e.actor.origin == Origin.ADJECTIVE), exclude)
        return found[0].actor if found else None

    def plural(self, exclude=frozenset()) -> list[ActorMention]:
        """ "they", "their": the group or the pair most recently named."""
        found = self._recent(lambda e: e.actor is not None and (e.plural or self.group_size(e.group) > 1),
                             exclude)
        if not found:
            return []
        return self.members(found[0].group)

    def pair(self, n: int = 2, persons: bool = False, sides: bool = False) -> list[ActorMention]:
        """ "the two leaders", "both sides": n actors named together (one phrase, else one
        sentence) in the window, of n different countries or organisations. sides: "both
        sides", "the two parties" are parties to a fight or a deal, never the UN or an NGO
        that judges them ("the UN accused the rebels ..., and HRW says both sides ...")."""
        def fits(a: ActorMention) -> bool:
            return not persons or a.origin in (Origin.OFFICE, Origin.DESCRIPTION) or a.code[3:6] == "GOV"
        recent = [e for e in self.entries if e.actor is not None and self.sentence - e.sentence <= WINDOW
                  and not (sides and e.actor.code.startswith(BYSTANDERS))]
        for e in reversed(recent):
            members = self.members(e.group)
            if len(members) == n and distinct(members) and all(map(fits, members)):
                return members
        # the actors of one sentence: "X met Y on Monday. The two leaders agreed ..."
        speakers: set[str] = set()
        partial: set[str] = set()      # sides named alone since: "Manila welcomed the ruling"
        for s in sorted({e.sentence for e in recent}, reverse=True):
            actors = [e.actor for e in recent if e.sentence == s and e.actor.origin != Origin.PLACE]
            seen: dict[str, ActorMention] = {}
            for a in actors:
                if key(a) not in seen or len(seen[key(a)].code) < len(a.code):
                    seen[key(a)] = a        # "Kenya's president": the president, not Kenya
            if s == self.sentence and len(seen) < n:
                # "X clashed with Y. China urged both sides ...": the sides were named before
                # the one who speaks to them, who is not one of them
                speakers = set(seen)
                continue
            for k in speakers:
                seen.pop(k, None)   # "X recalled its envoys from all three countries": others
            if len(seen) == n and all(map(fits, seen.values())) and partial <= set(seen):
                return list(seen.values())
            if seen and len(seen) < n and s != self.sentence:
                # a sentence that names one of the sides alone ("X and Y clashed. Y denied it.
                # Z urged both sides ..."): the pair may still be named before it
                partial |= set(seen)
                if len(partial) < n:
                    continue
            if seen:
                return []           # the latest sentence that names actors names others
        return []

    def last_gov_person(self) -> ActorMention | None:
        """ "the president": the most recent head of government named, in the window. A person
        no dictionary knows, named with no title ("Tomas Wiederkehr said"), is no head of
        government: "the president" looks past them."""
        found = self._recent(lambda e: e.person and e.actor is not None)
        if found and found[0].actor is not None and found[0].actor.code.endswith("GOV"):
            return found[0].actor
        return None

    def group_named(self, roles) -> ActorMention | None:
        """ "the rebels": an armed group named by its name in the window (Hamas, the M23)."""
        found = self._recent(lambda e: e.actor is not None and e.actor.origin == Origin.ORGANISATION
                             and not is_international(e.actor.code) and e.actor.code[3:6] in roles)
        return found[0].actor if found else None

    def armed_named(self, roles, objects: bool = False) -> ActorMention | None:
        """ "the militants" after "Islamist rebels in Mali": the armed actor named by country and
        role in the latest sentence of the window that names one; None when several.
        objects: earlier sentences' objects too ("jets bombed rebels in Mali. ... rebels fired")."""
        named = (Origin.NAME, Origin.ADJECTIVE, Origin.PEOPLE, Origin.ORGANISATION, Origin.DESCRIPTION)
        found = self._recent(lambda e: e.actor is not None and e.actor.origin in named
                             and not is_international(e.actor.code) and e.actor.code[3:6] in roles,
                             objects=objects)
        if not found:
            return None
        latest = {e.actor.code: e.actor for e in found if e.sentence == found[0].sentence}
        return next(iter(latest.values())) if len(latest) == 1 else None

    def organisations_named(self, plural: bool) -> list[ActorMention]:
        """ "the agency": the one organisation of the latest sentence in the window that names
        any; "the agencies": the organisations named together there (two or more)."""
        found = self._recent(lambda e: e.actor is not None and e.actor.origin == Origin.ORGANISATION)
        if not found:
            return []
        latest = {e.actor.code: e.actor for e in found if e.sentence == found[0].sentence}
        if plural:
            members = {a.code: a for a in self.members(found[0].group)
                       if a.origin == Origin.ORGANISATION}
            return list(members.values()) if len(members) > 1 else []
        return list(latest.values()) if len(latest) == 1 else []

    def organisation_named(self, noun: str) -> ActorMention | None:
        """ "the court" after "the International Criminal Court": the organisation whose name
        ends in the noun, named in the window."""
        found = self._recent(lambda e: e.actor is not None and e.actor.origin == Origin.ORGANISATION
                             and e.actor.text.lower().split()[-1:] == [noun], objects=True)
        return found[0].actor if found else None

    def group_size(self, group: int) -> int:
        return sum(1 for e in self.entries if e.group == group and e.actor is not None)

    def members(self, group: int) -> list[ActorMention]:
        return [e.actor for e in self.entries if e.group == group and e.actor is not None]

    # -- the country of a bare role ---------------------------------------------------
    def role_country(self, named_here: list[str], located_here=None,
                     placed_here=None, where_here=None, role: str | None = None,
                     besides: frozenset = frozenset(),
                     hit_by: frozenset = frozenset()) -> tuple[str, Origin] | None:
        """(country, origin) for a role named without one, or None when unclear: a place named
        as a location in its clause ("in Istanbul, protesters"), else the one country of the
        towns and regions its sentence names, else the story's country when one country leads
        the story, the sentence names no location outside it ("fighters in eastern Syria"
        in a story led by Iraq: Syria's, or unclear when it locates several) and, for an
        unidentified armed doer, the places named around it are mostly of that country
        (_placed_near), else the one country named in its sentence or, failing that, in the
        nearest earlier sentence of its paragraph that names any.
        named_here: the countries the current sentence names (its actors and places);
        located_here: those of the places named as locations in the role's own clause;
        placed_here: those of the towns and regions the sentence names (before the story's);
        where_here: those of the places the sentence names as where something is or happens;
        role: the role's code (an unidentified armed doer, and the unnamed people an act hit
        (CVL with `besides`), take the story's country only as _placed_near says);
        besides: the countries of the event's other side, named by its own actor ("Turkish jets
        struck positions": the positions are not Turkey's for that), never lent by a name;
        hit_by: those of the doer of the act that hits the role (selfdyad.doer_countries): when
        the story's country is only theirs, named in this sentence alone, the role's country is
        not said ("Iran seized a tanker", "civilians were killed in a Russian air strike")."""
        located = set(self.located.get(self.sentence, []) if located_here is None else located_here)
        if len(located) == 1:
            return located.pop(), Origin.CONTEXT
        if located:
            return None
        placed = set(placed_here or ())
        if len(placed) == 1:
            # "rebel-held positions" in a sentence about Idlib: the towns the sentence names
            return placed.pop(), Origin.CONTEXT
        story = self.story_country()
        if story is not None and not self._set_in(story[0]):
            return None     # a story about Americans in Syria: whose country a bare role is, is unclear
        if story is not None:
            where = set(where_here or ())
            if where and story[0] not in where:
                # the sentence is set elsewhere: not the story's country to lend
                return (where.pop(), Origin.CONTEXT) if len(where) == 1 else None
            if story[0] in (besides | hit_by) and self._named_only_here(story[0]):
                return None     # the doer's country is not lent to those it hits
            if (role in UNIDENTIFIED or (besides and role == "CVL")) and not self._placed_near(story[0]):
                # an unidentified doer, or the unnamed people an act hit, far from the story's
                # country's places ("a Saudi-led coalition's airstrikes killed civilians" in a
                # story about Iran, in its paragraph on Yemen)
                return None
            return story
        if (besides | hit_by) & set(named_here):
            # the other side's country lends none, and no third country named beside it does
            # ("Chadian troops fought with French soldiers": the unnamed foe is not French)
            return None
        if named_here:
            return (named_here[0], Origin.CONTEXT) if len(set(named_here)) == 1 else None
        paragraph = self.paragraph_of.get(self.sentence)
        for s in range(self.sentence - 1, max(-1, self.sentence - 1 - ROLE_WINDOW), -1):
            if self.paragraph_of.get(s, paragraph) != paragraph:
                break
            here = set(self.located.get(s, [])) or set(self.named.get(s, []))
            if len(here) == 1:
                return here.pop(), Origin.CONTEXT
            if here:
                return None
        if self.names_no_country and not self.countries and \
                any(s <= self.sentence for s in self.unlisted):
            # "gunmen killed two herders in <an unlisted village>": the act is located, whose
            # country it is nobody says; the event stands with the country unknown
            return UNKNOWN, Origin.ROLE
        return None

    def _placed_near(self, country: str) -> bool:
        """Is the story's country where the role's neighbourhood happens: the country of the
        places the gazetteer reads in its own sentence (twice: "in Nad Ali district,
        Helmand"), in the next sentence of its paragraph and in the nearest earlier ones
        (ROLE_WINDOW), none more often than it? An unidentified armed doer ("gunmen", "an air
        strike", "were killed") with no place of the story's country nearby, or more places of
        another ("was hit by an attack" after "went to Syria" in a story about Britons), is
        not given the story's country. Without the places stage (no places read), it is."""
        if not self.place_named:
            return True
        counts = Counter({c: 2 * n for c, n in Counter(self.place_named.get(self.sentence, ())).items()})
        paragraph = self.paragraph_of.get(self.sentence)
        if self.paragraph_of.get(self.sentence + 1) == paragraph:
            # "... arrested 40 people in X. Twelve were executed in Fada (Gourma)."
            counts.update(self.place_named.get(self.sentence + 1, ()))
        for s in range(self.sentence - 1, max(-1, self.sentence - 1 - ROLE_WINDOW), -1):
            if self.paragraph_of.get(s, paragraph) != paragraph:
                break
            counts.update(self.place_named.get(s, ()))
        if self.dateline_country and self.sentence <= ROLE_WINDOW and \
                self.paragraph_of.get(0, paragraph) == paragraph:
            # "NAIROBI, May 2 - The gunmen seized ...": the dateline is a place of the first sentence
            counts[self.dateline_country] += 2 if self.sentence == 0 else 1
        return bool(counts[country]) and all(n <= counts[country] for n in counts.values())

    def _story_counts(self) -> Counter:
        counts = Counter(self.countries)
        for c, n in self.place_countries.items():
            counts[c] += 2 * n          # places count double: roles are mostly where it happens
        if self.dateline_country:
            counts[self.dateline_country] += 3
        return counts

    def story_countries(self) -> set[str]:
        """The countries the story names: its actors so far, its places and its dateline."""
        return set(self._story_counts())

    def _set_in(self, country: str) -> bool:
        """Is the story set in the country (the one its places and dateline name most, or no
        place named), not only about that country's people abroad?"""
        counts = Counter(self.place_countries)
        if self.dateline_country:
            counts[self.dateline_country] += 3
        if not counts:
            return True
        return counts[country] == max(counts.values())

    def _named_only_here(self, country: str) -> bool:
        """Is the country named by actors of the current sentence only: no place, dateline or
        actor of another sentence gives it?"""
        return not self.place_countries.get(country) and self.dateline_country != country and \
            Counter(self.countries)[country] <= self.named.get(self.sentence, []).count(country)

    def story_country(self) -> tuple[str, Origin] | None:
        """The story's country when one country leads the others clearly (its dateline, the
        places and countries it names), else None."""
        ranked = self._story_counts().most_common(2)
        if not ranked:
            return None
        if len(ranked) == 2 and ranked[0][1] < STORY_LEAD * ranked[1][1]:
            return None
        return ranked[0][0], Origin.STORY_COUNTRY

    def one_country(self) -> bool:
        """Is the story about one country (its share of all countries named)?"""
        counts = self._story_counts()
        total = sum(counts.values())
        return bool(total) and counts.most_common(1)[0][1] >= STORY_SHARE * total


def distinct(members: list[ActorMention]) -> bool:
    """Are the actors named together different sides: of different countries, or of one
    country in different roles ("the army and the rebels"), never a country and its own body?"""
    if len({key(a) for a in members}) == len(members):
        return True
    codes = [a.code for a in members]
    return len(set(codes)) == len(codes) and all(len(c) > 3 for c in codes) and \
        not any(a != b and b.startswith(a) for a in codes for b in codes)


def key(a: ActorMention) -> str:
    return a.code if is_international(a.code) else a.code[:3]


def from_story(a: ActorMention) -> bool:
    """Did the actor get its country only from the story as a whole?"""
    return a.origin == Origin.STORY_COUNTRY
