"""Where actors and the places a sentence names meet: a country named as a place ("in Syria"),
the countries of the sentence's places and names, the places of a clause. A part of
ActorResolver (resolve.py), which holds the sentence, its matches, its place mentions and the
document's memory."""
from __future__ import annotations

from dataclasses import replace

from ..records import ActorMention, Origin
from .codes import is_international
from .matcher import PhraseMatch

COUNTRY_KINDS = frozenset({"name", "adjective", "people"})
SPEECH_LEMMAS = frozenset({"say", "speak", "tell", "add", "state", "explain", "argue", "note", "write",
                           "tweet", "ask", "announce", "report", "brief"})
# meetings and the accords made at them: a capital naming one is its venue ("the Vienna talks")
VENUE_NOUNS = frozenset({"talks", "summit", "conference", "negotiations", "process", "agreement",
                         "accord", "accords", "protocol", "format", "declaration", "communique",
                         "round", "meeting", "congress"})
# a part of a town named after a capital: "a sweep through the Cairo district" (of some other town)
QUARTER_NOUNS = frozenset({"quarter", "neighbourhood", "neighborhood"})
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "district",
                         "territory", "port", "state", "county", "countryside", "enclave"})
WITHIN_PREPS = frozenset({"in", "inside", "within", "throughout", "across", "near", "outside", "around"})
WHERE_PREPS = WITHIN_PREPS | {"at", "into"}
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "into",
                            "within", "throughout", "along", "off", "of", "from"})


class PlacedActors:
    """Methods of ActorResolver about places (see resolve.py for the attributes they read)."""

    def _names_venue(self, m: PhraseMatch) -> bool:
        """ "the Vienna talks", "the Minsk agreement", "the Astana process": a city qualifying a
        meeting or the accord made there names where, not who; so does one qualifying a
        town's quarter ("the Lome quarter")."""
        last = self.sent[m.end - 1]
        nouns = VENUE_NOUNS | QUARTER_NOUNS
        return last.dep_ == "compound" and last.head.i > last.i and \
            (last.head.lower_ in nouns or last.head.lemma_.lower() in nouns)

    def _countries_here(self) -> list[str]:
        """Countries of the sentence's places, then of the country names it holds (dictionary
        entries only: no actor resolution, which may ask for this)."""
        out = [p.country for _s, _e, p, _t in self.place_mentions if p.country]
        out += self.memory.located.get(self.memory.sentence, [])
        if out:
            return out
        for m in self.matches:
            entries = self.dictionary.lookup(m.phrase)
            if entries and entries[0].kind in COUNTRY_KINDS and not is_international(entries[0].code):
                out.append(entries[0].code[:3])
        return out

    def _towns_here(self) -> list[str]:
        """Countries of the towns and regions the sentence names (not of countries named)."""
        return [p.country for _s, _e, p, _t in self.place_mentions
                if p.country and p.feature_type != "country"]

    def _named_as_place(self, m: PhraseMatch, head_rel: int) -> bool:
        root = self.sent[m.start:m.end].root
        if m.start <= head_rel < m.end:
            return False
        return (root.head.pos_ == "ADP" and root.head.lower_ in ("in", "at", "near", "outside", "inside", "around", "from")) \
            or self._named_after_place_noun(m)

    def _named_after_place_noun(self, m: PhraseMatch) -> bool:
        """ "police in the capital Lusaka", "troops in the city, Aleppo": the name set after a
        place noun that a locative preposition governs is that place, whatever the parse
        attaches it to (a role beside it is the actor, not the seat of government)."""
        k = m.start - 1
        while k >= 0 and self.sent[k].is_punct:
            k -= 1
        if k < 0:
            return False
        noun = self.sent[k]
        return (noun.lemma_.lower() in PLACE_NOUNS and noun.dep_ == "pobj"
                and noun.head.lower_ in LOCATIVE_PREPS - {"of", "from"})

    def _place_country(self, m: PhraseMatch, actor: ActorMention) -> ActorMention:
        lo = self.sent[m.start].idx - self.sent.start_char
        country = actor.code[:3]
        for start, end, place, _text in self.place_mentions:
            if start <= lo < end and place.country:
                country = place.country
                break
        name = self.dictionary.country_name(country) or country
        return replace(actor, code=country, name=name, how=actor.how + " (as a place)")

    def _is_place(self, tok) -> bool:
        lo = tok.idx - self.sent.start_char
        return any(start <= lo < end for start, end, *_ in self.place_mentions)

    def _located_in_clause(self, head) -> list[str]:
        """Countries of the places named as locations in the clause of `head` ("protesters
        stormed the embassy in Tehran"), not in other clauses ("Speaking in San Jose, ...")."""
        verb = self._verb_of(head)
        out = []
        for start, _end, place, _text in self.place_mentions:
            if not place.country:
                continue
            tok = next((t for t in self.sent if t.idx - self.sent.start_char >= start), None)
            if tok is None or tok.i == head.i:
                continue
            prep = tok
            while prep.dep_ in ("compound", "amod", "flat", "nmod") and prep.head.i != prep.i:
                prep = prep.head
            if prep.dep_ == "pobj" and prep.head.lower_ in LOCATIVE_PREPS and self._verb_of(prep.head).i == verb.i:
                out.append(place.country)
        # "in the Iranian capital", "in a Syrian border town": a place noun a country qualifies
        for tok in self.sent:
            if tok.dep_ != "pobj" or tok.lemma_.lower() not in PLACE_NOUNS or tok.i == head.i \
                    or tok.head.lower_ not in WITHIN_PREPS or self._verb_of(tok.head).i != verb.i:
                continue
            for mod in tok.children:
                m = self.by_token.get(mod.i - self.sent.start)
                if mod.dep_ in ("amod", "compound", "poss") and mod.i < tok.i and m is not None:
                    res = self.match_actor(m)
                    if res is not None and res[0] == "country" and not is_international(res[1].code):
                        out.append(res[1].code[:3])
        return out

    def _on_main_line(self, verb, head=None) -> bool:
        """Is the clause of verb the main clause, the role's own or one under them ("helped
        to evacuate civilians from Afrin"), not a relative or reported one ("Macron, who
        keeps troops in Syria")?"""
        own = self._verb_of(head).i if head is not None else -1
        for _ in range(8):
            if verb.i == own or verb.head.i == verb.i:
                return True
            if verb.dep_ in ("relcl", "acl", "parataxis", "csubj") or (
                    verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in SPEECH_LEMMAS):
                # "police said gunmen crossed into Syria" is the report itself, on the line
                return False
            verb = self._verb_of(verb.head)
        return False

    def placed_here(self, head=None) -> list[str]:
        """Countries of the towns and regions the sentence names (not countries: those may be
        the actors) in its main clause or the role's own, leaving out where something was said
        ("told reporters in Geneva") and a place whose country the story names nowhere else (a
        homonym the gazetteer put abroad)."""
        out = []
        for start, _end, place, _text in self.place_mentions:
            if not place.country or place.feature_type == "country":
                continue
            tok = next((t for t in self.sent if t.idx - self.sent.start_char >= start), None)
            if tok is None or (head is not None and tok.i == head.i):
                continue
            verb = self._verb_of(tok)
            if verb.lemma_.lower() in SPEECH_LEMMAS:
                continue
            if verb.head.i != verb.i and (head is None or verb.i != self._verb_of(head).i):
                continue        # "... while stalling the talks in Geneva": another clause's place
            if tok.i - self.sent.start in self.by_token and not (
                    tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS):
                continue        # "a Riyadh-led coalition", "Tehran said": a capital read as an actor
            memory = self.memory
            if memory.countries[place.country] or memory.place_countries[place.country] > 1 \
                    or memory.dateline_country == place.country:
                out.append(place.country)
        return out

    def origins(self, head=None) -> list[str]:
        """Countries of the places named as where a person or group comes from ("Haddad, from
        Leeds", "a teacher from Leeds"): a victim's home, not where the act happens, so only
        the noun they qualify (head: "troops from Chad") may take that country."""
        out = []
        for start, _end, place, _text in self.place_mentions:
            tok = next((t for t in self.sent if t.idx - self.sent.start_char >= start), None)
            if tok is None or not place.country:
                continue
            while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                tok = tok.head
            prep = tok.head
            if tok.dep_ == "pobj" and prep.lower_ == "from" and prep.dep_ == "prep" \
                    and prep.head.pos_ in ("NOUN", "PROPN") and not self._same_noun(prep.head, head):
                out.append(place.country)
        return out

    @staticmethod
    def _same_noun(noun, head) -> bool:
        """Is noun the head noun or one joined to it ("troops and aircraft from the US")?"""
        return head is not None and (noun.i == head.i or noun in head.conjuncts)

    def without_origins(self, countries, head=None) -> list[str]:
        """The countries less those only named as someone's home (origins), once each."""
        out = list(countries)
        for c in self.origins(head):
            if c in out:
                out.remove(c)
        return out

    def named_here(self, head=None) -> list[str]:
        """The countries the sentence names (actors and places), in order, less the homes of
        persons and groups other than head (origins)."""
        return self.without_origins(self._named_here(), head)

    def where_here(self, head=None) -> list[str]:
        """Countries of the places the sentence names as where something is or happens ("in
        eastern Syria", "at the border with Iraq", "into Lebanon"), in any clause, leaving out
        where something was said ("speaking in Japan"), places of relative clauses, someone's
        home and a town whose country the story names nowhere else (a homonym abroad)."""
        out = []
        memory = self.memory
        for start, _end, place, _text in self.place_mentions:
            if not place.country:
                continue
            tok = next((t for t in self.sent if t.idx - self.sent.start_char >= start), None)
            if tok is None or (head is not None and tok.i == head.i):
                continue
            while tok.dep_ in ("compound", "amod", "flat", "nmod") and tok.head.i != tok.i:
                tok = tok.head
            if tok.dep_ != "pobj" or tok.head.lower_ not in WHERE_PREPS:
                continue
            verb = self._verb_of(tok.head)
            if verb.lemma_.lower() in SPEECH_LEMMAS or not self._on_main_line(verb, head):
                continue
            if place.feature_type == "country" or memory.countries[place.country] \
                    or memory.place_countries[place.country] > 1 or memory.dateline_country == place.country:
                out.append(place.country)       # a town only where the story names its country
        return self.without_origins(out, head)

    def _named_here(self) -> list[str]:
        """Countries of the sentence's actors and places, in order; kept while the sentence's
        matches and the memory stay (pointing.py _kept): each role word reads them again."""
        return self._kept("named here", self._build_named_here)

    def _build_named_here(self) -> list[str]:
        out = []
        for m in self.matches:
            if m.kinds - {"agent"} and not self._backing(m):    # "US-backed forces" are no Americans
                res = self.match_actor(m)
                if res is not None and res[0] in ("country", "gov", "person") and \
                        not is_international(res[1].code):
                    out.append(res[1].code[:3])
        backers = self._backer_starts()
        out += [p.country for s, _e, p, _t in self.place_mentions if p.country and s not in backers]
        return out

    def _backer_starts(self) -> set[int]:
        """Where the backers of "US-backed", "Iran-funded", "forces supported by Russia" start
        (sentence offsets)."""
        return {self.sent[m.start].idx - self.sent.start_char for m in self.matches if self._backing(m)}

    def _backing(self, m) -> bool:
        """Does the match name who backs a body ("US" of "US-backed forces", "Russia" of "jets
        supported by Russia")? A backer lends the body, and the places it holds, no country."""
        from .matchchecks import BACKING_WORDS     # (matchchecks imports this module)
        if self._backer(m):
            return True
        tok = self.sent[m.start]
        while tok.dep_ in ("compound", "amod", "det") and tok.head.i != tok.i:
            tok = tok.head
        agent = tok.head if tok.dep_ == "pobj" else None
        acl = agent.head if agent is not None and agent.dep_ == "agent" else None
        return acl is not None and acl.dep_ == "acl" and acl.lower_ in BACKING_WORDS and acl.head.pos_ in ("NOUN", "PROPN")

    def places(self, head) -> list[ActorMention]:
        """The country of a place phrase ("the town of Gao in northern Mali"), bare code."""
        rel = {t.i - self.sent.start for t in self.np_tokens(head)}
        for m in sorted({id(m): m for i in rel if (m := self.by_token.get(i))}.values(), key=lambda m: m.start):
            res = self.match_actor(m) if not self._backing(m) else None
            if res is None:
                continue        # (not "US" of "the US-backed militia's base": a backer, not the place)
            kind, actor = res
            entry_kinds = {e.kind for e in self.dictionary.lookup(m.phrase)}
            if entry_kinds & {"name", "capital"}:
                return [self.country_of(actor)]
        # a place from the gazetteer: "in Alaska", "in the town of Cizre"
        toks = self.np_tokens(head)
        lo = toks[0].idx - self.sent.start_char
        hi = toks[-1].idx + len(toks[-1].text) - self.sent.start_char
        backers = self._backer_starts()
        for start, end, place, text in self.place_mentions:
            if lo <= start and end <= hi and place.country and start not in backers:
                name = self.dictionary.country_name(place.country) or place.country
                return [ActorMention(text, start, end, place.country, name,
                                     f"place {place.gazetteer_id} ({place.name})", Origin.PLACE)]
        return []
