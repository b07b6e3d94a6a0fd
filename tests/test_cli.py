"""The command line as a user calls it: real files, a real subprocess, real output."""
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

EXE = str(Path(sys.executable).with_name("eventwire"))

STORY = ("date 2023-06-02 The Finnish president held talks with Estonia's prime minister on Thursday.\n"
         "Finland also praised Estonia for its help with the border.")


def run(*args, stdin=None):
    return subprocess.run([EXE, *map(str, args)], input=stdin, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("in")
    (d / "story.txt").write_text(STORY, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "latin1.txt").write_bytes("Chile accusa: Chile accused Peru of spying, said the Ministère.".encode("latin-1"))
    docs = [
        {"doc_id": "j1", "date": "2023-06-05", "text": "Ghana praised Togo on Monday.", "outlet": "Wire"},
        {"doc_id": "j2", "text": "Kenyan troops attacked Somali militants."},
    ]
    lines = [json.dumps(docs[0]), "{not json", json.dumps(docs[1])]
    (d / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def read_events(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def test_help_explains_every_option():
    out = run("code", "--help").stdout
    for option in ("--output", "--date", "--db", "--strict", "--statements", "--quiet"):
        assert option in out


def test_code_a_folder_with_bad_files(inputs, tmp_path):
    out = tmp_path / "events.jsonl"
    res = run("code", inputs, "-o", out)
    assert res.returncode == 0, res.stderr
    events = read_events(out)
    by_doc = {e["doc_id"] for e in events}
    assert {"story", "j1", "j2"} <= by_doc
    # the bad inputs are named with a reason, and did not stop the batch
    assert "empty.txt" in res.stderr and "empty" in res.stderr
    assert "image.txt" in res.stderr and "binary" in res.stderr
    assert "docs.jsonl:2" in res.stderr


def test_output_record_has_every_field(inputs, tmp_path):
    out = tmp_path / "events.jsonl"
    run("code", inputs / "story.txt", "-o", out)
    events = read_events(out)
    talks = [e for e in events if e["root"] == "04"]
    assert talks, events
    e = talks[0]
    for key in ("event_id", "doc_id", "date", "source", "target", "code", "root", "plover",
                "goldstein", "quad_class", "evidence"):
        assert key in e
    assert {e["source"]["code"][:3], e["target"]["code"][:3]} == {"FIN", "EST"}
    assert e["date"] == "2023-06-01"          # "on Thursday" before the glued header date
    ev = e["evidence"]
    assert ev["sentence"][ev["trigger"]["start"]:ev["trigger"]["end"]].startswith("held")
    assert ev["pattern_id"]


def test_date_option_and_stdin(tmp_path):
    doc = json.dumps({"doc_id": "s1", "text": "Bolivia condemned Chile yesterday."})
    res = run("code", "-", "-o", "-", "--date", "2021-04-10", stdin=doc + "\n")
    assert res.returncode == 0, res.stderr
    (event,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert event["date"] == "2021-04-09" and event["code"].startswith("11")


def test_bad_date_option_is_a_clear_error():
    res = run("code", "-", "--date", "yesterday", stdin="")
    assert res.returncode != 0 and "YYYY-MM-DD" in res.stderr


def test_strict_fails_on_skips(inputs, tmp_path):
    res = run("code", inputs / "empty.txt", "-o", tmp_path / "e.jsonl", "--strict")
    assert res.returncode == 1


def test_store_in_duckdb_is_idempotent(inputs, tmp_path):
    db = tmp_path / "store.duckdb"
    assert run("code", inputs / "docs.jsonl", "--db", db, "-o", tmp_path / "a.jsonl").returncode == 0
    con = duckdb.connect(str(db), read_only=True)
    first = con.execute("SELECT count(*) FROM events").fetchone()[0]
    docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    assert first >= 2 and docs == 2
    assert run("code", inputs / "docs.jsonl", "--db", db, "-o", tmp_path / "b.jsonl").returncode == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == first
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] >= first
    con.close()
    shown = run("show", "--db", db)
    assert shown.returncode == 0 and "j1" in shown.stdout


def test_show_without_store_says_what_to_do(tmp_path):
    res = run("show", "--db", tmp_path / "none.duckdb")
    assert res.returncode == 2 and "eventwire code" in res.stderr
