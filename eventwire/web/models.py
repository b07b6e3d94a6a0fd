"""Shapes of the HTTP API's answers and of the upload body, for its OpenAPI schema."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Problem(BaseModel):
    detail: str | list[dict] = Field(description="Why the request was refused: a sentence, or the "
                                     "validation errors (loc, msg, type) of the parameters")


class Span(Open):
    start: int = Field(description="First character in the sentence")
    end: int = Field(description="One past the last character")
    kind: str = Field(description="trigger, source or target")
    event_id: Optional[str] = None


class Explain(Open):
    pattern_id: Optional[str] = Field(None, description="The dictionary entry that fired: verb:LEMMA, "
                                      "noun:NOUN, or a verb pattern id (cameo2:N, hand:N)")
    code: Optional[str] = None
    kind: Optional[str] = Field(None, description="verb, noun or pattern")
    summary: str = Field(description="Why the event got its code, in one sentence")
    file: Optional[str] = Field(None, description="The dictionary file, under eventwire/")
    modified: Optional[str] = Field(None, description="Set when the event's code differs from the dictionary's")


class EventRow(Open):
    event_id: str
    date: Optional[str] = None
    source_code: Optional[str] = None
    source_name: Optional[str] = None
    source_text: Optional[str] = None
    target_code: Optional[str] = None
    target_name: Optional[str] = None
    target_text: Optional[str] = None
    code: str
    code_name: Optional[str] = None
    root: str
    plover: Optional[str] = None
    goldstein: Optional[float] = None
    quad_class: Optional[int] = None
    confidence: Optional[float] = Field(None, description="Estimated probability that the event is right "
                                        "(calibrated on hand-coded gold); null for events stored without one")
    num_mentions: Optional[int] = None
    action_geo_name: Optional[str] = None
    action_geo_country: Optional[str] = None
    action_geo_lat: Optional[float] = None
    action_geo_lon: Optional[float] = None
    doc_id: Optional[str] = Field(None, description="Document of the first mention (the evidence)")
    sentence: Optional[str] = Field(None, description="The evidence sentence")
    trigger: Optional[str] = None
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None
    pattern_id: Optional[str] = None
    highlights: list[Span] = []


class EventsPage(BaseModel):
    total: int = Field(description="Events matching the filters")
    limit: int
    offset: int
    events: list[EventRow]


class Mention(Open):
    doc_id: Optional[str] = None
    content_hash: Optional[str] = None
    sentence_index: Optional[int] = None
    sentence: Optional[str] = None
    trigger: Optional[str] = None
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None
    pattern_id: Optional[str] = None
    date: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    highlights: list[Span] = []
    explain: Explain


class Reason(BaseModel):
    feature: str
    reason: str = Field(description="The feature in words")
    weight: float = Field(description="How far it moved the log-odds against an average event")


class EventDetail(EventRow):
    root_name: Optional[str] = None
    confidence_reasons: list[Reason] = []
    mentions: list[Mention]


class Sentence(BaseModel):
    index: int
    start: int
    end: int
    text: str
    event_ids: list[str]
    highlights: list[Span]


class DocEvent(EventRow):
    sentence_index: Optional[int] = None
    explain: Explain


class DocumentView(Open):
    content_hash: str
    doc_id: str
    date: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    coded_at: Optional[str] = None
    coder_version: Optional[str] = None
    dictionary_version: Optional[str] = None
    text: str
    sentences: list[Sentence]
    events: list[DocEvent]


class DyadPeriod(Open):
    period: Optional[str] = Field(None, description="2022, 2022-Q1, 2022-01, or the first day of a week "
                                  "or the day; null for undated events")
    events: int
    a_to_b: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    goldstein: Optional[float] = Field(None, description="Mean Goldstein score")
    top_codes: list[list] = []


class Dyad(BaseModel):
    a: str
    b: str
    by: str
    directed: bool
    periods: list[DyadPeriod]


class Partner(Open):
    partner: str
    events: int
    cooperation: int
    conflict: int
    goldstein: Optional[float] = None


class Partners(BaseModel):
    actor: str
    partners: list[Partner]


class Period(Open):
    period: str
    events: int
    goldstein: Optional[float] = None


class Overview(BaseModel):
    by: str
    totals: dict
    timeline: list[Period]
    top_dyads: list[dict]
    top_codes: list[dict]


class Place(Open):
    id: Optional[str] = None
    name: Optional[str] = None
    country: Optional[str] = None
    lat: float
    lon: float
    events: int
    goldstein: Optional[float] = None


class Places(BaseModel):
    places: list[Place]
    unplaced: int = Field(description="Matching events without a place")


class Info(BaseModel):
    store: str
    dialect: str
    writable: bool
    version: str
    counts: dict


class DocIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc_id: Optional[str] = Field(None, max_length=200)
    text: str = Field(min_length=1, max_length=200_000)
    date: Optional[str] = Field(None, max_length=40, description="Publication date, YYYY-MM-DD")
    url: Optional[str] = Field(None, max_length=2000)
    outlet: Optional[str] = Field(None, max_length=200)


class UploadIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    documents: list[DocIn] = Field(min_length=1, max_length=100)


class Uploaded(BaseModel):
    doc_id: str
    content_hash: str
    status: str = Field(description="added, replaced, unchanged, or copy: near-identical to an earlier "
                        "article (a syndicated copy), not coded, counted as a mention of its events")
    event_ids: list[str] = Field(description="The stored events the document reports")


class UploadOut(BaseModel):
    documents: list[Uploaded]
    events: int
