"""The web's read queries on both databases, over a small store of hand-written events."""
import pytest
from storekit import BACKENDS, store_target, story_items

from eventwire.store import Store
from eventwire.web import reads


@pytest.fixture(scope="module", params=BACKENDS)
def db(request, tmp_path_factory):
    target, cleanup = store_target(request.param, tmp_path_factory.mktemp("reads"))
    with Store.open(target) as store:
        store.add_many(story_items())
    store = Store.open(target, read_only=True)
    yield store.db
    store.close()
    cleanup()


def test_pages_and_order(db):
    page = reads.events_page(db, limit=3, offset=0)
    assert page["total"] == 8 and len(page["events"]) == 3
    rest = reads.events_page(db, limit=10, offset=3)["events"]
    ids = [e["event_id"] for e in page["events"] + rest]
    assert len(set(ids)) == 8
    desc = reads.events_page(db, limit=10, order="desc")["events"]
    assert [e["event_id"] for e in desc] == list(reversed(ids))
    assert reads.events_page(db, limit=10_000)["limit"] == reads.MAX_PAGE
    first = page["events"][0]
    assert first["sentence"] and first["code_name"] and first["highlights"][0]["kind"] in ("trigger", "source")
    assert reads.events_page(db, quad=[4], actor=["VEN"])["total"] == 2


def test_event_and_document(db):
    eid = reads.events_page(db, code=["042"])["events"][0]["event_id"]
    e = reads.event(db, eid)
    assert e["code"] == "042" and len(e["mentions"]) == 1
    m = e["mentions"][0]
    assert m["doc_id"] == "d1" and m["explain"]["pattern_id"] == "test:042"
    trig = next(h for h in m["highlights"] if h["kind"] == "trigger")
    assert m["sentence"][trig["start"]:trig["end"]] == m["trigger"]
    assert reads.event(db, "nope") is None
    d = reads.document(db, "d1")
    assert d["doc_id"] == "d1" and len(d["events"]) == 3 and len(d["sentences"]) == 3
    assert reads.document(db, d["content_hash"])["doc_id"] == "d1"
    assert reads.document(db, "nope") is None


def test_aggregates(db):
    t = reads.timeline(db, by="month")
    assert [p["period"] for p in t] == ["2022-01", "2022-02", "2022-03"]
    assert sum(p["events"] for p in t) == 8
    assert [p["period"] for p in reads.timeline(db, by="quarter")] == ["2022-Q1"]
    assert reads.timeline(db, by="week")[0]["period"] == "2022-01-17"
    with pytest.raises(ValueError):
        reads.timeline(db, by="decade")
    dyads = {(d["a"], d["b"]): d for d in reads.top_dyads(db)}
    assert dyads[("RUS", "VEN")]["events"] == 4 and ("VEN", "VEN") not in dyads
    assert ("IGOUNO", "VEN") in dyads
    codes = reads.top_codes(db, limit=3)
    assert len(codes) == 3 and all(c["name"] for c in codes)
    totals = reads.totals(db)
    assert totals["events"] == 8 and totals["documents"] == 4 and totals["first"] == "2022-01-20"
    assert reads.places(db) == {"places": [], "unplaced": 8}


def test_explain_knows_the_dictionaries():
    assert reads.explain("verb:praise", "051")["kind"] == "verb"
    assert "praise" in reads.explain("verb:praise", "051")["summary"]
    assert reads.explain("noun:talk", "040")["file"] == "events/data/nouns.tsv"
    hand = reads.explain("hand:1", "041")
    assert hand["kind"] == "pattern" and hand["pattern"].startswith("CALL")
    assert "modified" in reads.explain("verb:praise", "036")
    assert "not in the current dictionaries" in reads.explain("cameo2:999999999", "010")["summary"]
    assert reads.explain("rule:statement-must", "100")["kind"] == "rule"
    assert "demand" in reads.explain("rule:statement-must", "100")["summary"]


def test_highlights_find_the_actors_near_the_trigger():
    s = "Russia praised Venezuela, and Venezuela thanked Russia."
    spans = reads.highlights(s, 7, 14, "Russia", "Venezuela")
    got = {h["kind"]: (h["start"], h["end"]) for h in spans}
    assert got == {"source": (0, 6), "trigger": (7, 14), "target": (15, 24)}
    assert reads.highlights("", 0, 1, "a", "b") == []
    assert [h["kind"] for h in reads.highlights("He met them.", 3, 6, "he", "them")] == ["source", "trigger", "target"]


def test_serve_over_postgresql(tmp_path):
    """The server on a shared PostgreSQL store: read-only, every page of the API answers."""
    from storekit import PgSchema, pg_url
    from webkit import Server, call

    schema = PgSchema(pg_url())
    try:
        with Store.open(schema.url) as store:
            store.add_many(story_items())
        server = Server(schema.url)
        try:
            for path in ("/api/info", "/api/events?actor=VEN&limit=2&offset=1", "/api/dyad/VEN/RUS?by=week",
                         "/api/partners/VEN", "/api/overview", "/api/places", "/api/day/2022-01-20",
                         "/api/documents/d1", "/", "/dyad?a=VEN&b=RUS"):
                status, _, body = call(server.base, path)
                assert status == 200, (path, body)
            info = call(server.base, "/api/info")[2]
            assert info["dialect"] == "postgresql" and info["writable"] is False
            assert "password" not in info["store"] and ":eventwire@" not in info["store"]
            assert call(server.base, "/api/documents", "POST", {"documents": [{"text": "x"}]})[0] == 403
        finally:
            server.stop()
    finally:
        schema.drop()


def test_explain_names_the_coders_own_rules():
    # a rule that recoded a dictionary entry says so, and what the entry gave
    crowd = reads.explain("crowd:verb:storm", "145")
    assert crowd["kind"] == "rule" and crowd["file"] == "events/crowds.py"
    assert "storm" in crowd["summary"] and "violent protest" in crowd["summary"]
    assert crowd["modified"].startswith("The dictionary gives 190; the rule above")
    # a rule keyed by the word that fired
    judged = reads.explain("judgement:describe", "111")
    assert judged["file"] == "events/judgement.py" and "\u201cdescribe\u201d" in judged["summary"]
    assert "not in the current dictionaries" not in reads.explain("nominal:invasion", "192")["summary"]


def test_every_rule_kind_the_coder_writes_is_explained():
    # pattern ids built in the code ("crowd:{...}", "rule:border-deployment") must each have
    # a line in events/data/rule_kinds.tsv, or the evidence panel cannot say why
    import re
    from pathlib import Path

    import eventwire.events as events

    kinds = set(reads._rule_kinds())
    written = set()
    for path in Path(events.__file__).parent.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        written |= set(re.findall(r'pattern_id=f"([a-z][a-z-]*):\{', text))
        written |= set(re.findall(r'Trigger\([^()]*?f?"([a-z][a-z-]*):', text))
        written |= {f"rule:{k}" for k in re.findall(r'"rule:([a-z-]+)"', text)}
        written |= set(re.findall(r'^[A-Z_]+ = "([a-z][a-z-]*):"', text, re.M))
    written -= {*reads.DICTIONARY_KINDS, "rule"}
    assert written and "crowd" in written and "held-by" in written
    assert written <= kinds, sorted(written - kinds)
