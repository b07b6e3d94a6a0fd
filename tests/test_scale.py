"""Scale: local workers, resuming a killed run, a Dask LocalCluster, the progress line.

Every run is the real command in a subprocess, on a small corpus made here: talks, praise
and attacks between pairs of countries over a few days, so that deduplication merges
reports of one event, plus a syndicated copy and a near-identical re-post.
"""
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

EXE = str(Path(sys.executable).with_name("eventwire"))

PAIRS = [("France", "Germany"), ("Kenya", "Somalia"), ("Japan", "China"), ("Brazil", "Argentina"),
         ("Egypt", "Israel"), ("Finland", "Estonia"), ("India", "Pakistan"), ("Ghana", "Togo")]
DAYS = [("2023-05-01", "Monday"), ("2023-05-02", "Tuesday"), ("2023-05-04", "Thursday")]


def corpus() -> list[dict]:
    docs = []
    for i, (a, b) in enumerate(PAIRS):
        texts = [f"The president of {a} met the prime minister of {b} on Monday. {a} praised {b} for its help "
                 f"with trade and energy.",
                 f"Leaders of {a} and {b} held talks in the capital on Tuesday. Officials in {a} welcomed the "
                 f"visit by the delegation from {b}.",
                 f"{b} accused {a} of spying on Thursday. Ministers from {b} condemned the government of {a} "
                 f"over the arrests of two engineers."]
        for j, (date, _weekday) in enumerate(DAYS):
            text = texts[j]
            if (i + j) % 3 == 0:
                text += f" Troops from {a} attacked rebels in {b}, officials said."
            docs.append({"doc_id": f"d{i}{j}", "date": date, "text": text, "outlet": f"Outlet{j}"})
    docs.append(dict(docs[0], doc_id="copy", outlet="Syndicate"))                       # same text
    docs.append(dict(docs[4], doc_id="repost", text=docs[4]["text"] + " (Reporting by Staff.)"))
    return docs


def run(*args, timeout=300, **kw):
    return subprocess.run([EXE, *map(str, args)], capture_output=True, text=True, timeout=timeout, **kw)


def tables(path) -> dict[str, list]:
    """The store's rows, without the times of writing."""
    out = {}
    with duckdb.connect(str(path), read_only=True) as con:
        for table, drop in (("documents", {"coded_at"}), ("articles", {"added_at"}), ("events", set()),
                            ("reports", set()), ("mentions", set()), ("doc_bands", set())):
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in drop]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
    return out


def lines(path) -> list[dict]:
    return [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    d = tmp_path_factory.mktemp("scale")
    with open(d / "corpus.jsonl", "w", encoding="utf-8") as fh:
        for doc in corpus():
            fh.write(json.dumps(doc) + "\n")
    return d


@pytest.fixture(scope="module")
def reference(work):
    """One worker, into a store: the run every other one must equal."""
    res = run("code", work / "corpus.jsonl", "--db", work / "ref.duckdb", "-o", work / "ref.jsonl",
              "--batch-size", "4")
    assert res.returncode == 0, res.stderr
    assert "near-duplicates" in res.stderr
    return tables(work / "ref.duckdb"), lines(work / "ref.jsonl")


def test_reference_store_merges_reports(reference):
    store, out = reference
    assert len(out) > 20
    assert len(store["events"]) < len(store["reports"])           # reports of one event merged
    leaders = {r[0]: r[7] for r in store["articles"]}              # article_id -> leader
    assert sum(1 for a, lead in leaders.items() if a != lead) == 2  # the copy and the re-post


def test_two_workers_give_the_same_events_and_store(work, reference):
    res = run("code", work / "corpus.jsonl", "--db", work / "w2.duckdb", "-o", work / "w2.jsonl",
              "--batch-size", "4", "--workers", "2")
    assert res.returncode == 0, res.stderr
    assert lines(work / "w2.jsonl") == reference[1]                 # same lines, same order
    assert tables(work / "w2.duckdb") == reference[0]
    # stderr is not a terminal: the summary only, no progress line
    assert "articles/s" not in res.stderr and "\x1b[" not in res.stderr and "\r" not in res.stderr
    assert "coded 26 documents" in res.stderr          # workers code ahead of the near-duplicate search


def test_killed_run_resumes_to_the_same_store(work, reference):
    db = work / "killed.duckdb"
    args = [EXE, "code", str(work / "corpus.jsonl"), "--db", str(db), "-o", "-", "--batch-size", "2",
            "--workers", "2"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            start_new_session=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        first = proc.stdout.readline()            # a batch was committed
        assert first, "the run ended before writing anything"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)       # the command and its workers, mid-run
        proc.wait(30)
        proc.stdout.close()
    part = tables(db)
    n_docs = len(corpus()) - 1                    # the copy shares a text
    assert 0 < len(part["documents"]) < n_docs, "not killed part-way"
    # the rerun skips what is stored and ends where an uninterrupted run ends
    res = run("code", work / "corpus.jsonl", "--db", db, "-o", work / "resumed.jsonl", "--batch-size", "2",
              "--workers", "2")
    assert res.returncode == 0, res.stderr
    coded = int(res.stderr.split("coded ")[1].split()[0])
    assert coded <= len(corpus()) - len(part["articles"])
    assert tables(db) == reference[0]
    # its output still lists the events of the documents stored before
    assert {x["doc_id"] for x in lines(work / "resumed.jsonl")} == {x["doc_id"] for x in reference[1]}


def test_store_knows_what_is_coded(work, reference):
    from eventwire.records import Document
    from eventwire.store import Store

    docs = [Document(d["doc_id"], d["text"], date=d["date"], outlet=d["outlet"]) for d in corpus()]
    with Store.open(work / "ref.duckdb", read_only=True) as s:
        assert all(s.coded(docs))
        assert s.coded([Document("new", "Chile praised Peru.")]) == [False]
        assert s.coded(docs[1:2], coder_version="0.0.0") == [False]   # another coder codes it again
        assert s.coded(docs[-1:], coder_version="0.0.0") == [True]    # a copy (the re-post) is not coded


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as c:
        yield c.scheduler_address


def test_dask_cluster_equals_local_run(work, reference, cluster):
    res = run("code", work / "corpus.jsonl", "--db", work / "dask.duckdb", "-o", work / "dask.jsonl",
              "--batch-size", "4", "--cluster", cluster)
    assert res.returncode == 0, res.stderr
    assert lines(work / "dask.jsonl") == reference[1]
    assert tables(work / "dask.duckdb") == reference[0]


def test_dask_cluster_through_parquet_shards(work, reference, cluster):
    import pyarrow.parquet as pq

    shards = work / "shards"
    res = run("code", work / "corpus.jsonl", "--db", work / "shards.duckdb", "-o", work / "shards.jsonl",
              "--batch-size", "4", "--cluster", cluster, "--shards", shards)
    assert res.returncode == 0, res.stderr
    assert tables(work / "shards.duckdb") == reference[0]
    assert lines(work / "shards.jsonl") == reference[1]
    files = sorted(shards.glob("*.parquet"))
    assert len(files) == 7                      # 26 documents, 4 per chunk
    rows = [r for f in files for r in pq.read_table(f, columns=["doc_id", "code", "source_code"]).to_pylist()]
    assert {r["doc_id"] for r in rows} >= {"d00", "d72"}
    assert not list(shards.glob("*.tmp"))


EVENT_KEY = ("SELECT event_id, code, source_code, target_code, CAST(date AS VARCHAR), num_mentions, num_articles,"
             " num_sources FROM events")
MENTION_KEY = "SELECT event_id, doc_id, sentence_index, trigger, trigger_start, article_id FROM mentions"


def test_dask_cluster_into_postgresql(work, reference, cluster):
    from storekit import PgSchema, pg_url

    from eventwire.store import Store

    schema = PgSchema(pg_url())
    try:
        res = run("code", work / "corpus.jsonl", "--db", schema.url, "-o", work / "pg.jsonl", "--batch-size", "4",
                  "--cluster", cluster)
        assert res.returncode == 0, res.stderr
        assert lines(work / "pg.jsonl") == reference[1]
        with Store.open(schema.url) as pg, Store.open(work / "ref.duckdb", read_only=True) as ref:
            for sql in (EVENT_KEY, MENTION_KEY):
                assert sorted(pg.db.execute(sql).fetchall()) == sorted(ref.db.execute(sql).fetchall())
    finally:
        schema.drop()


def test_cluster_unreachable_is_a_one_line_error(work):
    res = run("code", work / "corpus.jsonl", "-o", work / "x.jsonl", "--cluster", "tcp://127.0.0.1:9",
              timeout=120, env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert res.returncode == 2
    assert "cannot reach a Dask cluster" in res.stderr


def test_shards_need_a_cluster(work):
    res = run("code", work / "corpus.jsonl", "--shards", work / "s")
    assert res.returncode == 2 and "--cluster" in res.stderr


def test_events_survive_a_shard(coder):
    from eventwire.records import Document
    from eventwire.scale.shards import read_shard, write_shard

    docs = [Document(d["doc_id"], d["text"], date=d["date"], outlet=d["outlet"]) for d in corpus()[:4]]
    events = [ev for _d, ev in coder.code(docs)]
    assert any(e.place is not None for ev in events for e in ev)
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"ew-shard-{os.getpid()}.parquet"
    try:
        assert write_shard(path, docs, events) == sum(map(len, events))
        back = read_shard(path, len(docs))
    finally:
        path.unlink(missing_ok=True)
    assert [[e.to_json() for e in ev] for ev in back] == [[e.to_json() for e in ev] for ev in events]
    assert back == events


def test_progress_line_on_a_terminal(work, reference):
    """On a terminal the command shows articles, articles/s and events; --quiet shows nothing.
    (Two workers and no store: the events are those of the reference's coded articles.)"""
    def on_tty(*extra):
        master, slave = pty.openpty()
        proc = subprocess.Popen([EXE, "code", str(work / "corpus.jsonl"), "-o", str(work / "tty.jsonl"),
                                 "--workers", "2", *extra],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave,
                                env={**os.environ, "COLUMNS": "120", "TERM": "xterm"})
        os.close(slave)
        seen = b""
        deadline = time.time() + 120
        while time.time() < deadline:
            r, _, _ = select.select([master], [], [], 1)
            if r:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
            elif proc.poll() is not None:
                break
        proc.wait(30)
        os.close(master)
        return proc.returncode, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", seen.decode("utf-8", "replace"))

    code, shown = on_tty()
    assert code == 0
    assert "articles/s" in shown and "events" in shown and "coded 26 documents" in shown
    coded = [{k: v for k, v in x.items() if k != "stored_event_id"} for x in reference[1] if "copy_of" not in x]
    copies = {x["doc_id"] for x in reference[1] if "copy_of" in x}
    assert [x for x in lines(work / "tty.jsonl") if x["doc_id"] not in copies] == coded
    code, shown = on_tty("--quiet")
    assert code == 0 and shown.strip() == ""


def test_default_workers_follow_the_input_size(tmp_path, monkeypatch):
    """Without --workers, a few articles are coded in this process and a large input on the
    cores (at most four); stdin and missing paths stay in one process."""
    from eventwire.scale import parallel

    monkeypatch.setattr(parallel, "cpu_count", lambda: 8)
    small = tmp_path / "small.jsonl"
    small.write_text('{"doc_id": "a", "text": "France praised Germany."}\n')
    assert parallel.auto_workers([str(small)]) == 1
    assert parallel.auto_workers(["-"]) == 1
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text("Kenya accused Somalia of spying. " * 7000)   # ~230 kB each
    assert parallel.auto_workers([str(folder)]) == 4
    assert parallel.auto_workers([str(small), str(folder / "0.txt")]) == 1
    monkeypatch.setattr(parallel, "cpu_count", lambda: 1)
    assert parallel.auto_workers([str(folder)]) == 1
