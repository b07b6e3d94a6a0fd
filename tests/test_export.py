"""Exports read back by other tools: GDELT's own header list, DuckDB, pyarrow."""
import csv
import datetime as dt
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from storekit import BACKENDS, store_target, story_items

from eventwire import Store
from eventwire.export import export
from eventwire.export.gdelt import global_event_id, split_actor

# GDELT 2.0's published event table header list (a copy of ../shared/reference/gdelt2_events_columns.tsv)
HEADER = [line.split("\t")[1] for line in
          (Path(__file__).parent / "fixtures" / "gdelt2_events_columns.tsv").read_text().splitlines()[1:]]


@pytest.fixture(params=BACKENDS)
def story(request, tmp_path):
    target, cleanup = store_target(request.param, tmp_path)
    with Store.open(target) as s:
        s.add_many(story_items(), "t", "v1")
        yield s
    cleanup()


def test_gdelt_export_reads_back_with_gdelt_header(story, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    assert export(story, "gdelt", out) == 8
    assert len(HEADER) == 61 and HEADER[0] == "GLOBALEVENTID" and HEADER[-1] == "SOURCEURL"
    with open(out, newline="", encoding="utf-8") as fh:
        rows = [dict(zip(HEADER, r, strict=True)) for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    assert len(rows) == 8
    by_code = {r["EventCode"]: r for r in rows}
    r = by_code["042"]
    assert r["SQLDATE"] == "20220120" and r["MonthYear"] == "202201" and r["Year"] == "2022"
    assert r["FractionDate"] == "2022.0548"
    assert (r["Actor1Code"], r["Actor1CountryCode"], r["Actor1Type1Code"]) == ("VENGOV", "VEN", "GOV")
    assert (r["Actor2Code"], r["Actor2CountryCode"], r["Actor2Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert (r["EventBaseCode"], r["EventRootCode"], r["QuadClass"]) == ("042", "04", "1")
    assert float(r["GoldsteinScale"]) == pytest.approx(1.9)
    assert (r["NumMentions"], r["NumSources"], r["NumArticles"], r["AvgTone"]) == ("1", "1", "1", "0")
    assert r["IsRootEvent"] == "1" and r["ActionGeo_Type"] == "0"
    assert r["SOURCEURL"] == "https://news.example/d1"
    un = by_code["070"]
    assert (un["Actor1Type1Code"], un["Actor1KnownGroupCode"], un["Actor1CountryCode"]) == ("IGO", "UNO", "")
    for r in rows:
        assert len(r["SQLDATE"]) == 8 and r["SQLDATE"].isdigit()
        assert len(r["DATEADDED"]) == 14 and r["DATEADDED"].isdigit()
        assert 0 <= int(r["GLOBALEVENTID"]) < 2 ** 63
        assert len(r["EventCode"]) in (3, 4) and r["EventCode"].startswith("0") == (r["EventRootCode"] < "10")
        assert r["QuadClass"] in "1234"

    # GDELT readers give DuckDB the header list and read the tab file without a header row
    con = duckdb.connect()
    typed = con.execute(
        "SELECT GLOBALEVENTID, SQLDATE, EventCode, GoldsteinScale FROM read_csv(?, delim='\t', header=false,"
        " names=?, types={'EventCode': 'VARCHAR', 'EventBaseCode': 'VARCHAR', 'EventRootCode': 'VARCHAR'},"
        " quote='') ORDER BY SQLDATE, EventCode", [str(out), HEADER]).fetchall()
    assert typed[0][1] == 20220120 and typed[0][2] == "042" and isinstance(typed[0][0], int)


def test_gdelt_ids_and_actor_parts():
    assert global_event_id("abc") == global_event_id("abc") != global_event_id("abd")
    assert split_actor("MNCUSAHLH")["CountryCode"] == "USA"
    assert split_actor("MNCUSAHLH")["Type2Code"] == "HLH"
    assert split_actor("USACHR")["Religion1Code"] == "CHR"


def test_parquet_keeps_types(story, tmp_path):
    out = tmp_path / "events.parquet"
    assert export(story, "parquet", out, actor="RUS") == 4
    table = pq.read_table(out)
    types = {f.name: str(f.type) for f in table.schema}
    assert types["date"] == "date32[day]" and types["goldstein"] == "double" and types["quad_class"] == "int32"
    assert types["code"] == "string" and types["coded_at"].startswith("timestamp")
    rows = duckdb.connect().execute(
        "SELECT code, date, quad_class, sentence FROM read_parquet(?) WHERE code = '061'", [str(out)]).fetchall()
    assert rows == [("061", dt.date(2022, 3, 15), 2, "Russia cooperated economically with Caracas.")]


def test_jsonl_and_csv_with_filters(story, tmp_path):
    n = export(story, "jsonl", tmp_path / "e.jsonl", root="05")
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert n == 1 and lines[0]["source"]["code"] == "RUS" and lines[0]["evidence"]["trigger"]["text"] == "praised"
    export(story, "csv", tmp_path / "e.csv", date_from="2022-02-01", quad=[3, 4])
    with open(tmp_path / "e.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["code"] for r in rows} == {"112", "173", "190"} and rows[0]["sentence"]
    with pytest.raises(ValueError):
        export(story, "xml", tmp_path / "e.xml")


def test_places_reach_the_gdelt_geo_fields(tmp_path):
    from storekit import event

    from eventwire.records import Document

    e = event("SYR", "TUR", "190", "2023-02-01", "Syria shelled Turkish positions near Aleppo.", "p1")
    e.place = {"name": "Aleppo", "country": "SYR", "admin1": "Aleppo Governorate", "admin1_code": "SY.09",
               "lat": 36.2, "lon": 37.16, "feature_type": "city", "gazetteer_id": "geonames:170063"}
    with Store.open(tmp_path / "p.duckdb") as s:
        s.add(Document("p1", "Syria shelled Turkish positions near Aleppo."), [e])
        assert [r["code"] for r in s.events(place="aleppo")] == ["190"]
        assert s.events(place="SYR")[0]["action_geo_id"] == "geonames:170063"
        export(s, "gdelt", tmp_path / "p.tsv")
    row = dict(zip(HEADER, (tmp_path / "p.tsv").read_text().rstrip("\n").split("\t")))
    # GDELT's own codes: FIPS 10-4 country, ADM1 as country FIPS + division code
    assert row["ActionGeo_Type"] == "4" and row["ActionGeo_CountryCode"] == "SY"
    assert row["ActionGeo_ADM1Code"] == "SY09"
    assert row["ActionGeo_FullName"] == "Aleppo, Aleppo Governorate, Syria" and row["ActionGeo_Lat"] == "36.2"
    assert row["ActionGeo_FeatureID"] == "geonames:170063" and row["Actor1Geo_Type"] == "0"
    # eventwire's own formats keep ISO3 and the GeoNames codes
    with Store.open(tmp_path / "p.duckdb") as s:
        export(s, "jsonl", tmp_path / "p.jsonl")
    geo = json.loads((tmp_path / "p.jsonl").read_text().splitlines()[0])["action_geo"]
    assert geo["country"] == "SYR" and geo["admin1_code"] == "SY.09" and geo["id"] == "geonames:170063"
