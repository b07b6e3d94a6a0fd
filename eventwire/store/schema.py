"""The store's schema: an ordered list of migrations, the same for both databases.

Each migration is a list of SQL steps run in one transaction, after which its
number goes into `schema_version`. `{json}` and friends are filled in per
dialect; a step given as a dict holds one statement per dialect.
Migrations only change the schema and copy data, in SQL written out here, so
that upgrading a store does the same whenever it runs: they never call code
that changes with eventwire (matching, fingerprints). What such code computes
from old rows is done outside them: a migration marks the store (store_meta),
and the store does the rest when opened (Store.open, eventwire.store.matching).
Never edit a migration that has shipped: add the next one.
"""
from __future__ import annotations

from typing import Union

from .sql import Backend

Step = Union[str, dict]

# store_meta's matched_with after migration 4: reports not matched into events yet, outlets
# and band keys of the old articles not computed yet (Store.open matches such a store)
MIGRATED = "migrated"

GEO_FIELDS = (("name", "VARCHAR"), ("country", "VARCHAR"), ("admin1", "VARCHAR"), ("admin1_code", "VARCHAR"),
              ("lat", "DOUBLE PRECISION"), ("lon", "DOUBLE PRECISION"), ("feature_type", "VARCHAR"),
              ("id", "VARCHAR"))
GEO_PREFIXES = ("action_geo", "actor1_geo", "actor2_geo")

# the events table's columns when migration 4 was written (reports copy them)
_V4_EVENT_COLUMNS = (
    ("date", "DATE"), ("date_precision", "VARCHAR"), ("source_code", "VARCHAR"), ("source_name", "VARCHAR"),
    ("source_text", "VARCHAR"), ("target_code", "VARCHAR"), ("target_name", "VARCHAR"),
    ("target_text", "VARCHAR"), ("code", "VARCHAR"), ("root", "VARCHAR"), ("plover", "VARCHAR"),
    ("goldstein", "DOUBLE PRECISION"), ("quad_class", "INTEGER"), ("num_mentions", "INTEGER"),
    ("num_articles", "INTEGER"), ("num_sources", "INTEGER"),
    *[(f"{p}_{f}", t) for p in ("action_geo", "actor1_geo", "actor2_geo") for f, t in (
        ("name", "VARCHAR"), ("country", "VARCHAR"), ("admin1", "VARCHAR"), ("admin1_code", "VARCHAR"),
        ("lat", "DOUBLE PRECISION"), ("lon", "DOUBLE PRECISION"), ("feature_type", "VARCHAR"), ("id", "VARCHAR"))],
)


MIGRATIONS: list[list[Step]] = [
    # 1: the first DuckDB store (documents, events with their document, mentions)
    [
        """CREATE TABLE IF NOT EXISTS documents (
            content_hash VARCHAR PRIMARY KEY,
            doc_id VARCHAR NOT NULL,
            date DATE,
            url VARCHAR,
            outlet VARCHAR,
            text VARCHAR NOT NULL,
            meta {json},
            repairs {json},
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
            goldstein DOUBLE PRECISION, quad_class INTEGER,
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
    # 2: events independent of documents (a later merge gives one event many documents);
    # mentions carry their document; dictionary version; place columns
    [
        "ALTER TABLE documents ADD COLUMN dictionary_version VARCHAR",
        "ALTER TABLE mentions ADD COLUMN content_hash VARCHAR",
        "ALTER TABLE mentions ADD COLUMN outlet VARCHAR",
        "ALTER TABLE mentions ADD COLUMN url VARCHAR",
        "UPDATE mentions SET content_hash = (SELECT e.content_hash FROM events e WHERE e.event_id = mentions.event_id)",
        "UPDATE mentions SET outlet = (SELECT d.outlet FROM documents d WHERE d.content_hash = mentions.content_hash),"
        " url = (SELECT d.url FROM documents d WHERE d.content_hash = mentions.content_hash)",
        "ALTER TABLE events ADD COLUMN num_articles INTEGER",
        "ALTER TABLE events ADD COLUMN num_sources INTEGER",
        "UPDATE events SET num_articles = 1, num_sources = 1",
        *[f"ALTER TABLE events ADD COLUMN {p}_{f} {t}" for p in GEO_PREFIXES for f, t in GEO_FIELDS],
        "ALTER TABLE events DROP COLUMN content_hash",
        "ALTER TABLE events DROP COLUMN doc_id",
    ],
    # 3: indexes (DuckDB builds an index only in a transaction without pending updates)
    [
        "CREATE INDEX IF NOT EXISTS mentions_hash ON mentions (content_hash)",
        "CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id)",
        # PostgreSQL: prefix matches on actor codes (LIKE 'VEN%') and date ranges use these
        {"postgresql": "CREATE INDEX IF NOT EXISTS events_source ON events (source_code text_pattern_ops, date)"},
        {"postgresql": "CREATE INDEX IF NOT EXISTS events_target ON events (target_code text_pattern_ops, date)"},
        {"postgresql": "CREATE INDEX IF NOT EXISTS events_date ON events (date)"},
    ],
    # 4: one event per real-world event. `articles`: every article received, and the coded
    # article whose events it shares (itself, or the first of its near-duplicates); `reports`:
    # each coded event of each article, with its match key and date label; an event is the
    # set of reports that match. Bands find near-duplicate texts. Existing events become
    # reports of themselves; the store is marked as not matched (MIGRATED), and matched when
    # opened. (This step used to match the store itself with the matching code of the day, so
    # the same old store could upgrade to different stores; the schema it leaves is the same.)
    [
        """CREATE TABLE IF NOT EXISTS articles (
            article_id VARCHAR PRIMARY KEY,
            doc_id VARCHAR NOT NULL,
            content_hash VARCHAR NOT NULL,
            date DATE, url VARCHAR, outlet VARCHAR, source_key VARCHAR,
            leader VARCHAR NOT NULL,
            similarity DOUBLE PRECISION,
            added_at TIMESTAMP)""",
        "INSERT INTO articles (article_id, doc_id, content_hash, date, url, outlet, leader, similarity, added_at)"
        " SELECT substr(md5(content_hash || '|' || doc_id), 1, 16), doc_id, content_hash, date, url, outlet,"
        " substr(md5(content_hash || '|' || doc_id), 1, 16), 1.0, coded_at FROM documents",
        "ALTER TABLE documents ADD COLUMN text_key BIGINT",
        "CREATE TABLE IF NOT EXISTS doc_bands (band BIGINT NOT NULL, doc BIGINT NOT NULL)",
        f"""CREATE TABLE IF NOT EXISTS reports (
            report_id VARCHAR PRIMARY KEY,
            event_id VARCHAR NOT NULL,
            {', '.join(f'{c} {t}' for c, t in _V4_EVENT_COLUMNS)},
            article_id VARCHAR, leader VARCHAR, content_hash VARCHAR, doc_id VARCHAR, source_key VARCHAR,
            match_key VARCHAR, label DATE, date_exact BOOLEAN, place_how VARCHAR, n_mentions INTEGER)""",
        f"""INSERT INTO reports (report_id, event_id, {', '.join(c for c, _ in _V4_EVENT_COLUMNS)},
                article_id, leader, content_hash, doc_id, date_exact, n_mentions)
            SELECT e.event_id, e.event_id, {', '.join('e.' + c for c, _ in _V4_EVENT_COLUMNS)},
                substr(md5(m.content_hash || '|' || m.doc_id), 1, 16),
                substr(md5(m.content_hash || '|' || m.doc_id), 1, 16), m.content_hash, m.doc_id, FALSE, m.n
            FROM events e JOIN (SELECT event_id, min(content_hash) AS content_hash, min(doc_id) AS doc_id,
                                count(*) AS n FROM mentions GROUP BY event_id) m ON m.event_id = e.event_id""",
        "ALTER TABLE mentions ADD COLUMN report_id VARCHAR",
        "ALTER TABLE mentions ADD COLUMN article_id VARCHAR",
        "UPDATE mentions SET report_id = event_id, article_id = substr(md5(content_hash || '|' || doc_id), 1, 16)",
        "CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        "INSERT INTO store_meta (key, value) VALUES ('matched_with', 'migrated')",
    ],
    # 5: indexes for matching (PostgreSQL; DuckDB scans these columns fast enough)
    [
        {"postgresql": "CREATE INDEX IF NOT EXISTS reports_key ON reports (match_key, date)"},
        {"postgresql": "CREATE INDEX IF NOT EXISTS reports_article ON reports (article_id)"},
        {"postgresql": "CREATE INDEX IF NOT EXISTS reports_event ON reports (event_id)"},
        {"postgresql": "CREATE INDEX IF NOT EXISTS articles_leader ON articles (leader)"},
        {"postgresql": "CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash)"},
        {"postgresql": "CREATE INDEX IF NOT EXISTS doc_bands_band ON doc_bands (band)"},
        {"postgresql": "CREATE INDEX IF NOT EXISTS documents_text_key ON documents (text_key)"},
        {"postgresql": "CREATE INDEX IF NOT EXISTS mentions_report ON mentions (report_id)"},
        {"postgresql": "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id)"},
    ],
    # 6: each event's and report's confidence (the estimated probability that it is right) and
    # the reasons for it (JSON text); events stored before have none (NULL)
    [
        "ALTER TABLE events ADD COLUMN confidence DOUBLE PRECISION",
        "ALTER TABLE events ADD COLUMN confidence_reasons VARCHAR",
        "ALTER TABLE reports ADD COLUMN confidence DOUBLE PRECISION",
        "ALTER TABLE reports ADD COLUMN confidence_reasons VARCHAR",
    ],
]

LATEST = len(MIGRATIONS)

# column order of the current tables, as the store writes them
DOCUMENT_COLUMNS = ("content_hash", "doc_id", "date", "url", "outlet", "text", "meta", "repairs",
                    "coded_at", "coder_version", "dictionary_version", "text_key")
EVENT_COLUMNS = ("event_id", "date", "date_precision", "source_code", "source_name", "source_text",
                 "target_code", "target_name", "target_text", "code", "root", "plover", "goldstein",
                 "quad_class", "num_mentions", "num_articles", "num_sources",
                 *[f"{p}_{f}" for p in GEO_PREFIXES for f, _ in GEO_FIELDS], "confidence", "confidence_reasons")
MENTION_COLUMNS = ("event_id", "content_hash", "doc_id", "sentence_index", "sentence", "trigger",
                   "trigger_start", "trigger_end", "pattern_id", "date", "outlet", "url", "report_id", "article_id")
ARTICLE_COLUMNS = ("article_id", "doc_id", "content_hash", "date", "url", "outlet", "source_key", "leader",
                   "similarity", "added_at")
REPORT_COLUMNS = ("report_id", *EVENT_COLUMNS, "article_id", "leader", "content_hash", "doc_id", "source_key",
                  "match_key", "label", "date_exact", "place_how", "n_mentions")
BAND_COLUMNS = ("band", "doc")


def render(step: Step, backend: Backend) -> str | None:
    if isinstance(step, dict):
        step = step.get(backend.dialect)
        if step is None:
            return None
    return step.format(json=backend.json_type)


def current_version(backend: Backend) -> int:
    """The schema's version, 0 for an empty database."""
    exists = backend.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
                            " AND table_schema = current_schema()")
    if not exists:
        return 0
    return int(backend.scalar("SELECT max(version) FROM schema_version") or 0)


def migrate(backend: Backend) -> int:
    """Bring the schema up to date, one transaction per migration; returns the version."""
    if current_version(backend) >= LATEST:
        return LATEST
    for number, steps in enumerate(MIGRATIONS, start=1):
        with backend.transaction():
            backend.lock_migrations()                    # other processes wait here
            backend.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)")
            if current_version(backend) >= number:      # another process was first
                continue
            for step in steps:
                sql = render(step, backend)
                if sql:
                    backend.execute(sql)
            backend.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
    return LATEST


def arrow_schema(table: str, columns):
    import pyarrow as pa

    types = {
        "date": pa.date32(), "coded_at": pa.timestamp("us"), "goldstein": pa.float64(),
        "quad_class": pa.int32(), "num_mentions": pa.int32(), "num_articles": pa.int32(),
        "num_sources": pa.int32(), "sentence_index": pa.int32(), "trigger_start": pa.int32(),
        "trigger_end": pa.int32(), "text_key": pa.int64(), "band": pa.int64(), "doc": pa.int64(),
        "label": pa.date32(), "date_exact": pa.bool_(), "n_mentions": pa.int32(), "similarity": pa.float64(),
        "added_at": pa.timestamp("us"), "lo": pa.date32(), "hi": pa.date32(), "confidence": pa.float64(),
    }
    for p in GEO_PREFIXES:
        types[f"{p}_lat"] = types[f"{p}_lon"] = pa.float64()
    return pa.schema([(c, types.get(c, pa.string())) for c in columns])
