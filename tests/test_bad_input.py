"""Bad input through the real command: every kind is repaired and coded, or skipped with a
one-line reason; the batch goes on, nothing crashes, and nothing already stored changes."""
import gzip
import io
import json
import random
import re
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import duckdb
import pytest

from eventwire.ingest import read_inputs
from eventwire.language.sentences import split_sentences
from eventwire.records import Document, Skipped

EXE = str(Path(sys.executable).with_name("eventwire"))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def run(*args, timeout=300):
    return subprocess.run([EXE, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def read_events(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def triples(events, doc_id):
    return {(e["source"]["code"], e["code"], e["target"]["code"]) for e in events if e["doc_id"] == doc_id}


def noise(n, seed):
    rnd = random.Random(seed)
    return bytes(rnd.randrange(256) for _ in range(n))


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Russia attacked Ukraine - Daily Planet</title>
<style>body { font: 12px sans-serif }</style>
<script>var headlines = "Russia attacked Ukraine.";</script></head>
<body>
<header><a href="/">Daily Planet</a>
  <nav><ul><li><a href="/world">World</a></li><li>Russia attacked Ukraine.</li></ul></nav></header>
<div role="dialog" class="cookies">We use cookies. Accept all.</div>
<main><article>
  <h1>Ceasefire holds</h1>
  <p>Egypt   praised Sudan for the ceasefire.</p>
  <aside><h2>Related</h2><p>Russia attacked Ukraine.</p></aside>
  <form><input name="email"><button>Subscribe</button></form>
</article></main>
<footer><p>Russia attacked Ukraine. &copy; 2024 Daily Planet</p></footer>
</body></html>"""

BROKEN_CSV = (
    "id,date,source,text\n"
    'c1,2023-03-01,Wire,"Ecuador condemned Colombia."\n'
    'c2,2023-03-02,Wire,"Vietnam praised Laos.\n'                      # line 3: the quote never closes
    'c3,2023-03-03,Post,"Jordan praised Iraq."\n'
    'c4,2023-03-04,Post,"Japan condemned North Korea.",extra\n'        # line 5: one field too many
    'c5,2023-03-05,Wire,"Morocco criticised Algeria."\n'
)


def make_bad_inputs(d: Path) -> list[Path]:
    files = {}

    def put(name, data):
        p = d / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        files[name] = p

    put("empty.txt", b"")
    put("blank.txt", b"  \n\t \r\n   \n")
    put("photo.png", PNG + noise(2000, 1))
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as z:
        z.writestr("docs.jsonl", json.dumps({"text": "Ghana praised Togo."}) + "\n")
    put("bundle.zip", zbuf.getvalue())
    put("zipped.jsonl.gz", zbuf.getvalue())                            # a zip under a .jsonl.gz name
    tbuf = io.BytesIO()
    with tarfile.open(fileobj=tbuf, mode="w") as t:
        data = b'{"text": "Ghana praised Togo."}\n'
        info = tarfile.TarInfo("docs.jsonl")
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    put("tarball.jsonl.gz", gzip.compress(tbuf.getvalue()))             # gzip, but of a tar archive
    put("truncated.jsonl.gz", gzip.compress(b'{"text": "Ghana praised Togo."}\n' * 200)[:40])
    put("noise.bin", noise(4096, 2))
    put("noise.jsonl.gz", gzip.compress(noise(4096, 3)))
    put("nul.txt", b"Ghana\x00 praised Togo on Monday.\x00\x00 The talks ended.")
    put("utf16le.txt", b"\xff\xfe" + "Kenyan troops attacked Somali militants on Tuesday.".encode("utf-16-le"))
    put("utf16be.txt", b"\xfe\xff" + "Bolivia condemned Chile on Wednesday.".encode("utf-16-be"))
    put("latin1.txt", "France praised Mali for the caf\u00e9 deal on Thursday.".encode("latin-1"))
    put("mojibake.txt", "Pr\u00c3\u00a9sident Macron praised Senegal on Friday.")
    put("fffd.txt", "Nigeria accused Niger \ufffd\ufffd\ufffd\ufffd of backing rebels.")
    put("page.html", HTML_PAGE)
    put("fr.txt", "Le pr\u00e9sident de la R\u00e9publique a rencontr\u00e9 lundi le Premier ministre du "
                  "Ghana pour discuter de la crise dans le pays et des relations avec le Togo.")
    put("ru.txt", "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0420\u043e\u0441\u0441\u0438\u0438 "
                  "\u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043b\u0441\u044f \u0441 \u043f\u0440\u0435\u043c"
                  "\u044c\u0435\u0440-\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u043e\u043c \u0413\u0430\u043d\u044b "
                  "\u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a.")
    put("zh.txt", "\u4fc4\u7f57\u65af\u603b\u7edf\u5468\u4e00\u4f1a\u89c1\u4e86\u52a0\u7eb3\u603b\u7406\uff0c"
                  "\u8ba8\u8bba\u8be5\u56fd\u7684\u5371\u673a\u4ee5\u53ca\u4e0e\u591a\u54e5\u7684\u5173\u7cfb\u3002")
    put("bad.jsonl", "\n".join([
        json.dumps({"doc_id": "j1", "text": "Peru accused Chile of spying."}),
        '{"doc_id": "j2", "text": "Chile praised Peru.',                  # line 2: cut off
        json.dumps({"doc_id": "j3", "text": "Argentina praised Uruguay on Saturday."}),
    ]) + "\n")
    put("broken.csv", BROKEN_CSV)
    put("dup.txt", "Canada praised Mexico.")
    put("long.jsonl", json.dumps({"doc_id": "huge", "text": "word " * 1_000_000}) + "\n"
        + json.dumps({"doc_id": "small", "text": "Brazil praised Paraguay."}) + "\n")
    return list(files.values())


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    paths = make_bad_inputs(d)
    out = d / "events.jsonl"
    started = time.time()
    res = run("code", *paths, d / "dup.txt", "-o", out)               # dup.txt twice
    return res, read_events(out), time.time() - started


def summary_line(stderr):
    (line,) = [ln for ln in stderr.splitlines() if ln.startswith("coded ")]
    return line


def test_batch_of_bad_inputs_goes_on_and_exits_0(batch):
    res, events, secs = batch
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    assert secs < 240


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file"),
    ("blank.txt", "whitespace-only file"),
    ("photo.png", "binary file (PNG image)"),
    ("bundle.zip", "binary file (ZIP archive)"),
    ("zipped.jsonl.gz", "binary file (ZIP archive)"),
    ("tarball.jsonl.gz", "binary file"),
    ("truncated.jsonl.gz", "corrupt or truncated gzip data"),
    ("noise.bin", "binary file"),
    ("noise.jsonl.gz", "binary file"),
    ("fr.txt", "not English (looks like fr)"),
    ("ru.txt", "not English (looks like ru)"),
    ("zh.txt", "not English (looks like zh)"),
    ("bad.jsonl:2", "not valid JSON at line 2"),
    ("broken.csv:3", "line 3: unclosed quote"),
    ("broken.csv:5", "line 5: 5 fields, the header has 4"),
    ("long.jsonl:1", "text too long for one article"),
])
def test_each_bad_input_is_skipped_with_a_one_line_reason(batch, name, reason):
    res, events, _ = batch
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("skipped ") and f"{name}:" in ln]
    assert len(lines) == 1, res.stderr
    assert reason in lines[0]
    stem = name.split(".")[0]
    assert not any(e["doc_id"].startswith(stem) for e in events if stem not in ("bad", "broken", "long"))


@pytest.mark.parametrize("doc_id, triple", [
    ("nul", ("GHAGOV", "051", "TGOGOV")),
    ("utf16le", ("KENMIL", "190", "SOMREB")),
    ("utf16be", ("BOLGOV", "111", "CHLGOV")),
    ("latin1", ("FRAGOV", "051", "MLIGOV")),
    ("mojibake", ("FRAGOV", "051", "SENGOV")),
    ("fffd", ("NGAGOV", "112", "NERGOV")),
    ("page", ("EGYGOV", "051", "SDNGOV")),
    ("j1", ("PERGOV", "112", "CHLGOV")),
    ("j3", ("ARGGOV", "051", "URYGOV")),
    ("c1", ("ECUGOV", "111", "COLGOV")),
    ("c3", ("JORGOV", "051", "IRQGOV")),
    ("c5", ("MARGOV", "111", "DZAGOV")),
    ("dup", ("CANGOV", "051", "MEXGOV")),
    ("small", ("BRAGOV", "051", "PRYGOV")),
])
def test_repairable_and_good_inputs_are_coded(batch, doc_id, triple):
    _, events, _ = batch
    assert triple in triples(events, doc_id), sorted({e["doc_id"] for e in events})


def test_repaired_text_is_clean(batch):
    _, events, _ = batch
    sentences = {e["doc_id"]: e["evidence"]["sentence"] for e in events}
    assert sentences["mojibake"] == "Pr\u00e9sident Macron praised Senegal on Friday."
    assert sentences["fffd"] == "Nigeria accused Niger of backing rebels."
    assert sentences["nul"] == "Ghana praised Togo on Monday."
    assert sentences["latin1"] == "France praised Mali for the caf\u00e9 deal on Thursday."
    assert sentences["page"] == "Egypt praised Sudan for the ceasefire."


def test_html_boilerplate_is_not_coded(batch):
    _, events, _ = batch
    assert triples(events, "page") == {("EGYGOV", "051", "SDNGOV")}   # not the nav/aside/footer/script "attack"
    assert not [e for e in events if e["source"]["code"].startswith("RUS")]


def test_exact_duplicate_is_coded_once(batch):
    res, events, _ = batch
    assert {e["doc_id"] for e in events if e["doc_id"].startswith("dup")} == {"dup"}
    assert "duplicate dup~2: same text as dup (not coded)" in res.stderr


def test_same_text_under_two_names_without_a_store_is_two_articles(tmp_path):
    # two outlets running one wire story: both coded (with --db they are one article and a copy)
    (tmp_path / "a.txt").write_text("Canada praised Mexico.")
    (tmp_path / "b.txt").write_text("Canada praised Mexico.")
    res = run("code", tmp_path / "a.txt", tmp_path / "b.txt", "-o", tmp_path / "e.jsonl")
    assert res.returncode == 0 and "coded 2 documents" in res.stderr
    assert {e["doc_id"] for e in read_events(tmp_path / "e.jsonl")} == {"a", "b"}


def test_summary_counts_repairs_and_skips_by_kind(batch):
    res, _, _ = batch
    line = summary_line(res.stderr)
    assert line.startswith("coded 14 documents"), line
    assert "7 repaired (" in line and "16 skipped (" in line, line
    for part in ("mojibake 1", "html 1", "NUL bytes 1", "UTF-16 2", "latin-1 1", "replacement chars 1",
                 "empty 2", "binary 6", "corrupt gzip 1", "not English 3", "malformed line 2",
                 "ragged row 1", "too long 1", "1 exact duplicate (not coded)"):
        assert part in line, (part, line)


# ---------------------------------------------------------------- --strict

def test_strict_gives_nonzero_exit_on_any_skip_and_still_codes(tmp_path):
    (tmp_path / "good.txt").write_text("Ghana praised Togo on Monday.")
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "e.jsonl"
    res = run("code", tmp_path / "good.txt", tmp_path / "empty.txt", "-o", out, "--strict")
    assert res.returncode == 1 and "skipped" in res.stderr
    assert triples(read_events(out), "good") == {("GHAGOV", "051", "TGOGOV")}
    res = run("code", tmp_path / "good.txt", tmp_path / "empty.txt", "-o", out)
    assert res.returncode == 0


def test_strict_passes_when_everything_is_coded_or_repaired(tmp_path):
    (tmp_path / "good.txt").write_text("Ghana praised Togo on Monday.")
    (tmp_path / "moji.txt").write_text("Pr\u00c3\u00a9sident Macron praised Senegal on Friday.")
    res = run("code", tmp_path / "good.txt", tmp_path / "moji.txt", "-o", tmp_path / "e.jsonl", "--strict")
    assert res.returncode == 0, res.stderr
    assert "1 repaired (mojibake 1), 0 skipped" in summary_line(res.stderr)


# ---------------------------------------------------------------- a very long line

def test_five_megabyte_line_is_cut_into_bounded_pieces():
    words = ("the minister said talks would go on while troops stayed near the border and "
             "officials met again ") * 60_000                             # about 5.5 MB, no full stop
    started = time.time()
    spans = list(split_sentences(words))
    assert time.time() - started < 30
    assert max(e - s for s, e in spans) <= 2000 and len(spans) > 2500
    assert spans[0][0] == 0 and spans[-1][1] == len(words.rstrip())
    blob = "x" * 5_000_000                                               # no spaces either
    assert max(e - s for s, e in split_sentences(blob)) <= 2000


def test_five_megabyte_line_file_is_skipped_fast_and_in_bounded_memory(tmp_path):
    (tmp_path / "long.txt").write_text("the minister said talks would go on " * 140_000)   # 5 MB, one line
    (tmp_path / "good.txt").write_text("Ghana praised Togo on Monday.")
    out = tmp_path / "e.jsonl"
    probe = ("import resource, subprocess, sys; "
             "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
             "sys.stderr.write(r.stderr); "
             "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    started = time.time()
    res = subprocess.run([sys.executable, "-c", probe, EXE, "code", str(tmp_path / "long.txt"),
                          str(tmp_path / "good.txt"), "-o", str(out)],
                         capture_output=True, text=True, timeout=300)
    secs = time.time() - started
    code, peak_kb = map(int, res.stdout.split())
    assert code == 0, res.stderr
    assert re.search(r"skipped .*long\.txt: text too long for one article \(5,0\d\d,\d\d\d characters; limit", res.stderr)
    assert triples(read_events(out), "good") == {("GHAGOV", "051", "TGOGOV")}
    assert secs < 120 and peak_kb < 1_500_000, (secs, peak_kb)


def test_run_on_line_under_the_limit_is_coded_in_pieces(tmp_path):
    filler = "the weather stayed mild and the markets were quiet as everyone went about the day and "
    text = "".join(filler * 25 + ("ghana praised togo for the help " if i % 4 == 0 else "")
                   for i in range(48))                                   # about 100 kB, no full stop
    (tmp_path / "runon.txt").write_text(text)
    out = tmp_path / "e.jsonl"
    started = time.time()
    res = run("code", tmp_path / "runon.txt", "-o", out)
    assert res.returncode == 0, res.stderr
    assert time.time() - started < 120
    events = read_events(out)
    assert ("GHAGOV", "051", "TGOGOV") in triples(events, "runon")
    assert all(len(e["evidence"]["sentence"]) <= 2000 for e in events)


def test_ingest_alone_skips_the_long_text_without_reading_it_twice(tmp_path):
    (tmp_path / "long.txt").write_text("word " * 1_000_000)
    started = time.time()
    (item,) = list(read_inputs([tmp_path / "long.txt"]))
    assert isinstance(item, Skipped) and item.reason.startswith("text too long for one article")
    assert time.time() - started < 10


# ---------------------------------------------------------------- the store

GOOD = {
    "g1.txt": "date 2023-05-01 Ghana praised Togo on Monday for its help at the border.",
    "g2.txt": "date 2023-05-02 Kenyan troops attacked Somali militants on Tuesday.",
}
NEW_GOOD = "date 2023-06-10 Norway praised Sweden on Saturday for the new rail link."


def snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()]
        return {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}
    finally:
        con.close()


@pytest.fixture
def stored(tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    for name, text in GOOD.items():
        (good / name).write_text(text)
    db = tmp_path / "store.duckdb"
    res = run("code", good, "--db", db, "-o", tmp_path / "first.jsonl")
    assert res.returncode == 0, res.stderr
    bad = tmp_path / "bad"
    bad.mkdir()
    return db, good, make_bad_inputs(bad)


def test_bad_inputs_change_nothing_stored(stored, tmp_path):
    db, good, bad = stored
    before = snapshot(db)
    assert len(before["documents"]) == 2 and before["events"]
    only_bad = [p for p in bad if p.name in (
        "empty.txt", "blank.txt", "photo.png", "bundle.zip", "zipped.jsonl.gz", "tarball.jsonl.gz",
        "truncated.jsonl.gz", "noise.bin", "noise.jsonl.gz", "fr.txt", "ru.txt", "zh.txt")]
    res = run("code", *only_bad, "--db", db, "-o", tmp_path / "bad.jsonl")
    assert res.returncode == 0, res.stderr
    assert "coded 0 documents" in res.stderr and "12 skipped" in res.stderr
    assert snapshot(db) == before


def test_mixed_batch_only_adds_the_good_new_documents(stored, tmp_path):
    db, good, bad = stored
    before = snapshot(db)
    (tmp_path / "new.txt").write_text(NEW_GOOD)
    broken = [p for p in bad if p.name in ("empty.txt", "photo.png", "noise.bin", "fr.txt",
                                           "truncated.jsonl.gz", "bad.jsonl", "broken.csv")]
    # the good documents again, bad ones, and one new article
    res = run("code", good, *broken, tmp_path / "new.txt", "--db", db, "-o", tmp_path / "mixed.jsonl", "--strict")
    assert res.returncode == 1, res.stderr                             # something was skipped
    after = snapshot(db)
    assert set(after) == set(before)
    for table, rows in before.items():
        assert set(rows) <= set(after[table]), table                 # nothing stored before changed
    # new: the new article, j1 and j3 of bad.jsonl and c1, c3 and c5 of broken.csv
    assert len(after["documents"]) == len(before["documents"]) + 6
    assert "2 documents unchanged" in res.stderr and "6 documents added" in res.stderr


def test_near_and_exact_duplicates_through_the_store(tmp_path):
    story = ("date 2023-07-03 Ghana praised Togo on Monday for its help at the border. "
             "The two governments signed a pact on trade. Officials in Accra said more talks would follow "
             "next month, and both sides hoped to settle the remaining questions before the rainy season.")
    (tmp_path / "a.txt").write_text(story)
    (tmp_path / "b.txt").write_text(story + "\n\nReporting by A. Writer; editing by B. Editor")
    (tmp_path / "c.txt").write_text(story)                             # the same text under another name
    db = tmp_path / "s.duckdb"
    out = tmp_path / "e.jsonl"
    res = run("code", tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt", "--db", db, "-o", out)
    assert res.returncode == 0, res.stderr
    assert "coded 1 documents" in res.stderr
    assert "2 near-duplicates (not coded, counted as mentions)" in res.stderr
    con = duckdb.connect(str(db), read_only=True)
    (n_articles,) = con.execute("SELECT max(num_articles) FROM events").fetchone()
    con.close()
    assert n_articles == 3
    copies = [e for e in read_events(out) if e.get("copy_of")]
    assert {e["doc_id"] for e in copies} == {"b", "c"}
