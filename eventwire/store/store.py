"""The event store: documents, events and mentions in DuckDB or PostgreSQL.

A document is known by the hash of its text. Storing the same text again with
the same coder and dictionaries changes nothing; with another coder or
dictionary version its events are replaced. Every call to `add_many` is one
transaction: if any write fails, nothing of the batch is stored.
"""
from __future__ import annotations

import datetime as dt
import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..dedup.near import Fingerprint, text_key
from ..dedup.rules import Rules
from ..records import Document, Event
from . import ingest, schema
from .sql import Backend, StoreError, connect, describe
from .versions import coder_version as _coder_version
from .versions import dictionary_version as _dictionary_version

ADDED, UNCHANGED, REPLACED, COPY = "added", "unchanged", "replaced", "copy"


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _geo(place: Any, prefix: str) -> dict[str, Any]:
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


class Store:
    """One store, DuckDB file or PostgreSQL database, behind the same methods.

    >>> store = Store.open("eventwire.duckdb")            # or "postgresql://user@host/db"
    >>> store.dyad("VEN", "RUS", by="month")              # doctest: +SKIP
    """

    def __init__(self, backend: Backend, target: str):
        self.db = backend
        self.target = target

    # ---- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, target: str | Path | None = None, read_only: bool = False) -> "Store":
        """Open (creating and migrating if needed) the store at a path or postgresql:// URL.

        read_only: for queries; several processes may read one DuckDB file at once.
        """
        target = str(target) if target is not None else "eventwire.duckdb"
        if read_only:
            probe = connect(target, read_only=True)
            behind = _version_or_zero(probe) < schema.LATEST
            if not behind:
                return cls(probe, target)
            probe.close()       # an older schema: migrate once, then read
            cls.open(target).close()
            return cls(connect(target, read_only=True), target)
        backend = connect(target, read_only=read_only)
        try:
            schema.migrate(backend)
        except Exception as exc:
            backend.close()
            raise StoreError(f"cannot migrate store {describe(target)}: {str(exc).splitlines()[0]}") from exc
        return cls(backend, target)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def dialect(self) -> str:
        return self.db.dialect

    @property
    def schema_version(self) -> int:
        return _version_or_zero(self.db)

    # ---- writing ---------------------------------------------------------------------------

    def add(self, doc: Document, events: Iterable[Event], coder_version: str | None = None,
            dictionary_version: str | None = None) -> str:
        """Store one document and its events: 'added', 'unchanged' or 'replaced'."""
        return self.add_many([(doc, list(events))], coder_version, dictionary_version)[0]

    def add_many(self, items: Iterable[tuple[Document, list[Event]]], coder_version: str | None = None,
                 dictionary_version: str | None = None, dedup: bool = False) -> list[str]:
        """Store documents and their events in one transaction; one status per document.

        dedup: match the events with the stored ones (one event per real-world event) and
        store near-identical articles as copies ('copy') that share the events of the first
        of them, ignoring the events given for copies. Without it (the default here, the
        `--no-dedup` of `eventwire code`) each document keeps its own events.
        """
        cv = coder_version if coder_version is not None else _coder_version()
        dv = dictionary_version if dictionary_version is not None else _dictionary_version()
        if dedup:
            batch = list(items)
            with self.batch([doc for doc, _ in batch], cv, dv) as b:
                return b.write(batch)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
        batch = list(items)
        statuses: list[str] = [UNCHANGED] * len(batch)
        first: dict[str, int] = {}              # content hash -> its first place in the batch
        for i, (doc, _events) in enumerate(batch):
            first.setdefault(doc.content_hash, i)
        rows = {h: [h, batch[i][0].doc_id, _date(batch[i][0].date), batch[i][0].url, batch[i][0].outlet,
                    batch[i][0].text, json.dumps(batch[i][0].meta, ensure_ascii=False, default=str),
                    json.dumps(batch[i][0].repairs), now, cv, dv, text_key(h)] for h, i in first.items()}
        to_store: list[int] = []
        with self.db.transaction():
            # writers take turns, as deduplicating ones do: this write marks the store unmatched
            self.db.lock_matching()
            # in hash order, so that two writers of overlapping batches cannot deadlock
            added = set(self.db.insert("documents", schema.DOCUMENT_COLUMNS, [tuple(rows[h]) for h in sorted(rows)],
                                       on_conflict="content_hash", returning="content_hash"))
            known = [h for h in first if h not in added]
            stored = {}
            if known:
                lock = " FOR UPDATE" if self.dialect == "postgresql" else ""
                marks = ", ".join("?" for _ in known)
                for h, c, d in self.db.execute("SELECT content_hash, coder_version, dictionary_version FROM "
                                               f"documents WHERE content_hash IN ({marks}) ORDER BY content_hash{lock}",
                                               known).fetchall():
                    stored[h] = (c, d)
            for h, i in first.items():
                if h in added:
                    statuses[i] = ADDED
                elif stored.get(h) != (cv, dv):
                    self._forget_events(h)
                    r = rows[h]
                    self.db.execute(
                        "UPDATE documents SET doc_id = ?, date = ?, url = ?, outlet = ?, meta = ?, repairs = ?,"
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
                art = ingest.Art.of(doc)
                article_rows.append((art.article_id, doc.doc_id, h, _date(doc.date), doc.url, doc.outlet, art.source,
                                     art.article_id, 1.0, now))
                if h in added:
                    fp = Fingerprint.of(h, doc.text, self.rules.near.shingle_words)
                    band_rows += [(b, text_key(h)) for b in sorted(set(fp.bands))]
                reports, mentions = ingest.reports_of(events, art, self.rules)
                for e, r in zip(events, reports):
                    if e.event_id not in event_rows:
                        event_rows[e.event_id] = self._event_row(e, doc)
                        r["event_id"] = e.event_id
                        report_rows[e.event_id] = tuple(r.get(c) for c in schema.REPORT_COLUMNS)
                for m in mentions:
                    mention_rows.append(tuple(m.get(c) for c in schema.MENTION_COLUMNS))
            self.db.insert("events", schema.EVENT_COLUMNS, list(event_rows.values()), on_conflict="event_id")
            self.db.insert("mentions", schema.MENTION_COLUMNS, mention_rows)
            if to_store:
                self.db.insert("articles", schema.ARTICLE_COLUMNS, article_rows, on_conflict="article_id")
                self.db.insert("reports", schema.REPORT_COLUMNS, list(report_rows.values()), on_conflict="report_id")
                self.db.insert("doc_bands", schema.BAND_COLUMNS, band_rows)
                ingest.set_matched(self.db, "")          # events are per document now: match before dedup
        return statuses

    @contextmanager
    def batch(self, docs: list[Document], coder_version: str | None = None,
              dictionary_version: str | None = None) -> Iterator["ingest.Batch"]:
        """A deduplicating write of one batch, in one transaction:

        >>> with store.batch(docs) as b:                     # doctest: +SKIP
        ...     b.write(coder.code(b.to_code))               # only the documents that need coding

        Writers of a PostgreSQL store take turns here; a store whose events were matched with
        other rules (or written without deduplication) is matched anew first.
        """
        cv = coder_version if coder_version is not None else _coder_version()
        dv = dictionary_version if dictionary_version is not None else _dictionary_version()
        with self.db.transaction():
            self.db.lock_matching()
            if ingest.matched_with(self.db) != self.rules.version:
                ingest.match_store(self.db, self.rules)
            yield ingest.Batch(self.db, list(docs), cv, dv, self.rules)

    def rematch(self) -> int:
        """Match every event of the store anew (for new rules in dedup/data/merge.yaml, or a store
        written without deduplication); returns the number of events."""
        with self.db.transaction():
            self.db.lock_matching()
            return ingest.match_store(self.db, self.rules)

    _rules: Rules | None = None

    @property
    def rules(self) -> Rules:
        """The merge rules (dedup/data/merge.yaml), unless others were set."""
        return self._rules or Rules.load()

    @rules.setter
    def rules(self, rules: Rules) -> None:
        self._rules = rules

    def _forget_events(self, content_hash: str) -> None:
        """Drop a document's mentions, and its events that no other document mentions."""
        self.db.execute(
            "DELETE FROM events WHERE event_id IN (SELECT event_id FROM mentions WHERE content_hash = ?)"
            " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.event_id AND m.content_hash <> ?)",
            [content_hash, content_hash])
        self.db.execute("DELETE FROM mentions WHERE content_hash = ?", [content_hash])
        self.db.execute("DELETE FROM reports WHERE content_hash = ?", [content_hash])

    @staticmethod
    def _event_row(e: Event, doc: Document) -> tuple:
        n_articles = getattr(e, "num_articles", None) or len({m.doc_id for m in e.mentions}) or 1
        n_sources = getattr(e, "num_sources", None) or 1
        row = {
            "event_id": e.event_id, "date": _date(e.date), "date_precision": e.date_precision,
            "source_code": e.source.code, "source_name": e.source.name, "source_text": e.source.text,
            "target_code": e.target.code, "target_name": e.target.name, "target_text": e.target.text,
            "code": e.code, "root": e.root, "plover": e.plover, "goldstein": e.goldstein,
            "quad_class": e.quad_class, "num_mentions": getattr(e, "num_mentions", None) or len(e.mentions),
            "num_articles": n_articles, "num_sources": n_sources,
        }
        row.update(_geo(getattr(e, "place", None) or getattr(e, "action_geo", None), "action_geo"))
        row.update(_geo(getattr(e, "actor1_geo", None), "actor1_geo"))
        row.update(_geo(getattr(e, "actor2_geo", None), "actor2_geo"))
        return tuple(row[c] for c in schema.EVENT_COLUMNS)

    # ---- reading ---------------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        return self.db.scalar("SELECT 1 FROM documents WHERE content_hash = ?", [content_hash]) is not None

    def document(self, content_hash: str) -> dict | None:
        rows = self.db.rows("SELECT content_hash, doc_id, date, url, outlet, coded_at, coder_version,"
                            " dictionary_version FROM documents WHERE content_hash = ?", [content_hash])
        return rows[0] if rows else None

    def mentions(self, event_ids: list[str]) -> dict[str, list[dict]]:
        """Every mention of each event (GDELT's mentions table): document, outlet, URL, sentence,
        trigger and pattern; `copy_of` names the coded document of a near-duplicate."""
        out: dict[str, list[dict]] = {e: [] for e in event_ids}
        for i in range(0, len(event_ids), 1000):
            part = event_ids[i:i + 1000]
            rows = self.db.rows(
                "SELECT m.event_id, m.doc_id, m.date, m.outlet, m.url, m.sentence_index, m.sentence, m.trigger,"
                " m.trigger_start, m.trigger_end, m.pattern_id, l.doc_id AS copy_of FROM mentions m"
                " LEFT JOIN articles a ON a.article_id = m.article_id"
                " LEFT JOIN articles l ON l.article_id = a.leader AND a.leader <> a.article_id"
                f" WHERE m.event_id IN ({', '.join('?' for _ in part)})"
                " ORDER BY m.event_id, m.date NULLS LAST, m.doc_id, m.sentence_index, m.trigger_start", part)
            for r in rows:
                out[r.pop("event_id")].append(r)
        return out

    def counts(self) -> dict[str, int]:
        return {t: int(self.db.scalar(f"SELECT count(*) FROM {t}")) for t in ("documents", "events", "mentions")}

    def size_bytes(self) -> int:
        return self.db.size_bytes()

    # queries: eventwire/query does the work, so the CLI and the API answer alike

    def dyad(self, a: str, b: str, by: str = "month", directed: bool = False, **filters) -> list[dict]:
        """Events between two actors (code prefixes) per period: counts per quad class,
        mean Goldstein, top codes. Either direction unless directed."""
        from ..query import dyad

        return dyad(self.db, a, b, by=by, directed=directed, **filters)

    def partners(self, actor: str, domestic: bool = False, limit: int | None = None, **filters) -> list[dict]:
        """The actors an actor (code prefix) dealt with: counts, cooperation vs conflict, Goldstein."""
        from ..query import partners

        return partners(self.db, actor, domestic=domestic, limit=limit, **filters)

    def day(self, date: str, limit: int | None = None, **filters) -> list[dict]:
        """The events of one day, each with its evidence sentence."""
        from ..query import events

        return events(self.db, date_from=date, date_to=date, limit=limit, **filters)

    def events(self, limit: int | None = None, **filters) -> list[dict]:
        """Events matching filters (actor, source, target, code, root, quad, date_from, date_to,
        place), each with its evidence sentence, ordered by date."""
        from ..query import events

        return events(self.db, limit=limit, **filters)

    def iter_events(self, chunk: int = 10_000, **filters) -> Iterable[list[dict]]:
        """Like events() without a limit, in chunks, for exports."""
        from ..query import iter_events

        return iter_events(self.db, chunk=chunk, **filters)

    def coded(self, docs: list[Document], coder_version: str | None = None,
              dictionary_version: str | None = None) -> list[bool]:
        """For each document: is this article stored already, as a near-duplicate or coded with
        these versions? A deduplicating write would not code it again (resumed runs skip it)."""
        cv = coder_version if coder_version is not None else _coder_version()
        dv = dictionary_version if dictionary_version is not None else _dictionary_version()
        ids = [ingest.article_id(d.content_hash, d.doc_id) for d in docs]
        done = {r[0] for r in ingest._in(
            self.db, "SELECT a.article_id FROM articles a JOIN documents d ON d.content_hash = a.content_hash"
            " WHERE (a.leader <> a.article_id OR (d.coder_version = ? AND d.dictionary_version = ?))"
            " AND a.article_id IN ({})", sorted(set(ids)), head=[cv, dv])}
        return [i in done for i in ids]


def _version_or_zero(backend: Backend) -> int:
    return schema.current_version(backend)
