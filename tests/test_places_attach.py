"""Where an event happened: the place in its own clause, then its sentence, then the dateline."""
import pytest


def place_of(events, root):
    ev = [e for e in events if e.code.startswith(root)]
    assert ev, [(e.source.code, e.code, e.target.code) for e in events]
    return ev[0].place, ev[0].place_how


def test_place_in_the_events_clause(code_text):
    events = code_text("Afghan troops clashed with Taliban fighters in Kandahar on Tuesday.")
    place, how = place_of(events, "19")
    assert place.country == "AFG" and place.name.startswith("Kandah") and how == "event phrase"
    assert place.lat and place.lon and place.gazetteer_id.startswith("geonames:")


def test_a_country_inside_an_actor_is_not_the_place(code_text):
    events = code_text("The President of Chile praised Peru in Geneva on Monday.")
    place, how = place_of(events, "05")
    assert place.country == "CHE" and how == "event phrase"


def test_dateline_when_the_sentence_names_no_place(code_text):
    text = "NAIROBI, May 3 - Kenyan police arrested two Ugandan opposition activists on Friday."
    place, how = place_of(code_text(text, date="2021-05-03"), "17")
    assert place.country == "KEN" and how in ("dateline", "document", "same sentence", "event phrase")


def test_context_decides_an_ambiguous_name(code_text):
    text = ("Lebanese police said gunmen attacked a checkpoint in Tripoli on Sunday.\n"
            "Lebanon's army sent troops to the northern city.")
    place, _ = place_of(code_text(text), "1")
    assert place.country == "LBN"


def test_actors_are_based_in_their_country(code_text):
    (event,) = [e for e in code_text("Ghana praised Togo in Accra.") if e.code.startswith("05")]
    assert event.actor1_geo.country == "GHA" and event.actor2_geo.country == "TGO"
    assert event.actor1_geo.feature_type == "country"


def test_location_in_the_output_record(code_text):
    (event,) = [e for e in code_text("Ghana praised Togo in Accra.") if e.code.startswith("05")]
    loc = event.to_json()["location"]
    assert loc["country"] == "GHA" and loc["feature_type"] in ("city", "admin1") and loc["how"] == "event phrase"
    for key in ("name", "admin1", "lat", "lon", "gazetteer_id"):
        assert key in loc


def test_a_one_word_group_name_is_no_place(code_text):
    # "Hamas" is also a spelling of the German city Hamm in the gazetteer: the story is not set
    # in Germany, and the unnamed villagers are not Germans
    events = code_text("Hamas fired rockets at villagers on Sunday.", date="2021-05-10")
    assert events and all(e.target.code[:3] != "DEU" for e in events)
    assert all((e.place is None) or e.place.country != "DEU" for e in events)


def test_a_place_inside_a_longer_group_name_still_counts(code_text):
    # "... Movement of India": the court of that story is India's
    events = code_text("The Supreme Court refused to lift the ban on the Students Islamic Movement of India.")
    assert [(e.source.code, e.target.code) for e in events] == [("INDJUD", "INDREB")]
