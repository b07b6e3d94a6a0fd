"""Give each event the place where it happened, and each actor the place it is based.

The place of an event is, in order of preference:
1. a place named in the trigger's own clause ("clashes in Kandahar", "gathered outside
   parliament in Kyiv"): how = "event phrase";
2. the place named nearest the trigger in the same sentence: "same sentence";
3. the document's dateline ("KABUL, March 3 -"): "dateline", or its main place: "document";
4. the country of an actor ("actor's country"), else, for a text that names no place at all,
   the one country of an imported national gazetteer ("gazetteer's home").
An actor is based in its country (CAMEO code prefix), when it has one.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field

from ..actors.codes import country_part
from ..records import EventMention
from .finder import PlaceFinder, PlaceMention
from .gazetteer import Gazetteer, Place

# dependency labels that start a new clause: places inside them belong to other events
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "acl", "csubj"})
HOW_RANK = {"event phrase": 0, "same sentence": 1, "dateline": 2, "document": 3, "actor's country": 4,
            "gazetteer's home": 5}
# prepositions that name where something happens; a place elsewhere in a sentence
# ("the President of Venezuela") is part of an actor, not a location
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "into", "on",
                      "within", "throughout", "along", "across", "over", "off", "toward", "towards",
                      "between", "outskirts", "from"})

# nouns whose "of" names a place: "attacked the village of X"
PLACE_NOUNS = frozenset({"village", "villages", "town", "city", "locality", "commune", "hamlet", "township",
                         "outskirts", "vicinity", "suburb", "suburbs", "neighbourhood", "neighborhood",
                         # "the X area of Y district", "in the limits of Y district"
                         "area", "areas", "limits", "surroundings", "environs"})


@dataclass
class DocumentPlaces:
    mentions: list[PlaceMention] = field(default_factory=list)
    main: PlaceMention | None = None

    def in_span(self, start: int, end: int) -> list[PlaceMention]:
        return [p for p in self.mentions if start <= p.start and p.end <= end]


class PlaceAttacher:
    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or Gazetteer.load()
        self.finder = PlaceFinder(self.gazetteer)

    def document(self, text: str, context_countries: list[str],
                 not_places: list[tuple[int, int]] = ()) -> DocumentPlaces:
        """The places a document names. `not_places`: character spans the actor dictionary
        reads as people ("Morsi" is also a town in India): never places."""
        mentions = self.finder.find(text, context_countries)
        if not_places:
            mentions = [p for p in mentions if not any(s < p.end and p.start < e for s, e in not_places)]
        main = self.finder.document_place(text, context_countries, mentions=mentions)
        return DocumentPlaces(mentions, main)

    def attach(self, m: EventMention, sent_start: int, sent_end: int, parsed, places: DocumentPlaces) -> None:
        """Set m.place, m.place_how and m.place_text. `parsed` is the sentence's spaCy Doc."""
        in_sentence = [p for p in places.in_span(sent_start, sent_end)
                       if _locative(parsed, p.start - sent_start)]
        if in_sentence and m.trigger_index is not None:
            verb = parsed[m.trigger_index]
            clause = _clause_chars(verb)
            own = [p for p in in_sentence
                   if any(s <= p.start - sent_start < e for s, e in clause)]
            if own:
                self._set(m, own[0], "event phrase")
                return
            trig = sent_start + m.trigger_start
            nearest = min(in_sentence, key=lambda p: min(abs(p.start - trig), abs(p.end - trig)))
            self._set(m, nearest, "same sentence")
            return
        if places.main is not None:
            how = "dateline" if places.main.how.startswith("dateline") else "document"
            self._set(m, places.main, how)
            return
        # nothing named: the country of the target, else of the source
        for actor in (m.target, m.source):
            country = self.actor_place(actor.code)
            if country is not None:
                m.place, m.place_how, m.place_text = country, "actor's country", None
                return
        # nor any actor's country: the one country of an imported national gazetteer (the
        # analyst's notes are about it), at country precision
        home = self.gazetteer.home
        if len(home) == 1 and places.main is None and not places.mentions:
            m.place, m.place_how, m.place_text = self.gazetteer.country(home[0]), "gazetteer's home", None

    @staticmethod
    def _set(m: EventMention, p: PlaceMention, how: str) -> None:
        m.place, m.place_how, m.place_text = p.place, how, p.text

    @functools.lru_cache(maxsize=512)
    def actor_place(self, code: str) -> Place | None:
        """Where an actor is based: its country, for country-based CAMEO codes."""
        country = country_part(code)
        return self.gazetteer.country(country) if country else None


def best_place(mentions: list[EventMention]) -> tuple[Place | None, str | None]:
    """The most specific place among an event's mentions."""
    placed = [m for m in mentions if m.place is not None]
    if not placed:
        return None, None
    best = min(placed, key=lambda m: HOW_RANK.get(m.place_how or "", 9))
    return best.place, best.place_how


def context_countries(codes: Counter, limit: int = 3) -> list[str]:
    return [c for c, _ in codes.most_common(limit)]


def _locative(parsed, char: int) -> bool:
    """Is the place at this character offset named as a location (under "in", "near", ...)?"""
    tok = next((t for t in parsed if t.idx <= char < t.idx + len(t.text)), None)
    for _ in range(8):
        if tok is None:
            return False
        if tok.pos_ == "ADP" or tok.dep_ == "prep":
            if tok.lower_ == "of" and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
                # "in Qarya Nau of Zhari district": a name's "of" is located where the name is
                tok = tok.head
                continue
            # "the village of X", "the outskirts of X" name a place wherever they stand
            return tok.lower_ in LOCATIVE or (tok.lower_ == "of" and tok.head.lower_ in PLACE_NOUNS)
        if tok.dep_ in ("npadvmod",) or tok.head.i == tok.i:
            return tok.dep_ == "npadvmod"
        tok = tok.head
    return False


def _clause_chars(verb) -> list[tuple[int, int]]:
    out, stack = [], [verb]
    while stack:
        tok = stack.pop()
        out.append((tok.idx, tok.idx + len(tok.text)))
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS)
    return out
