"""A place whose name holds another country's ("Inner Mongolia", "New Mexico", "West Azerbaijan")
is never that country: the matcher reads the longer name whole (actors/enclosed.py)."""
from conftest import triples

from eventwire.actors.matcher import default_matcher


def _countries(events):
    return {a.code[:3] for e in events for a in (e.source, e.target) if a is not None}


def test_matcher_reads_the_longer_place_whole():
    m = default_matcher()
    assert [p.phrase for p in m.find(["police", "in", "inner", "mongolia"])] == ["police"]
    assert all(p.phrase != "mexico" for p in m.find(["the", "governor", "of", "new", "mexico"]))
    # the country alone, and a division of the same country, still read as before
    assert [p.phrase for p in m.find(["troops", "in", "mongolia"])] == ["troops", "mongolia"]
    assert any(p.phrase == "mexico" for p in m.find(["mexico", "protested"]))


def test_division_is_not_the_country_inside_its_name(code_text):
    for text, wrong in [
            ("Police in Inner Mongolia detained a dozen herders.", "MNG"),
            ("Beijing held large air force exercises in Inner Mongolia.", "MNG"),
            ("Iranian artillery shelled Kurdish villages in West Azerbaijan.", "AZE"),
            ("Sheriffs in New Mexico arrested twenty migrants.", "MEX"),
            ("Greek police detained smugglers in Central Macedonia.", "MKD")]:
        events = code_text(text, date="2021-06-02")
        assert not any(a.code.startswith(wrong) for e in events for a in (e.source, e.target)
                       if a is not None), text


def test_drills_in_a_division_are_not_aimed_at_the_country_in_its_name(code_text):
    events = code_text("Mexican soldiers staged military drills in New Mexico.", date="2021-06-02")
    assert not any(e.target.code.startswith("MEX") for e in events if e.target is not None)


def test_the_country_itself_still_reads(code_text):
    assert "MNG" in _countries(code_text("Police in Mongolia detained a dozen herders.", date="2021-06-02"))
    assert ("MEXGOV", "11", "USAGOV") in {(s[:6], c[:2], t[:6]) for s, c, t in triples(code_text(
        "Mexico condemned the United States over the border wall.", date="2021-06-02"))}
