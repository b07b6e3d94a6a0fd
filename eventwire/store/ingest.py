"""Writing coded documents into a store: a deduplicating batch (`Batch`), or a plain write
of each document's own events (`write_plain`, `--no-dedup`).

A deduplicating batch goes through two steps in one transaction:

1. plan (before coding): each new article is compared with the stored texts (MinHash bands,
   then an exact comparison) and with the rest of its batch. Near-identical articles form a
   group whose first article (earliest date, then doc_id, then content hash) is the one coded;
   the others are copies that share its events. An article that comes before a stored group's
   first article takes its place: it is coded, and the group's reports are made anew.
2. write (after coding): documents, articles, band keys, reports and their mentions; then
   the reports are matched (eventwire.store.matching) in the regions of the store they can
   change, and the events of those regions are written again.

Because a group's coded article and every event depend only on the set of articles stored,
coding batches in any order gives the same store (event ids aside, which follow the earliest
report of an event).
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..dedup.near import Fingerprint, near_identical, shingles, similarity, text_key
from ..dedup.rules import Rules
from ..records import Document, Event
from . import schema
from .matching import match, set_matched, write_matched
from .rows import Art, article_id, as_date, clone, event_columns, iso, reports_of
from .sql import Backend, execute_in, rows_in

ADDED, UNCHANGED, REPLACED, COPY = "added", "unchanged", "replaced", "copy"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


# ---- a deduplicating batch ------------------------------------------------------------------------

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
        stored_leader = dict(execute_in(db, "SELECT article_id, leader FROM articles WHERE article_id IN ({})", ids))
        hashes = sorted({a.content_hash for a in arts.values()})
        versions = {h: (c, v) for h, c, v in execute_in(
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
                texts = {tk: (h, t) for h, t, tk in execute_in(
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
        for h, leader in execute_in(db, "SELECT content_hash, leader FROM articles WHERE content_hash IN ({})",
                                    sorted(text_links)):
            leaders_of_text[h].add(leader)
        for h, aids in text_links.items():
            for leader in leaders_of_text.get(h, ()):
                for aid in aids:
                    union("a:" + aid, "g:" + leader)
        for aid in recode:
            find("g:" + aid)
        stored_leaders = sorted({x[2:] for x in parent if x.startswith("g:")})
        leader_arts = {r["article_id"]: arts.get(r["article_id"]) or Art.row(r) for r in rows_in(
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
        now = _now()

        # documents: new texts; texts coded now get the versions
        coded_hashes = {g.leader.content_hash: g.leader for g in self.groups if g.coded_now}
        new_docs = []
        for h, fp in self.new_texts.items():
            a = next(a for a in self.arts.values() if a.content_hash == h)
            if h in coded_hashes:
                a = coded_hashes[h]
            d = a.doc
            cv, dv = (self.cv, self.dv) if h in coded_hashes else (None, None)
            new_docs.append((h, d.doc_id, as_date(d.date), d.url, d.outlet, d.text,
                             json.dumps(d.meta, ensure_ascii=False, default=str), json.dumps(d.repairs), now,
                             cv, dv, text_key(h)))
        db.insert("documents", schema.DOCUMENT_COLUMNS, sorted(new_docs), on_conflict="content_hash")
        for h, a in coded_hashes.items():
            if h in self.new_texts:
                continue
            d = a.doc
            db.execute("UPDATE documents SET doc_id = ?, date = ?, url = ?, outlet = ?, meta = ?, repairs = ?,"
                       " coded_at = ?, coder_version = ?, dictionary_version = ? WHERE content_hash = ?",
                       [d.doc_id, as_date(d.date), d.url, d.outlet, json.dumps(d.meta, ensure_ascii=False, default=str),
                        json.dumps(d.repairs), now, self.cv, self.dv, h])
        db.insert("doc_bands", schema.BAND_COLUMNS,
                  [(b, text_key(h)) for h, fp in self.new_texts.items() for b in sorted(set(fp.bands))])

        # who is in each group before and after
        old_leaders = sorted({x for g in self.groups for x in g.demoted}
                             | {g.leader.article_id for g in self.groups if g.coded_now and
                                g.leader.article_id not in self.where_new})
        members: dict[str, list[Art]] = defaultdict(list)
        for r in rows_in(db, "SELECT * FROM articles WHERE leader IN ({})", old_leaders):
            members[r["leader"]].append(Art.row(r))
        new_articles = []
        for g in self.groups:
            for a in ([g.leader] if g.leader.article_id in self.where_new else []) + g.joining:
                new_articles.append((a.article_id, a.doc_id, a.content_hash, a.date, a.url, a.outlet, a.source,
                                     g.leader.article_id, a.similarity, now))
        db.insert("articles", schema.ARTICLE_COLUMNS, new_articles)
        for g in self.groups:
            if g.demoted:
                execute_in(db, "UPDATE articles SET leader = ? WHERE leader IN ({})", g.demoted,
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
                reps = rows_in(db, "SELECT * FROM reports WHERE article_id IN ({})", [lead.article_id])
                ments = rows_in(db, "SELECT * FROM mentions WHERE article_id IN ({})", [lead.article_id])
                for r in reps:
                    r["date"], r["label"] = as_date(r["date"]), None
                redo = [a for old in g.demoted for a in members.get(old, [])]
                removed_articles += [a.article_id for a in redo]
            for a in redo + g.joining:
                cr, cm = clone(reps, ments, a, rules)
                new_reports += cr
                new_mentions += cm
        removed = []
        if removed_articles:
            removed = rows_in(db, "SELECT report_id, match_key, date, label, event_id FROM reports"
                                  " WHERE article_id IN ({})", removed_articles)
            for r in removed:
                r["date"], r["label"] = as_date(r["date"]), as_date(r["label"])
            execute_in(db, "DELETE FROM reports WHERE article_id IN ({})", removed_articles, fetch=False)
            execute_in(db, "DELETE FROM mentions WHERE article_id IN ({})", removed_articles, fetch=False)

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
        leader_doc = dict(execute_in(db, "SELECT a.article_id, l.doc_id FROM articles a JOIN articles l"
                                     " ON l.article_id = a.leader WHERE a.article_id IN ({})", list(ids)))
        mentions: dict[str, list[dict]] = defaultdict(list)
        for m in rows_in(db, "SELECT * FROM mentions WHERE article_id IN ({})", list(ids)):
            mentions[m["report_id"]].append(m)
        out: dict[int, list[dict]] = defaultdict(list)
        reps = rows_in(db, "SELECT * FROM reports WHERE article_id IN ({})", list(ids))
        for r in sorted(reps, key=lambda r: (r["article_id"], r["report_id"])):
            d = ids[r["article_id"]]
            ms = sorted(mentions[r["report_id"]], key=lambda m: (m["sentence_index"] or 0, m["trigger_start"] or 0))
            ev = [{"doc_id": m["doc_id"], "sentence_index": m["sentence_index"], "sentence": m["sentence"],
                   "trigger": {"text": m["trigger"], "start": m["trigger_start"], "end": m["trigger_end"]},
                   "pattern_id": m["pattern_id"]} for m in ms]
            line = {
                "event_id": r["report_id"], "doc_id": r["doc_id"], "date": iso(r["date"]),
                "date_precision": r["date_precision"],
                "source": {"code": r["source_code"], "name": r["source_name"], "text": r["source_text"]},
                "target": {"code": r["target_code"], "name": r["target_name"], "text": r["target_text"]},
                "code": r["code"], "root": r["root"], "plover": r["plover"], "goldstein": r["goldstein"],
                "quad_class": r["quad_class"], "confidence": r.get("confidence"),
                "confidence_reasons": json.loads(r["confidence_reasons"]) if r.get("confidence_reasons") else [],
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


# ---- without deduplication --------------------------------------------------------------------------

def write_plain(db: Backend, batch: list[tuple[Document, list[Event]]], cv: str, dv: str, rules: Rules) -> list[str]:
    """Store documents with their own events (no matching, no near-duplicates); call inside a
    transaction. A text stored with these versions is left alone, with others its events are
    replaced. Reports, articles and band keys are stored too, so the store can be matched later;
    it is marked unmatched. One status per document."""
    now = _now()
    statuses: list[str] = [UNCHANGED] * len(batch)
    first: dict[str, int] = {}              # content hash -> its first place in the batch
    for i, (doc, _events) in enumerate(batch):
        first.setdefault(doc.content_hash, i)
    rows = {h: [h, batch[i][0].doc_id, as_date(batch[i][0].date), batch[i][0].url, batch[i][0].outlet,
                batch[i][0].text, json.dumps(batch[i][0].meta, ensure_ascii=False, default=str),
                json.dumps(batch[i][0].repairs), now, cv, dv, text_key(h)] for h, i in first.items()}
    to_store: list[int] = []
    # writers take turns, as deduplicating ones do: this write marks the store unmatched
    db.lock_matching()
    # in hash order, so that two writers of overlapping batches cannot deadlock
    added = set(db.insert("documents", schema.DOCUMENT_COLUMNS, [tuple(rows[h]) for h in sorted(rows)],
                          on_conflict="content_hash", returning="content_hash"))
    known = [h for h in first if h not in added]
    stored = {}
    if known:
        lock = " FOR UPDATE" if db.dialect == "postgresql" else ""
        marks = ", ".join("?" for _ in known)
        for h, c, d in db.execute("SELECT content_hash, coder_version, dictionary_version FROM "
                                  f"documents WHERE content_hash IN ({marks}) ORDER BY content_hash{lock}",
                                  known).fetchall():
            stored[h] = (c, d)
    for h, i in first.items():
        if h in added:
            statuses[i] = ADDED
        elif stored.get(h) != (cv, dv):
            _forget_events(db, h)
            r = rows[h]
            db.execute("UPDATE documents SET doc_id = ?, date = ?, url = ?, outlet = ?, meta = ?, repairs = ?,"
                       " coded_at = ?, coder_version = ?, dictionary_version = ? WHERE content_hash = ?",
                       r[1:5] + r[6:11] + [h])
            statuses[i] = REPLACED
        else:
            continue
        to_store.append(i)
    event_rows: dict[str, tuple] = {}
    report_rows: dict[str, tuple] = {}
    mention_rows: list[tuple] = []
    article_rows, band_rows = [], []
    for i in to_store:
        doc, events = batch[i]
        h = doc.content_hash
        art = Art.of(doc)
        article_rows.append((art.article_id, doc.doc_id, h, as_date(doc.date), doc.url, doc.outlet, art.source,
                             art.article_id, 1.0, now))
        if h in added:
            fp = Fingerprint.of(h, doc.text, rules.near.shingle_words)
            band_rows += [(b, text_key(h)) for b in sorted(set(fp.bands))]
        reports, mentions = reports_of(events, art, rules)
        for e, r in zip(events, reports):
            if e.event_id not in event_rows:
                event_rows[e.event_id] = _event_row(e)
                r["event_id"] = e.event_id
                report_rows[e.event_id] = tuple(r.get(c) for c in schema.REPORT_COLUMNS)
        for m in mentions:
            mention_rows.append(tuple(m.get(c) for c in schema.MENTION_COLUMNS))
    db.insert("events", schema.EVENT_COLUMNS, list(event_rows.values()), on_conflict="event_id")
    db.insert("mentions", schema.MENTION_COLUMNS, mention_rows)
    if to_store:
        db.insert("articles", schema.ARTICLE_COLUMNS, article_rows, on_conflict="article_id")
        db.insert("reports", schema.REPORT_COLUMNS, list(report_rows.values()), on_conflict="report_id")
        db.insert("doc_bands", schema.BAND_COLUMNS, band_rows)
        set_matched(db, "")          # events are per document now: match before dedup
    return statuses


def _forget_events(db: Backend, content_hash: str) -> None:
    """Drop a document's mentions, and its events that no other document mentions."""
    db.execute(
        "DELETE FROM events WHERE event_id IN (SELECT event_id FROM mentions WHERE content_hash = ?)"
        " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.event_id AND m.content_hash <> ?)",
        [content_hash, content_hash])
    db.execute("DELETE FROM mentions WHERE content_hash = ?", [content_hash])
    db.execute("DELETE FROM reports WHERE content_hash = ?", [content_hash])


def _event_row(e: Event) -> tuple:
    """An event stored as its document coded it, with the counts it carries (if any)."""
    row = event_columns(e)
    row["num_mentions"] = getattr(e, "num_mentions", None) or len(e.mentions)
    row["num_articles"] = getattr(e, "num_articles", None) or len({m.doc_id for m in e.mentions}) or 1
    row["num_sources"] = getattr(e, "num_sources", None) or 1
    return tuple(row[c] for c in schema.EVENT_COLUMNS)
