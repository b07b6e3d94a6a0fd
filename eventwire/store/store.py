"""The event store: documents, events and mentions in DuckDB or PostgreSQL.

A document is known by the hash of its text. Storing the same text again with
the same coder and dictionaries changes nothing; with another coder or
dictionary version its events are replaced. Every write is one transaction: if
any part fails, nothing of the batch is stored. `code_documents` codes and
writes a batch (`eventwire code --db` and the web API write through it);
`add_many` takes documents coded already; `batch` is its deduplicating step by
step. The writing itself is in .ingest, the matching of reports in .matching.
"""
from __future__ import annotations

import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..dedup.rules import Rules
from ..records import Document, Event
from . import ingest, matching, schema
from .ingest import ADDED, COPY, REPLACED, UNCHANGED
from .result import Events, Rows
from .rows import article_id
from .sql import Backend, StoreError, connect, describe, execute_in
from .versions import coder_version as _coder_version
from .versions import dictionary_version as _dictionary_version

__all__ = ["Store", "Written", "ADDED", "UNCHANGED", "REPLACED", "COPY"]

# codes documents: (document, its events) for each, in order (Coder.code, ParallelCoder.code)
CodeFn = Callable[[list[Document]], Iterable[tuple[Document, list[Event]]]]


@dataclass
class Written:
    """What a write did to each document, in the order given."""
    statuses: list[str]             # added, replaced, unchanged or copy
    lines: list[list[dict]]         # its events as `eventwire code` lines (stored_event_id, copy_of)


class Store:
    """One store, DuckDB file or PostgreSQL database, behind the same methods.

    >>> store = Store.open("eventwire.duckdb")            # or "postgresql://user@host/db"
    >>> store.dyad("VEN", "RUS", by="month")              # doctest: +SKIP
    """

    def __init__(self, backend: Backend, target: str):
        self.db = backend
        self.target = target
        self._results: list[weakref.ref] = []       # Events not fetched yet (fetched on close)

    # ---- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, target: str | Path | None = None, read_only: bool = False) -> "Store":
        """Open (creating and migrating if needed) the store at a path or postgresql:// URL.

        read_only: for queries; several processes may read one DuckDB file at once.
        A store migrated from before deduplication is matched once, when first opened.
        """
        target = str(target) if target is not None else "eventwire.duckdb"
        if read_only:
            probe = connect(target, read_only=True)
            if not _needs_upgrade(probe):
                return cls(probe, target)
            probe.close()       # an older schema: migrate (and match) once, then read
            cls.open(target).close()
            return cls(connect(target, read_only=True), target)
        backend = connect(target, read_only=read_only)
        store = cls(backend, target)
        try:
            schema.migrate(backend)
            store._match_migrated()
        except Exception as exc:
            backend.close()
            raise StoreError(f"cannot migrate store {describe(target)}: {str(exc).splitlines()[0]}") from exc
        return store

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        pending, self._results = self._results, []
        try:
            for ref in pending:
                result = ref()
                if result is not None:
                    result.settle()
        finally:
            self.db.close()

    @property
    def dialect(self) -> str:
        return self.db.dialect

    @property
    def schema_version(self) -> int:
        return _version_or_zero(self.db)

    # ---- writing ---------------------------------------------------------------------------

    def code_documents(self, docs: Iterable[Document], code: CodeFn, dedup: bool = True,
                       done: dict[int, list[Event]] | None = None, coder_version: str | None = None,
                       dictionary_version: str | None = None) -> Written:
        """Code documents and store them in one transaction: the one way `eventwire code --db`
        and POST /api/documents write into a store.

        code: codes a list of documents, e.g. Coder.code. With dedup (the default) only the
        documents that need it are coded: near-identical articles (found before coding) share
        the events of the first of their group, stored articles keep theirs, and the new
        events are matched with the stored ones. Without it (`--no-dedup`) every document is
        coded and keeps its own events. done: events coded ahead, by id() of document
        (workers, or a coder run before the write); what is missing from it is coded here.
        """
        cv = coder_version if coder_version is not None else _coder_version()
        dv = dictionary_version if dictionary_version is not None else _dictionary_version()
        docs = list(docs)
        done = done or {}

        def coded(todo: list[Document]) -> list[tuple[Document, list[Event]]]:
            rest = [d for d in todo if id(d) not in done]
            fresh = {id(d): events for d, (_, events) in zip(rest, code(rest) if rest else [])}
            return [(d, done[id(d)] if id(d) in done else fresh[id(d)]) for d in todo]

        if not dedup:
            pairs = coded(docs)
            statuses = self.add_many(pairs, cv, dv)
            return Written(statuses, [[e.to_json() for e in events] for _, events in pairs])
        with self.batch(docs, cv, dv) as b:
            pairs = coded(b.to_code)
            statuses = b.write(pairs)
            events_of = {id(d): events for d, events in pairs}
            rest = [d for d in docs if id(d) not in events_of]
            stored = b.stored_events(rest) if rest else {}
        lines = []
        for d in docs:
            if id(d) in events_of:
                mine = [e.to_json() for e in events_of[id(d)]]
                for line in mine:
                    line["stored_event_id"] = b.event_of_report.get(line["event_id"])
            else:
                mine = stored.get(id(d), [])
            lines.append(mine)
        return Written(statuses, lines)

    def to_code(self, docs: Iterable[Document], coder_version: str | None = None,
                dictionary_version: str | None = None) -> list[Document]:
        """The documents a deduplicating write of docs would code now (neither stored with these
        versions nor near-identical to an earlier article); nothing is written. Coding them
        ahead, as `done` of code_documents, keeps the coder out of the write's transaction."""
        cv = coder_version if coder_version is not None else _coder_version()
        dv = dictionary_version if dictionary_version is not None else _dictionary_version()
        with self.db.transaction():
            return list(ingest.Batch(self.db, list(docs), cv, dv, self.rules).to_code)

    def add(self, doc: Document, events: Iterable[Event], coder_version: str | None = None,
            dictionary_version: str | None = None) -> str:
        """Store one document and its events: 'added', 'unchanged' or 'replaced'."""
        return self.add_many([(doc, list(events))], coder_version, dictionary_version)[0]

    def add_many(self, items: Iterable[tuple[Document, list[Event]]], coder_version: str | None = None,
                 dictionary_version: str | None = None, dedup: bool = False) -> list[str]:
        """Store coded documents and their events in one transaction; one status per document.

        dedup: match the events with the stored ones (one event per real-world event) and
        store near-identical articles as copies ('copy') that share the events of the first
        of them, ignoring the events given for copies. Without it (the default here, the
        `--no-dedup` of `eventwire code`) each document keeps its own events.
        """
        cv = coder_version if coder_version is not None else _coder_version()
        dv = dictionary_version if dictionary_version is not None else _dictionary_version()
        batch = list(items)
        if dedup:
            with self.batch([doc for doc, _ in batch], cv, dv) as b:
                return b.write(batch)
        with self.db.transaction():
            return ingest.write_plain(self.db, batch, cv, dv, self.rules)

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
            if matching.matched_with(self.db) != self.rules.version:
                matching.match_store(self.db, self.rules)
            yield ingest.Batch(self.db, list(docs), cv, dv, self.rules)

    def rematch(self) -> int:
        """Match every event of the store anew (for new rules in dedup/data/merge.yaml, or a store
        written without deduplication); returns the number of events."""
        with self.db.transaction():
            self.db.lock_matching()
            return matching.match_store(self.db, self.rules)

    def _match_migrated(self) -> None:
        """A store migrated from before deduplication is matched (by today's rules) once."""
        if matching.matched_with(self.db) != schema.MIGRATED:
            return
        with self.db.transaction():
            self.db.lock_matching()
            if matching.matched_with(self.db) == schema.MIGRATED:     # unless another writer was first
                matching.match_store(self.db, self.rules)

    _rules: Rules | None = None

    @property
    def rules(self) -> Rules:
        """The merge rules (dedup/data/merge.yaml), unless others were set."""
        return self._rules or Rules.load()

    @rules.setter
    def rules(self, rules: Rules) -> None:
        self._rules = rules

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
                " m.trigger_start, m.trigger_end, m.pattern_id, l.doc_id AS copy_of, r.confidence,"
                " length(d.text) AS doc_len FROM mentions m"
                " LEFT JOIN reports r ON r.report_id = m.report_id"
                " LEFT JOIN documents d ON d.content_hash = m.content_hash"
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

    def dyad(self, a: str, b: str, by: str = "month", directed: bool = False, **filters) -> Rows:
        """Events between two actors (code prefixes) per period: counts per quad class,
        mean Goldstein, top codes. Either direction unless directed. A list of dicts with
        .to_arrow(), .to_pandas() and .to_polars()."""
        from ..query import dyad

        return Rows(dyad(self.db, a, b, by=by, directed=directed, **filters))

    def partners(self, actor: str, domestic: bool = False, limit: int | None = None, **filters) -> Rows:
        """The actors an actor (code prefix) dealt with: counts, cooperation vs conflict, Goldstein."""
        from ..query import partners

        return Rows(partners(self.db, actor, domestic=domestic, limit=limit, **filters))

    def day(self, date: str, limit: int | None = None, **filters) -> Events:
        """The events of one day, each with its evidence sentence (see events())."""
        return self.events(limit=limit, date_from=date, date_to=date, **filters)

    def events(self, limit: int | None = None, **filters) -> Events:
        """Events matching filters (actor, source, target, code, root, quad, date_from, date_to,
        place, min_confidence), each with its evidence sentence, ordered by date.

        A sequence of dicts, fetched when first used; .to_arrow(), .to_pandas() and
        .to_polars() read the same query by the database's columnar path instead
        (eventwire/store/result.py). Bad filters raise QueryError (a ValueError) at once.
        """
        from ..query import clean, events_query

        sql, params = events_query(limit, **filters)
        result = Events(self.db, sql, params, clean)
        self._results = [r for r in self._results if r() is not None and r()._rows is None]
        self._results.append(weakref.ref(result))
        return result

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
        ids = [article_id(d.content_hash, d.doc_id) for d in docs]
        done = {r[0] for r in execute_in(
            self.db, "SELECT a.article_id FROM articles a JOIN documents d ON d.content_hash = a.content_hash"
            " WHERE (a.leader <> a.article_id OR (d.coder_version = ? AND d.dictionary_version = ?))"
            " AND a.article_id IN ({})", sorted(set(ids)), head=[cv, dv])}
        return [i in done for i in ids]


def _version_or_zero(backend: Backend) -> int:
    return schema.current_version(backend)


def _needs_upgrade(backend: Backend) -> bool:
    """Must a writer open the store first: an older schema, or migrated and not matched yet?"""
    return (_version_or_zero(backend) < schema.LATEST
            or matching.matched_with(backend) == schema.MIGRATED)
