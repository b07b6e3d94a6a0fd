"""Make a large store of synthetic events for benchmarks, with bulk loads.

Distributions follow the shape of news event data: a few countries (USA, CHN, RUS,
GBR...) in most events, government actors most often, consultations and statements
far more common than force, a steady rise in volume over the years with fewer
events at weekends, about five events per article, one in ten events reported twice.
Events are matched as eventwire matches them (reports of one dyad, code family and day are
one event), articles carry their band keys for near-duplicate search.

    scripts/make_store.py --events 1000000 --duckdb out/bench.duckdb [--pg postgresql://...]

DuckDB is loaded from Arrow tables, PostgreSQL with COPY; both get the schema of
eventwire.store (its migrations), so every query runs as on a real store.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.dedup import cluster  # noqa: E402
from eventwire.dedup.near import Fingerprint, text_key  # noqa: E402
from eventwire.dedup.rules import Rules  # noqa: E402
from eventwire.store import Store  # noqa: E402
from eventwire.store import schema  # noqa: E402
from eventwire.store.ingest import article_id, set_matched  # noqa: E402

COUNTRIES = {
    "USA": 100, "CHN": 30, "RUS": 30, "GBR": 25, "ISR": 15, "IRN": 15, "UKR": 14, "IND": 14, "FRA": 12,
    "DEU": 11, "TUR": 10, "SYR": 10, "PAK": 9, "JPN": 9, "AFG": 9, "IRQ": 8, "SAU": 7, "KOR": 7, "PRK": 6,
    "EGY": 6, "AUS": 6, "CAN": 6, "NGA": 5, "MEX": 5, "BRA": 5, "PSE": 5, "ITA": 5, "VEN": 4, "ZAF": 4,
    "LBN": 4, "YEM": 4, "ESP": 4, "PHL": 4, "LBY": 3, "POL": 3, "KEN": 3, "ETH": 3, "SDN": 3, "SOM": 3,
    "COL": 3, "IDN": 3, "ARG": 2, "CUB": 2, "MYS": 2, "THA": 2, "VNM": 2, "QAT": 2, "ARE": 2, "JOR": 2,
    "BLR": 2, "MMR": 2, "BGD": 2, "GEO": 1, "ARM": 1, "AZE": 1, "SRB": 1, "HUN": 1, "GRC": 1, "NLD": 1,
    "BEL": 1, "SWE": 1, "NOR": 1, "CHE": 1, "LKA": 1, "NPL": 1, "NIC": 1, "BOL": 1, "PER": 1, "CHL": 1,
    "ECU": 1, "IGOUNO": 6, "IGOEUREEC": 3, "IGOWSTNAT": 2, "NGO": 1,
}
ROLES = {"": 35, "GOV": 35, "MIL": 8, "OPP": 5, "COP": 4, "CVL": 3, "BUS": 3, "MED": 3, "JUD": 2, "REB": 2}
ROOTS = {"01": 18, "02": 4, "03": 5, "04": 20, "05": 8, "06": 2, "07": 2, "08": 2, "09": 1, "10": 2,
         "11": 10, "12": 2, "13": 3, "14": 3, "15": 1, "16": 2, "17": 6, "18": 5, "19": 5, "20": 0.5}
VERBS = {"01": "said of", "02": "appealed to", "03": "pledged to work with", "04": "met", "05": "praised",
         "06": "cooperated with", "07": "sent aid to", "08": "yielded to", "09": "investigated",
         "10": "demanded action from", "11": "criticized", "12": "rejected", "13": "threatened",
         "14": "protested against", "15": "mobilized against", "16": "cut ties with",
         "17": "arrested officials of", "18": "attacked", "19": "fought", "20": "massacred civilians of"}
TAILS = ["according to officials who spoke on condition of anonymity",
         "in a statement released late in the day by the foreign ministry",
         "as tensions in the region continued to shape the talks",
         "the state news agency reported, citing people familiar with the matter",
         "a spokesman said, adding that further steps were being considered"]
OUTLETS = [f"outlet{i:02d}" for i in range(50)]
START, END = dt.date(2015, 1, 1), dt.date(2024, 12, 31)


TABLES = ("documents", "articles", "doc_bands", "events", "reports", "mentions")


def _p(weights) -> np.ndarray:
    w = np.asarray(list(weights), dtype=float)
    return w / w.sum()


def _codebook() -> dict[str, tuple]:
    rows = {}
    path = ROOT / "eventwire" / "events" / "data" / "cameo_codes.tsv"
    with open(path, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            code, root, _name, gold, quad, plover, *_ = line.rstrip("\n").split("\t")
            rows[code] = (root, float(gold) if gold else None, int(quad) if quad else 0, plover or None)
    return rows


def _names() -> dict[str, str]:
    names = {}
    with open(ROOT / "eventwire" / "actors" / "data" / "countries.tsv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            phrase, code, kind, name, *_ = line.split("\t")
            if kind == "name" and len(code) == 3:
                names.setdefault(code, name)
    names.update({"IGOUNO": "the United Nations", "IGOEUREEC": "the European Union", "IGOWSTNAT": "NATO",
                  "NGO": "an aid group"})
    return names


# reports per event: about one in twenty synthetic reports shares its dyad, code family and day
# with another, and so its event
REPORTS_PER_EVENT = 1.05


def generate(n_events: int, seed: int = 7, with_bands: bool = True) -> dict[str, pa.Table]:
    """Tables of a store of about n_events events, from REPORTS_PER_EVENT times as many reports,
    matched as eventwire matches them."""
    n_events = int(n_events * REPORTS_PER_EVENT)
    rng = np.random.default_rng(seed)
    book = _codebook()
    # event codes: a root by its weight, then its general code half the time, else one of its codes
    by_root: dict[str, list[str]] = {}
    for code, (root, *_rest) in book.items():
        if len(code) >= 3:
            by_root.setdefault(root, []).append(code)
    roots = list(ROOTS)
    root_idx = rng.choice(len(roots), n_events, p=_p(ROOTS.values()))
    general = rng.random(n_events) < 0.5
    pick = rng.random(n_events)
    codes = []
    for i in range(n_events):
        r = roots[root_idx[i]]
        options = by_root[r]
        codes.append(r + "0" if general[i] and (r + "0") in book else options[int(pick[i] * len(options))])

    # actors: country by weight, role by weight; a fifth of events inside one country
    cs = list(COUNTRIES)
    src_c = rng.choice(len(cs), n_events, p=_p(COUNTRIES.values()))
    tgt_c = rng.choice(len(cs), n_events, p=_p(COUNTRIES.values()))
    domestic = rng.random(n_events) < 0.2
    tgt_c = np.where(domestic, src_c, tgt_c)
    roles = list(ROLES)
    src_r = rng.choice(len(roles), n_events, p=_p(ROLES.values()))
    tgt_r = rng.choice(len(roles), n_events, p=_p(ROLES.values()))
    same = (src_c == tgt_c) & (src_r == tgt_r)
    tgt_r = np.where(same, (tgt_r + 1) % len(roles), tgt_r)

    def actor(c, r):
        code = cs[c]
        return code if len(code) > 3 else code + roles[r]

    names = _names()
    # documents: about five events each; a date rising over the years, fewer at weekends
    days = np.arange((END - START).days + 1)
    weekday = (np.array([START.toordinal() + d for d in days]) - 1) % 7       # 0 Monday
    day_w = (1 + 2 * days / days[-1]) * np.where(weekday >= 5, 0.6, 1.0)
    sizes = []
    total = 0
    while total < n_events:
        k = int(min(rng.geometric(0.2), 12, n_events - total))
        sizes.append(k)
        total += k
    n_docs = len(sizes)
    doc_day = rng.choice(len(days), n_docs, p=_p(day_w))
    doc_outlet = rng.choice(len(OUTLETS), n_docs, p=_p(1 / np.arange(1, len(OUTLETS) + 1)))
    lag = rng.integers(0, 3, n_events)
    tails = rng.integers(0, len(TAILS), n_events)
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    coded = dt.datetime(2025, 1, 15, 12, 0, 0)

    rules = Rules.load()
    rep = {c: [] for c in schema.REPORT_COLUMNS}
    men = {c: [] for c in schema.MENTION_COLUMNS}
    docs = {c: [] for c in schema.DOCUMENT_COLUMNS}
    arts = {c: [] for c in schema.ARTICLE_COLUMNS}
    bands = {c: [] for c in schema.BAND_COLUMNS}
    i = 0
    for d in range(n_docs):
        doc_date = START + dt.timedelta(days=int(days[doc_day[d]]))
        outlet = OUTLETS[doc_outlet[d]]
        doc_id = f"doc{d:07d}"
        sentences, rows = [], []
        for k in range(sizes[d]):
            s_code, t_code = actor(src_c[i], src_r[i]), actor(tgt_c[i], tgt_r[i])
            s_name, t_name = names.get(cs[src_c[i]], cs[src_c[i]]), names.get(cs[tgt_c[i]], cs[tgt_c[i]])
            code = codes[i]
            root, gold, quad, plover = book[code]
            day = doc_date - dt.timedelta(days=int(lag[i]))
            verb = VERBS[root]
            sentence = f"{s_name} {verb} {t_name} on {weekdays[day.weekday()]}, {TAILS[tails[i]]}."
            start = len(s_name) + 1
            sentences.append(sentence)
            rows.append((i, s_code, s_name, t_code, t_name, code, root, gold, quad, plover, day, sentence,
                         verb.split()[0], start, k))
            i += 1
        text = f"{doc_date:%B %d, %Y} ({outlet}, story {d}): " + " ".join(sentences)
        h = hashlib.sha256(text.encode()).hexdigest()
        url = f"https://{outlet}.example/{doc_id}"
        aid = article_id(h, doc_id)
        for c, v in zip(schema.DOCUMENT_COLUMNS, (h, doc_id, doc_date, url, outlet, text, "{}", "[]", coded,
                                                  "0.1.0", "bench", text_key(h))):
            docs[c].append(v)
        for c, v in zip(schema.ARTICLE_COLUMNS, (aid, doc_id, h, doc_date, url, outlet, outlet, aid, 1.0, coded)):
            arts[c].append(v)
        if with_bands:
            for b in sorted(set(Fingerprint.of(h, text).bands)):
                bands["band"].append(b)
                bands["doc"].append(text_key(h))
        for (j, s_code, s_name, t_code, t_name, code, root, gold, quad, plover, day, sentence, trig, start,
             k) in rows:
            eid = hashlib.sha1(f"{h}|{j}".encode()).hexdigest()[:16]
            twice = j % 10 == 3           # one event in ten reported twice in its article
            vals = dict(event_id=eid, report_id=eid, date=day, date_precision="day", source_code=s_code,
                        source_name=s_name, source_text=s_name, target_code=t_code, target_name=t_name,
                        target_text=t_name, code=code, root=root, plover=plover, goldstein=gold, quad_class=quad,
                        num_mentions=2 if twice else 1, num_articles=1, num_sources=1, article_id=aid, leader=aid,
                        content_hash=h, doc_id=doc_id, source_key=outlet,
                        match_key=rules.match_key(s_code, t_code, code), label=day, date_exact=True,
                        n_mentions=2 if twice else 1)
            for c in schema.REPORT_COLUMNS:
                rep[c].append(vals.get(c))
            for r in range(2 if twice else 1):
                mvals = (eid, h, doc_id, k + r, sentence, trig, start, start + len(trig), f"verb:{trig}", day,
                         outlet, url, eid, aid)
                for c, v in zip(schema.MENTION_COLUMNS, mvals):
                    men[c].append(v)
    ev, event_of = _events(rep)
    men["event_id"] = [event_of.get(e, e) for e in men["event_id"]]
    rep["event_id"] = [event_of.get(e, e) for e in rep["event_id"]]
    return {
        "documents": pa.table(docs, schema=schema.arrow_schema("documents", schema.DOCUMENT_COLUMNS)),
        "events": pa.table(ev, schema=schema.arrow_schema("events", schema.EVENT_COLUMNS)),
        "mentions": pa.table(men, schema=schema.arrow_schema("mentions", schema.MENTION_COLUMNS)),
        "articles": pa.table(arts, schema=schema.arrow_schema("articles", schema.ARTICLE_COLUMNS)),
        "reports": pa.table(rep, schema=schema.arrow_schema("reports", schema.REPORT_COLUMNS)),
        "doc_bands": pa.table(bands, schema=schema.arrow_schema("doc_bands", schema.BAND_COLUMNS)),
    }


def _events(rep: dict[str, list]) -> tuple[dict[str, list], dict[str, str]]:
    """Events of the reports as eventwire matches them: every synthetic date is exact, so the
    reports of one key and day are one event (by the rules of eventwire.dedup.cluster)."""
    groups: dict[tuple, list[int]] = {}
    for i, (k, d) in enumerate(zip(rep["match_key"], rep["date"])):
        groups.setdefault((k, d), []).append(i)
    ev = {c: [] for c in schema.EVENT_COLUMNS}
    event_of: dict[str, str] = {}
    cols = list(rep)
    for idx in groups.values():
        if len(idx) == 1:
            row = {c: rep[c][idx[0]] for c in schema.EVENT_COLUMNS}
        else:
            row = cluster.event_row([{c: rep[c][i] for c in cols} for i in idx])
            for i in idx:
                event_of[rep["report_id"][i]] = row["event_id"]
        for c in schema.EVENT_COLUMNS:
            ev[c].append(row.get(c))
    return ev, event_of


def records(tables: dict[str, pa.Table], n_docs: int) -> list[tuple]:
    """The first n_docs documents as (Document, [Event]) records, as the coder hands them to a store."""
    from eventwire.records import ActorMention, Document, Event, EventMention

    docs = tables["documents"].slice(0, n_docs).to_pylist()
    hashes = {d["content_hash"] for d in docs}
    mentions: dict[str, list] = {}
    for m in tables["mentions"].slice(0, n_docs * 15).to_pylist():
        if m["content_hash"] in hashes:
            mentions.setdefault(m["report_id"], []).append(m)
    by_doc: dict[str, list] = {}
    for e in tables["reports"].slice(0, n_docs * 13).to_pylist():
        ms = mentions.get(e["report_id"])
        if not ms:
            continue
        src = ActorMention(e["source_text"], 0, 0, e["source_code"], e["source_name"], "bench")
        tgt = ActorMention(e["target_text"], 0, 0, e["target_code"], e["target_name"], "bench")
        day = e["date"].isoformat()
        evs = [EventMention(m["doc_id"], m["sentence_index"], m["sentence"], m["trigger"], m["trigger_start"],
                            m["trigger_end"], m["pattern_id"], src, tgt, e["code"], day, "day",
                            f"on {e['date']:%A}") for m in ms]
        by_doc.setdefault(e["content_hash"], []).append(Event(
            e["report_id"], e["code"], e["root"], e["plover"], e["goldstein"], e["quad_class"], src, tgt,
            day, "day", evs))
    return [(Document(d["doc_id"], d["text"], d["date"].isoformat(), d["url"], d["outlet"]),
             by_doc.get(d["content_hash"], [])) for d in docs]


def load_duckdb(tables: dict[str, pa.Table], path: str | Path) -> float:
    """Bulk insert from Arrow into a new DuckDB store; returns seconds."""
    Path(path).unlink(missing_ok=True)
    with Store.open(path) as store:
        con = store.db.con
        t0 = time.perf_counter()
        with store.db.transaction():
            for name in TABLES:
                table = tables[name]
                con.register("_bulk", table)
                cols = ", ".join(table.column_names)
                # events sorted by date: DuckDB's zone maps then skip row groups outside a date range
                order = " ORDER BY date" if name == "events" else ""
                con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM _bulk{order}")
                con.unregister("_bulk")
            set_matched(store.db, Rules.load().version)
        con.execute("CHECKPOINT")
        return time.perf_counter() - t0


def load_postgres(tables: dict[str, pa.Table], url: str) -> float:
    """Bulk load with COPY into a new store at url (its schema is emptied first); returns seconds."""
    import pyarrow.csv as pacsv

    with Store.open(url) as store:
        db = store.db
        for name in TABLES:
            db.execute(f"TRUNCATE {name}")
        t0 = time.perf_counter()
        with db.transaction():
            set_matched(db, Rules.load().version)
            for name in TABLES:
                table = tables[name]
                with db.con.cursor() as cur:
                    with cur.copy(f"COPY {name} ({', '.join(table.column_names)}) FROM STDIN"
                                  " (FORMAT csv, HEADER true)") as cp:
                        for n, batch in enumerate(table.to_batches(max_chunksize=100_000)):
                            buf = io.BytesIO()
                            pacsv.write_csv(pa.Table.from_batches([batch]), buf,
                                            pacsv.WriteOptions(include_header=n == 0))
                            cp.write(buf.getvalue())
        db.execute("ANALYZE")
        return time.perf_counter() - t0


def pg_schema_url(base: str, name: str, fresh: bool = True) -> str:
    """A URL for a schema of its own inside base's database (dropped and made anew if fresh)."""
    from urllib.parse import quote

    import psycopg

    with psycopg.connect(base, autocommit=True) as con:
        if fresh:
            con.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {name}")
    return f"{base}{'&' if '?' in base else '?'}options={quote('-csearch_path=' + name)}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--duckdb", type=Path, help="write a DuckDB store here")
    ap.add_argument("--pg", help="load into this PostgreSQL database (schema ew_bench)")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    t0 = time.perf_counter()
    tables = generate(a.events, a.seed)
    print(f"generated {tables['events'].num_rows} events, {tables['mentions'].num_rows} mentions, "
          f"{tables['documents'].num_rows} documents in {time.perf_counter() - t0:.1f} s")
    if a.duckdb:
        secs = load_duckdb(tables, a.duckdb)
        print(f"DuckDB: {a.events / secs:,.0f} events/s bulk; {a.duckdb.stat().st_size / 1e6:,.0f} MB")
    if a.pg:
        url = pg_schema_url(a.pg, "ew_bench")
        secs = load_postgres(tables, url)
        with Store.open(url) as s:
            size = s.size_bytes()
        print(f"PostgreSQL: {a.events / secs:,.0f} events/s bulk; {size / 1e6:,.0f} MB")


if __name__ == "__main__":
    main()
