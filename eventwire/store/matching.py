"""Matching reports into events: a batch's reports in the regions of the store they can
change (`match`, `write_matched`), or every report of the store anew (`match_store`).

`store_meta` keeps the version of the merge rules the events were matched with
(`matched_with`): a store written without deduplication, matched with other rules, or
migrated from before deduplication (schema.MIGRATED) is matched anew by the next
deduplicating write (Store.batch); one migrated from before deduplication already when
it is opened (Store.open).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..dedup import cluster as cl
from ..dedup.near import Fingerprint, text_key
from ..dedup.rules import Rules, source_key
from . import schema
from .rows import as_date, key_of
from .sql import Backend, execute_in, rows_in

META_KEY = "matched_with"            # store_meta: the merge rules version the events were matched with


# ---- a batch ----------------------------------------------------------------------------------

KEY_COLUMNS = (("k", "VARCHAR"), ("lo", "DATE"), ("hi", "DATE"))


@dataclass
class Matched:
    events: list[dict] = field(default_factory=list)            # rows to write (schema.EVENT_COLUMNS)
    gone: set[str] = field(default_factory=set)                 # event ids to delete
    changed: dict[str, tuple[str, Any]] = field(default_factory=dict)   # stored report -> (event_id, label)


def match(db: Backend, rules: Rules, new: list[dict], removed: list[dict]) -> Matched:
    """Match new reports against the store (and each other) after `removed` left it.

    Sets event_id and label on the new reports; returns the events to write and delete and
    the stored reports whose event or label changed.
    """
    w = rules.window_days
    span = dt.timedelta(days=w)
    dates: dict[str, set] = defaultdict(set)
    for r in new + removed:
        dates[r["match_key"]].add(r["date"])
    regions: list[tuple[str, dt.date, dt.date]] = []
    undated: list[str] = []
    for key, ds in dates.items():
        if None in ds:
            undated.append(key)
        run: list[dt.date] = []
        for d in sorted(d for d in ds if d is not None):
            if run and (d - run[-1]).days > 3 * w:
                regions.append((key, run[0], run[-1]))
                run = []
            run.append(d)
        if run:
            regions.append((key, run[0], run[-1]))
    # the ids first, then whole rows by key: DuckDB would read every column of the table otherwise
    ids: list[str] = []
    if regions:
        db.scratch("_ew_keys", KEY_COLUMNS, [(k, lo - span, hi + 2 * span) for k, lo, hi in regions])
        ids += [r[0] for r in db.execute("SELECT r.report_id FROM reports r JOIN _ew_keys q ON r.match_key = q.k"
                                         " AND r.date BETWEEN q.lo AND q.hi").fetchall()]
    ids += [r[0] for r in execute_in(db, "SELECT report_id FROM reports WHERE date IS NULL AND match_key IN ({})",
                                     undated)]
    stored = rows_in(db, "SELECT * FROM reports WHERE report_id IN ({})", sorted(set(ids)))
    for r in stored:
        r["date"], r["label"] = as_date(r["date"]), as_date(r["label"])
    by_key: dict[str, list[dict]] = defaultdict(list)
    for r in stored + new:
        by_key[r["match_key"]].append(r)
    gone_by_key: dict[str, list[dict]] = defaultdict(list)
    for r in removed:
        gone_by_key[r["match_key"]].append(r)
    new_ids = {r["report_id"] for r in new}
    out = Matched()
    written: set[str] = set()

    def rebuild(groups: list[list[dict]], old_events: set[str]) -> None:
        for g in groups:
            for part in cl.split_by_place(g, rules):
                row = cl.event_row(part)
                eid = row["event_id"]
                out.events.append(row)
                written.add(eid)
                for r in part:
                    if r["report_id"] in new_ids:
                        r["event_id"] = eid
                    elif r["event_id"] != eid or r["_label"] != r["label"]:
                        out.changed[r["report_id"]] = (eid, r["_label"])
        out.gone.update(old_events)

    for key, lo, hi in regions:
        reps = [r for r in by_key[key] if r["date"] is not None and lo - span <= r["date"] <= hi + 2 * span]
        fresh = cl.labels(reps, w)
        touched = set()
        for r in reps:
            if lo <= r["date"] <= hi + span:
                r["_label"] = fresh[r["report_id"]]
                if r["report_id"] in new_ids:
                    touched.add(r["_label"])
                elif r["_label"] != r["label"]:
                    touched.update((r["_label"], r["label"]))
            else:
                r["_label"] = r["label"]
        old_events = set()
        for r in gone_by_key[key]:
            if r["date"] is not None and lo <= r["date"] <= hi:
                touched.add(r["label"])
                old_events.add(r["event_id"])
        groups: dict = defaultdict(list)
        for r in reps:
            if r["_label"] in touched:
                groups[r["_label"]].append(r)
                if r["report_id"] not in new_ids:
                    old_events.add(r["event_id"])
        for r in reps:
            if r["report_id"] in new_ids:
                r["label"] = r["_label"]
        rebuild([groups[k] for k in sorted(groups)], old_events)
    for key in undated:
        reps = [r for r in by_key[key] if r["date"] is None]
        old_events = {r["event_id"] for r in reps if r["report_id"] not in new_ids}
        old_events |= {r["event_id"] for r in gone_by_key[key] if r["date"] is None}
        for r in reps:
            r["_label"] = r["label"] = None if r["report_id"] in new_ids else r["label"]
        rebuild([reps] if reps else [], old_events)
    out.gone -= written
    for r in new:
        r.pop("_label", None)
    return out


def write_matched(db: Backend, result: Matched) -> None:
    """Write what `match` found: reports moved to other events, events gone and (re)made."""
    if result.changed:
        db.scratch("_ew_moved", (("report_id", "VARCHAR"), ("event_id", "VARCHAR"), ("label", "DATE")),
                   [(k, e, lab) for k, (e, lab) in sorted(result.changed.items())])
        db.execute("UPDATE reports SET event_id = q.event_id, label = q.label FROM _ew_moved q"
                   " WHERE reports.report_id = q.report_id")
        db.execute("UPDATE mentions SET event_id = q.event_id FROM _ew_moved q"
                   " WHERE mentions.report_id = q.report_id AND mentions.event_id <> q.event_id")
    if result.gone:
        execute_in(db, "DELETE FROM events WHERE event_id IN ({})", sorted(result.gone), fetch=False)
    rows = {r["event_id"]: tuple(r.get(c) for c in schema.EVENT_COLUMNS) for r in result.events}
    db.upsert("events", schema.EVENT_COLUMNS, [rows[k] for k in sorted(rows)], key="event_id")


# ---- the whole store ------------------------------------------------------------------------------

def matched_with(db: Backend) -> str | None:
    """The version of the merge rules the store's events were matched with: '' when written
    without deduplication since, schema.MIGRATED when migrated from before deduplication."""
    return db.scalar("SELECT value FROM store_meta WHERE key = ?", [META_KEY])


def set_matched(db: Backend, version: str) -> None:
    # an upsert: two writers that both deleted the row would both insert it (a unique violation)
    db.upsert("store_meta", ("key", "value"), [(META_KEY, version)], key="key")


def match_store(db: Backend, rules: Rules | None = None, chunk: int = 50_000) -> int:
    """Match every report of the store anew (after a change of the rules, for a store written
    without deduplication, or migrated from before it); returns the number of events."""
    rules = rules or Rules.load()
    if matched_with(db) == schema.MIGRATED:
        fill(db, rules)
    keys = []
    for rows in db.stream("SELECT report_id, source_code, target_code, code, date, leader FROM reports"):
        for r in rows:
            keys.append((r["report_id"], key_of(r, rules)))
    if keys:
        db.scratch("_ew_rekey", (("report_id", "VARCHAR"), ("k", "VARCHAR")), keys)
        db.execute("UPDATE reports SET match_key = q.k FROM _ew_rekey q WHERE reports.report_id = q.report_id")
    db.execute("DELETE FROM events")
    n = 0
    # key by key, in slices of about `chunk` reports (each read whole before writing)
    counts = db.execute("SELECT match_key, count(*) FROM reports GROUP BY match_key ORDER BY match_key").fetchall()
    slices, size, first = [], 0, None
    for key, c in counts:
        first = key if first is None else first
        size += c
        if size >= chunk:
            slices.append((first, key))
            size, first = 0, None
    if first is not None:
        slices.append((first, counts[-1][0]))
    for lo, hi in slices:
        rows = db.rows("SELECT * FROM reports WHERE match_key BETWEEN ? AND ? ORDER BY match_key, date, report_id",
                       [lo, hi])
        by_key: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            r["date"] = as_date(r["date"])
            by_key[r["match_key"]].append(r)
        events, moved = [], []
        for reps in by_key.values():
            lab = cl.labels(reps, rules.window_days)
            for r in reps:
                r["label"] = lab.get(r["report_id"])
            for part in cl.cluster(reps, rules):
                row = cl.event_row(part)
                events.append(tuple(row.get(c) for c in schema.EVENT_COLUMNS))
                moved += [(r["report_id"], row["event_id"], r["label"]) for r in part]
        n += len(events)
        db.upsert("events", schema.EVENT_COLUMNS, events, key="event_id")
        db.scratch("_ew_moved", (("report_id", "VARCHAR"), ("event_id", "VARCHAR"), ("label", "DATE")), moved)
        db.execute("UPDATE reports SET event_id = q.event_id, label = q.label FROM _ew_moved q"
                   " WHERE reports.report_id = q.report_id")
    db.execute("UPDATE mentions SET event_id = r.event_id FROM reports r"
               " WHERE mentions.report_id = r.report_id AND mentions.event_id <> r.event_id")
    set_matched(db, rules.version)
    return n


def fill(db: Backend, rules: Rules) -> None:
    """What stores migrated from before deduplication lack: outlets of articles (source keys
    of their reports), band keys of texts."""
    rows = db.rows("SELECT article_id, outlet, url FROM articles WHERE source_key IS NULL")
    pairs = [(r["article_id"], source_key(r["outlet"], r["url"])) for r in rows]
    pairs = [p for p in pairs if p[1]]
    if pairs:
        db.scratch("_ew_src", (("article_id", "VARCHAR"), ("s", "VARCHAR")), pairs)
        db.execute("UPDATE articles SET source_key = q.s FROM _ew_src q WHERE articles.article_id = q.article_id")
    db.execute("UPDATE reports SET source_key = (SELECT a.source_key FROM articles a"
               " WHERE a.article_id = reports.article_id) WHERE source_key IS NULL")
    bands, keys = [], []
    for rows in db.stream("SELECT content_hash, text FROM documents WHERE text_key IS NULL"):
        for r in rows:
            fp = Fingerprint.of(r["content_hash"], r["text"], rules.near.shingle_words)
            tk = text_key(r["content_hash"])
            keys.append((r["content_hash"], tk))
            bands += [(b, tk) for b in sorted(set(fp.bands))]
    if keys:
        db.scratch("_ew_tk", (("h", "VARCHAR"), ("tk", "BIGINT")), keys)
        db.execute("UPDATE documents SET text_key = q.tk FROM _ew_tk q WHERE documents.content_hash = q.h")
        db.insert("doc_bands", schema.BAND_COLUMNS, bands)
