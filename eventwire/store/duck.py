"""The embedded DuckDB store: documents, events and their mentions.

A document is known by the hash of its text: storing the same text again
changes nothing. Each document's events are written in one transaction, so a
failure leaves what was stored before untouched.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import duckdb

from ..records import Document, Event

SCHEMA_VERSION = 1

MIGRATIONS = {
    1: [
        """CREATE TABLE IF NOT EXISTS documents (
            content_hash VARCHAR PRIMARY KEY,
            doc_id VARCHAR NOT NULL,
            date DATE,
            url VARCHAR,
            outlet VARCHAR,
            text VARCHAR NOT NULL,
            meta JSON,
            repairs JSON,
            coded_at TIMESTAMP DEFAULT current_timestamp,
            coder_version VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS events (
            event_id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            date DATE,
            date_precision VARCHAR,
            source_code VARCHAR, source_name VARCHAR, source_text VARCHAR,
            target_code VARCHAR, target_name VARCHAR, target_text VARCHAR,
            code VARCHAR NOT NULL, root VARCHAR NOT NULL, plover VARCHAR,
            goldstein DOUBLE, quad_class INTEGER,
            num_mentions INTEGER)""",
        """CREATE TABLE IF NOT EXISTS mentions (
            event_id VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            sentence_index INTEGER,
            sentence VARCHAR,
            trigger VARCHAR,
            trigger_start INTEGER,
            trigger_end INTEGER,
            pattern_id VARCHAR,
            date DATE)""",
    ],
}


class DuckStore:
    def __init__(self, path: str | Path = "eventwire.duckdb"):
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path)
        except duckdb.IOException as exc:
            raise RuntimeError(f"cannot open store {self.path}: {str(exc).splitlines()[0]} "
                               "(another eventwire process may be writing to it)") from exc
        self._migrate()

    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)")
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        current = row[0] or 0
        for version in sorted(v for v in MIGRATIONS if v > current):
            self.con.execute("BEGIN")
            for stmt in MIGRATIONS[version]:
                self.con.execute(stmt)
            self.con.execute("INSERT INTO schema_version VALUES (?)", [version])
            self.con.execute("COMMIT")

    def has_document(self, content_hash: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE content_hash = ?",
                                [content_hash]).fetchone() is not None

    def add(self, doc: Document, events: Iterable[Event], coder_version: str = "") -> bool:
        """Store a document and its events; False if the same text was stored before."""
        h = doc.content_hash
        if self.has_document(h):
            return False
        self.con.execute("BEGIN")
        try:
            self.con.execute(
                "INSERT INTO documents (content_hash, doc_id, date, url, outlet, text, meta, repairs, coder_version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [h, doc.doc_id, doc.date, doc.url, doc.outlet, doc.text,
                 json.dumps(doc.meta, ensure_ascii=False), json.dumps(doc.repairs), coder_version])
            for e in events:
                self.con.execute(
                    "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [e.event_id, h, doc.doc_id, e.date, e.date_precision,
                     e.source.code, e.source.name, e.source.text,
                     e.target.code, e.target.name, e.target.text,
                     e.code, e.root, e.plover, e.goldstein, e.quad_class, len(e.mentions)])
                for m in e.mentions:
                    self.con.execute(
                        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [e.event_id, m.doc_id, m.sentence_index, m.sentence, m.trigger,
                         m.trigger_start, m.trigger_end, m.pattern_id, m.date])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return True

    def events(self, limit: int | None = None) -> list[dict]:
        sql = ("SELECT e.date, e.doc_id, e.source_code, e.code, e.target_code, e.goldstein, "
               "e.quad_class, m.trigger, m.pattern_id FROM events e "
               "JOIN (SELECT event_id, first(trigger) AS trigger, first(pattern_id) AS pattern_id "
               "FROM mentions GROUP BY event_id) m USING (event_id) ORDER BY e.doc_id, e.date, e.code")
        if limit:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "mentions")}

    def close(self) -> None:
        self.con.close()
