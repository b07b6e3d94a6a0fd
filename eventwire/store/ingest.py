"""Writing into a deduplicating store: near-identical articles first, then event matching.

A batch goes through two steps in one transaction:

1. plan (before coding): each new article is compared with the stored texts (MinHash bands,
   then an exact comparison) and with the rest of its batch. Near-identical articles form a
   group whose first article (earliest date, then doc_id, then content hash) is the one coded;
   the others are copies that share its events. An article that comes before a stored group's
   first article takes its place: it is coded, and the group's reports are made anew.
2. write (after coding): documents, articles, band keys, reports and their mentions; then
   the reports are matched (eventwire.dedup.cluster) in the regions of the store they can
   change, and the events of those regions are written again.

Because a group's coded article and every event depend only on the set of articles stored,
coding batches in any order gives the same store (event ids aside, which follow the earliest
report of an event).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..dedup import cluster as cl
from ..dedup.near import Fingerprint, near_identical, shingles, similarity, text_key
from ..dedup.rules import Rules, source_key
from ..records import Document, Event
from . import schema
from .sql import Backend

ADDED, UNCHANGED, REPLACED, COPY = "added", "unchanged", "replaced", "copy"
META_KEY = "matched_with"            # store_meta: the merge rules version the events were matched with
_DAY = dt.timedelta(days=1)


def _md5(s: str) -> str:
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:16]


def article_id(content_hash: str, doc_id: str) -> str:
    return _md5(f"{content_hash}|{doc_id}")


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _rank(date: dt.date | None, doc_id: str, content_hash: str) -> tuple:
    """The order that picks the coded article of a group of near-duplicates."""
    return (date is None, date or dt.date.max, doc_id or "", content_hash)


def date_exact(e: Event) -> bool:
    """Was the event's date given by a phrase of the text (not only by the article's date)?"""
    if e.date is None or (e.date_precision or "day") != "day":
        return False
    return any(m.date == e.date and m.date_how and not m.date_how.startswith("article date") for m in e.mentions)


# ---- rows ------------------------------------------------------------------------------------

def event_columns(e: Event) -> dict:
    from .store import _date as store_date
    from .store import _geo

    row = {
        "event_id": e.event_id, "date": store_date(e.date), "date_precision": e.date_precision,
        "source_code": e.source.code, "source_name": e.source.name, "source_text": e.source.text,
        "target_code": e.target.code, "target_name": e.target.name, "target_text": e.target.text,
        "code": e.code, "root": e.root, "plover": e.plover, "goldstein": e.goldstein,
        "quad_class": e.quad_class, "num_mentions": len(e.mentions), "num_articles": 1, "num_sources": 1,
    }
    row.update(_geo(getattr(e, "place", None) or getattr(e, "action_geo", None), "action_geo"))
    row.update(_geo(getattr(e, "actor1_geo", None), "actor1_geo"))
    row.update(_geo(getattr(e, "actor2_geo", None), "actor2_geo"))
    return row


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
        return _rank(self.date, self.doc_id, self.content_hash)

    @property
    def source(self) -> str | None:
        return source_key(self.outlet, self.url)

    @classmethod
    def of(cls, doc: Document) -> "Art":
        h = doc.content_hash
        return cls(article_id(h, doc.doc_id), doc.doc_id, h, _date(doc.date), doc.url, doc.outlet, doc)

    @classmethod
    def row(cls, r: dict) -> "Art":
        return cls(r["article_id"], r["doc_id"], r["content_hash"], _date(r["date"]), r.get("url"), r.get("outlet"))


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
                             "pattern_id": m.pattern_id, "date": _date(m.date), "outlet": art.outlet,
                             "url": art.url, "report_id": e.event_id, "article_id": art.article_id})
    return reports, mentions


def key_of(r: dict, rules: Rules) -> str:
    group = None if r["date"] is not None else r["leader"]
    return rules.match_key(r["source_code"], r["target_code"], r["code"], group)


def clone(reports: list[dict], mentions: list[dict], art: Art, rules: Rules) -> tuple[list[dict], list[dict]]:
    """A copy's reports and mentions: its coded article's, under its own document and outlet."""
    ids = {}
    out_r, out_m = [], []
    for r in reports:
        c = dict(r)
        ids[r["report_id"]] = c["report_id"] = _md5(f"{r['report_id']}|{art.article_id}")
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


# ---- matching ---------------------------------------------------------------------------------

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
    ids += [r[0] for r in _in(db, "SELECT report_id FROM reports WHERE date IS NULL AND match_key IN ({})", undated)]
    stored = _in_rows(db, "SELECT * FROM reports WHERE report_id IN ({})", sorted(set(ids)))
    for r in stored:
        r["date"], r["label"] = _date(r["date"]), _date(r["label"])
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


# ---- one batch ----------------------------------------------------------------------------------

@dataclass
class Group:
    """A group of near-identical articles after this batch: its coded article and who joins it."""
    leader: Art
    coded_now: bool                         # the leader is coded in this batch (new or re-coded)
    joining: list[Art] = field(default_factory=list)        # new articles that become copies
    demoted: list[str] = field(default_factory=list)        # stored leaders whose groups join


class Batch:
    """A batch of documents for a deduplicating store: `to_code`, then `write(coded)`.

    Call inside the store's transaction (Store.batch does).
    """

    def __init__(self, db: Backend, docs: list[Document], coder_version: str, dictionary_version: str,
                 rules: Rules | None = None):
        self.db = db
        self.rules = rules or Rules.load()
        self.cv, self.dv = coder_version, dictionary_version
        self.docs = docs
        self.statuses = [UNCHANGED] * len(docs)
        self.copy_of: dict[str, str] = {}           # new article -> doc_id of the article it copies
        self._plan()

    # -- plan -----------------------------------------------------------------------------------

    def _plan(self) -> None:
        db, rules = self.db, self.rules
        arts: dict[str, Art] = {}
        self.where: dict[str, int] = {}
        for i, d in enumerate(self.docs):
            a = Art.of(d)
            if a.article_id not in arts:
                arts[a.article_id] = a
                self.where[a.article_id] = i
        ids = list(arts)
        stored_leader = dict(_in(db, "SELECT article_id, leader FROM articles WHERE article_id IN ({})", ids))
        hashes = sorted({a.content_hash for a in arts.values()})
        versions = {h: (c, v) for h, c, v in _in(
            db, "SELECT content_hash, coder_version, dictionary_version FROM documents WHERE content_hash IN ({})",
            hashes)}
        recode: set[str] = set()
        new: list[Art] = []
        for aid, a in arts.items():
            if aid in stored_leader:
                if stored_leader[aid] == aid and versions.get(a.content_hash) != (self.cv, self.dv):
                    recode.add(aid)
                    self.statuses[self.where[aid]] = REPLACED
            else:
                new.append(a)
        self.new_texts: dict[str, Fingerprint] = {}
        k = rules.near.shingle_words
        for a in new:
            if a.content_hash not in versions and a.content_hash not in self.new_texts:
                self.new_texts[a.content_hash] = Fingerprint.of(a.content_hash, a.doc.text, k)

        # near-identical texts: in the batch, then in the store
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(x: str, y: str) -> None:
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)

        best_sim: dict[str, float] = {}
        by_hash: dict[str, list[Art]] = defaultdict(list)
        for a in new:
            by_hash[a.content_hash].append(a)
            find("a:" + a.article_id)
        for h, same in by_hash.items():
            for a in same[1:]:
                union("a:" + same[0].article_id, "a:" + a.article_id)
                best_sim[a.article_id] = best_sim[same[0].article_id] = 1.0
        band_index: dict[int, list[str]] = defaultdict(list)
        for h, fp in self.new_texts.items():
            for b in fp.bands:
                band_index[b].append(h)
        checked = set()
        for hs in band_index.values():
            for i, x in enumerate(hs):
                for y in hs[i + 1:]:
                    if (x, y) in checked:
                        continue
                    checked.add((x, y))
                    fx, fy = self.new_texts[x].shingles, self.new_texts[y].shingles
                    if near_identical(fx, fy, rules.near):
                        s = similarity(fx, fy)
                        union("a:" + by_hash[x][0].article_id, "a:" + by_hash[y][0].article_id)
                        for a in by_hash[x] + by_hash[y]:
                            best_sim[a.article_id] = max(best_sim.get(a.article_id, 0.0), s)
        # stored texts: the same text, or near-identical by bands
        text_links: dict[str, set[str]] = defaultdict(set)      # stored content hash -> new article ids
        for a in new:
            if a.content_hash in versions:
                text_links[a.content_hash].add(a.article_id)
                best_sim[a.article_id] = 1.0
        if self.new_texts:
            db.scratch("_ew_bands", (("band", "BIGINT"), ("h", "VARCHAR")),
                       [(b, h) for h, fp in self.new_texts.items() for b in set(fp.bands)])
            pairs = db.execute("SELECT DISTINCT q.h, b.doc FROM doc_bands b JOIN _ew_bands q ON b.band = q.band"
                               ).fetchall()
            if pairs:
                keys = sorted({p[1] for p in pairs})
                texts = {tk: (h, t) for h, t, tk in _in(
                    db, "SELECT content_hash, text, text_key FROM documents WHERE text_key IN ({})", keys)}
                cache: dict[str, frozenset] = {}
                for h, tk in pairs:
                    if tk not in texts:
                        continue
                    sh, text = texts[tk]
                    if sh == h:
                        continue
                    if sh not in cache:
                        cache[sh] = shingles(text, k)
                    mine = self.new_texts[h].shingles
                    if near_identical(mine, cache[sh], rules.near):
                        s = similarity(mine, cache[sh])
                        for a in by_hash[h]:
                            text_links[sh].add(a.article_id)
                            best_sim[a.article_id] = max(best_sim.get(a.article_id, 0.0), s)
        # the stored groups those texts belong to
        leaders_of_text: dict[str, set[str]] = defaultdict(set)
        for h, leader in _in(db, "SELECT content_hash, leader FROM articles WHERE content_hash IN ({})",
                             sorted(text_links)):
            leaders_of_text[h].add(leader)
        for h, aids in text_links.items():
            for leader in leaders_of_text.get(h, ()):
                for aid in aids:
                    union("a:" + aid, "g:" + leader)
        for aid in recode:
            find("g:" + aid)
        stored_leaders = sorted({x[2:] for x in parent if x.startswith("g:")})
        leader_arts = {r["article_id"]: arts.get(r["article_id"]) or Art.row(r) for r in _in_rows(
            db, "SELECT * FROM articles WHERE article_id IN ({})", stored_leaders)}

        # each component: its first article codes, the rest copy it
        comps: dict[str, list[str]] = defaultdict(list)
        for x in list(parent):
            comps[find(x)].append(x)
        self.groups: list[Group] = []
        self.to_code: list[Document] = []
        for members in comps.values():
            cands: list[tuple[tuple, str, Art]] = []
            for x in members:
                if x.startswith("a:"):
                    a = arts[x[2:]]
                    cands.append((a.rank, x, a))
                elif x[2:] in leader_arts:
                    a = leader_arts[x[2:]]
                    cands.append((a.rank, x, a))
            if not cands:
                continue
            cands.sort(key=lambda c: (c[0], c[1]))
            _, first, leader = cands[0]
            is_new = first.startswith("a:")
            group = Group(leader, coded_now=is_new or leader.article_id in recode)
            for _, x, a in cands[1:]:
                if x.startswith("a:"):
                    group.joining.append(a)
                    a.similarity = best_sim.get(a.article_id)
                    self.statuses[self.where[a.article_id]] = COPY
                    self.copy_of[a.article_id] = leader.doc_id
                else:
                    group.demoted.append(a.article_id)
                    if a.article_id in recode:
                        self.statuses[self.where[a.article_id]] = REPLACED
            if is_new:
                self.statuses[self.where[leader.article_id]] = ADDED
                leader.similarity = 1.0
            if group.coded_now:
                self.to_code.append(self.docs[self.where[leader.article_id]])
            if group.coded_now or group.joining or group.demoted:
                self.groups.append(group)
        self.arts = arts

    # -- write ----------------------------------------------------------------------------------

    def write(self, coded: Iterable[tuple[Document, list[Event]]]) -> list[str]:
        """Store the batch, given the events of the documents in `to_code` (others are ignored)."""
        db, rules = self.db, self.rules
        events_of: dict[str, list[Event]] = {}
        for doc, events in coded:
            events_of[article_id(doc.content_hash, doc.doc_id)] = list(events)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)

        # documents: new texts; texts coded now get the versions
        coded_hashes = {g.leader.content_hash: g.leader for g in self.groups if g.coded_now}
        new_docs = []
        for h, fp in self.new_texts.items():
            a = next(a for a in self.arts.values() if a.content_hash == h)
            if h in coded_hashes:
                a = coded_hashes[h]
            d = a.doc
            cv, dv = (self.cv, self.dv) if h in coded_hashes else (None, None)
            new_docs.append((h, d.doc_id, _date(d.date), d.url, d.outlet, d.text,
                             json.dumps(d.meta, ensure_ascii=False, default=str), json.dumps(d.repairs), now,
                             cv, dv, text_key(h)))
        db.insert("documents", schema.DOCUMENT_COLUMNS, sorted(new_docs), on_conflict="content_hash")
        for h, a in coded_hashes.items():
            if h in self.new_texts:
                continue
            d = a.doc
            db.execute("UPDATE documents SET doc_id = ?, date = ?, url = ?, outlet = ?, meta = ?, repairs = ?,"
                       " coded_at = ?, coder_version = ?, dictionary_version = ? WHERE content_hash = ?",
                       [d.doc_id, _date(d.date), d.url, d.outlet, json.dumps(d.meta, ensure_ascii=False, default=str),
                        json.dumps(d.repairs), now, self.cv, self.dv, h])
        db.insert("doc_bands", schema.BAND_COLUMNS,
                  [(b, text_key(h)) for h, fp in self.new_texts.items() for b in sorted(set(fp.bands))])

        # who is in each group before and after
        old_leaders = sorted({x for g in self.groups for x in g.demoted}
                             | {g.leader.article_id for g in self.groups if g.coded_now and
                                g.leader.article_id not in self.where_new})
        members: dict[str, list[Art]] = defaultdict(list)
        for r in _in_rows(db, "SELECT * FROM articles WHERE leader IN ({})", old_leaders):
            members[r["leader"]].append(Art.row(r))
        new_articles = []
        for g in self.groups:
            for a in ([g.leader] if g.leader.article_id in self.where_new else []) + g.joining:
                new_articles.append((a.article_id, a.doc_id, a.content_hash, a.date, a.url, a.outlet, a.source,
                                     g.leader.article_id, a.similarity, now))
        db.insert("articles", schema.ARTICLE_COLUMNS, new_articles)
        for g in self.groups:
            if g.demoted:
                _in(db, "UPDATE articles SET leader = ? WHERE leader IN ({})", g.demoted,
                    head=[g.leader.article_id], fetch=False)

        # reports and mentions made anew: the leader's (coded now, or stored) and its copies'
        removed_articles: list[str] = []
        new_reports: list[dict] = []
        new_mentions: list[dict] = []
        for g in self.groups:
            lead = g.leader
            if g.coded_now:
                reps, ments = reports_of(events_of.get(lead.article_id, []), lead, rules)
                redo = [a for old in ([lead.article_id] + g.demoted) for a in members.get(old, [])
                        if a.article_id != lead.article_id]
                removed_articles += [a.article_id for old in [lead.article_id] + g.demoted
                                     for a in members.get(old, [])]
                new_reports += reps
                new_mentions += ments
            else:
                reps = _in_rows(db, "SELECT * FROM reports WHERE article_id IN ({})", [lead.article_id])
                ments = _in_rows(db, "SELECT * FROM mentions WHERE article_id IN ({})", [lead.article_id])
                for r in reps:
                    r["date"], r["label"] = _date(r["date"]), None
                redo = [a for old in g.demoted for a in members.get(old, [])]
                removed_articles += [a.article_id for a in redo]
            for a in redo + g.joining:
                cr, cm = clone(reps, ments, a, rules)
                new_reports += cr
                new_mentions += cm
        removed = []
        if removed_articles:
            removed = _in_rows(db, "SELECT report_id, match_key, date, label, event_id FROM reports"
                                   " WHERE article_id IN ({})", removed_articles)
            for r in removed:
                r["date"], r["label"] = _date(r["date"]), _date(r["label"])
            _in(db, "DELETE FROM reports WHERE article_id IN ({})", removed_articles, fetch=False)
            _in(db, "DELETE FROM mentions WHERE article_id IN ({})", removed_articles, fetch=False)

        result = match(db, rules, new_reports, removed)
        eid = {r["report_id"]: r["event_id"] for r in new_reports}
        self.event_of_report = {r["report_id"]: r["event_id"] for r in new_reports if r["leader"] == r["article_id"]}
        for m in new_mentions:
            m["event_id"] = eid[m["report_id"]]
        db.insert("reports", schema.REPORT_COLUMNS,
                  [tuple(r.get(c) for c in schema.REPORT_COLUMNS) for r in new_reports])
        db.insert("mentions", schema.MENTION_COLUMNS,
                  [tuple(m.get(c) for c in schema.MENTION_COLUMNS) for m in new_mentions])
        write_matched(db, result)
        return self.statuses

    def stored_events(self, docs: list[Document]) -> dict[int, list[dict]]:
        """After write: the stored reports of documents that were not coded (copies, stored
        ones), in the shape of `eventwire code` lines; by id() of the document."""
        db = self.db
        ids = {article_id(d.content_hash, d.doc_id): d for d in docs}
        leader_doc = dict(_in(db, "SELECT a.article_id, l.doc_id FROM articles a JOIN articles l"
                                  " ON l.article_id = a.leader WHERE a.article_id IN ({})", list(ids)))
        mentions: dict[str, list[dict]] = defaultdict(list)
        for m in _in_rows(db, "SELECT * FROM mentions WHERE article_id IN ({})", list(ids)):
            mentions[m["report_id"]].append(m)
        out: dict[int, list[dict]] = defaultdict(list)
        reps = _in_rows(db, "SELECT * FROM reports WHERE article_id IN ({})", list(ids))
        for r in sorted(reps, key=lambda r: (r["article_id"], r["report_id"])):
            d = ids[r["article_id"]]
            ms = sorted(mentions[r["report_id"]], key=lambda m: (m["sentence_index"] or 0, m["trigger_start"] or 0))
            ev = [{"doc_id": m["doc_id"], "sentence_index": m["sentence_index"], "sentence": m["sentence"],
                   "trigger": {"text": m["trigger"], "start": m["trigger_start"], "end": m["trigger_end"]},
                   "pattern_id": m["pattern_id"]} for m in ms]
            line = {
                "event_id": r["report_id"], "doc_id": r["doc_id"], "date": _iso(r["date"]),
                "date_precision": r["date_precision"],
                "source": {"code": r["source_code"], "name": r["source_name"], "text": r["source_text"]},
                "target": {"code": r["target_code"], "name": r["target_name"], "text": r["target_text"]},
                "code": r["code"], "root": r["root"], "plover": r["plover"], "goldstein": r["goldstein"],
                "quad_class": r["quad_class"],
                "location": None if not r.get("action_geo_country") else {
                    **{f: r.get(f"action_geo_{f}") for f, _ in schema.GEO_FIELDS if f != "id"},
                    "gazetteer_id": r.get("action_geo_id"), "how": r.get("place_how")},
                "evidence": ev[0] if ev else None, "num_mentions": len(ev), "mentions": ev,
                "stored_event_id": r["event_id"],
            }
            if r["leader"] != r["article_id"]:
                line["copy_of"] = leader_doc.get(r["article_id"])
            out[id(d)].append(line)
        return out

    @property
    def where_new(self) -> dict[str, int]:
        return {aid: i for aid, i in self.where.items() if self.statuses[i] in (ADDED, COPY)}


def write_matched(db: Backend, result: Matched) -> None:
    if result.changed:
        db.scratch("_ew_moved", (("report_id", "VARCHAR"), ("event_id", "VARCHAR"), ("label", "DATE")),
                   [(k, e, lab) for k, (e, lab) in sorted(result.changed.items())])
        db.execute("UPDATE reports SET event_id = q.event_id, label = q.label FROM _ew_moved q"
                   " WHERE reports.report_id = q.report_id")
        db.execute("UPDATE mentions SET event_id = q.event_id FROM _ew_moved q"
                   " WHERE mentions.report_id = q.report_id AND mentions.event_id <> q.event_id")
    if result.gone:
        _in(db, "DELETE FROM events WHERE event_id IN ({})", sorted(result.gone), fetch=False)
    rows = {r["event_id"]: tuple(r.get(c) for c in schema.EVENT_COLUMNS) for r in result.events}
    db.upsert("events", schema.EVENT_COLUMNS, [rows[k] for k in sorted(rows)], key="event_id")


# ---- the whole store ------------------------------------------------------------------------------

def matched_with(db: Backend) -> str | None:
    return db.scalar("SELECT value FROM store_meta WHERE key = ?", [META_KEY])


def set_matched(db: Backend, version: str) -> None:
    # an upsert: two writers that both deleted the row would both insert it (a unique violation)
    db.upsert("store_meta", ("key", "value"), [(META_KEY, version)], key="key")


def match_store(db: Backend, rules: Rules | None = None, fill: bool = False, chunk: int = 50_000) -> int:
    """Match every report of the store anew (after a change of the rules, or for a store
    written without deduplication); returns the number of events. fill: also compute what
    stores from before deduplication lack (outlets of articles, band keys of texts)."""
    rules = rules or Rules.load()
    if fill:
        _fill(db, rules)
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
            r["date"] = _date(r["date"])
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


def _fill(db: Backend, rules: Rules) -> None:
    """What stores from before deduplication lack: outlets of articles, band keys of texts."""
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


# ---- small helpers -----------------------------------------------------------------------------

def _in(db: Backend, sql: str, values: list, head: list | None = None, fetch: bool = True) -> list:
    """Run sql with its `IN ({})` filled by values (in slices); rows as tuples."""
    out: list = []
    values = list(values)
    for i in range(0, len(values), 1000):
        part = values[i:i + 1000]
        cur = db.execute(sql.format(", ".join("?" for _ in part)), (head or []) + part)
        if fetch:
            out += cur.fetchall()
    return out


def _in_rows(db: Backend, sql: str, values: list) -> list[dict]:
    out: list[dict] = []
    values = list(values)
    for i in range(0, len(values), 1000):
        part = values[i:i + 1000]
        out += db.rows(sql.format(", ".join("?" for _ in part)), part)
    return out
