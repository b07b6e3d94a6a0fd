"""Helpers for the store tests: the two databases, and small stores of hand-written events."""
from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

from eventwire.events.codebook import Codebook
from eventwire.records import ActorMention, Document, Event, EventMention

PG_ENV = "EVENTWIRE_TEST_PG"
BACKENDS = ["duckdb", "postgresql"]


def pg_url() -> str:
    """The test server's URL; skip without one, but fail under CI."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests (.ci/run starts a server)")
        pytest.skip(f"{PG_ENV} not set (run .ci/postgres.sh to start a local server)")
    return url


class PgSchema:
    """A fresh schema on the test server, so each test starts from an empty store."""

    def __init__(self, base: str):
        import psycopg

        self.base = base
        self.name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(base, autocommit=True) as con:
            con.execute(f"CREATE SCHEMA {self.name}")
        sep = "&" if "?" in base else "?"
        self.url = f"{base}{sep}options={quote('-csearch_path=' + self.name)}"

    def drop(self) -> None:
        import psycopg

        with psycopg.connect(self.base, autocommit=True) as con:
            con.execute(f"DROP SCHEMA IF EXISTS {self.name} CASCADE")


def store_target(kind: str, tmp_path):
    """(target, cleanup) for a new empty store of a kind."""
    if kind == "duckdb":
        return str(tmp_path / "store.duckdb"), (lambda: None)
    schema = PgSchema(pg_url())
    return schema.url, schema.drop


_codebook = None


def event(source: str, target: str, code: str, date: str | None, sentence: str, doc_id: str,
          sentence_index: int = 0, trigger: str | None = None) -> Event:
    global _codebook
    _codebook = _codebook or Codebook.load()
    info = _codebook.get(code)
    trigger = trigger or sentence.split()[1]
    start = sentence.index(trigger)
    mention = EventMention(
        doc_id=doc_id, sentence_index=sentence_index, sentence=sentence, trigger=trigger,
        trigger_start=start, trigger_end=start + len(trigger), pattern_id=f"test:{code}",
        source=ActorMention(source, 0, len(source), source, source.title(), "test"),
        target=ActorMention(target, 0, len(target), target, target.title(), "test"),
        code=code, date=date, date_precision="day" if date else None)
    return Event(event_id=f"{doc_id}:{source}:{code}:{target}", code=code, root=code[:2],
                 plover=info.plover if info else None, goldstein=info.goldstein if info else None,
                 quad_class=info.quad_class if info else 0, source=mention.source, target=mention.target,
                 date=date, date_precision=mention.date_precision, mentions=[mention])


# (doc, [(source, target, code, date, sentence)])
STORY = {
    "d1": ("2022-01-20", [("VENGOV", "RUSGOV", "042", "2022-01-20", "Venezuela visited Russia on Thursday."),
                          ("RUS", "VEN", "051", "2022-01-20", "Russia praised Venezuela for its stand."),
                          ("VENGOV", "VENOPP", "111", "2022-01-20", "Caracas criticized the opposition.")]),
    "d2": ("2022-02-03", [("VENOPP", "RUSGOV", "112", "2022-02-03", "Opposition accused Moscow of meddling.")]),
    "d3": ("2022-02-10", [("USA", "VEN", "173", "2022-02-10", "Washington arrested Venezuelan officials."),
                          ("VEN", "COL", "190", "2022-03-01", "Venezuela shelled Colombian positions.")]),
    "d4": ("2022-03-05", [("IGOUNO", "VEN", "070", "2022-03-05", "UN delivered aid to Venezuela."),
                          ("RUS", "VENGOV", "061", "2022-03-15", "Russia cooperated economically with Caracas.")]),
}


def story_items():
    items = []
    for doc_id, (date, rows) in STORY.items():
        text = " ".join(r[4] for r in rows)
        doc = Document(doc_id, text, date=date, url=f"https://news.example/{doc_id}", outlet="Wire")
        evs = [event(s, t, c, d, sent, doc_id, sentence_index=i) for i, (s, t, c, d, sent) in enumerate(rows)]
        items.append((doc, evs))
    return items
