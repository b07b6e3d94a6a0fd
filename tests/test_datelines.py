"""Datelines: where the story was filed, never an actor, never the first sentence's subject.

The sentences are written for these tests; each asserts the exact events it codes.
"""
import pytest

from conftest import coded
from eventwire.language.dateline import find


KNOWN = {"harare", "surat", "new delhi", "lima"}


def known(name):
    return name.lower() in KNOWN


@pytest.mark.parametrize("text, place, region, date, agency", [
    ("CAIRO, May 4 (Reuters) - Egypt and Sudan agreed", "CAIRO", None, "May 4", "(Reuters)"),
    ("KABUL (AP) — Afghan forces", "KABUL", None, None, "(AP)"),
    ("WASHINGTON — The Treasury", "WASHINGTON", None, None, None),
    ("Harare, June 23 - Police", "Harare", None, "June 23", None),
    ("GOMA, Congo, Nov 21 - Rebels", "GOMA", "Congo", "Nov 21", None),
    ("THE HAGUE, July 12 - A tribunal", "THE HAGUE", None, "July 12", None),
    ("KYIV, Ukraine (AP) —Russian", "KYIV", "Ukraine", None, "(AP)"),
    ("Dar es Salaam, 5 March - The", "Dar es Salaam", None, "5 March", None),
    ("ST. PETERSBURG, Russia, Jan. 5, 2021 (AFP) -- The", "ST. PETERSBURG", "Russia", "Jan. 5, 2021", "(AFP)"),
    ("NEW DELHI: The", "NEW DELHI", None, None, None),
    ("Harare - Police", "Harare", None, None, None),        # a known place
    ("surat: the police", "surat", None, None, None),      # lower-cased text, a known place
])
def test_datelines_found(text, place, region, date, agency):
    dl = find(text, known)
    assert dl is not None
    assert (dl.place, dl.region, dl.date, dl.agency) == (place, region, date, agency)
    assert text[dl.place_start:dl.place_end] == place
    assert not text[dl.end].isspace()


@pytest.mark.parametrize("text", [
    "Egypt and Sudan agreed - on paper - to share the river.",
    "US - China talks resumed on Monday.",
    "Mr Smith - the envoy - said so.",
    "TALKS FAIL: the two sides left Geneva.",             # a headline, not a place
    "Bamako - the capital - was quiet.",                   # title case, not known, no date
    "The army said on Monday.\nKABUL - The police said.",  # not at the story's start
    "the talks: nothing new.",                             # lower case, not a place
])
def test_not_datelines(text):
    assert find(text, known) is None


def test_dateline_after_headline_and_byline():
    text = "Talks resume\nBy Jane Doe\nANKARA, Feb 2 (Reuters) - Turkey criticized Greece."
    dl = find(text, known)
    assert dl.place == "ANKARA" and text[dl.end:].startswith("Turkey")


# (text, its exact events): the dateline's city is never the source (EGYGOV, MARGOV before)
CODED = [
    ("CAIRO, May 4 (Reuters) - Egypt and Sudan signed a water-sharing agreement on Friday.",
     [("EGYGOV", "SDNGOV", "057")]),
    ("RABAT, Oct 9 - Morocco expelled two Algerian diplomats on Tuesday.",
     [("MARGOV", "DZAGOV", "161")]),
    ("KABUL (AP) — Afghan police arrested three Taliban commanders in Herat on Monday.",
     [("AFGCOP", "AFGREB", "173")]),
    ("MOSCOW, Russia, Jan. 5, 2021 (AFP) -- Russia accused Ukraine of shelling the border town.",
     [("RUSGOV", "UKRGOV", "112")]),
    ("Talks resume\nBy Jane Doe\nANKARA, Feb 2 (Reuters) - Turkey criticized Greece over the island dispute.",
     [("TURGOV", "GRCGOV", "111")]),
    # a role with no country named: the dateline's country is the story's
    ("TEHRAN, May 2 - Police detained dozens of students on Sunday.", [("IRNCOP", "IRNEDU", "173")]),
    ("Nairobi (Reuters) - Police fired tear gas at protesters on Tuesday.", [("KENCOP", "KENCVL", "175")]),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_dateline_is_no_actor(code_text, text, expected):
    events = code_text(text)
    assert coded(events) == sorted(expected)
    for e in events:
        for a in (e.source, e.target):
            assert a.text.upper() != a.text or len(a.text) <= 3, a


def test_trigger_offsets_after_a_dateline(code_text):
    text = "RABAT, Oct 9 - Morocco expelled two Algerian diplomats on Tuesday."
    (event,) = code_text(text)
    m = event.mentions[0]
    assert m.sentence in text
    assert m.sentence[m.trigger_start:m.trigger_end] == "expelled"
    assert m.sentence.startswith("Morocco")


def test_dateline_gives_the_place(code_text):
    (event,) = code_text("RABAT, Oct 9 - Morocco expelled two Algerian diplomats on Tuesday.")
    assert event.place is not None and event.place.country == "MAR"
    assert event.place_how == "dateline"
