"""Offices whose end the Phoenix dictionaries never wrote.

The Phoenix person rows were written up to their last update (no office in them starts after
early 2015); an office still held then has a start and no end ("USAGOV from 2009-01-20"), and
read as it is the person holds it for ever: Barack Obama in 2019 would be the US government.
Two rules close such an open office (GUIDELINES.md: leaders are coded by the office they held
on the event date):

1. The same office in a dated source: a Wikidata row of the same phrase, the same code and a
   start within a year of the open row's start is that office, and its end is the office's end
   ("Barack Obama" USAGOV 2009-01-20.. ends 2017-01-20; the last day is still his).
2. A later office of the person in a dated source: an open office that had not ended when the
   person took another dated office ("Joe Biden" USAGOV 2009.. then USAGOV 2021-2025) did end
   before it, at an unknown date, and past the dictionaries' last update nothing says he held it
   on: the open office is kept only up to that update (`TRUSTED_TO`), and between it and the
   later office the person is read by his undated row (a former official: XXXELI).

Other open offices stay open: nothing is known of their end.
"""
from __future__ import annotations

from datetime import date, timedelta

PHOENIX = "leaders.tsv:phoenix"
TRUSTED_TO = "2015-07-01"       # the Phoenix person rows' last update (latest start: 2015-02)
SAME_OFFICE_DAYS = 366


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def close_open_offices(rows: dict[str, list[tuple]]) -> None:
    """Give the open Phoenix person rows the end the rules above find (in place).

    rows: phrase -> Entry field tuples (phrase, code, kind, name, start, end, source, order)."""
    from .dictionary import fold        # dictionary.py calls this module while it loads
    # the dated rows of each person, by his name: Phoenix's titled aliases ("president barack
    # obama") are the same person as the dated source's phrase ("barack obama")
    by_name: dict[str, list[tuple]] = {}
    for items in rows.values():
        for t in items:
            if t[2] == "person" and not t[6].startswith(PHOENIX) and t[4] and t[5]:
                by_name.setdefault(fold(t[3].lower()), []).append(t)
    for phrase, items in rows.items():
        dated = [t for t in items if t[2] == "person" and not t[6].startswith(PHOENIX) and t[4] and t[5]]
        names = {fold(t[3].lower()) for t in items if t[2] == "person" and t[6].startswith(PHOENIX)}
        dated += [t for n in names for t in by_name.get(n, ()) if t not in dated]
        if not dated:
            continue
        for k, t in enumerate(items):
            if t[2] != "person" or not t[6].startswith(PHOENIX) or not t[4] or t[5]:
                continue
            try:
                # his own rows: the same name, or the same full name as a phrase (a surname
                # alone may be another person's)
                mine = [d for d in dated if fold(d[3].lower()) == fold(t[3].lower())
                        or (d[0] == phrase and " " in phrase)]
                same = [d for d in mine if d[1] == t[1] and _days(d[4], t[4]) <= SAME_OFFICE_DAYS]
                later = [d for d in mine if d[4] > t[4] and d not in same]
            except ValueError:
                continue
            if same:
                # the last day counts: "the Senate removed President X" on the day she left
                end = (date.fromisoformat(max(d[5] for d in same)[:10]) + timedelta(days=1)).isoformat()
            elif later:
                end = min(TRUSTED_TO, min(d[4] for d in later))
            else:
                continue
            if end > t[4]:
                items[k] = t[:5] + (end,) + t[6:]


def former(rows: list, day: str):
    """A person none of whose rows holds on `day` but whose offices all ended before it: a
    former official of the country of his last office (XXXELI; "Barack Obama" in 2019), as
    an Entry like the rows; None when any office is still to come or no office ended, when
    the phrase is several people's, or when only the Phoenix rows list him (they miss every
    office after 2015, and an obscure past minister's surname is often someone else's). The
    dated sources (Wikidata heads of state and government, the hand rows) list whole careers."""
    from dataclasses import replace
    if len({e.name for e in rows}) != 1:
        return None         # a surname several people share: whose is unknown
    if all(e.source.startswith(PHOENIX) for e in rows):
        # only Phoenix lists him: its rows end in 2015 and miss later offices ("President X"
        # elected since is no former minister); the title read by the resolver decides
        return None
    ended = [e for e in rows if e.end and e.end < day]     # on the last day he is still leaving it
    if not ended or any(e.start and e.start > day for e in rows) or any(not e.end for e in rows if e.start):
        return None
    last = max(ended, key=lambda e: e.end)
    if len(last.code) < 3 or last.code.startswith(("IGO", "NGO", "IMG", "MNC")):
        return None
    return replace(last, code=last.code[:3] + "ELI", start=last.end, end=None, source=last.source + " (offices ended)")
