"""The store on both databases: idempotent ingest, re-coding, failed batches, migrations, queries."""
import subprocess
import sys
import threading
import time

import pytest
from storekit import BACKENDS, event, store_target, story_items

from eventwire import Store
from eventwire.records import Document
from eventwire.store import StoreError, dictionary_version
from eventwire.store import schema


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path):
    t, cleanup = store_target(request.param, tmp_path)
    yield t
    cleanup()


@pytest.fixture
def store(target):
    s = Store.open(target)
    yield s
    s.close()


@pytest.fixture
def story(store):
    store.add_many(story_items(), coder_version="t", dictionary_version="v1")
    return store


# ---- ingest --------------------------------------------------------------------------------

def test_same_text_twice_stores_nothing_new(store):
    items = story_items()
    assert store.add_many(items, "t", "v1") == ["added"] * 4
    counts = store.counts()
    assert counts == {"documents": 4, "events": 8, "mentions": 8}
    assert store.add_many(items, "t", "v1") == ["unchanged"] * 4
    # the same text under another document id is the same document
    doc, evs = items[0]
    assert store.add(Document("copy", doc.text), evs, "t", "v1") == "unchanged"
    assert store.counts() == counts
    twice = Document("twice", "Chile praised Peru.")
    assert store.add_many([(twice, []), (Document("again", twice.text), [])], "t", "v1") == ["added", "unchanged"]
    assert store.schema_version == schema.LATEST
    assert store.counts()["documents"] == 5


def test_recode_with_new_dictionaries_replaces_events(store):
    doc = Document("r1", "Venezuela visited Russia. Russia praised Venezuela.", date="2022-01-20")
    old = [event("VEN", "RUS", "042", "2022-01-20", "Venezuela visited Russia.", "r1"),
           event("RUS", "VEN", "051", "2022-01-20", "Russia praised Venezuela.", "r1", 1)]
    other = Document("r2", "Chile praised Peru.")
    store.add_many([(doc, old), (other, [event("CHL", "PER", "051", None, "Chile praised Peru.", "r2")])],
                   "0.1", "dictA")
    new = [event("VEN", "RUS", "043", "2022-01-20", "Venezuela visited Russia.", "r1")]
    assert store.add(doc, new, "0.2", "dictB") == "replaced"
    rows = store.events(actor="VEN")
    assert [r["code"] for r in rows] == ["043"]
    assert store.counts() == {"documents": 2, "events": 2, "mentions": 2}     # r2 untouched
    d = store.document(doc.content_hash)
    assert (d["coder_version"], d["dictionary_version"]) == ("0.2", "dictB")
    assert store.add(doc, new, "0.2", "dictB") == "unchanged"


def test_default_versions_are_recorded(store):
    doc, evs = story_items()[0]
    store.add(doc, evs)
    d = store.document(doc.content_hash)
    assert d["dictionary_version"] == dictionary_version()
    assert d["coder_version"] and d["coded_at"] is not None


def test_failed_batch_stores_nothing_and_loses_nothing(store):
    items = story_items()
    store.add_many(items[:2], "t", "v1")
    before = store.counts()
    # the second document of the batch cannot be written (doc_id is required)
    bad = Document(None, "A text with no document id.")
    with pytest.raises(Exception):
        store.add_many([items[2], (bad, []), items[3]], "t", "v1")
    assert store.counts() == before
    assert not store.has_document(items[2][0].content_hash)
    # a batch whose event rows fail after its documents were written
    broken = event("USA", "MEX", "042", None, "Washington visited Mexico.", "b1")
    broken.code = None
    with pytest.raises(Exception):
        store.add_many([items[2], (Document("b1", "Washington visited Mexico."), [broken])], "t", "v1")
    assert store.counts() == before
    # and the store still works
    assert store.add_many(items[2:], "t", "v1") == ["added", "added"]


def test_migrates_a_store_made_with_the_first_schema(target):
    from eventwire.store.sql import connect

    db = connect(target)
    with db.transaction():
        db.execute("CREATE TABLE schema_version (version INTEGER)")
        for step in schema.MIGRATIONS[0]:
            db.execute(schema.render(step, db))
        db.execute("INSERT INTO schema_version VALUES (1)")
        db.execute("INSERT INTO documents (content_hash, doc_id, text, outlet) VALUES ('h1', 'old', 'Old text.', 'Wire')")
        db.execute("INSERT INTO events (event_id, content_hash, doc_id, date, source_code, target_code, code, root,"
                   " goldstein, quad_class, num_mentions) VALUES ('e1', 'h1', 'old', DATE '2021-05-01', 'FRAGOV',"
                   " 'DEU', '042', '04', 1.9, 1, 1)")
        db.execute("INSERT INTO mentions (event_id, doc_id, sentence_index, sentence, trigger, date)"
                   " VALUES ('e1', 'old', 0, 'France visited Germany.', 'visited', DATE '2021-05-01')")
    db.close()
    with Store.open(target) as s:
        assert s.schema_version == schema.LATEST
        (row,) = s.events(actor="FRA")
        assert row["sentence"] == "France visited Germany." and row["doc_id"] == "old" and row["outlet"] == "Wire"
        assert s.partners("FRA")[0]["partner"] == "DEU"


def test_dictionary_version_follows_the_data_files(tmp_path):
    (tmp_path / "events" / "data").mkdir(parents=True)
    f = tmp_path / "events" / "data" / "verbs.tsv"
    f.write_text("a\tb\n")
    (tmp_path / "events" / "notes.tsv").write_text("not a data file\n")
    v1 = dictionary_version(tmp_path)
    assert len(v1) == 12 and v1 == dictionary_version(tmp_path)
    (tmp_path / "events" / "notes.tsv").write_text("changed\n")
    assert dictionary_version(tmp_path) == v1
    time.sleep(0.01)
    f.write_text("a\tc\n")
    v2 = dictionary_version(tmp_path)
    assert v2 != v1
    (tmp_path / "events" / "data" / "confidence.json").write_text('{"intercept": 0.5}\n')
    assert dictionary_version(tmp_path) != v2          # a retrained confidence model is a new version
    assert len(dictionary_version()) == 12


def test_locked_duckdb_file_is_a_one_line_error(tmp_path):
    path = tmp_path / "busy.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]);"
                               " print('ok', flush=True); time.sleep(30)", str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError) as exc:
            Store.open(path)
        msg = str(exc.value)
        assert "\n" not in msg and "in use by another process" in msg
    finally:
        holder.kill()
        holder.wait()


def test_analysts_share_a_postgresql_store(tmp_path):
    url, cleanup = store_target("postgresql", tmp_path)
    try:
        items = story_items()        # three analysts open a new store at once: one migrates it
        results = []

        def analyst():
            with Store.open(url) as s:
                results.append(s.add_many(items, "t", "v1"))

        threads = [threading.Thread(target=analyst) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(sum(results, [])).count("added") == 4
        with Store.open(url) as s:
            assert s.counts() == {"documents": 4, "events": 8, "mentions": 8}
    finally:
        cleanup()


# ---- queries -------------------------------------------------------------------------------

def test_dyad_either_direction_by_month(story):
    rows = story.dyad("VEN", "RUS", by="month")
    assert [r["period"] for r in rows] == ["2022-01", "2022-02", "2022-03"]
    jan, feb, mar = rows
    assert (jan["events"], jan["a_to_b"], jan["b_to_a"]) == (2, 1, 1)
    assert jan["verbal_coop"] == 2 and feb["verbal_conflict"] == 1 and mar["material_coop"] == 1
    assert jan["goldstein"] == pytest.approx((1.9 + 3.4) / 2, abs=0.01)
    assert jan["top_codes"][0][1] == 1 and {c for c, _ in jan["top_codes"]} == {"042", "051"}


def test_dyad_directed_and_by_year(story):
    rows = story.dyad("VEN", "RUS", by="year", directed=True)
    assert rows == [{"period": "2022", "events": 2, "a_to_b": 2, "verbal_coop": 1, "material_coop": 0,
                     "verbal_conflict": 1, "material_conflict": 0, "goldstein": pytest.approx((1.9 - 2.0) / 2, abs=0.01),
                     "top_codes": [["042", 1], ["112", 1]]}]
    assert story.dyad("VENOPP", "RUS") and not story.dyad("VENGOV", "USA")
    with pytest.raises(ValueError):
        story.dyad("VEN", "RUS", by="fortnight")


def test_partners_of_a_country(story):
    rows = {r["partner"]: r for r in story.partners("VEN")}
    assert set(rows) == {"RUS", "USA", "COL", "IGOUNO"}
    rus = rows["RUS"]
    assert (rus["events"], rus["cooperation"], rus["conflict"]) == (4, 3, 1)
    assert rus["first"] == "2022-01-20" and rus["last"] == "2022-03-15"
    assert rows["USA"]["material_conflict"] == 1 and rows["USA"]["goldstein"] < 0
    ranged = {r["partner"]: r["events"] for r in story.partners("VEN", date_from="2022-02-01", date_to="2022-03-01")}
    assert ranged == {"RUS": 1, "USA": 1, "COL": 1}
    assert "VEN" in {r["partner"] for r in story.partners("VEN", domestic=True)}


def test_day_and_filtered_events(story):
    day = story.day("2022-01-20")
    assert len(day) == 3 and all(r["sentence"] and r["trigger"] for r in day)
    r = next(r for r in day if r["code"] == "051")
    assert r["sentence"][r["trigger_start"]:r["trigger_end"]] == "praised"
    assert r["doc_id"] == "d1" and r["url"] == "https://news.example/d1"
    assert {r["code"] for r in story.events(actor="RUS", code="06")} == {"061"}
    assert {r["code"] for r in story.events(root=["17", "19"])} == {"173", "190"}
    assert {r["code"] for r in story.events(quad=4, date_from="2022-03-01")} == {"190"}
    assert {r["code"] for r in story.events(actor=["VEN", "RUS"])} == {"042", "051", "112", "061"}
    assert {r["code"] for r in story.events(source="VENOPP")} == {"112"}
    assert len(story.events(limit=2)) == 2
    assert story.events(place="Caracas") == []
    for bad in ({"actor": "VEN%"}, {"code": "4x"}, {"quad": 7}, {"date_from": "March"}):
        with pytest.raises(ValueError):
            story.events(**bad)


def test_export_iterates_every_event_in_chunks(story):
    chunks = list(story.iter_events(chunk=3))
    assert [len(c) for c in chunks] == [3, 3, 2]
