"""Event dates: which date phrase dates which event. One test per attachment rule.

Each test codes its sentences with the article date 2023-03-15 (a Wednesday: "Friday" is
2023-03-10, "Monday" 2023-03-13) and asserts the exact events with their dates, as
(source code, target code, CAMEO code, date), so that switching the rule off makes it fail
(checked by switching each rule off in a copy of the coder and the pipeline). Only the public
path is used (the `code_text` fixture). The phrases themselves ("last Friday" -> a day) are
tested in test_dates.py.

Rule (eventwire/events/coder.py _date and eventwire/pipeline.py today)         test id
-----------------------------------------------------------------------------  --------------------------
a phrase that hangs on the trigger verb dates its event                        attached-phrase
... also through its preposition ("on March 3, 2023": the head of "on")        phrase-under-preposition
a phrase governs the verbs joined to its verb by and/to-clauses                governs-joined-verbs
... but not the verb above it ("praised X and on Friday criticized Y")         governs-downward-only
only attached phrases count, not the nearest phrase of the sentence
  ("the deal signed on March 3, 2019"; "said on Friday that X attacked")       attached-not-nearest
an opening phrase ("On Friday, ...") governs the whole sentence               opening-phrase
... except verbs of relative clauses                                           opening-not-in-relative-clause
the article date when no phrase governs                                        article-date-fallback
no article date and no phrase: no date (none is invented)                      no-date-invented
a sentence without a date continues its paragraph's date (pipeline)            paragraph-keeps-date
... set by an opening phrase, even of a sentence that codes nothing            paragraph-date-from-opening
... or by a dated event of an earlier sentence                                 paragraph-date-from-event
... but not across a paragraph break                                           new-paragraph-resets
... and a sentence's own phrase wins                                           own-phrase-wins-over-paragraph

Known wrong today (strict xfail, the right answer asserted): see the xfail marks below.
"""
import pytest

from conftest import coded

ARTICLE = "2023-03-15"


def dated(events):
    return sorted((e.source.code, e.target.code, e.code, e.date) for e in events)


def xfail(rule, cases, reason):
    return pytest.param(rule, cases, id=rule, marks=pytest.mark.xfail(strict=True, reason=reason))


# rule id -> [(text, every event it must code, with its date)]
RULES = [
    ("attached-phrase", [
        ("Peru praised Chile yesterday.", [("PERGOV", "CHLGOV", "051", "2023-03-14")]),
        ("Greece denounced Turkey on Thursday.", [("GRCGOV", "TURGOV", "111", "2023-03-09")]),
    ]),
    ("phrase-under-preposition", [
        ("Morocco condemned Algeria on March 3, 2023.", [("MARGOV", "DZAGOV", "111", "2023-03-03")]),
        ("Morocco condemned Algeria on 3 March 2023.", [("MARGOV", "DZAGOV", "111", "2023-03-03")]),
    ]),
    ("governs-joined-verbs", [
        ("Peru praised Chile on Friday and criticized Bolivia.",
         [("PERGOV", "BOLGOV", "111", "2023-03-10"), ("PERGOV", "CHLGOV", "051", "2023-03-10")]),
        ("Peru agreed on Friday to send aid to Chile.", [("PERGOV", "CHLGOV", "033", "2023-03-10")]),
    ]),
    ("governs-downward-only", [
        ("Peru praised Chile and on Friday criticized Bolivia.",
         [("PERGOV", "BOLGOV", "111", "2023-03-10"), ("PERGOV", "CHLGOV", "051", ARTICLE)]),
    ]),
    ("attached-not-nearest", [
        ("Peru praised Chile for the deal signed on March 3, 2019.", [("PERGOV", "CHLGOV", "051", ARTICLE)]),
        # the phrase dates the relative clause's own event, not the praise
        ("Peru praised Chile, which signed a deal with Bolivia on March 3, 2023.",
         [("CHLGOV", "BOLGOV", "057", "2023-03-03"), ("PERGOV", "CHLGOV", "051", ARTICLE)]),
        ("Peru said on Friday that Bolivia had attacked Chile.", [("BOLMIL", "CHL", "190", ARTICLE)]),
    ]),
    ("opening-phrase", [
        ("On Friday, Peru said that Bolivia had attacked Chile, and Argentina criticized Bolivia on Thursday.",
         [("ARGGOV", "BOLGOV", "111", "2023-03-09"), ("BOLMIL", "CHL", "190", "2023-03-10")]),
    ]),
    ("opening-not-in-relative-clause", [
        ("On Friday, Peru praised Chile, where Argentina criticized Bolivia.",
         [("ARGGOV", "BOLGOV", "111", ARTICLE), ("PERGOV", "CHLGOV", "051", "2023-03-10")]),
    ]),
    ("article-date-fallback", [
        ("Peru praised Chile.", [("PERGOV", "CHLGOV", "051", ARTICLE)]),
    ]),
    ("paragraph-keeps-date", [
        ("On Monday, Chilean students protested in Santiago. Chilean police detained dozens of students.",
         [("CHLCOP", "CHLEDU", "173", "2023-03-13"), ("CHLEDU", "CHL", "140", "2023-03-13")]),
    ]),
    ("paragraph-date-from-opening", [
        ("On Monday, there was unrest in Santiago. Chilean police detained dozens of students.",
         [("CHLCOP", "CHLEDU", "173", "2023-03-13")]),
    ]),
    ("paragraph-date-from-event", [
        ("Chilean students protested in Santiago on Monday. Chilean police detained dozens of students.",
         [("CHLCOP", "CHLEDU", "173", "2023-03-13"), ("CHLEDU", "CHL", "140", "2023-03-13")]),
    ]),
    ("new-paragraph-resets", [
        ("On Monday, Chilean students protested in Santiago.\nChilean police detained dozens of students.",
         [("CHLCOP", "CHLEDU", "173", ARTICLE), ("CHLEDU", "CHL", "140", "2023-03-13")]),
    ]),
    ("own-phrase-wins-over-paragraph", [
        ("Chilean students protested in Santiago on Monday. On Tuesday, Chilean police detained dozens of students.",
         [("CHLCOP", "CHLEDU", "173", "2023-03-14"), ("CHLEDU", "CHL", "140", "2023-03-13")]),
    ]),
    # -- wrong today ----------------------------------------------------------------------------
    xfail("phrase-on-event-noun", [
        ("Mali and Niger had a telephone conversation on Monday.", [("MLIGOV", "NERGOV", "041", "2023-03-13")]),
    ], "with a light verb the phrase hangs on the event noun ('a telephone conversation on Monday'), "
       "which is not among the verbs a phrase governs: the article date is used"),
]


@pytest.mark.parametrize("rule,cases", RULES, ids=[getattr(r, "id", None) or r[0] for r in RULES])
def test_rule(code_text, rule, cases):
    got = [(text, dated(code_text(text, date=ARTICLE))) for text, _ in cases]
    assert got == [(text, sorted(expected)) for text, expected in cases], rule


def test_no_date_invented(code_text):
    """Without an article date and without a phrase that gives a whole date, no date."""
    events = code_text("Peru praised Chile on Friday and criticized Bolivia.", date=None)
    assert [(e.code, e.date) for e in sorted(events, key=lambda e: e.code)] == [("051", None), ("111", None)]
    events = code_text("Morocco condemned Algeria on March 3, 2023.", date=None)
    assert coded(events) == [("MARGOV", "DZAGOV", "111")] and events[0].date == "2023-03-03"
