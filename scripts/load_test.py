"""A bounded load test of `eventwire serve` on loopback.

Codes a store (the seed stories plus the first --stories of the synthetic corpus) unless --db
names one, starts `eventwire serve` on a free port of 127.0.0.1, then runs --seconds of
concurrent queries (event lists with filters, dyads, partners, days, events, documents,
overview, places, pages) from --concurrency client threads with keep-alive connections, and
prints requests served, requests/s, errors and latency percentiles.

    scripts/load_test.py [--db STORE] [--seconds 30] [--concurrency 16] [--stories 300]
"""
from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
EXE = str(Path(sys.executable).with_name("eventwire"))


def code_store(workdir: Path, seeds: Path, corpus: Path, stories: int) -> Path:
    """A DuckDB store coded by the real command from the seeds and the corpus's first stories."""
    head = workdir / "stories.jsonl"
    with open(corpus, encoding="utf-8") as src, open(head, "w", encoding="utf-8") as out:
        for line in itertools.islice(src, stories):
            out.write(line)
    db = workdir / "load.duckdb"
    inputs = [str(p) for p in (seeds, head) if p.exists()]
    t = time.perf_counter()
    subprocess.run([EXE, "code", *inputs, "--db", str(db), "-o", str(workdir / "events.jsonl"), "-q"],
                   check=True)
    print(f"coded {stories} stories and the seeds into {db} in {time.perf_counter() - t:.0f} s", flush=True)
    return db


class Serve:
    """`eventwire serve` on a free port of 127.0.0.1."""

    def __init__(self, db: str):
        self.proc = subprocess.Popen([EXE, "serve", "--db", db, "--port", "0", "-q"], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.proc.kill()
            raise SystemExit(f"serve did not start: {line!r} {self.proc.stderr.read()}")
        self.port = int(m.group(1))

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Client:
    """One keep-alive connection; reconnects after an error."""

    def __init__(self, port: int):
        self.port = port
        self.conn = None

    def get(self, path: str) -> tuple[int, bytes]:
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                self.conn.request("GET", path)
                r = self.conn.getresponse()
                return r.status, r.read()
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


def wait_ready(port: int) -> None:
    for _ in range(200):
        try:
            if Client(port).get("/api/info")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit("serve did not answer")


def sample(port: int) -> dict:
    """Values to query with, from the store itself."""
    c = Client(port)
    events = json.loads(c.get("/api/events?limit=500")[1])["events"]
    if not events:
        raise SystemExit("the store has no events")
    actors = Counter(code[:3] for e in events for code in (e["source_code"], e["target_code"]) if code)
    top = [a for a, _ in actors.most_common(12)]
    return {"events": [e["event_id"] for e in events], "docs": sorted({e["doc_id"] for e in events if e["doc_id"]}),
            "days": sorted({e["date"] for e in events if e["date"]}), "actors": top,
            "pairs": Counter(tuple(sorted((e["source_code"][:3], e["target_code"][:3]))) for e in events
                             if e["source_code"] and e["target_code"]).most_common(12)}


def request_mix(s: dict, rnd: random.Random):
    """Endless (kind, path) pairs, weighted as an analyst's session might be."""
    def events_list():
        q: list = [("limit", rnd.choice([20, 50, 100]))]
        for _ in range(rnd.randint(0, 2)):
            q.append(rnd.choice([("actor", rnd.choice(s["actors"])), ("quad", rnd.randint(1, 4)),
                                 ("root", f"{rnd.randint(1, 20):02d}"), ("from", rnd.choice(s["days"])),
                                 ("order", "desc"), ("offset", rnd.choice([0, 20, 100]))]))
        return "/api/events?" + urlencode(q)

    def dyad():
        (a, b), _ = rnd.choice(s["pairs"])
        return f"/api/dyad/{a}/{b}?by={rnd.choice(['week', 'month', 'year'])}"

    kinds = [
        ("events", 30, events_list),
        ("dyad", 10, dyad),
        ("partners", 10, lambda: f"/api/partners/{rnd.choice(s['actors'])}"),
        ("day", 10, lambda: f"/api/day/{rnd.choice(s['days'])}"),
        ("event", 12, lambda: "/api/events/" + quote(rnd.choice(s["events"]), safe="")),
        ("document", 8, lambda: "/api/documents/" + quote(rnd.choice(s["docs"]), safe="")),
        ("overview", 6, lambda: "/api/overview?by=month"),
        ("places", 4, lambda: "/api/places"),
        ("page", 10, lambda: rnd.choice(["/", "/events", "/dyad", "/map",
                                         "/event/" + quote(rnd.choice(s["events"]), safe=""),
                                         "/document/" + quote(rnd.choice(s["docs"]), safe="")])),
    ]
    weights = [w for _, w, _ in kinds]
    while True:
        kind, _, make = rnd.choices(kinds, weights)[0]
        yield kind, make()


def run(port: int, seconds: float, concurrency: int, values: dict) -> dict:
    stop = time.perf_counter() + seconds
    results: list[list] = [[] for _ in range(concurrency)]   # (kind, seconds, ok) per thread

    def worker(i: int) -> None:
        client, out = Client(port), results[i]
        for kind, path in request_mix(values, random.Random(i)):
            if time.perf_counter() >= stop:
                return
            t = time.perf_counter()
            try:
                status, _ = client.get(path)
                ok = status == 200
            except (http.client.HTTPException, OSError):
                ok = False
            out.append((kind, time.perf_counter() - t, ok))

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"wall": wall, "rows": [r for rs in results for r in rs]}


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def report(out: dict, concurrency: int) -> None:
    rows, wall = out["rows"], out["wall"]
    lat = [r[1] * 1000 for r in rows]
    errors = sum(1 for r in rows if not r[2])
    n = len(rows)
    print(f"concurrency {concurrency}, {wall:.1f} s: {n} requests, {n / wall:.0f} requests/s, "
          f"{errors} errors ({100 * errors / max(n, 1):.2f}%)")
    print(f"latency ms: p50 {pct(lat, 50):.1f}  p95 {pct(lat, 95):.1f}  p99 {pct(lat, 99):.1f}  "
          f"max {max(lat, default=0):.1f}  mean {statistics.fmean(lat) if lat else 0:.1f}")
    print(f"{'kind':10} {'requests':>8} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7}")
    for kind in sorted({r[0] for r in rows}):
        mine = [r for r in rows if r[0] == kind]
        ms = [r[1] * 1000 for r in mine]
        print(f"{kind:10} {len(mine):8d} {sum(1 for r in mine if not r[2]):6d} {pct(ms, 50):7.1f} {pct(ms, 95):7.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="a store to serve (default: code one from the seeds and the corpus)")
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--stories", type=int, default=300, help="synthetic stories to code (without --db)")
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared" / "seeds"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "synthetic_stories.jsonl"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwire-load-") as tmp:
        db = args.db or str(code_store(Path(tmp), Path(args.seeds), Path(args.corpus), args.stories))
        server = Serve(db)
        try:
            wait_ready(server.port)
            values = sample(server.port)
            print(f"serving {db} on 127.0.0.1:{server.port}; {len(values['events'])} sample events, "
                  f"{len(values['docs'])} documents, {len(values['days'])} days; "
                  f"{args.concurrency} clients for {args.seconds:.0f} s", flush=True)
            out = run(server.port, args.seconds, args.concurrency, values)
        finally:
            server.stop()
    report(out, args.concurrency)
    return 0 if out["rows"] and not any(not r[2] for r in out["rows"]) else 1


if __name__ == "__main__":
    sys.exit(main())
