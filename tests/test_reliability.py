"""Crash safety and concurrency of the store, with the real `eventwire code` in subprocesses.

- a run killed with SIGKILL part-way (and killed again while resuming) and rerun ends with the
  store of an uninterrupted run, in DuckDB and in PostgreSQL; data stored before it stays intact;
- two runs writing overlapping corpora into one PostgreSQL store at once, while readers poll it,
  end with the store that coding them one after the other gives;
- a DuckDB file another process writes gives a one-line error and exit code 2, and stays whole.

The corpus is hand-written: meetings, arrests and accusations between pairs of countries,
reported by several outlets, with a syndicated copy and a near-identical re-post.
"""
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from storekit import BACKENDS, store_target

from eventwire.store import Store

EXE = str(Path(sys.executable).with_name("eventwire"))
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}

PAIRS = [("Russia", "Venezuela"), ("Chile", "Peru"), ("Turkey", "Greece"), ("Nigeria", "Niger"),
         ("Vietnam", "Cambodia"), ("Canada", "Mexico"), ("Sweden", "Norway"), ("Iran", "Iraq"),
         ("Kenya", "Uganda"), ("Poland", "Ukraine"), ("Egypt", "Sudan"), ("Japan", "Philippines")]
DAYS = [("2024-03-04", "Monday"), ("2024-03-06", "Wednesday"), ("2024-03-08", "Friday")]
TEXTS = [
    "The president of {a} met the foreign minister of {b} in the capital on {day}. {a} promised economic "
    "aid to {b} and both sides signed a trade agreement.",
    "Police in {a} arrested three citizens of {b} on {day}, officials said. The government of {b} "
    "condemned {a} and demanded their release.",
    "{a} accused {b} of violating the border agreement on {day}. Soldiers from {b} fired on a patrol "
    "from {a} near the river.",
]
# the same events in other words, from another outlet
OTHER = [
    "On {day} the foreign minister of {b} held talks with the president of {a}. Officials said {a} "
    "would send economic aid to {b}.",
    "The government of {b} condemned {a} on {day} after police in {a} detained three of its citizens.",
    "On {day} {a} accused {b} of breaking the border agreement, and officials of {a} said soldiers from "
    "{b} had fired on one of its patrols.",
]


def docs_of(pairs: range, other: range = range(0)) -> list[dict]:
    """The three articles of each pair, and for `other` pairs a second outlet's account."""
    out = []
    for i in pairs:
        a, b = PAIRS[i]
        for j, (date, day) in enumerate(DAYS):
            out.append({"doc_id": f"p{i}-{j}", "date": date, "outlet": f"Wire{j}",
                        "url": f"https://wire{j}.example/{i}", "text": TEXTS[j].format(a=a, b=b, day=day)})
            if i in other:
                out.append({"doc_id": f"o{i}-{j}", "date": date, "outlet": "Courier",
                            "url": f"https://courier.example/{i}/{j}", "text": OTHER[j].format(a=a, b=b, day=day)})
    return out


def with_copies(docs: list[dict]) -> list[dict]:
    """Add a syndicated copy (same text) and a re-post (same text and a byline) of the first article."""
    first = docs[0]
    return docs + [dict(first, doc_id=first["doc_id"] + "-syndicated", outlet="Syndicate", url=None),
                   dict(first, doc_id=first["doc_id"] + "-repost", text=first["text"] + " (Reporting by Staff.)")]


def write(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def code_args(corpus, target, *extra) -> list[str]:
    return [EXE, "code", str(corpus), "--db", str(target), "--batch-size", "1", "-o", "-", *map(str, extra)]


def run(args, timeout=300):
    res = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=ENV)
    assert res.returncode == 0, res.stderr
    return res


def summary(stderr: str) -> dict[str, int]:
    """The store counts of a run's summary line."""
    line = next(x for x in stderr.splitlines() if x.startswith("stored in "))
    out = {k: int(n) for n, k in re.findall(r"(\d+) documents (added|replaced|unchanged)", line)}
    m = re.search(r"(\d+) near-duplicates", line)
    out["copy"] = int(m.group(1)) if m else 0
    return out


VOLATILE = {"coded_at", "added_at"}      # when a row was written
TABLES = ("documents", "articles", "events", "reports", "mentions", "doc_bands", "store_meta", "schema_version")


def tables(target) -> dict[str, list]:
    """Every table's rows (without the times of writing), sorted."""
    out = {}
    with Store.open(target, read_only=True) as s:
        for t in TABLES:
            cur = s.db.execute(f"SELECT * FROM {t}")
            cols = [d[0] for d in cur.description]
            keep = [i for i, c in enumerate(cols) if c not in VOLATILE]
            rows = [tuple(_plain(r[i]) for i in keep) for r in cur.fetchall()]
            out[t] = sorted(rows, key=repr)
    return out


def _plain(v):
    return json.dumps(v, sort_keys=True) if isinstance(v, (dict, list)) else v      # JSONB values


def check_whole(target) -> None:
    """No half-written batch: every row points at rows that exist, every event has its reports."""
    with Store.open(target, read_only=True) as s:
        bad = {
            "mentions without event": "SELECT count(*) FROM mentions m WHERE NOT EXISTS"
                                      " (SELECT 1 FROM events e WHERE e.event_id = m.event_id)",
            "reports without event": "SELECT count(*) FROM reports r WHERE NOT EXISTS"
                                     " (SELECT 1 FROM events e WHERE e.event_id = r.event_id)",
            "events without report": "SELECT count(*) FROM events e WHERE NOT EXISTS"
                                     " (SELECT 1 FROM reports r WHERE r.event_id = e.event_id)",
            "mentions without report": "SELECT count(*) FROM mentions m WHERE NOT EXISTS"
                                       " (SELECT 1 FROM reports r WHERE r.report_id = m.report_id)",
            "articles without document": "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                                         " (SELECT 1 FROM documents d WHERE d.content_hash = a.content_hash)",
            "documents without article": "SELECT count(*) FROM documents d WHERE NOT EXISTS"
                                         " (SELECT 1 FROM articles a WHERE a.content_hash = d.content_hash)",
            "articles without leader": "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                                       " (SELECT 1 FROM articles l WHERE l.article_id = a.leader)",
            "texts without bands": "SELECT count(*) FROM documents d WHERE NOT EXISTS"
                                   " (SELECT 1 FROM doc_bands b WHERE b.doc = d.text_key)",
            "wrong mention counts": "SELECT count(*) FROM events e WHERE num_mentions <>"
                                    " (SELECT count(*) FROM mentions m WHERE m.event_id = e.event_id)",
        }
        found = {k: int(s.db.scalar(sql)) for k, sql in bad.items()}
    assert not any(found.values()), found


def start(args) -> subprocess.Popen:
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                            start_new_session=True)


def kill_when(proc: subprocess.Popen, seen) -> list[dict]:
    """Read the run's output lines until seen(line) holds, then SIGKILL it; the lines read."""
    lines = []
    try:
        for raw in proc.stdout:
            lines.append(json.loads(raw))
            if seen(lines[-1]):
                break
        alive = proc.poll() is None
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(60)
        proc.stdout.close()
        proc.stderr.close()
    assert alive and proc.returncode == -signal.SIGKILL, "the run ended before it was killed"
    return lines


@pytest.fixture(params=BACKENDS)
def stores(request, tmp_path):
    """New empty stores of one kind: stores() gives the next one."""
    cleanups = []

    def new():
        sub = tmp_path / f"s{len(cleanups)}"
        sub.mkdir()
        target, cleanup = store_target(request.param, sub)
        cleanups.append(cleanup)
        return target

    yield new
    for c in cleanups:
        c()


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpora")
    return {
        "a": write(d / "a.jsonl", with_copies(docs_of(range(0, 8), other=range(0, 8, 2)))),
        "old": write(d / "old.jsonl", docs_of(range(8, 12))),
    }


def test_killed_runs_resume_to_the_store_of_an_uninterrupted_run(stores, corpora):
    ref = stores()
    clean = run(code_args(corpora["a"], ref))
    want = tables(ref)
    n_docs = len(want["articles"])
    assert len(want["events"]) < len(want["reports"])            # accounts of one event merged
    assert summary(clean.stderr)["copy"] == 2

    db = stores()
    # killed once a first batch is committed (its events are printed after the commit)
    first = kill_when(start(code_args(corpora["a"], db)), lambda line: True)
    check_whole(db)
    part = tables(db)
    assert 0 < len(part["articles"]) < n_docs, "not killed part-way"
    before = {a[1] for a in part["articles"]}                     # doc ids stored
    assert first[0]["doc_id"] in before
    # killed again while resuming, after its first batch beyond what the first run stored
    kill_when(start(code_args(corpora["a"], db)), lambda line: line["doc_id"] not in before)
    check_whole(db)
    again = tables(db)
    assert len(part["articles"]) < len(again["articles"]) < n_docs
    res = run(code_args(corpora["a"], db))
    assert summary(res.stderr)["unchanged"] == len(again["articles"])   # stored articles not coded again
    got = tables(db)
    assert got == want                        # nothing lost, nothing doubled
    check_whole(db)
    # its output still has every article's events
    assert {x["doc_id"] for x in map(json.loads, res.stdout.splitlines())} == \
        {x["doc_id"] for x in map(json.loads, clean.stdout.splitlines())}


def test_a_killed_run_keeps_what_was_stored_before(stores, corpora):
    ref = stores()
    run(code_args(corpora["old"], ref))
    run(code_args(corpora["a"], ref))
    want = tables(ref)

    db = stores()
    run(code_args(corpora["old"], db))
    old = tables(db)
    kill_when(start(code_args(corpora["a"], db)), lambda line: True)
    check_whole(db)
    part = tables(db)
    for t in TABLES:                          # other countries: nothing stored before changes
        assert set(old[t]) <= set(part[t]), t
    assert len(part["articles"]) > len(old["articles"])
    run(code_args(corpora["a"], db))
    assert tables(db) == want


# ---- two writers and readers on one PostgreSQL store --------------------------------------------

def overlapping(d: Path) -> tuple[Path, Path]:
    """Two corpora sharing articles (pairs 3-5), accounts of each other's events, and a copy."""
    x = with_copies(docs_of(range(0, 6), other=range(0, 6, 2)))
    y = docs_of(range(3, 9), other=range(1, 9, 2))
    first = next(d for d in x if d["doc_id"] == "p1-0")
    y.append(dict(first, doc_id="p1-0-wire", outlet="Agency", url="https://agency.example/1"))   # a copy
    return write(d / "x.jsonl", x), write(d / "y.jsonl", y)


class Reader(threading.Thread):
    """Polls the store until stopped, through the command line or the Python API; keeps any error."""

    def __init__(self, url: str, cli: bool):
        super().__init__(daemon=True)
        self.url, self.cli = url, cli
        self.stop = threading.Event()
        self.polls, self.errors, self.sizes = 0, [], []

    def poll(self) -> int:
        if self.cli:
            res = subprocess.run([EXE, "query", "events", "--db", self.url, "--json", "--limit", "0"],
                                 capture_output=True, text=True, timeout=120)
            if res.returncode != 0:
                raise RuntimeError(f"exit {res.returncode}: {res.stderr.strip()}")
            return len(json.loads(res.stdout))
        with Store.open(self.url, read_only=True) as s:
            n = len(s.events())
            s.dyad("RUS", "VEN", by="day")
            s.partners("CHL")
            s.counts()
            return n

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.sizes.append(self.poll())
            except Exception as exc:                    # noqa: BLE001 - any failure of a reader counts
                self.errors.append(repr(exc))
            self.polls += 1
            time.sleep(0.05)


class Writer(threading.Thread):
    """One `eventwire code -` run, fed its corpus on stdin; the time of each output line."""

    def __init__(self, url: str, mode: list):
        super().__init__(daemon=True)
        self.proc = subprocess.Popen(code_args("-", url, *mode), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=ENV, start_new_session=True)
        self.times: list[float] = []
        self.err = ""

    def feed(self, docs: list[dict], end: bool = False) -> None:
        self.proc.stdin.write("".join(json.dumps(d) + "\n" for d in docs))
        self.proc.stdin.flush()
        if end:
            self.proc.stdin.close()

    def run(self) -> None:
        for _ in self.proc.stdout:
            self.times.append(time.time())
        self.err = self.proc.stderr.read()
        self.proc.wait()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def sequential(tmp_path_factory):
    """For a mode: the two corpora, and the stores of coding them one after the other, in each order."""
    from storekit import PgSchema, pg_url

    x, y = overlapping(tmp_path_factory.mktemp("pg"))
    made: dict = {}
    schemas: list = []

    def get(mode: list) -> dict:
        key = tuple(mode)
        if key not in made:
            seq, rev = PgSchema(pg_url()), PgSchema(pg_url())
            schemas.extend((seq, rev))
            counts: dict[str, int] = {}
            for corpus in (x, y):
                for k, n in summary(run(code_args(corpus, seq.url, *mode)).stderr).items():
                    counts[k] = counts.get(k, 0) + n
            for corpus in (y, x):
                run(code_args(corpus, rev.url, *mode))
            made[key] = {"x": x, "y": y, "want": tables(seq.url), "want_rev": tables(rev.url), "counts": counts}
        return made[key]

    yield get
    for s in schemas:
        s.drop()


def write_together(url: str, corpora: list[list[dict]], mode: list, kill_after: int | None = None) -> list:
    """Two `eventwire code` runs into one store at once; kill_after: SIGKILL the first after
    that many output lines. The writers, done."""
    writers = [Writer(url, mode), Writer(url, mode)]
    for w in writers:
        w.start()
    # a few articles each; once both write, the rest: the runs surely write at the same time
    for w, docs in zip(writers, corpora):
        w.feed(docs[:3])
    deadline = time.time() + 300
    while not all(w.times for w in writers) and time.time() < deadline:
        time.sleep(0.1)
    for w, docs in zip(writers, corpora):
        w.feed(docs[3:], end=True)
    if kill_after is not None:
        while len(writers[0].times) < kill_after and writers[0].proc.poll() is None:
            time.sleep(0.01)
        assert writers[0].proc.poll() is None, "the run ended before it was killed"
        os.killpg(writers[0].proc.pid, signal.SIGKILL)
    for w in writers:
        w.join(600)
    return writers


@pytest.mark.parametrize("mode", [[], ["--no-dedup"]], ids=["dedup", "no-dedup"])
def test_two_writers_and_readers_share_a_postgresql_store(sequential, mode):
    from storekit import PgSchema, pg_url

    ref = sequential(mode)
    want, want_rev = ref["want"], ref["want_rev"]
    if not mode:
        assert want_rev == want                     # deduplicated: the order does not matter
    else:
        # without: the first of two articles with one text keeps it (p1-0 or p1-0-wire)
        assert want_rev != want and want_rev["events"] == want["events"]
    both = PgSchema(pg_url())
    try:
        readers = [Reader(both.url, cli=True), Reader(both.url, cli=False)]
        for r in readers:
            r.start()
        writers = write_together(both.url, [read_jsonl(ref["x"]), read_jsonl(ref["y"])], mode)
        for r in readers:
            r.stop.set()
            r.join(120)
        for w in writers:
            assert w.proc.returncode == 0, w.err
        # the two runs wrote at the same time
        assert max(w.times[0] for w in writers) < min(w.times[-1] for w in writers)
        for r in readers:
            assert r.errors == [], r.errors[:3]
            assert r.polls >= 3
        final = len(Store.open(both.url, read_only=True).events())
        assert any(0 < n < final for r in readers for n in r.sizes), "no reader saw the store part-way"

        got = tables(both.url)
        assert got == want or (mode and got == want_rev)
        check_whole(both.url)
        counts = [summary(w.err) for w in writers]
        total = {k: sum(c.get(k, 0) for c in counts) for k in ref["counts"]}
        assert total["unchanged"] == ref["counts"]["unchanged"] > 0          # the shared articles, once
        assert total["added"] + total["copy"] == ref["counts"]["added"] + ref["counts"]["copy"]
        if not mode:
            copies = [a for a in got["articles"] if a[0] != a[7]]           # article_id, ..., leader
            assert len(copies) == 3
    finally:
        both.drop()


def test_a_writer_killed_beside_another_resumes_to_the_same_store(sequential):
    """SIGKILL one of two writers mid-run: the other goes on (the killed one's turn ends with
    its connection), and rerunning the killed one ends with the sequential store."""
    from storekit import PgSchema, pg_url

    ref = sequential([])
    both = PgSchema(pg_url())
    try:
        writers = write_together(both.url, [read_jsonl(ref["x"]), read_jsonl(ref["y"])], [], kill_after=6)
        assert writers[0].proc.returncode == -signal.SIGKILL
        assert writers[1].proc.returncode == 0, writers[1].err
        check_whole(both.url)
        assert len(tables(both.url)["articles"]) < len(ref["want"]["articles"])
        run(code_args(ref["x"], both.url))
        assert tables(both.url) == ref["want"]
    finally:
        both.drop()


# ---- a DuckDB file takes one writer ----------------------------------------------------------

def one_line_error(res, pid: int, *words: str) -> str:
    assert res.returncode == 2, (res.returncode, res.stderr)
    msg = res.stderr.strip()
    assert "\n" not in msg and "Traceback" not in msg, msg
    assert "in use by another process" in msg and f"PID {pid}" in msg and "PostgreSQL" in msg, msg
    assert all(w in msg for w in words), msg
    return msg


def test_a_duckdb_store_being_written_turns_others_away(tmp_path, corpora):
    from eventwire.store import StoreError

    ref = tmp_path / "ref.duckdb"
    run(code_args(corpora["a"], ref))
    db = tmp_path / "store.duckdb"
    docs = read_jsonl(corpora["a"])
    holder = Writer(str(db), [])
    holder.start()
    try:
        holder.feed(docs[:2])                    # it writes, then waits for more input, the file open
        deadline = time.time() + 300
        while not holder.times and time.time() < deadline:
            time.sleep(0.1)
        assert holder.times and holder.proc.poll() is None
        pid = holder.proc.pid
        other = subprocess.run(code_args(corpora["old"], db), capture_output=True, text=True, timeout=300, env=ENV)
        one_line_error(other, pid, "`eventwire code`", "one writer at a time")
        query = subprocess.run([EXE, "query", "events", "--db", str(db), "--json"], capture_output=True, text=True,
                               timeout=120)
        one_line_error(query, pid, "cannot read a file while another process writes it")
        serve = subprocess.run([EXE, "serve", "--db", str(db), "--port", "0"], capture_output=True, text=True,
                               timeout=120)
        one_line_error(serve, pid)
        with pytest.raises(StoreError, match="in use by another process"):
            Store.open(db)
        assert holder.proc.poll() is None, "the writer did not keep the file open"
        holder.feed(docs[2:], end=True)
        holder.join(300)
    finally:
        if holder.proc.poll() is None:
            holder.proc.kill()
    assert holder.proc.returncode == 0, holder.err
    # the writer's store is whole and what it would be alone; the turned-away run can go now
    check_whole(db)
    assert tables(db) == tables(ref)
    run(code_args(corpora["old"], db))
    check_whole(db)


def test_a_duckdb_store_being_served_cannot_be_written(tmp_path, corpora):
    db = tmp_path / "store.duckdb"
    run(code_args(corpora["old"], db))
    before = tables(db)
    server = subprocess.Popen([EXE, "serve", "--db", str(db), "--port", "0", "--quiet"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        assert "serving" in server.stdout.readline()
        res = subprocess.run(code_args(corpora["a"], db), capture_output=True, text=True, timeout=300, env=ENV)
        one_line_error(res, server.pid, "`eventwire serve`", "which reads it")
        # readers may share it
        query = subprocess.run([EXE, "query", "events", "--db", str(db), "--json", "--limit", "0"],
                               capture_output=True, text=True, timeout=120)
        assert query.returncode == 0, query.stderr
        assert len(json.loads(query.stdout)) == len(before["events"])
    finally:
        server.terminate()
        server.wait(30)
        server.stdout.close()
        server.stderr.close()
    assert tables(db) == before
