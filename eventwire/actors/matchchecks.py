"""Single dictionary matches: the actor one codes to where it stands (match_actor: a person in
office on the date, a government, an organisation, a country; a group that fights in several
countries takes the one it fights in here), and which name no actor there: a country a role is
for or against ("anti-Syria"), a state's own organ with a UN name ("Russia's Security Council"),
a name that qualifies a place ("Bolivar province"), a feast ("the Easter bombings"), one word of
a longer name, the backer of a hyphenated "US-backed".

A mixin of ActorResolver (resolve.py): it reads the resolver's sentence, date, memory and dictionary.
"""
from __future__ import annotations

from ..records import ENTRY_ORIGINS, ActorMention, Origin
from .matcher import PhraseMatch
from .namesakes import other_person
from .placed import COUNTRY_KINDS, PLACE_NOUNS
from .theatre import countries_of, fighting_country

# the kinds of entry that name an organisation, or a state's government (capitals, seats of government)
ORG_KINDS = frozenset({"organisation", "group"})
GOV_KINDS = frozenset({"capital", "metonym"})
# feasts and holy days that are also surnames in the leader lists ("the Easter bombings")
FEAST_WORDS = frozenset({"easter", "christmas", "ramadan", "eid", "passover", "diwali", "thanksgiving",
                         "hanukkah", "nowruz", "lent", "advent", "pentecost", "whitsun", "epiphany"})
# organs every state has that the organisation dictionary knows by their UN name
NATIONAL_ORGANS = frozenset({"security council"})
# "US-backed forces", "Iran-funded militias": the country before the hyphen backs the noun, it
# is not the noun's own country ("Saudi-led coalition" keeps its leader)
BACKING_WORDS = frozenset({"backed", "supported", "funded", "financed", "trained", "armed",
                           "equipped", "allied", "aligned"})


class MatchChecks:
    """Methods of ActorResolver about single matches (see resolve.py for the attributes they read)."""

    def _mention(self, m: PhraseMatch, code: str, name: str, how: str, origin: Origin) -> ActorMention:
        span = self.sent[m.start:m.end]
        return ActorMention(span.text, span.start_char - self.sent.start_char,
                            span.end_char - self.sent.start_char, code, name, how, origin)

    def match_actor(self, m: PhraseMatch) -> tuple[str, ActorMention] | None:
        """(kind, actor) for one dictionary match, or None if it codes to nothing.

        The first entry of the phrase decides its kind (hand-written entries come first).
        """
        entries = self.dictionary.lookup(m.phrase)
        if not entries:
            return None
        first = entries[0]
        if first.kind == "person" and (self._names_place(m) or self._inside_longer_name(m) or
                                       self._names_date(m) or other_person(self, m)):
            entries = [e for e in entries if e.kind != "person"]
            if not entries:
                return None
            first = entries[0]
        if first.kind == "capital" and self._names_venue(m):
            return None         # "the Vienna talks", "the Minsk agreement": the venue, no party
        if first.kind == "person":
            entry = self.dictionary.resolve_person(m.phrase, self.date)
            if entry is not None:
                span = f" {entry.start or ''}..{entry.end or ''}" if entry.start or entry.end else ""
                return "person", self._mention(m, entry.code, entry.name, f"person {entry.source}{span}",
                                               Origin.OFFICE)
            entries = [e for e in entries if e.kind != "person"]
        for kind_set, label in ((GOV_KINDS, "gov"), (ORG_KINDS, "org"), (COUNTRY_KINDS, "country")):
            for e in entries:
                if e.kind in kind_set and label == "org" and self._national_organ(m):
                    continue        # "Russia's Security Council" is no UN organ: the agent reads it
                if e.kind in kind_set:
                    code, how = e.code, f"{e.kind} {e.source}"
                    where = countries_of(e.code, e.source) if label == "org" else None
                    if where:
                        country = fighting_country(where, self._countries_here(), self.memory._story_counts(),
                                                   self._towns_here())
                        if country and country != code[:3]:
                            code, how = country + code[3:], how + f"; fights in {country}"
                    return label, self._mention(m, code, e.name, how, ENTRY_ORIGINS.get(e.kind, Origin.OTHER))
        return None

    def role_of(self, m: PhraseMatch) -> str | None:
        return self.dictionary.agent_role(m.phrase) if "agent" in m.kinds else None

    @staticmethod
    def _opposed(sent, m: PhraseMatch, roles: set, dictionary) -> bool:
        """ "an anti-Syria journalist", "pro-Moscow rebels": a country a role is for or against, not
        the actor's ("anti-government" stays a role; "an anti-X parade" keeps X; "anti-Assad
        rebels" are of the leader's country: persons stay)."""
        if m.kinds == frozenset({"agent"}) or sent[m.end - 1].head.i - sent.start not in roles:
            return False
        entries = dictionary.lookup(m.phrase)
        if not entries or entries[0].kind not in ("name", "adjective", "people", "capital"):
            return False
        before = [t.lower_ for t in sent[max(0, m.start - 2):m.start]]
        return before[-1:] in (["anti-"], ["pro-"]) or (before[-1:] == ["-"] and before[:1] in (["anti"], ["pro"]))

    @staticmethod
    def _negated(sent, m: PhraseMatch) -> bool:
        """ "non-Syrians", "non-Iraqi fighters": the people are of any country but this one."""
        before = [t.lower_ for t in sent[max(0, m.start - 2):m.start]]
        return before[-1:] == ["non-"] or before == ["non", "-"]

    def _national_organ(self, m: PhraseMatch) -> bool:
        """ "Russia's Security Council", "the Russian security council": a body every state has,
        which the international dictionary knows by its UN name, qualified by a country."""
        if m.phrase.lower().removeprefix("the ") not in NATIONAL_ORGANS:
            return False
        before = [t for t in self.sent[max(0, m.start - 3):m.start] if t.tag_ != "POS" and t.lower_ != "the"]
        return bool(before) and any(e.kind in ("name", "adjective") and not e.code.startswith("IGO")
                                    for e in self.dictionary.lookup(before[-1].lower_))

    def _names_place(self, m: PhraseMatch) -> bool:
        """ "the Guerrero state capital", "Bolivar province": a name qualifying a place noun is
        the place's, not a person's."""
        if m.end >= len(self.sent):
            return False
        nxt, last = self.sent[m.end], self.sent[m.end - 1]
        return nxt.lemma_.lower() in PLACE_NOUNS and last.dep_ == "compound" and \
            last.head.i in (nxt.i, nxt.head.i)

    def _names_date(self, m: PhraseMatch) -> bool:
        """ "the Easter bombings", "since Christmas": the name of a feast alone is no person the
        dictionary knows by that surname."""
        return m.end - m.start == 1 and self.sent[m.start].lower_ in FEAST_WORDS

    def _inside_longer_name(self, m: PhraseMatch) -> bool:
        """ "Ali Hassan al-Jaber", "Jamaat-e-Islami": one word of a longer name (names on both sides
        of it, all one name, or hyphens before it) is not the person the dictionary knows by it."""
        if m.end - m.start != 1 or m.start == 0:
            return False
        prev, tok = self.sent[m.start - 1], self.sent[m.start]
        joined = self.sent[max(0, m.start - 4):m.start]
        if len(joined) == 4 and [t.text for t in joined][1::2] == ["-", "-"] and not any(t.whitespace_ for t in joined):
            return True         # "Jamaat-e-Islami", "Waker-Uz-Zaman": the end of a three-part name
        if m.end >= len(self.sent):
            return False
        nxt = self.sent[m.end]
        return prev.pos_ == tok.pos_ == nxt.pos_ == "PROPN" and prev.dep_ in ("compound", "flat") \
            and tok.dep_ in ("compound", "flat") and prev.head.i == tok.head.i

    def _backer(self, m: PhraseMatch) -> bool:
        """Is the match the backer of a hyphenated "US-backed", "Iran-funded"?"""
        after = self.sent[m.end:m.end + 2]
        return len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in BACKING_WORDS
