"""The records that pass between pipeline stages.

Every stage reads and writes these and nothing else, so each stage can be
tested, replaced or run on another machine on its own.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


@dataclass
class Document:
    """One article after ingest: repaired text plus what we know about it."""

    doc_id: str
    text: str
    date: str | None = None          # publication date, ISO (YYYY-MM-DD) or None
    url: str | None = None
    outlet: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    repairs: list[str] = field(default_factory=list)  # what ingest fixed, one short phrase each

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Skipped:
    """An input that could not be turned into a Document, with a one-line reason."""

    source: str       # file name, or file:line for JSONL
    reason: str


class Origin(str, Enum):
    """Where an actor came from: what the coder and a reader can rely on (``how`` explains it
    in words). Derived actors (a role added, its country, as civilians) keep their origin."""

    NAME = "name"                   # a country's name in the dictionary ("Venezuela")
    ADJECTIVE = "adjective"         # a nationality word ("Russian troops")
    PEOPLE = "people"               # a people's name ("Iraqis", "Kurds")
    CAPITAL = "capital"             # a capital or seat of government ("Moscow", "the Kremlin")
    METONYM = "metonym"             # a metonym for a government ("Washington" as the US government)
    ORGANISATION = "organisation"   # an organisation or group from the dictionary ("the UN", "Hamas")
    OFFICE = "office"               # a person resolved to the office held on the date
    PRONOUN = "pronoun"             # "he", "they", "its"
    DESCRIPTION = "description"     # a description pointing back: "the two leaders", "the president"
    STORY_COUNTRY = "story country" # a role alone, in the country of a one-country story ("police")
    CONTEXT = "context"             # a role alone, in the country named in its or a nearby sentence
    ROLE = "role"                   # a role of an unknown country (PETRARCH's "---GOV")
    PLACE = "place"                 # the country of a place from the gazetteer
    UNNAMED = "unnamed"             # unnamed victims, crowds, unidentified attackers
    OTHER = "other"                 # anything else (tests, records read back from old files)


# dictionary entry kinds -> origins
ENTRY_ORIGINS = {"name": Origin.NAME, "adjective": Origin.ADJECTIVE, "people": Origin.PEOPLE,
                 "capital": Origin.CAPITAL, "metonym": Origin.METONYM, "organisation": Origin.ORGANISATION,
                 "group": Origin.ORGANISATION, "person": Origin.OFFICE}


@dataclass
class ActorMention:
    """An actor as written in a sentence, and what it resolved to."""

    text: str          # the words as written
    start: int         # character offsets in the sentence
    end: int
    code: str          # CAMEO actor code, e.g. VENGOV
    name: str          # the resolved name, e.g. "Nicolás Maduro" or "Venezuela"
    how: str           # how it was resolved, in words: entry id, dated office, coreference ...
    origin: Origin = Origin.OTHER
    state: bool = False  # names a state itself: a country's name, or words pointing back to one

    def __post_init__(self):
        self.origin = Origin(self.origin)       # a plain string read back from JSON
        self.state = self.state or self.origin == Origin.NAME

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "text": self.text, "how": self.how}


@dataclass
class EventMention:
    """One coded event in one sentence of one document."""

    doc_id: str
    sentence_index: int
    sentence: str
    trigger: str
    trigger_start: int        # character offsets of the trigger in the sentence
    trigger_end: int
    pattern_id: str
    source: ActorMention
    target: ActorMention
    code: str
    date: str | None = None
    date_precision: str | None = None   # day, month, year
    date_how: str | None = None         # the phrase or rule that gave the date
    place: Any = None                   # a places.Place, or None
    place_how: str | None = None        # "event phrase", "same sentence", "dateline", "document"
    place_text: str | None = None       # the place as written
    trigger_index: int | None = None    # token index of the trigger in its sentence (not exported)

    def evidence(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "trigger": {"text": self.trigger, "start": self.trigger_start, "end": self.trigger_end},
            "pattern_id": self.pattern_id,
            "date_how": self.date_how,
            "place_how": self.place_how,
        }


@dataclass
class Event:
    """One real-world event with every mention that reports it."""

    event_id: str
    code: str
    root: str
    plover: str | None
    goldstein: float | None
    quad_class: int
    source: ActorMention
    target: ActorMention
    date: str | None
    date_precision: str | None
    mentions: list[EventMention]
    place: Any = None                   # ActionGeo: where it happened (places.Place)
    place_how: str | None = None
    actor1_geo: Any = None              # where the source is based
    actor2_geo: Any = None              # where the target is based
    confidence: float | None = None     # calibrated probability that the event is right
    reasons: list[dict] = field(default_factory=list)   # the features that moved it most

    @property
    def doc_id(self) -> str:
        return self.mentions[0].doc_id

    def to_json(self) -> dict[str, Any]:
        first = self.mentions[0]
        return {
            "event_id": self.event_id,
            "doc_id": first.doc_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "source": self.source.to_json(),
            "target": self.target.to_json(),
            "code": self.code,
            "root": self.root,
            "plover": self.plover,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "confidence": self.confidence,
            "confidence_reasons": self.reasons,
            "location": _place_json(self.place, self.place_how, first.place_text),
            "source_geo": _place_json(self.actor1_geo, "actor's country", None),
            "target_geo": _place_json(self.actor2_geo, "actor's country", None),
            "evidence": first.evidence(),
            "num_mentions": len(self.mentions),
            "mentions": [m.evidence() for m in self.mentions],
        }


def _place_json(place: Any, how: str | None, text: str | None) -> dict[str, Any] | None:
    if place is None:
        return None
    out = place.to_json()
    out["how"] = how
    if text:
        out["text"] = text
    return out


def as_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)
