"""Event dates from the article date and the date phrases of a sentence.

The article date is the anchor. A phrase in the sentence moves it: "today",
"yesterday", "on Friday" / "this Friday" / "last Saturday" (the most recent such
day on or before the anchor, "last" strictly before), "on November 21, 2021",
"21 November 2021", "last week/month/year", "last April", "in 2012", "two years ago". Without an anchor and without an
absolute date the event date stays empty: a date is never invented.

A phrase that names a period longer than a day is stored as the period's first day with
the period as its precision: "last month" and "May 2021" -> the 1st of the month
("month"), "last year" -> 1 January of the year before ("year"), a range -> its first day
("range"); "last week" is the same weekday a week before ("week"). Readers compare the
period, not that day: the GDELT export's Year (and MonthYear) fields name it, and the store
treats only "day" precision as an exact date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
# the days' and months' names in full: capitalised words that name no person or place
DAY_AND_MONTH_NAMES = frozenset(WEEKDAYS) | frozenset(MONTH_NAMES)

_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_WD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_PATTERNS = [
    # ranges: "24-25 September 2020", "September 24-25", "between 2 and 4 March": the first day
    ("dmy_range", re.compile(r"\b(\d{1,2})\s*(?:-|–|to|and)\s*\d{1,2}\s+" + _MONTH + r"(?:,?\s+(\d{4}))?\b", re.I)),
    ("mdy_range", re.compile(_MONTH + r"\s+(\d{1,2})\s*(?:-|–)\s*\d{1,2}(?:,?\s+(\d{4}))?\b", re.I)),
    # "November 21, 2021" / "Nov. 21 2021" / "November 21"
    ("mdy", re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b", re.I)),
    # "21 November 2021" / "21 November"
    ("dmy", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?\b", re.I)),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("rel_wd", re.compile(r"\b(last|this|past|on|next)?\s*" + _WD + r"\b", re.I)),
    ("today", re.compile(r"\b(today|tonight|this morning|this afternoon|this evening)\b", re.I)),
    ("yesterday", re.compile(r"\b(yesterday|last night)\b", re.I)),
    ("overnight", re.compile(r"\bovernight\b", re.I)),
    ("tomorrow", re.compile(r"\btomorrow\b", re.I)),
    ("last_period", re.compile(r"\blast (week|month|year)\b", re.I)),
    ("month_year", re.compile(r"\b(?:in\s+)?" + _MONTH + r"\s+(\d{4})\b", re.I)),
    # "last April": the latest April before the article's month (a capital: "may" is a verb too)
    ("last_month_name", re.compile(r"\b[Ll]ast (January|February|March|April|May|June|July|August|"
                                   r"September|October|November|December)\b")),
    # "in 2012", "in early 2016", "during 2014": the year (not a span "in 2012-13")
    ("in_year", re.compile(r"\b(?:in|during)\s+(?:(?:early|late|mid|mid-)\s*)?((?:19|20)\d\d)\b(?![-–/]\d)", re.I)),
    # "two years ago", "a decade ago", "18 months ago"
    ("ago", re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|several|many)\s+"
                       r"(year|decade|month)s?\s+ago\b", re.I)),
]

# text every match of a costly pattern contains: a sentence without it skips the pattern
# (the same phrases, found sooner). A month and its day or year: "May 5", "May 2021"
_DAY_AFTER = re.compile(r"\s\d")
_GATES = {"mdy_range": _DAY_AFTER, "mdy": _DAY_AFTER, "month_year": _DAY_AFTER,
          "rel_wd": re.compile("day", re.I), "ago": re.compile("ago", re.I)}
_DIGIT = re.compile(r"\d")
_GATES.update({"dmy_range": _DIGIT, "dmy": _DIGIT, "iso": _DIGIT, "in_year": _DIGIT})
# words every match of a pattern contains, lower-cased: an ASCII sentence (where ignoring case
# is lower-casing) that has none of them skips the pattern
_WORD_GATES = {"today": ("today", "tonight", "this "), "yesterday": ("yesterday", "last night"),
               "overnight": ("overnight",), "tomorrow": ("tomorrow",), "last_period": ("last ",),
               "last_month_name": ("last ",)}

_NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])}
_NUMBERS.update({"a": 1, "an": 1, "several": 3, "many": 5})


@dataclass(frozen=True)
class DatePhrase:
    start: int       # character offsets in the sentence
    end: int
    text: str
    date: str | None
    precision: str   # day, range (the first day of several), week, month, year


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, anchor: dt.date | None) -> int | None:
    """A day-month without a year: the latest such date on or before the anchor."""
    if anchor is None:
        return None
    year = anchor.year
    cand = _safe_date(year, month, day)
    if cand and cand > anchor + dt.timedelta(days=7):
        year -= 1
    return year


def find_date_phrases(sentence: str, anchor: str | None) -> list[DatePhrase]:
    """Every date phrase in a sentence with the date it names (None if unresolvable)."""
    base = parse_iso(anchor)
    found: list[DatePhrase] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, date: dt.date | None, precision: str) -> None:
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(DatePhrase(s, e, m.group(0).strip(), date.isoformat() if date else None, precision))

    gates: dict = {}
    lowered = sentence.lower() if sentence.isascii() else None
    for kind, rx in _PATTERNS:
        words = _WORD_GATES.get(kind) if lowered is not None else None
        if words is not None and not any(w in lowered for w in words):
            continue
        gate = _GATES.get(kind)
        if gate is not None:
            if gate not in gates:
                gates[gate] = gate.search(sentence) is not None
            if not gates[gate]:
                continue
        for m in rx.finditer(sentence):
            if kind in ("mdy", "dmy", "mdy_range", "dmy_range"):
                # month name and day in either order; a missing year is the latest fitting one
                month_group, day_group = (1, 2) if kind.startswith("mdy") else (2, 1)
                month = MONTHS[m.group(month_group).lower().rstrip(".")]
                day = int(m.group(day_group))
                year = int(m.group(3)) if m.group(3) else _year_for(month, day, base)
                add(m, _safe_date(year, month, day) if year else None,
                    "range" if kind.endswith("range") else "day")
            elif kind == "iso":
                add(m, _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day")
            elif kind == "rel_wd":
                if base is None:
                    add(m, None, "day")
                    continue
                mod = (m.group(1) or "").lower()
                target = WEEKDAYS.index(m.group(2).lower())
                back = (base.weekday() - target) % 7
                if mod == "next":
                    ahead = (target - base.weekday()) % 7 or 7
                    add(m, base + dt.timedelta(days=ahead), "day")
                    continue
                if mod == "last" and back == 0:
                    back = 7
                add(m, base - dt.timedelta(days=back), "day")
            elif kind == "today":
                add(m, base, "day")
            elif kind in ("yesterday", "overnight"):
                add(m, base - dt.timedelta(days=1) if base else None, "day")
            elif kind == "tomorrow":
                add(m, base + dt.timedelta(days=1) if base else None, "day")
            elif kind == "last_period":
                if base is None:
                    add(m, None, "month")
                    continue
                unit = m.group(1).lower()
                if unit == "week":
                    add(m, base - dt.timedelta(days=7), "week")
                elif unit == "month":
                    first = base.replace(day=1) - dt.timedelta(days=1)
                    add(m, first.replace(day=1), "month")
                else:
                    # the whole year before: its first day, as months are (see above)
                    add(m, dt.date(base.year - 1, 1, 1), "year")
            elif kind == "month_year":
                month = MONTHS[m.group(1).lower().rstrip(".")]
                add(m, _safe_date(int(m.group(2)), month, 1), "month")
            elif kind == "last_month_name":
                if base is None:
                    add(m, None, "month")
                    continue
                month = MONTHS[m.group(1).lower()]
                year = base.year if month < base.month else base.year - 1
                add(m, dt.date(year, month, 1), "month")
            elif kind == "in_year":
                year = int(m.group(1))
                if base is None or year <= base.year:       # "in 2030" is a plan, not a date
                    add(m, dt.date(year, 1, 1), "year")
            elif kind == "ago" and base is not None:
                n = m.group(1).lower()
                n = int(n) if n.isdigit() else _NUMBERS[n]
                unit = m.group(2).lower()
                if unit == "month":
                    month0 = base.year * 12 + base.month - 1 - n
                    add(m, dt.date(month0 // 12, month0 % 12 + 1, 1), "month")
                else:
                    add(m, dt.date(base.year - n * (10 if unit == "decade" else 1), 1, 1), "year")
    found.sort(key=lambda p: p.start)
    return found


def event_date(sentence: str, anchor: str | None, near: int | None = None,
               phrases: list[DatePhrase] | None = None) -> tuple[str | None, str | None, str | None]:
    """(date, precision, how) for an event whose trigger sits at offset `near`.

    The resolvable date phrase closest to the trigger wins; else the anchor.
    """
    if phrases is None:
        phrases = find_date_phrases(sentence, anchor)
    usable = [p for p in phrases if p.date]
    if usable:
        if near is None:
            best = usable[0]
        else:
            best = min(usable, key=lambda p: min(abs(p.start - near), abs(p.end - near)))
        return best.date, best.precision, best.text
    if anchor and parse_iso(anchor):
        return anchor[:10], "day", "article date"
    return None, None, None


def opening_phrase(sentence: str, phrases: list[DatePhrase]) -> DatePhrase | None:
    """A date that opens the sentence ("On 5 March 2020, ...", "Yesterday, ..."): it sets the
    time of the whole sentence, whatever the parser attaches it to."""
    for p in phrases:
        if p.date is None:
            continue
        lead = sentence[:p.start].strip().lower()
        if lead in ("", "on", "in", "late on", "early on", "on the night of", "overnight") and \
                sentence[p.end:p.end + 2].lstrip().startswith(","):
            return p
    return None
