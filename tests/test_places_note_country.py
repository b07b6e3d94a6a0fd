"""Places in a note's own country: the country its provinces and districts show, the division
after "X district,", the division that closes "(commune, province)", and places in
"the X area of Y district" read as locations. Names and sentences invented for the tests."""
import pytest

from eventwire.places import Gazetteer, PlaceFinder


@pytest.fixture(scope="module")
def finder():
    return PlaceFinder(Gazetteer.load())


def found(finder, text, ctx=()):
    return {m.text: m.place for m in finder.find(text, ctx)}


def test_provinces_show_the_notes_country(finder):
    # no country named, no context: Ghazni shows Afghanistan, so Nawa is not the Ivorian region
    got = found(finder, "Gunmen stopped a bus in the Sparta area of Nawa district, Ghazni.")
    assert got["Ghazni"].country == "AFG"
    assert all(p.country == "AFG" for p in got.values())


def test_a_town_abroad_is_not_inside_a_district(finder):
    got = found(finder, "A mine hit a truck in Verona of Nahr-e Saraj district.")
    assert "Verona" not in got
    assert got["Nahr-e Saraj district"].feature_type == "admin2"


def test_x_y_still_reads_a_town_and_its_state(finder):
    got = found(finder, "A rally was held in Toledo, Ohio.")
    assert got["Toledo"].country == "USA" and got["Toledo"].admin1 == "Ohio"


def test_big_cities_in_a_list_keep_their_countries(finder):
    got = found(finder, "Talks were held in Tehran, Baghdad and Paris.")
    assert got["Tehran"].country == "IRN" and got["Baghdad"].country == "IRQ"


def test_a_misspelt_province_after_a_district(finder):
    # "Wardek" for Wardak, where "X district," says a province follows
    got = found(finder, "Gunmen attacked a checkpoint in Sayed Abad district, Wardek.", ["AFG"])
    assert got["Wardek"].feature_type == "admin1" and got["Wardek"].country == "AFG"


def test_the_division_closing_brackets(finder):
    got = found(finder, "Farmers clashed in Bereba (Bereba, Tuy).", ["BFA"])
    assert got["Tuy"].country == "BFA" and got["Tuy"].feature_type == "admin2"


def _place_of(events, root):
    ev = [e for e in events if e.code.startswith(root)]
    assert ev, [(e.source.code, e.code, e.target.code) for e in events]
    return ev[0].place


def test_the_district_of_an_unknown_village_is_the_place(code_text):
    # the village is unknown; "of Y district" is still where it happened, not the province
    events = code_text("On 4 May 2021, Taliban fighters killed two policemen in Qarya Zarin of "
                       "Arghandab district, Zabul.", date="2021-05-05")
    place = _place_of(events, "1")
    assert place.feature_type == "admin2" and place.country == "AFG"


def test_the_area_of_a_district_is_the_place(code_text):
    events = code_text("On 4 May 2021, gunmen shot a teacher in the Kuchi Bagh area of Andar "
                       "district, Ghazni.", date="2021-05-05")
    place = _place_of(events, "1")
    assert place.feature_type == "admin2" and place.name.startswith("Anda")


def test_the_first_name_in_brackets_by_its_spelling(finder):
    # "Arbinda" for Aribinda, the commune named first in "(commune, province)"
    got = found(finder, "Militants attacked a convoy near Lelly (Arbinda, Soum).", ["BFA"])
    assert got["Arbinda"].name == "Aribinda" and got["Arbinda"].admin1 == "Sahel"


def test_a_near_spelling_outside_the_province_that_follows_is_dropped(finder):
    # "Zimtenga" is near Zitenga, a town of another region than Bam's
    got = found(finder, "Gunmen burned a school in Koulga (Zimtenga, Bam).", ["BFA"])
    assert "Zimtenga" not in got and got["Bam"].feature_type == "admin2"
