"""`eventwire code --db`, `query` and `export` as a user runs them, on both databases."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from storekit import BACKENDS, store_target

EXE = str(Path(sys.executable).with_name("eventwire"))

DOCS = [
    {"doc_id": "g1", "date": "2023-06-05", "text": "Ghana praised Togo on Monday.", "outlet": "Wire",
     "url": "https://news.example/g1"},
    {"doc_id": "g2", "date": "2023-06-07", "text": "Togo condemned Ghana on Wednesday.", "outlet": "Post"},
    {"doc_id": "k1", "date": "2023-07-01", "text": "Kenyan troops attacked Somali militants."},
]


def run(*args, env=None):
    return subprocess.run([EXE, *map(str, args)], capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module", params=BACKENDS)
def db(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("store")
    target, cleanup = store_target(request.param, tmp)
    docs = tmp / "docs.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    first = run("code", docs, "--db", target, "-o", tmp / "a.jsonl")
    assert first.returncode == 0, first.stderr
    assert "3 documents added" in first.stderr
    again = run("code", docs, "--db", target, "-o", tmp / "b.jsonl")
    assert again.returncode == 0 and "3 documents unchanged" in again.stderr
    yield target
    cleanup()


def test_query_dyad_and_partners(db):
    res = run("query", "dyad", "GHA", "TGO", "--by", "month", "--db", db, "--json")
    assert res.returncode == 0, res.stderr
    (row,) = json.loads(res.stdout)
    assert row["period"] == "2023-06" and row["a_to_b"] == 1 and row["b_to_a"] == 1
    assert row["verbal_coop"] == 1 and row["verbal_conflict"] == 1
    directed = json.loads(run("query", "dyad", "GHA", "TGO", "--directed", "--db", db, "--json").stdout)
    assert directed[0]["events"] == 1
    table = run("query", "dyad", "GHA", "TGO", "--db", db)
    assert "GHA ↔ TGO" in table.stdout and "2023-06" in table.stdout
    res = run("query", "partners", "GHA", "--db", db, "--csv", "--from", "2023-06-01", "--to", "2023-06-30")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [(r["partner"], r["events"], r["cooperation"], r["conflict"]) for r in rows] == [("TGO", "2", "1", "1")]


def test_query_day_and_events_show_evidence(db):
    res = run("query", "day", "2023-06-05", "--db", db)
    assert res.returncode == 0 and "praised" in res.stdout and "Ghana" in res.stdout
    events = json.loads(run("query", "events", "--actor", "KEN", "--root", "19", "--db", db, "--json").stdout)
    assert len(events) == 1 and events[0]["sentence"] == "Kenyan troops attacked Somali militants."
    assert events[0]["source_code"].startswith("KEN") and events[0]["doc_id"] == "k1"
    assert json.loads(run("query", "events", "--quad", "3", "--db", db, "--json").stdout)[0]["doc_id"] == "g2"


def test_export_formats(db, tmp_path):
    res = run("export", "--format", "gdelt", "-o", "-", "--db", db, "--actor", "GHA")
    assert res.returncode == 0, res.stderr
    rows = [line.split("\t") for line in res.stdout.splitlines()]
    assert len(rows) == 2 and all(len(r) == 61 for r in rows)
    assert {r[1] for r in rows} == {"20230605", "20230607"}
    out = tmp_path / "all.parquet"
    assert run("export", "--format", "parquet", "-o", out, "--db", db).returncode == 0
    assert pq.read_table(out).num_rows >= 3


def test_bad_arguments_are_one_line_errors(db, tmp_path):
    res = run("query", "events", "--quad", "9", "--db", db)
    assert res.returncode == 2 and "quad class" in res.stderr
    res = run("query", "dyad", "VEN", "RUS", "--from", "last week", "--db", db)
    assert res.returncode == 2 and "YYYY-MM-DD" in res.stderr
    res = run("query", "partners", "VEN", "--db", tmp_path / "none.duckdb")
    assert res.returncode == 2 and "eventwire code" in res.stderr
    res = run("export", "--format", "xml", "-o", tmp_path / "x", "--db", db)
    assert res.returncode == 2


def test_code_help_names_the_usual_store():
    out = run("code", "--help").stdout
    assert "eventwire.duckdb" in out and "postgresql://" in out


def test_code_into_a_locked_duckdb_store_fails_clearly(tmp_path):
    path = tmp_path / "busy.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]);"
                               " print('ok', flush=True); time.sleep(60)", str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        res = subprocess.run([EXE, "code", "-", "--db", str(path), "-o", "-"], input="", capture_output=True,
                             text=True, timeout=300)
        assert res.returncode == 2 and "in use by another process" in res.stderr
    finally:
        holder.kill()
        holder.wait()
