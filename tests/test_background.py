"""Background is no event: history dated well before the article, a perfect in a relative
clause, and the progressive or simple present of a lasting relation (GUIDELINES: background
and standing relations are at most optional). Today's news told in the present perfect or the
progressive of a deed stays coded. All sentences are written for these tests; article date
2023-03-15.
"""
import pytest

from conftest import coded

ARTICLE = "2023-03-15"

# (text, every event it must code)
CASES = [
    # dated history: a year, a month of an earlier year, "last year", "N years ago"
    ("dated-year", "Ghana expelled the Togolese ambassador in 2011.", []),
    ("dated-month-year", "In August 2019, Ghana expelled the Togolese ambassador.", []),
    ("dated-last-year", "Ghana expelled the Togolese ambassador last year.", []),
    ("dated-ago", "Three years ago, Ghana expelled the Togolese ambassador.", []),
    ("dated-in-relative-clause", "Ghana, which attacked Togo in 1999, criticised Benin on Monday.",
     [("GHAGOV", "BENGOV", "111")]),
    # news: a recent date, the article's year, no date at all
    ("news-last-week", "Ghana expelled the Togolese ambassador last week.", [("GHAGOV", "TGOGOV", "161")]),
    ("news-this-year", "Ghana expelled the Togolese ambassador in 2023.", [("GHAGOV", "TGOGOV", "161")]),
    ("news-present-perfect", "Ghana has expelled the Togolese ambassador.", [("GHAGOV", "TGOGOV", "161")]),
    # a date of an earlier clause with a subject of its own does not date the next
    ("own-clause-date", "Ghana and Togo fought a war in 1999 and Ghanaian officials have condemned Togo.",
     [("GHAGOV", "TGOGOV", "111")]),
    # a perfect in a relative clause is backstory, unless a time phrase of the news hangs on it
    ("relative-perfect", "Benin criticised Togolese troops, who have shelled Ghanaian villages.",
     [("BENGOV", "TGOMIL", "111")]),
    ("relative-perfect-timed", "Benin criticised Togolese troops, who have shelled Ghanaian villages this week.",
     [("BENGOV", "TGOMIL", "111"), ("TGOMIL", "GHACVL", "194")]),
    # ... but a deed done to the noun is reported: the people held are news
    ("relative-perfect-passive", "Of the 300 traders who have been arrested by Ghanaian police, 200 got bail.",
     [("GHACOP", "GHABUS", "173")]),
    # the progressive and the simple present of a lasting relation
    ("progressive-relation", "Ghana is waging war against the Togolese rebels.", []),
    ("habitual-relation", "Ghana backs the Togolese rebels.", []),
    # ... but the progressive of a deed, of a speech act, or with a time phrase is news
    ("progressive-deed", "Ghanaian jets are bombing Togolese rebels.", [("GHAMIL", "TGOREB", "195")]),
    ("progressive-speech", "Ghana is asking Togo to release the prisoners.", [("GHAGOV", "TGOGOV", "020")]),
    ("progressive-timed", "Ghana is fighting Togolese rebels this morning.", [("GHAMIL", "TGOREB", "190")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_background(code_text, text, expected):
    assert coded(code_text(text, date=ARTICLE)) == sorted(expected)


def test_year_phrases():
    from eventwire.dates.resolve import find_date_phrases

    got = [(p.text, p.date, p.precision) for p in find_date_phrases(
        "They met in 2012, two years ago and in early 2016, not in 2030.", "2023-03-15")]
    assert got == [("in 2012", "2012-01-01", "year"), ("two years ago", "2021-01-01", "year"),
                   ("in early 2016", "2016-01-01", "year")]
