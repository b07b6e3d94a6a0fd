"""Event dates from the article date and the phrases of the sentence."""
from eventwire.dates.resolve import event_date, find_date_phrases

ANCHOR = "2022-01-20"   # a Thursday


def dates(sentence, anchor=ANCHOR):
    return [p.date for p in find_date_phrases(sentence, anchor)]


def test_weekdays_resolve_to_the_most_recent():
    assert dates("They met on Thursday.") == ["2022-01-20"]
    assert dates("They met this Friday.") == ["2022-01-14"]
    assert dates("They met last Saturday.") == ["2022-01-15"]
    assert dates("They met last Thursday.") == ["2022-01-13"]


def test_relative_days():
    assert dates("He spoke today.") == ["2022-01-20"]
    assert dates("He spoke yesterday.") == ["2022-01-19"]


def test_absolute_dates():
    assert dates("the elections held on November 21, 2021") == ["2021-11-21"]
    assert dates("on 3 March 2020") == ["2020-03-03"]
    # no year: the latest such day not after the article date
    assert dates("on December 6") == ["2021-12-06"]


def test_no_anchor_no_invented_date():
    assert event_date("They met this Friday.", None) == (None, None, None)
    assert event_date("They met.", None) == (None, None, None)
    assert event_date("They met on November 21, 2021.", None)[0] == "2021-11-21"


def test_article_date_is_the_fallback():
    assert event_date("They met.", ANCHOR) == ("2022-01-20", "day", "article date")


def test_event_date_follows_the_phrase_attached_to_the_trigger(code_text):
    text = "On Monday, Peru praised Chile for the deal signed on March 3, 2019."
    (event,) = [e for e in code_text(text, date="2022-01-20") if e.code.startswith("05")]
    assert event.date == "2022-01-17"
