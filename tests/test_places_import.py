"""The analyst's own gazetteer: GeoNames dump files read by `eventwire places import`, used by
the places stage (`code --gazetteer DIR`, $EVENTWIRE_GAZETTEER). The dump files are written
here: a few invented villages with invented division codes, in the 19-column GeoNames layout."""
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from eventwire.places import Gazetteer, PlaceFinder
from eventwire.places.geonames import ImportError_, import_files

EXE = str(Path(sys.executable).with_name("eventwire"))


def row(gid, name, lat, lon, cc, a1, a2="", fclass="P", fcode="PPL", alts="", pop=0):
    return "\t".join(map(str, (gid, name, name, alts, lat, lon, fclass, fcode, cc, "", a1, a2, "", "", pop,
                               "", 300, "Africa/Ouagadougou", "2020-01-01"))) + "\n"


BF_ROWS = [
    row(9100001, "Kwassibougou", 12.1234, -1.4321, "BF", "99", "9901", alts="Kouassibougou,Kwasi Bugu", pop=850),
    row(9100002, "Sabounere", 14.01, -0.51, "BF", "12", "", pop=300),
    row(9100003, "Bani Kwere", 12.3, -1.61, "BF", "99", "9902", pop=420),
    row(9100004, "Dorgobila", 12.05, -1.38, "BF", "99", "9901", pop=200),
    row(9100005, "Yelgo Tinga", 12.4, -1.7, "BF", "99", "9902", pop=150),
    row(9100006, "Inada", 12.6, -1.2, "BF", "99", "9902", pop=100),   # a town in Japan too
    row(9100010, "Tamsi-Est", 12.15, -1.45, "BF", "99", "9901", fclass="A", fcode="ADM2"),
    row(9100011, "Old Invented Province", 12.0, -1.0, "BF", "98", "", fclass="A", fcode="ADM1H"),
]
ML_ROWS = [row(9200001, "Dorgobila", 14.9, -3.2, "ML", "97", "", pop=900)]
ADMIN1 = "BF.99\tInvented Highlands\tInvented Highlands\t9100099\nML.97\tInvented Delta\tInvented Delta\t9200099\n"
ADMIN2 = ("BF.99.9901\tTamsi\tTamsi\t9100010\n"
          "BF.99.9902\tKoulgo\tKoulgo\t9100012\n")
NOTE = ("On 3 May 2020, unidentified gunmen attacked the village of Kwassibougou (Tamsi, Invented Highlands), "
        "killing two civilians.")


@pytest.fixture(scope="module")
def dumps(tmp_path_factory):
    d = tmp_path_factory.mktemp("geonames")
    with zipfile.ZipFile(d / "BF.zip", "w") as zf:
        zf.writestr("BF.txt", "".join(BF_ROWS))
        zf.writestr("readme.txt", "not a dump\n")
    (d / "ML.txt").write_text("".join(ML_ROWS), encoding="utf-8")
    (d / "admin1CodesASCII.txt").write_text(ADMIN1, encoding="utf-8")
    (d / "admin2Codes.txt").write_text(ADMIN2, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def folder(dumps, tmp_path_factory):
    """Imported beside the bundled towns, by the command a user runs."""
    out = tmp_path_factory.mktemp("gaz") / "mine"
    res = subprocess.run([EXE, "places", "import", dumps / "BF.zip", dumps / "ML.txt", "--admin1",
                          dumps / "admin1CodesASCII.txt", "--admin2", dumps / "admin2Codes.txt", "-o", out],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "7 places, 2 districts, 2 first-level" in res.stderr
    return out


@pytest.fixture(scope="module")
def mine(folder):
    return Gazetteer.load(folder)


def test_the_villages_are_not_bundled():
    g = Gazetteer.load()
    for name in ("Kwassibougou", "Sabounere", "Bani Kwere", "Dorgobila", "Invented Highlands"):
        assert not g.candidates(name), name


def test_folder_holds_tables_and_index(folder):
    m = json.loads((folder / "gazetteer.json").read_text())
    assert m["replace"] is False and m["admin1"] == 2
    assert {"places.tsv", "admin1.tsv", "index.pickle"} <= {p.name for p in folder.iterdir()}


def test_village_only_in_the_import_is_found_with_country_admin1_and_point(mine):
    p, = mine.candidates("Kwassibougou")
    assert (p.country, p.admin1, p.admin1_code) == ("BFA", "Invented Highlands", "BF.99")
    assert (p.lat, p.lon) == (12.1234, -1.4321) and p.gazetteer_id == "geonames:9100001"
    m, = [m for m in PlaceFinder(mine).find(NOTE, ["BF"]) if m.text == "Kwassibougou"]
    assert m.place == p


def test_bundled_places_are_still_there(mine):
    assert mine.candidates("Ouagadougou")[0].country == "BFA"
    assert mine.candidates("Djibo")[0].admin1 == "Sahel"
    # an imported place in a bundled division takes the bundled division's name
    assert mine.candidates("Sabounere")[0].admin1 == "Sahel"


def test_alternate_names(mine):
    assert mine.candidates("Kouassibougou")[0].gazetteer_id == "geonames:9100001"
    assert mine.candidates("Kwasi Bugu")[0].gazetteer_id == "geonames:9100001"
    # admin2Codes.txt names the district the dump holds as Tamsi-Est
    assert any(p.feature_type == "admin2" and p.name == "Tamsi-Est" for p in mine.candidates("Tamsi"))


def test_district_without_a_feature_gets_the_mean_point_of_its_places(mine):
    koulgo = [p for p in mine.candidates("Koulgo") if p.feature_type == "admin2"]
    assert len(koulgo) == 1
    assert koulgo[0].lat == pytest.approx((12.3 + 12.4 + 12.6) / 3, abs=1e-4)
    assert koulgo[0].lon == pytest.approx((-1.61 - 1.7 - 1.2) / 3, abs=1e-4)


def test_historical_divisions_are_left_out(mine):
    assert not mine.candidates("Old Invented Province")


def test_space_and_punctuation_free_spellings(mine):
    f = PlaceFinder(mine)
    # "Bani Kwere" written as one word, "Sabounere" written as two
    got = {m.text: m.place.gazetteer_id for m in f.find("Gunmen attacked Banikwere and Sabou Nere.", ["BF"])}
    assert got == {"Banikwere": "geonames:9100003", "Sabou Nere": "geonames:9100002"}
    assert mine.candidates("Bani-Kwere")[0].gazetteer_id == "geonames:9100003"


def test_the_notes_country_wins(mine):
    f = PlaceFinder(mine)
    bf = [m for m in f.find("Gunmen attacked the village of Dorgobila.", ["BF"]) if m.text == "Dorgobila"]
    ml = [m for m in f.find("Gunmen attacked the village of Dorgobila.", ["ML"]) if m.text == "Dorgobila"]
    assert bf[0].place.country == "BFA" and ml[0].place.country == "MLI"
    assert ml[0].place.admin1 == "Invented Delta"
    # the division in brackets says which one, without a context country
    m, = [m for m in f.find("Gunmen attacked Dorgobila (Invented Highlands).") if m.text == "Dorgobila"]
    assert m.place.country == "BFA"


def test_a_text_that_names_no_country_is_read_in_the_imported_countries(mine):
    g = Gazetteer.load()
    assert mine.home == ("BFA", "MLI") and g.home == ()
    text = "Gunmen attacked the village of Inada."
    assert PlaceFinder(g).find(text)[0].place.country == "JPN"
    assert PlaceFinder(mine).find(text)[0].place.country == "BFA"
    # a country in the text, or given by the caller, still decides
    assert PlaceFinder(mine).find("Gunmen attacked the town of Inada, Japan.")[0].place.country == "JPN"
    assert PlaceFinder(mine).find(text, ["JP"])[0].place.country == "JPN"


def test_replace_keeps_countries_and_provinces_but_not_the_bundled_towns(dumps, tmp_path):
    import_files([dumps / "BF.zip"], tmp_path / "only", admin1=dumps / "admin1CodesASCII.txt", replace=True,
                 countries=["BF"])
    g = Gazetteer.load(tmp_path / "only")
    assert not g.candidates("Djibo") and not g.candidates("Dorgobila", "ML")
    assert g.candidates("Kwassibougou")[0].admin1 == "Invented Highlands"
    assert g.country("BFA").name == "Burkina Faso" and g.admin1("BFA", "Sahel").admin1_code == "BF.12"
    f = PlaceFinder(g)
    assert [m.place.name for m in f.find("Fighting in Djibo and Kwassibougou, Burkina Faso.")] == \
        ["Kwassibougou", "Burkina Faso"]


def test_a_file_that_is_not_a_dump_is_refused(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("name,lat,lon\nX,1,2\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="line 1"):
        import_files([bad], tmp_path / "out")
    res = subprocess.run([EXE, "places", "import", bad, "-o", tmp_path / "out2"], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 2 and "not a GeoNames dump row" in res.stderr


def test_code_with_the_gazetteer_option_and_environment(folder, tmp_path):
    docs = tmp_path / "notes.jsonl"
    docs.write_text(json.dumps({"doc_id": "n1", "date": "2020-05-05", "text": NOTE}) + "\n", encoding="utf-8")
    out = tmp_path / "ev.jsonl"
    res = subprocess.run([EXE, "code", docs, "-o", out, "-q", "--gazetteer", folder], capture_output=True,
                         text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    first = json.loads(out.read_text().splitlines()[0])
    loc = first["location"]
    assert (loc["name"], loc["country"], loc["admin1"]) == ("Kwassibougou", "BFA", "Invented Highlands")
    assert (loc["lat"], loc["lon"]) == (12.1234, -1.4321)
    res = subprocess.run([EXE, "places", "find", NOTE, "-c", "BF"], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "EVENTWIRE_GAZETTEER": str(folder)})
    assert res.returncode == 0 and '"Kwassibougou"' in res.stdout
    bad = subprocess.run([EXE, "code", docs, "-o", out, "-q", "--gazetteer", tmp_path], capture_output=True,
                         text=True, timeout=120)
    assert bad.returncode == 2 and "places import" in bad.stderr
