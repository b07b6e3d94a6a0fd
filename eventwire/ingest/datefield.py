"""Publication dates at ingest: normalise metadata dates, find a date header glued to text.

Only unambiguous full dates are accepted; anything else gives None (never a guess).
"""
from __future__ import annotations

import datetime as _dt
import re

__all__ = ["parse_date", "split_date_header"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"

# each alternative names its groups; y/m/d numeric, mn = month name
_DATE = (
    r"(?P<iso>(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2}))(?![\d/.-]*\d)"
    r"|(?P<compact>(?P<y2>\d{4})(?P<m2>\d{2})(?P<d2>\d{2}))(?!\d)"
    rf"|{_WEEKDAY}(?P<mn3>{_MONTH})\s+(?P<d3>\d{{1,2}}){_ORD},?\s+(?P<y3>\d{{4}})(?!\d)"
    rf"|{_WEEKDAY}(?P<d4>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mn4>{_MONTH}),?\s+(?P<y4>\d{{4}})(?!\d)"
    r"|(?P<a5>\d{1,2})(?P<sep5>[/.])(?P<b5>\d{1,2})(?P=sep5)(?P<y5>\d{4})(?!\d)"
)
_TIME = (r"(?:(?:,?\s*(?:at\s+)?|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?"
         r"\s*(?:Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|(?-i:[A-Z]{3,4})\b)?)?")

_FULL_RE = re.compile(rf"^\s*(?:{_DATE}){_TIME}\s*$", re.I)
_COMPACT_TS_RE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}(?:\.\d+)?Z?)?\s*$")

_HEADER_RE = re.compile(
    rf"^[ \t]*(?:publication\s+date|date(?:line)?|published)[ \t]*[:=\-\u2013\u2014]?[ \t]*"
    rf"(?P<value>(?:{_DATE}){_TIME})"
    r"(?:[ \t]*[|:;,.\-\u2013\u2014]+(?=\s))?\s*",
    re.I,
)


def _valid(y: int, m: int, d: int) -> str | None:
    if not 1800 <= y <= 2100:
        return None
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match) -> str | None:
    g = m.groupdict()
    if g["iso"]:
        return _valid(int(g["y1"]), int(g["m1"]), int(g["d1"]))
    if g["compact"]:
        return _valid(int(g["y2"]), int(g["m2"]), int(g["d2"]))
    if g["mn3"]:
        return _valid(int(g["y3"]), _MONTHS[g["mn3"].lower()[:3]], int(g["d3"]))
    if g["mn4"]:
        return _valid(int(g["y4"]), _MONTHS[g["mn4"].lower()[:3]], int(g["d4"]))
    if g["a5"]:
        a, b, y = int(g["a5"]), int(g["b5"]), int(g["y5"])
        if g["sep5"] == ".":  # 20.01.2022 is day.month.year
            return _valid(y, b, a)
        dm, md = _valid(y, b, a), _valid(y, a, b)
        if dm and md and dm != md:
            return None  # 01/02/2022: ambiguous, do not guess
        return dm or md
    return None


def parse_date(value: object) -> str | None:
    """Normalise a metadata date to YYYY-MM-DD; None if not an unambiguous full date."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or len(value) > 100:
        return None
    m = _COMPACT_TS_RE.match(value)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _FULL_RE.match(value)
    return _from_match(m) if m else None


def split_date_header(text: str) -> tuple[str | None, str, str | None]:
    """Find a leading "Date: ..." header. Returns (date, text without header, header value).

    The header value is None when there is no header; date is None when the header
    holds no valid date (the header is still removed).
    """
    if not text or text[0] not in "dDpP \t":
        return None, text, None
    m = _HEADER_RE.match(text)
    if not m:
        return None, text, None
    return _from_match(m), text[m.end():], m.group("value").strip()
