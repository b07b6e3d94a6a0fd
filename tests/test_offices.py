"""Offices the Phoenix person rows left open are closed by a dated source, and a person whose
offices all ended before the story date is a former official, XXXELI (actors/offices.py)."""
from eventwire.actors.dictionary import Entry
from eventwire.actors.offices import close_open_offices, former

PHX = "leaders.tsv:phoenix:Phoenix.Countries.actors.txt:line 1"
WD = "leaders.tsv:wikidata:Q1"


def _row(code, start, end, source, order=1):
    return ("ana ruiz", code, "person", "Ana Ruiz", start, end, source, order)


def test_open_office_closed_by_the_same_dated_office():
    rows = {"ana ruiz": [_row("ARGGOV", "2009-05-01", None, PHX), _row("ARGGOV", "2009-05-02", "2013-05-01", WD)]}
    close_open_offices(rows)
    assert rows["ana ruiz"][0][5] == "2013-05-02"       # the last day still hers


def test_open_office_before_a_later_office_trusted_to_the_last_update():
    rows = {"ana ruiz": [_row("ARGGOV", "2009-05-01", None, PHX), _row("ARGGOV", "2021-01-01", "2024-01-01", WD)]}
    close_open_offices(rows)
    assert rows["ana ruiz"][0][5] == "2015-07-01"


def test_open_office_alone_stays_open():
    rows = {"ana ruiz": [_row("ARGGOV", "2009-05-01", None, PHX)]}
    close_open_offices(rows)
    assert rows["ana ruiz"][0][5] is None


def test_former_official_after_every_office_ended():
    rows = [Entry(*_row("ARGGOV", "2009-05-01", "2013-05-02", WD))]
    assert former(rows, "2016-01-01").code == "ARGELI"
    assert former(rows, "2013-05-02") is None           # the day he leaves
    phoenix = [Entry(*_row("ARGGOV", "2009-05-01", "2013-05-02", PHX))]
    assert former(phoenix, "2016-01-01") is None        # Phoenix misses later offices
    later = rows + [Entry(*_row("ARGGOV", "2021-01-01", "2024-01-01", WD))]
    assert former(later, "2016-01-01") is None          # an office still to come: unknown


def test_former_head_of_government_in_a_later_story(code_text):
    events = code_text("Barack Obama criticised the German government on Monday.", date="2019-03-04")
    assert any(e.source.code == "USAELI" for e in events)
    assert not any(e.source.code == "USAGOV" for e in events)


def test_former_vice_president_is_no_government(code_text):
    events = code_text("Joe Biden criticised the German government on Monday.", date="2019-03-04")
    assert not any(e.source.code == "USAGOV" for e in events)
    events = code_text("Joe Biden criticised the German government on Monday.", date="2022-03-04")
    assert any(e.source.code == "USAGOV" for e in events)


def test_leader_on_the_day_he_is_removed_still_holds_the_office(code_text):
    events = code_text("The Senate voted on Wednesday to remove Dilma Rousseff from the presidency.", date="2016-08-31")
    assert any(e.target.code == "BRAGOV" for e in events)
