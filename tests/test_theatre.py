"""A group that fights in several countries takes the country it fights in, from the sentence's
places and countries, else from the story; never a country it does not fight in."""
from collections import Counter

from eventwire.actors.theatre import countries_of, fighting_country


def test_the_sentence_decides_then_the_story():
    where = countries_of("IRQREB", "Wikipedia: Islamic State")
    assert {"IRQ", "SYR"} <= where
    assert fighting_country(where, ["SYR"], Counter({"IRQ": 5})) == "SYR"
    assert fighting_country(where, [], Counter({"SYR": 3, "GBR": 9, "IRQ": 1})) == "SYR"
    assert fighting_country(where, ["GBR"], Counter({"GBR": 4})) is None        # not where it fights
    assert fighting_country(where, ["IRQ", "SYR"], Counter()) is None            # both: unclear
    assert fighting_country(where, [], Counter({"SYR": 2, "IRQ": 2})) is None
    assert countries_of("AFGREB", "Wikipedia: Taliban") is None


def test_coded_events_follow_the_place(code_text):
    raqqa = code_text("Isis fighters attacked Kurdish positions near Raqqa on Monday.")
    assert [e.source.code for e in raqqa] == ["SYRREB"]
    mosul = code_text("Iraqi troops fought Isis fighters in Mosul on Tuesday.")
    assert [e.target.code for e in mosul] == ["IRQREB"]
    story = code_text("Britain said on Friday that three of its citizens had joined Isis in Syria. "
                      "Isis militants later killed two soldiers near the border.")
    assert all(e.source.code != "GBRREB" for e in story)
    assert any(e.source.code == "SYRREB" for e in story)


def test_the_towns_of_the_sentence_beat_a_country_named_as_a_border(code_text):
    events = code_text("On Thursday Syrian troops drove Isis fighters out of Mayadin, a town in Deir ez-Zor "
                       "province close to the border with Iraq.", date="2017-10-20")
    assert {e.target.code for e in events} == {"SYRREB"}
