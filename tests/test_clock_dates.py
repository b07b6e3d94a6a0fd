"""A date phrase hung on an hour of the day ("at 7pm on Oct. 30") dates the hour's verb
(dates/attach.py CLOCK_WORDS)."""


def test_date_after_an_hour(code_text):
    events = code_text("Demonstrators gathered outside the courthouse in Koudougou at 6pm on Nov. 3.",
                       date="2014-11-05")
    assert events and all(e.date == "2014-11-03" for e in events)
