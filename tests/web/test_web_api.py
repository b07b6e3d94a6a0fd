"""The HTTP API over a real `eventwire serve` on 127.0.0.1, called as any client would."""
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from webkit import Server, call

from eventwire.store import Store

STATIC = Path(__file__).resolve().parents[2] / "eventwire" / "web" / "static"


def test_openapi_schema_documents_every_route(api):
    spec = api("/api/openapi.json")
    paths = spec["paths"]
    for p in ("/api/events", "/api/events/{event_id}", "/api/day/{day}", "/api/dyad/{a}/{b}",
              "/api/partners/{actor}", "/api/overview", "/api/places", "/api/documents/{key}", "/api/info"):
        assert "get" in paths[p], p
        assert paths[p]["get"]["summary"]
    assert "post" in paths["/api/documents"]
    names = {x["name"] for x in paths["/api/events"]["get"]["parameters"]}
    assert {"actor", "source", "target", "code", "root", "quad", "from", "to", "place", "limit", "offset"} <= names


def test_info_says_read_only(api):
    info = api("/api/info")
    assert info["writable"] is False and info["dialect"] == "duckdb"
    assert info["counts"]["documents"] == 6 and info["counts"]["events"] > 5


def test_events_pages_cover_the_list_once(api):
    everything = api("/api/events?limit=500")
    total = everything["total"]
    assert total == len(everything["events"]) > 5
    seen = []
    for offset in range(0, total, 4):
        page = api(f"/api/events?limit=4&offset={offset}")
        assert page["total"] == total and page["offset"] == offset and len(page["events"]) <= 4
        seen += [e["event_id"] for e in page["events"]]
    assert seen == [e["event_id"] for e in everything["events"]]
    desc = api("/api/events?limit=500&order=desc")["events"]
    assert [e["date"] for e in desc if e["date"]] == sorted((e["date"] for e in desc if e["date"]), reverse=True)


def test_page_size_is_capped(server):
    status, _, body = call(server.base, "/api/events?limit=501")
    assert status == 422
    status, _, _ = call(server.base, "/api/events?limit=0")
    assert status == 422


def test_every_filter_narrows_the_list(api):
    total = api("/api/events")["total"]
    checks = {
        "quad=4": lambda e: e["quad_class"] == 4,
        "quad=1&quad=2": lambda e: e["quad_class"] in (1, 2),
        "actor=UKR": lambda e: "UKR" in (e["source_code"][:3], e["target_code"][:3]),
        "actor=VEN&actor=RUS": lambda e: {e["source_code"][:3], e["target_code"][:3]} == {"VEN", "RUS"},
        "source=RUS": lambda e: e["source_code"].startswith("RUS"),
        "target=VEN": lambda e: e["target_code"].startswith("VEN"),
        "code=11": lambda e: e["code"].startswith("11"),
        "root=05": lambda e: e["root"] == "05",
        "from=2022-03-01&to=2022-04-30": lambda e: "2022-03-01" <= e["date"] <= "2022-04-30",
    }
    confs = sorted(e["confidence"] for e in api("/api/events?limit=500")["events"])
    cut = next(c for c in confs if c > confs[0])          # keeps some, drops the least confident
    checks[f"min_confidence={cut}"] = lambda e: e["confidence"] >= cut
    for query, ok in checks.items():
        events = api(f"/api/events?{query}&limit=500")["events"]
        assert events, query
        assert len(events) < total, query
        assert all(ok(e) for e in events), query


def test_place_filter_and_place_columns(api):
    places = api("/api/places")["places"]
    caracas = next(p for p in places if p["name"] == "Caracas")
    assert caracas["country"] == "VEN" and 10 < caracas["lat"] < 11 and -67.5 < caracas["lon"] < -66.5
    events = api(f"/api/events?place={quote(caracas['id'])}")["events"]
    assert len(events) == caracas["events"]
    assert all(e["action_geo_name"] == "Caracas" for e in events)
    assert api("/api/events?place=Caracas")["total"] == caracas["events"]


def test_bad_filters_are_refused_with_a_reason(server):
    for path, words in (("/api/events?from=2022-13-01", "not a date"), ("/api/events?quad=7", "quad class"),
                        ("/api/events?actor=VEN'%20OR%201=1--", "not an actor code"),
                        ("/api/events?code=abc", "not a CAMEO event code"),
                        ("/api/dyad/VEN/RUS?by=decade", "by")):
        status, _, body = call(server.base, path)
        assert status == 422, path
        assert words in str(body["detail"]), (path, body)


def test_values_are_parameters_not_sql(api, server):
    # a quote in a value is data: nothing matches, nothing breaks
    assert api("/api/events?place=" + quote("x' OR '1'='1"))["total"] == 0
    assert call(server.base, "/api/events/" + quote("x' OR '1'='1", safe=""))[0] == 404
    assert call(server.base, "/api/documents/" + quote("web-01' --", safe=""))[0] == 404


def test_dyad_series_agree_with_the_event_list(api):
    listed = api("/api/events?actor=VEN&actor=RUS&limit=500")["events"]
    for by in ("week", "month"):
        d = api(f"/api/dyad/VEN/RUS?by={by}")
        assert d["a"] == "VEN" and d["b"] == "RUS" and d["by"] == by
        assert sum(p["events"] for p in d["periods"]) == len(listed)
        assert sum(p["a_to_b"] + p["b_to_a"] for p in d["periods"]) == len(listed)
        for p in d["periods"]:
            assert p["events"] == sum(p[k] for k in ("verbal_coop", "material_coop", "verbal_conflict",
                                                     "material_conflict"))
            assert p["goldstein"] is None or -10 <= p["goldstein"] <= 10
    months = [p["period"] for p in api("/api/dyad/VEN/RUS?by=month")["periods"] if p["period"]]
    assert months == sorted(months) and all(len(m) == 7 for m in months)
    directed = api("/api/dyad/RUS/VEN?directed=true")["periods"]
    assert sum(p["events"] for p in directed) == len([e for e in listed if e["source_code"].startswith("RUS")])


def test_partners_show_cooperation_against_conflict(api):
    partners = {p["partner"]: p for p in api("/api/partners/VEN")["partners"]}
    assert partners["RUS"]["cooperation"] > 0
    assert partners["COL"]["conflict"] > 0
    assert all(p["events"] >= p["cooperation"] + p["conflict"] for p in partners.values())
    assert len(api("/api/partners/VEN?limit=1")["partners"]) == 1


def test_day(api):
    day = api("/api/day/2022-02-10")
    assert day["total"] >= 2
    assert {e["date"] for e in day["events"]} == {"2022-02-10"}
    assert api("/api/day/2022-02-10?quad=4")["total"] < day["total"]


def test_one_event_with_its_mentions_and_why(api, server):
    listed = api("/api/events?code=051&source=RUS&target=VEN")["events"]
    e = api("/api/events/" + listed[0]["event_id"])
    assert e["code"] == "051" and e["code_name"] == "Praise or endorse"
    assert e["mentions"] and all(m["sentence"] for m in e["mentions"])
    m = e["mentions"][0]
    spans = {s["kind"]: m["sentence"][s["start"]:s["end"]] for s in m["highlights"]}
    assert spans["trigger"] == m["trigger"] == "praised"
    assert spans["source"] == e["source_text"] and spans["target"] == e["target_text"]
    assert m["explain"]["pattern_id"] == m["pattern_id"]
    assert "praise" in m["explain"]["summary"]
    assert 0 < e["confidence"] < 1 and e["confidence_reasons"]
    assert all(r["reason"] and isinstance(r["weight"], float) for r in e["confidence_reasons"])
    assert call(server.base, "/api/events/no-such-event")[0] == 404
    assert call(server.base, "/api/events?min_confidence=2")[0] == 422


def test_one_document_with_sentences_and_events(api, server):
    d = api("/api/documents/web-02")
    assert d["doc_id"] == "web-02" and d["outlet"] == "Fixture Wire" and d["date"] == "2022-02-10"
    assert len(d["sentences"]) == 3
    assert [s["text"] for s in d["sentences"]] == d["text"].split("\n")
    assert d["events"] and {e["event_id"] for e in d["events"]} == {i for s in d["sentences"] for i in s["event_ids"]}
    for s in d["sentences"]:
        if s["event_ids"]:
            assert any(h["kind"] == "trigger" for h in s["highlights"])
    assert api("/api/documents/" + d["content_hash"])["doc_id"] == "web-02"
    assert call(server.base, "/api/documents/nothing")[0] == 404


def test_overview(api):
    o = api("/api/overview?by=month")
    every = api("/api/events?limit=500")["events"]
    assert o["totals"]["events"] == len(every) and o["totals"]["documents"] == 6
    assert sum(p["events"] for p in o["timeline"]) == len([e for e in every if e["date"]])
    assert ("RUS", "VEN") in {(d["a"], d["b"]) for d in o["top_dyads"]}
    assert o["top_codes"][0]["events"] >= o["top_codes"][-1]["events"]
    ukr = api("/api/overview?actor=UKR")
    assert all("UKR" in (d["a"], d["b"]) for d in ukr["top_dyads"])


def test_uploads_are_off_without_a_token(server):
    doc = {"documents": [{"text": "Chile praised Peru on Monday.", "date": "2022-07-04"}]}
    status, _, body = call(server.base, "/api/documents", "POST", doc)
    assert status == 403 and "writing is off" in body["detail"]
    status, _, _ = call(server.base, "/api/documents", "POST", doc, headers={"Authorization": "Bearer x"})
    assert status == 403


def test_security_headers_and_no_outside_addresses(server):
    status, headers, html = call(server.base, "/")
    assert status == 200 and "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    for f in list(STATIC.glob("*.js")) + list(STATIC.glob("*.css")):
        text = f.read_text(encoding="utf-8")
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", "") and "https://" not in text, f
    for path in ("/", "/events", "/dyad", "/country", "/map", "/api"):
        status, _, html = call(server.base, path)
        assert status == 200 and "https://" not in html and "http://" not in html, path
    assert call(server.base, "/docs")[0] == 404            # Swagger UI would load from a CDN


def test_a_reader_beside_the_server(server, web_store):
    # the server's connection is read-only, so others may read the same DuckDB file
    with Store.open(web_store, read_only=True) as store:
        assert store.counts()["documents"] == 6


@pytest.fixture(scope="module")
def writable(web_store, tmp_path_factory):
    db = tmp_path_factory.mktemp("writable") / "store.duckdb"
    shutil.copy(web_store, db)
    s = Server(db, "--max-body", "20000", env={"EVENTWIRE_TOKEN": "s3cret-token"})
    yield s
    s.stop()


def test_uploads_need_the_token(writable):
    doc = {"documents": [{"doc_id": "up-1", "text": "Chile praised Peru on Monday for its help.",
                          "date": "2022-07-04", "outlet": "Upload"}]}
    assert call(writable.base, "/api/info")[2]["writable"] is True
    status, headers, _ = call(writable.base, "/api/documents", "POST", doc)
    assert status == 401 and headers["www-authenticate"].startswith("Bearer")
    status, _, _ = call(writable.base, "/api/documents", "POST", doc, headers={"Authorization": "Bearer wrong"})
    assert status == 403
    before = call(writable.base, "/api/info")[2]["counts"]["documents"]
    auth = {"Authorization": "Bearer s3cret-token"}
    status, _, out = call(writable.base, "/api/documents", "POST", doc, headers=auth)
    assert status == 201, out
    assert out["documents"][0]["status"] == "added" and out["events"] >= 1
    event = call(writable.base, "/api/events/" + out["documents"][0]["event_ids"][0])[2]
    assert event["source_code"].startswith("CHL") and event["target_code"].startswith("PER")
    assert call(writable.base, "/api/info")[2]["counts"]["documents"] == before + 1
    assert call(writable.base, "/api/documents/up-1")[2]["outlet"] == "Upload"
    # the same text again stores nothing new
    status, _, again = call(writable.base, "/api/documents", "POST", doc, headers=auth)
    assert status == 201 and again["documents"][0]["status"] == "unchanged"


def test_upload_limits(writable):
    auth = {"Authorization": "Bearer s3cret-token"}
    big = {"documents": [{"text": "Chile praised Peru. " * 2000}]}
    status, _, body = call(writable.base, "/api/documents", "POST", big, headers=auth)
    assert status == 413, body
    many = {"documents": [{"text": f"Chile praised Peru {i} times."} for i in range(101)]}
    assert call(writable.base, "/api/documents", "POST", many, headers=auth)[0] == 422
    for bad in ({"documents": []}, {"documents": [{"text": ""}]}, {"docs": []},
                {"documents": [{"text": "Chile praised Peru.", "date": "yesterday-ish"}]}):
        assert call(writable.base, "/api/documents", "POST", bad, headers=auth)[0] == 422, bad
    status, _, _ = call(writable.base, "/api/documents", "POST", raw=b"{not json", headers=auth)
    assert status == 422


def test_serve_without_a_store_says_so(tmp_path):
    import subprocess

    from webkit import EXE

    r = subprocess.run([EXE, "serve", "--db", str(tmp_path / "none.duckdb"), "--port", "0"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "no store at" in r.stderr and "eventwire code" in r.stderr
