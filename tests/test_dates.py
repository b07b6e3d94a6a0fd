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


def test_ranges_take_their_first_day():
    assert dates("Rebels held the town on 24-25 September 2020.") == ["2020-09-24"]
    assert dates("The talks ran September 24-25.", anchor="2020-10-01") == ["2020-09-24"]


def test_an_opening_date_governs_the_whole_sentence(code_text):
    text = "On 3 May 2021, a Kenyan police patrol came under fire, and gunmen killed two policemen in Garissa."
    events = [e for e in code_text(text, date="2021-05-06") if e.code.startswith(("18", "19"))]
    assert events and all(e.date == "2021-05-03" for e in events)


def test_a_paragraph_keeps_its_date(code_text):
    text = "On Monday, Chilean students protested in Santiago.\nOn Friday there was more.\n" \
           "On 2 June 2022, Peruvian farmers protested in Lima. They blocked a road near the Ministry of Agriculture."
    events = [e for e in code_text(text, date="2022-06-10") if e.mentions[0].sentence_index == 3]
    assert events and all(e.date == "2022-06-02" for e in events)


def test_a_period_is_stored_as_its_first_day_with_its_precision():
    def one(sentence, anchor):
        (p,) = find_date_phrases(sentence, anchor)
        return p.date, p.precision

    # the whole year before, whatever the article's day (not a day 365 days back)
    assert one("Jordan exchanged ambassadors with Syria last year.", "2021-12-31") == ("2020-01-01", "year")
    assert one("Relations were cut LAST YEAR.", "2000-02-01") == ("1999-01-01", "year")
    assert one("They met last month.", "2022-03-31") == ("2022-02-01", "month")
    assert one("They met last month.", "2022-01-05") == ("2021-12-01", "month")
    assert one("They met in May 2021.", ANCHOR) == ("2021-05-01", "month")
    assert one("They met last week.", ANCHOR) == ("2022-01-13", "week")
