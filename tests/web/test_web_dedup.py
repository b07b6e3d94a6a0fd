"""POST /api/documents writes into a store as `eventwire code --db` does: a syndicated copy of an
uploaded article is found before coding and counted as a mention of its events."""
import json
import shutil
import subprocess

from webkit import EXE, call, writable_copy

from eventwire.store import Store

TOKEN = "dedup-token"
TEXT = ("Chilean President Gabriel Boric met Argentine President Alberto Fernandez in Santiago on Monday to "
        "discuss gas exports.\nArgentina accused Britain of militarising the Falklands, officials said on Tuesday.")
ARTICLE = {"doc_id": "up-1-wire", "date": "2022-08-02", "outlet": "Andes Wire",
           "url": "https://andes-wire.example/up-1-wire", "text": TEXT}
# the same story under another outlet, with a sign-off
COPY = {"doc_id": "up-2-copy", "date": "2022-08-02", "outlet": "Norte Daily",
        "text": TEXT + "\n(Reporting by Ana Diaz; editing by Tom Roe)"}


def stored_events(db) -> list[tuple]:
    """Every event of a store with its counts and the documents of its mentions."""
    with Store.open(db, read_only=True) as s:
        rows = s.events()
        mentions = s.mentions([r["event_id"] for r in rows])
    return sorted((r["event_id"], r["date"], r["code"], r["source_code"], r["target_code"], r["num_mentions"],
                   r["num_articles"], r["num_sources"],
                   tuple(sorted((m["doc_id"], m["outlet"], m["sentence_index"], m["copy_of"])
                                for m in mentions[r["event_id"]])))
                  for r in rows)


def test_an_upload_and_its_syndicated_copy_store_what_code_db_stores(web_store, tmp_path):
    # `eventwire code --db` on both articles, into a copy of the store
    cli_db = tmp_path / "cli.duckdb"
    shutil.copy(web_store, cli_db)
    src = tmp_path / "two.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in (ARTICLE, COPY)), encoding="utf-8")
    r = subprocess.run([EXE, "code", str(src), "--db", str(cli_db), "-o", str(tmp_path / "cli.jsonl")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "1 documents added" in r.stderr and "1 near-duplicates" in r.stderr

    # the API: the article, then its copy in a second request
    (tmp_path / "api").mkdir()
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with writable_copy(web_store, tmp_path / "api", TOKEN) as s:
        status, _, first = call(s.base, "/api/documents", "POST", {"documents": [ARTICLE]}, headers=auth)
        assert status == 201, first
        status, _, second = call(s.base, "/api/documents", "POST", {"documents": [COPY]}, headers=auth)
        assert status == 201, second
        (a,), (c,) = first["documents"], second["documents"]
        assert (a["status"], c["status"]) == ("added", "copy")
        # the copy reports the article's events, each now in two articles from two outlets
        assert len(a["event_ids"]) == 2 and c["event_ids"] == a["event_ids"]
        for eid in a["event_ids"]:
            ev = call(s.base, f"/api/events/{eid}")[2]
            assert ev["num_mentions"] == 2, ev
            assert sorted((m["doc_id"], m["outlet"]) for m in ev["mentions"]) == [
                ("up-1-wire", "Andes Wire"), ("up-2-copy", "Norte Daily")]
        status, _, again = call(s.base, "/api/documents", "POST", {"documents": [COPY]}, headers=auth)
        assert again["documents"][0]["status"] == "unchanged" and again["documents"][0]["event_ids"] == a["event_ids"]
    api = stored_events(tmp_path / "api" / "store.duckdb")
    assert api == stored_events(cli_db)
    new = [e for e in api if any(m[0] == "up-1-wire" for m in e[8])]
    assert len(new) == 2 and all(e[6:8] == (2, 2) for e in new)
    assert len(api) == len(stored_events(web_store)) + 2
