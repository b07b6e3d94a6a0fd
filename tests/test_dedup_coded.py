"""Deduplication of real coding: hand-written reports of a few events, coded and matched on both databases."""
import json

import pytest
from storekit import BACKENDS, store_target

from eventwire import Store
from eventwire.records import Document

CALL = ("BERLIN - German Chancellor Olaf Scholz spoke by telephone with French President Emmanuel Macron on "
        "Monday about electricity prices, a government spokesman said. Both governments want a common position "
        "before the summit in Brussels.")
ARTICLES = [
    {"doc_id": "call-1-wire", "date": "2023-05-08", "outlet": "wire-one.example",
     "url": "https://wire-one.example/a1", "text": CALL},
    # the next day, another outlet, no weekday given
    {"doc_id": "call-2-daily", "date": "2023-05-09", "outlet": "daily-two.example",
     "text": "Scholz and Macron discussed electricity prices in a phone call, officials in Paris said on Tuesday. "
             "Industry groups in both countries have warned of factory closures."},
    # a syndicated copy with a headline and a sign-off, known by its URL's host
    {"doc_id": "call-3-portal", "date": "2023-05-08", "url": "https://www.portal-three.example/news/77",
     "text": "Scholz, Macron talk power prices\n" + CALL + " (Reporting by Jane Roe; editing by Tom Doe)"},
    # the same two, a week later
    {"doc_id": "call-4-again", "date": "2023-05-15", "outlet": "wire-one.example",
     "text": "German Chancellor Olaf Scholz spoke again by telephone with French President Emmanuel Macron on Monday, "
             "a week after their last call, as the dispute over power prices dragged on."},
    # talks told from both sides
    {"doc_id": "talks-tokyo", "date": "2023-06-12", "outlet": "wire-one.example",
     "text": "TOKYO - Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on "
             "Monday to discuss export controls."},
    {"doc_id": "talks-seoul", "date": "2023-06-13", "outlet": "daily-two.example",
     "text": "South Korean President Yoon Suk Yeol held talks with Japanese Prime Minister Fumio Kishida on Monday "
             "about export controls."},
]
DOCS = [Document(a["doc_id"], a["text"], date=a["date"], outlet=a.get("outlet"), url=a.get("url"))
        for a in ARTICLES]


def code_into(store, coder, docs):
    with store.batch(docs) as b:
        coded = list(coder.code(b.to_code))
        return b.write(coded), [d.doc_id for d in b.to_code]


def events_by_docs(store):
    rows = store.events()
    ms = store.mentions([r["event_id"] for r in rows])
    out = {}
    for r in rows:
        r["doc_ids"] = sorted({m["doc_id"] for m in ms[r["event_id"]]})
        out.setdefault((r["root"], r["source_code"][:3], r["target_code"][:3]), []).append(r)
    return out


def canon(store):
    rows = store.events()
    ms = store.mentions([r["event_id"] for r in rows])
    return sorted((r["date"] or "", r["code"], r["source_code"], r["target_code"], r["num_mentions"],
                   r["num_articles"], r["num_sources"],
                   tuple(sorted((m["doc_id"], m["sentence_index"], m["sentence"]) for m in ms[r["event_id"]])))
                  for r in rows)


@pytest.fixture(params=BACKENDS)
def new_target(request, tmp_path):
    cleanups = []

    def make():
        sub = tmp_path / f"s{len(cleanups)}"
        sub.mkdir()
        t, cleanup = store_target(request.param, sub)
        cleanups.append(cleanup)
        return t

    yield make
    for cleanup in cleanups:
        cleanup()


def test_reports_merge_copies_count_and_the_next_week_stays_apart(coder, new_target):
    with Store.open(new_target()) as s:
        statuses, coded = code_into(s, coder, DOCS)
        assert statuses == ["added", "added", "copy", "added", "added", "added"]
        assert "call-3-portal" not in coded
        ev = events_by_docs(s)
        calls = sorted(ev[("04", "DEU", "FRA")], key=lambda r: r["date"])
        assert [c["doc_ids"] for c in calls] == [["call-1-wire", "call-2-daily", "call-3-portal"], ["call-4-again"]]
        first = calls[0]
        assert first["date"] == "2023-05-08" and first["code"] == "041"
        assert (first["num_articles"], first["num_sources"]) == (3, 3)
        assert calls[1]["date"] == "2023-05-15"
        (talks,) = ev.get(("04", "JPN", "KOR"), []) + ev.get(("04", "KOR", "JPN"), [])
        assert talks["doc_ids"] == ["talks-seoul", "talks-tokyo"] and talks["date"] == "2023-06-12"
        # coding the same articles again stores nothing new
        assert code_into(s, coder, DOCS) == (["unchanged"] * 6, [])


def test_two_batches_in_either_order_give_the_same_store(coder, new_target):
    early = [DOCS[2], DOCS[3], DOCS[5]]               # the copy comes before its original
    late = [DOCS[0], DOCS[1], DOCS[4]]
    stores = []
    for batches in ((early, late), (late, early), (DOCS[::-1],)):
        with Store.open(new_target()) as s:
            for batch in batches:
                code_into(s, coder, batch)
            stores.append(canon(s))
    assert stores[0] == stores[1] == stores[2]


def test_code_command_deduplicates_and_exports_mentions(coder, tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    def run(*args):
        res = CliRunner().invoke(app, [str(a) for a in args])
        assert res.exit_code == 0, res.output
        return res.stderr

    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db, out, exp = tmp_path / "s.duckdb", tmp_path / "coded.jsonl", tmp_path / "events.jsonl"
    err = run("code", src, "--db", db, "-o", out)
    assert "coded 5 documents" in err and "1 near-duplicates" in err
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    copy = [x for x in lines if x["doc_id"] == "call-3-portal"]
    assert copy and all(x["copy_of"] == "call-1-wire" for x in copy)
    run("export", "--db", db, "--format", "jsonl", "-o", exp)
    events = [json.loads(x) for x in exp.read_text().splitlines()]
    call = next(e for e in events if e["code"] == "041" and e["date"] == "2023-05-08")
    assert sorted(call["doc_ids"]) == ["call-1-wire", "call-2-daily", "call-3-portal"]
    assert [m["doc_id"] for m in call["mentions"]] == call["doc_ids"]
    assert (call["num_mentions"], call["num_articles"], call["num_sources"]) == (3, 3, 3)
    # without deduplication each document keeps its events; `eventwire dedup` matches them
    plain = tmp_path / "plain.duckdb"
    assert "near-duplicates" not in run("code", src, "--db", plain, "--no-dedup", "-o", tmp_path / "p.jsonl")
    with Store.open(plain, read_only=True) as s:
        assert all(r["num_articles"] == 1 for r in s.events())
    assert "events before" in run("dedup", "--db", plain)
    with Store.open(plain, read_only=True) as s:
        merged = [r for r in s.events() if r["code"] == "041" and r["date"] == "2023-05-08"]
        assert [r["num_articles"] for r in merged] == [3]
