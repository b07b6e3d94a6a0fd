"""An act told over a span of time is background (spans.py; GUIDELINES: background and
standing relations are at most optional): a span of years on the verb's clause ("since 2011",
"for years", "throughout the war", "in recent years", "in the 1980s"), a counted span in a
perfect or progressive, "it is N years since", a cumulative toll of a war, an adverb of an earlier time,
a year told from the story's past ("the following year", "two years later");
and an act in a "when"-clause of a date ("in 2012 when X attacked Y", "last May, when ...") has
that date (dates/attach.py). Today's news in the present perfect, a recent span, a sentence
"for ten years" and a series of acts ("has repeatedly summoned") stay coded. All sentences are
written for these tests; article date 2023-03-15.
"""
import pytest

from conftest import coded

ARTICLE = "2023-03-15"

CASES = [
    # a span of years on the verb's clause
    ("since-year", "Ghana has backed the Togolese rebels since 2011, arming their fighters.", []),
    ("since-start-of-war", "Ghana has supported the rebels since the start of the war, sending them weapons "
                           "and money.", []),
    ("since-dated-noun", "Since a failed coup in 2016, Ghanaian police have detained thousands of opposition "
                         "activists.", []),
    ("for-years", "For years, Ghana allowed Togolese rebels to cross its border.", []),
    ("for-counted-years", "Ghana has for nearly three years been supporting the Togolese rebels.", []),
    ("throughout", "Throughout the war, Ghana supplied weapons to the Togolese rebels.", []),
    ("recent-years", "Ghanaian police have arrested hundreds of opposition activists in recent years.", []),
    ("decade-by-phrase", "Ghana found in the 1980s that by cooperating with Togo it could stop the smugglers.", []),
    ("years-since", "It is five years since Ghana invaded Togo and occupied its northern provinces.", []),
    # a cumulative toll; an adverb of an earlier time
    ("toll-n-year-war", "More than 200,000 people have been killed in the eight-year conflict between "
                        "Ghanaian troops and the rebels.", []),
    ("toll-gapped", "An estimated 300,000 Togolese have been killed and another 4.2 million displaced in a "
                    "brutal nine-year conflict, and some say they cannot back the team.", []),
    ("before", "Ghana has called for the withdrawal of Togolese troops before.", []),
    ("past-perfect-conj", "At the height of its power, the Togolese militia had seized the border and controlled "
                          "an area the size of Ghana.", []),
    # a year told from the story's own past
    ("following-year", "The army used force against protesters, who ousted the president the following year.", []),
    ("years-later", "Two years later, Ghana expelled the Togolese ambassador.", []),
    ("later-that-year", "Ghana expelled the Togolese ambassador later that year.", []),
    # a "when"-clause of a date has that date
    ("when-of-year", "The war began in 2012 when Ghanaian troops attacked Togolese rebels in the capital.", []),
    ("when-of-last-month-name", "It was the same last May, when the Ghanaian president expelled two Togolese "
                                "diplomats.", []),
    # a present perfect of patronage of an actor is a standing relation ...
    ("perfect-patronage", "The US has supported the Ghanaian government with huge amounts of military aid.", []),
    ("perfect-arming", "Ghana has armed the Togolese rebels.", []),
    # ... but not of a position: an endorsement
    ("perfect-endorsement", "Britain has backed the UN plan for Togo.", [("GBRGOV", "IGOUNO", "050")]),
    # a "when"-clause of a dated noun; a year told from the story's past inside a date
    ("when-of-dated-noun", "Since last April's chemical attack on the town, when Ghanaian troops killed 80 "
                           "Togolese civilians, there have been several incidents.", []),
    ("month-that-year", "Ghana recalled its ambassador from Togo in August that year.", []),
    # ... but the news stays
    ("news-perfect", "Ghana has expelled two Togolese diplomats.", [("GHAGOV", "TGOGOV", "161")]),
    ("earlier-this-year", "Ghana had suspended military aid to Togo earlier this year over its inaction.",
     [("GHAGOV", "TGOGOV", "162")]),
    ("gapped-news", "Ghanaian troops have killed 40 rebels and wounded 12 in the border town of Kpalime.",
     [("GHAMIL", "TGOREB", "180"), ("GHAMIL", "TGOREB", "190")]),
    ("news-recent-days", "Ghanaian jets have bombed rebel positions in Togo in recent days.",
     [("GHAMIL", "TGOREB", "195")]),
    ("news-since-monday", "Togolese troops have been killed in the conflict with Ghana since Monday.",
     [("GHAUAF", "TGOMIL", "190")]),
    ("sentence-for-years", "A Ghanaian court jailed the Togolese opposition leader for ten years.",
     [("GHAJUD", "TGOOPP", "173")]),
    ("series-repeatedly", "Ghana has repeatedly summoned the Togolese ambassador over the shooting.",
     [("GHAGOV", "TGOGOV", "114")]),
    ("total-count", "A total of 30 Ghanaian activists have been arrested by the police.",
     [("GHACOP", "GHACVL", "173")]),
    ("recent-weeks-counted", "Ghanaian police have detained 300 protesters over the last two weeks.",
     [("GHACOP", "GHACVL", "173")]),
    ("years-of-support", "The Ghanaian president thanked Togo for its years of support.",
     [("GHAGOV", "TGOGOV", "051")]),
    ("when-of-recent-day", "The war began on Monday when Ghanaian troops attacked Togolese rebels in the capital.",
     [("GHAMIL", "TGOREB", "190")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_spans(code_text, text, expected):
    assert coded(code_text(text, date=ARTICLE)) == sorted(expected)


def test_when_clause_takes_the_date(code_text):
    ev, = code_text("The talks collapsed on 3 February, when Ghana expelled two Togolese diplomats.", date=ARTICLE)
    assert (ev.code, ev.date) == ("161", "2023-02-03")


def test_last_month_name():
    from eventwire.dates.resolve import find_date_phrases

    got = [(p.text, p.date, p.precision) for p in find_date_phrases(
        "They met last May and last March; they may last May 5.", "2023-03-15")]
    assert got == [("last May", "2022-05-01", "month"), ("last March", "2022-03-01", "month"),
                   ("May 5", "2022-05-05", "day")]
