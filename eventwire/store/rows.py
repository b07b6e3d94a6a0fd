"""Rows of the store made from coded documents: articles, events, reports and their mentions.

Both ways of writing (eventwire.store.ingest) and matching (eventwire.store.matching) build
their rows here, so a report, an event or an article looks the same whoever wrote it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ..dedup.rules import Rules, source_key
from ..records import Document, Event
from . import schema


def as_date(value: Any) -> dt.date | None:
    """A DATE column's value: from a date, a datetime or an ISO string (else None)."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def md5(s: str) -> str:
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:16]


def article_id(content_hash: str, doc_id: str) -> str:
    return md5(f"{content_hash}|{doc_id}")


def geo(place: Any, prefix: str) -> dict[str, Any]:
    """Place columns from a place record (a Place, a mention of one, or a dict), or all empty."""
    if place is not None and not isinstance(place, dict) and not hasattr(place, "name"):
        place = getattr(place, "place", None)          # a PlaceMention: its place

    def get(f: str) -> Any:
        if place is None:
            return None
        if isinstance(place, dict):
            return place.get(f)
        return getattr(place, f, None)

    out = {f"{prefix}_{f}": get(f) for f, _ in schema.GEO_FIELDS}
    if out[f"{prefix}_id"] is None:
        out[f"{prefix}_id"] = get("gazetteer_id")
    return out


def event_columns(e: Event) -> dict:
    """The event columns (schema.EVENT_COLUMNS) of one coded event, counted as one article."""
    row = {
        "event_id": e.event_id, "date": as_date(e.date), "date_precision": e.date_precision,
        "source_code": e.source.code, "source_name": e.source.name, "source_text": e.source.text,
        "target_code": e.target.code, "target_name": e.target.name, "target_text": e.target.text,
        "code": e.code, "root": e.root, "plover": e.plover, "goldstein": e.goldstein,
        "quad_class": e.quad_class, "num_mentions": len(e.mentions), "num_articles": 1, "num_sources": 1,
        "confidence": getattr(e, "confidence", None),
        "confidence_reasons": json.dumps(e.reasons) if getattr(e, "reasons", None) else None,
    }
    row.update(geo(getattr(e, "place", None) or getattr(e, "action_geo", None), "action_geo"))
    row.update(geo(getattr(e, "actor1_geo", None), "actor1_geo"))
    row.update(geo(getattr(e, "actor2_geo", None), "actor2_geo"))
    return row


def date_exact(e: Event) -> bool:
    """Was the event's date given by a phrase of the text (not only by the article's date)?"""
    if e.date is None or (e.date_precision or "day") != "day":
        return False
    return any(m.date == e.date and m.date_how and not m.date_how.startswith("article date") for m in e.mentions)


def rank(date: dt.date | None, doc_id: str, content_hash: str) -> tuple:
    """The order that picks the coded article of a group of near-duplicates."""
    return (date is None, date or dt.date.max, doc_id or "", content_hash)


@dataclass
class Art:
    """An article of the batch, or a stored one."""
    article_id: str
    doc_id: str
    content_hash: str
    date: dt.date | None
    url: str | None = None
    outlet: str | None = None
    doc: Document | None = None
    similarity: float | None = None

    @property
    def rank(self) -> tuple:
        return rank(self.date, self.doc_id, self.content_hash)

    @property
    def source(self) -> str | None:
        return source_key(self.outlet, self.url)

    @classmethod
    def of(cls, doc: Document) -> "Art":
        h = doc.content_hash
        return cls(article_id(h, doc.doc_id), doc.doc_id, h, as_date(doc.date), doc.url, doc.outlet, doc)

    @classmethod
    def row(cls, r: dict) -> "Art":
        return cls(r["article_id"], r["doc_id"], r["content_hash"], as_date(r["date"]), r.get("url"), r.get("outlet"))


def key_of(r: dict, rules: Rules) -> str:
    """A report's match key: undated reports match only within their group of articles."""
    group = None if r["date"] is not None else r["leader"]
    return rules.match_key(r["source_code"], r["target_code"], r["code"], group)


def reports_of(events: list[Event], art: Art, rules: Rules) -> tuple[list[dict], list[dict]]:
    """The reports and mention rows of a coded article's events."""
    reports, mentions = [], []
    for e in events:
        r = event_columns(e)
        r.update(report_id=e.event_id, article_id=art.article_id, leader=art.article_id,
                 content_hash=art.content_hash, doc_id=art.doc_id, source_key=art.source,
                 date_exact=date_exact(e), place_how=getattr(e, "place_how", None), n_mentions=len(e.mentions),
                 label=None)
        r["match_key"] = key_of(r, rules)
        reports.append(r)
        for m in e.mentions:
            mentions.append({"event_id": e.event_id, "content_hash": art.content_hash, "doc_id": art.doc_id,
                             "sentence_index": m.sentence_index, "sentence": m.sentence, "trigger": m.trigger,
                             "trigger_start": m.trigger_start, "trigger_end": m.trigger_end,
                             "pattern_id": m.pattern_id, "date": as_date(m.date), "outlet": art.outlet,
                             "url": art.url, "report_id": e.event_id, "article_id": art.article_id})
    return reports, mentions


def clone(reports: list[dict], mentions: list[dict], art: Art, rules: Rules) -> tuple[list[dict], list[dict]]:
    """A copy's reports and mentions: its coded article's, under its own document and outlet."""
    ids = {}
    out_r, out_m = [], []
    for r in reports:
        c = dict(r)
        ids[r["report_id"]] = c["report_id"] = md5(f"{r['report_id']}|{art.article_id}")
        c.update(article_id=art.article_id, content_hash=art.content_hash, doc_id=art.doc_id,
                 source_key=art.source)
        c["match_key"] = key_of(c, rules)
        out_r.append(c)
    for m in mentions:
        c = dict(m)
        c.update(report_id=ids[m["report_id"]], article_id=art.article_id, content_hash=art.content_hash,
                 doc_id=art.doc_id, outlet=art.outlet, url=art.url)
        out_m.append(c)
    return out_r, out_m
