"""The places stage: gazetteer look-ups and place finding with context."""
import math

import pytest

from eventwire.places import Gazetteer, Place, PlaceFinder, PlaceMention


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.fixture(scope="module")
def finder(gaz):
    return PlaceFinder(gaz)


def only(finder, text, ctx=()):
    found = finder.find(text, ctx)
    assert found, f"no place in {text!r}"
    return found


def km(a: Place, lat: float, lon: float) -> float:
    p1, p2 = math.radians(a.lat), math.radians(lat)
    dl = math.radians(lon - a.lon)
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(x))


# ---------------------------------------------------------------- gazetteer

def test_load_is_cached(gaz):
    assert Gazetteer.load() is gaz
    assert len(gaz) > 200_000


def test_candidates_accent_and_case_insensitive(gaz):
    names = {(p.country, p.feature_type) for p in gaz.candidates("KANDAHAR")}
    assert ("AFG", "city") in names and ("AFG", "admin1") in names
    assert gaz.candidates("Kandahār") == gaz.candidates("kandahar")
    assert all(p.country == "IND" for p in gaz.candidates("Kandahar", "IND"))


def test_candidates_province_words(gaz):
    helmand = gaz.candidates("Helmand province")
    assert helmand and helmand[0].feature_type == "admin1" and helmand[0].country == "AFG"


def test_country_and_admin1(gaz):
    afg = gaz.country("AFG")
    assert afg.feature_type == "country" and afg.admin1 is None and afg.name == "Afghanistan"
    assert gaz.country("AF") == afg
    assert gaz.country("XYZ") is None
    by_name = gaz.admin1("AFG", "Kandahar")
    assert by_name.admin1_code == "AF.23" and by_name.feature_type == "admin1"
    assert gaz.admin1("AFG", "AF.23") == by_name == gaz.admin1("AFG", "23") == gaz.admin1("AFG", "AF-KAN")
    sahel = gaz.admin1("BFA", "Sahel")
    assert sahel.country == "BFA" and sahel.admin1 == "Sahel"


def test_place_json(gaz):
    p = gaz.candidates("Ouagadougou")[0]
    j = p.to_json()
    assert set(j) == {"name", "country", "admin1", "admin1_code", "lat", "lon", "feature_type", "gazetteer_id"}
    assert j["country"] == "BFA" and j["admin1"] == "Centre" and j["admin1_code"] == "BF.03"
    assert j["gazetteer_id"].startswith("geonames:")


# ---------------------------------------------------------------- finding places

def test_city_with_admin1(finder):
    m = only(finder, "Gunmen opened fire on a wedding party in Jalalabad late on Friday.")[0]
    assert isinstance(m, PlaceMention)
    assert m.text == "Jalalabad"
    assert (m.place.country, m.place.feature_type) == ("AFG", "city")
    assert m.place.admin1 and m.place.admin1_code.startswith("AF.")
    assert km(m.place, 34.43, 70.45) < 10


def test_offsets(finder):
    text = "Aid convoys reached Mosul after a week."
    m = only(finder, text)[0]
    assert text[m.start:m.end] == m.text == "Mosul"


def test_ambiguous_name_by_context_country(finder):
    text = "A car bomb exploded near a mosque in Tripoli on Sunday."
    lebanon = only(finder, text, ["LBN"])[0]
    assert lebanon.place.country == "LBN" and lebanon.how == "country in context"
    libya = only(finder, text)[0]
    assert libya.place.country == "LBY" and libya.how == "population"


def test_ambiguous_name_by_country_in_text(finder):
    found = finder.find("Lebanese troops were sent to Tripoli after clashes in the north of Lebanon.")
    tripoli = next(m for m in found if m.text == "Tripoli")
    assert tripoli.place.country == "LBN"
    assert any(m.place.feature_type == "country" and m.place.country == "LBN" for m in found)


def test_paris_texas(finder):
    found = only(finder, "The storm flattened two barns outside Paris, Texas, on Monday.")
    paris = found[0]
    assert paris.text == "Paris"
    assert paris.place.country == "USA" and paris.place.admin1 == "Texas"
    assert "pattern" in paris.how
    assert finder.find("Talks resumed in Paris on Monday.")[0].place.country == "FRA"


def test_country_is_a_place(finder):
    found = only(finder, "Turkey closed its border crossing with Syria.")
    assert [(m.text, m.place.feature_type, m.place.country) for m in found] == [
        ("Turkey", "country", "TUR"), ("Syria", "country", "SYR")]


def test_admin1_province(finder):
    m = only(finder, "Security forces cleared roads in Helmand province after the floods.")[0]
    assert m.text == "Helmand province"
    assert (m.place.feature_type, m.place.country, m.place.admin1) == ("admin1", "AFG", "Helmand")


def test_admin1_region_of_burkina_faso(finder):
    m = only(finder, "Herders fled their villages in the Sahel region last month.", ["BFA"])[-1]
    assert (m.place.feature_type, m.place.country, m.place.admin1) == ("admin1", "BFA", "Sahel")
    # the wider Sahel, with no story country, is no province
    assert finder.find("Drought is spreading across the Sahel.") == []


def test_district_phrase(finder):
    found = only(finder, "Two police officers were wounded in Garmsir district, Helmand, on Tuesday.")
    first = found[0]
    assert first.text == "Garmsir district"
    assert first.place.feature_type == "admin2" and first.place.admin1 == "Helmand"
    assert found[1].place.feature_type == "admin1"


def test_town_of_and_brackets(finder):
    found = only(finder, "Soldiers patrolled the town of Djibo (Djibo, Soum) after the raid.", ["BFA"])
    assert found[0].place.name == "Djibo" and found[0].place.admin1 == "Sahel"
    assert found[-1].text == "Soum" and found[-1].place.feature_type == "admin2"


def test_spelling_variant_in_story_country(finder):
    m = only(finder, "A roadside bomb exploded in Pul-i-Alam city, Logar.", ["AFG"])[0]
    assert m.place.country == "AFG" and m.place.admin1 == "Lōgar"


def test_common_words_are_not_places(finder):
    text = ("March was a hard month. Will you come? Police said the Mobile phone network was down "
            "and the Union will meet on Friday. Reading the report, officials disagreed.")
    assert finder.find(text) == []
    assert finder.find("The vote is due in March, officials said.") == []


def test_people_are_not_places(finder):
    text = "Prime Minister Imran Khan met President Ashraf Ghani to discuss trade."
    assert [m.text for m in finder.find(text)] == []


def test_a_given_name_and_surname_are_no_towns_later_either(finder):
    # "Sherman Tyler": two US towns side by side are a person; "Sherman" alone later is him
    text = "When Sherman Tyler joined the unit, his mother worried. Sherman was 24."
    assert finder.find(text) == []


def test_places_side_by_side_after_in_stay_places(finder):
    text = "Clashes erupted in Herat Kandahar and Kunduz. Herat was quiet on Tuesday."
    assert "Herat" in [m.text for m in finder.find(text)]


def test_turkey_the_country_but_not_the_bird(finder):
    assert finder.find("Ankara said Turkey would respond.")[-1].place.country == "TUR"
    assert finder.find("They ate roast turkey at home.") == []


# ---------------------------------------------------------------- document place

def test_dateline(finder):
    text = "KABUL, March 3 (Reuters) - Rockets struck near the airport in Jalalabad and Herat."
    m = finder.document_place(text)
    assert m.text == "KABUL" and m.place.country == "AFG" and m.how.startswith("dateline")
    m = finder.document_place("OUAGADOUGOU — Thousands marched to demand higher wages.")
    assert m.place.name == "Ouagadougou" and m.place.admin1 == "Centre"


def test_main_place_without_dateline(finder):
    text = ("Fighting spread to Kunduz on Sunday. Residents of Kunduz said the Taliban held the "
            "market, while the army flew reinforcements from Afghanistan's capital.")
    m = finder.document_place(text)
    assert m.place.name == "Kunduz" and m.place.feature_type == "city"
    assert finder.document_place("Nothing happened anywhere today.") is None
