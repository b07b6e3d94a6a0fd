"""Which reports are one event, as a function of the set of reports alone.

A report is one coded event of one article (or of a near-duplicate of it): a dict with at
least report_id, article_id, leader, match_key, date (datetime.date or None), date_exact,
code, n_mentions, source_key and the event columns of eventwire.store.schema.

1. Reports with the same match key (code family and actors, see rules.py) are candidates.
2. Each dated report gets a date label: an exact report (dated by a phrase) its own date; a
   fuzzy one (dated by its article) the latest exact date in [date - window, date] (an undated
   report is most likely about the day's event), else the earliest date of any report in that
   range (the first report of the story). Reports with the same key and label are one
   event (at most `window` days apart). A label depends only on reports at most `window` days
   earlier, so adding a report changes labels only in [date, date + window]: that is what lets
   the store re-match a small region and still reach the same result in any order.
3. Families with `place: near` split an event where two reports name places that conflict;
   reports are taken in order (date, report_id), each joining the first part it fits.
4. The event's code, date, actors and place follow from its reports by fixed rules (see
   event_row), and its id is that of its earliest coded report.
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import Counter, defaultdict
from typing import Iterable

from ..events.confidence import combine
from ..places.attach import HOW_RANK
from .rules import Rules

_LAST = dt.date.max


def order(r: dict) -> tuple:
    return (r["date"] is None, r["date"] or _LAST, r["report_id"])


def labels(reports: Iterable[dict], window: int) -> dict[str, dt.date]:
    """Date labels of dated reports of one match key, each from the reports given."""
    dated = sorted((r for r in reports if r["date"] is not None), key=order)
    exact = sorted({r["date"] for r in dated if r.get("date_exact")})
    every = sorted({r["date"] for r in dated})
    span = dt.timedelta(days=window)
    out = {}
    for r in dated:
        d = r["date"]
        if r.get("date_exact"):
            out[r["report_id"]] = d
            continue
        lo = d - span
        i = bisect.bisect_right(exact, d) - 1          # the latest exact date up to d
        if i >= 0 and exact[i] >= lo:
            out[r["report_id"]] = exact[i]
        else:
            out[r["report_id"]] = every[bisect.bisect_left(every, lo)]
    return out


def family_of_key(key: str) -> str:
    return key.split("|", 1)[0]


def _place(r: dict, rules: Rules):
    if r.get("place_how") not in rules.place_how or not r.get("action_geo_country"):
        return None
    return (r["action_geo_country"], r.get("action_geo_feature_type"), r.get("action_geo_lat"),
            r.get("action_geo_lon"))


def _km(a, b) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[2], a[3], b[2], b[3]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def places_fit(a, b, rules: Rules) -> bool:
    if a is None or b is None:
        return True
    if a[0] != b[0]:
        return False
    fine = ("city", "admin2")
    if a[1] in fine and b[1] in fine and None not in (a[2], a[3], b[2], b[3]):
        return _km(a, b) <= rules.place_km
    return True


def split_by_place(reports: list[dict], rules: Rules) -> list[list[dict]]:
    """One label group of a key as events: whole, or split where places conflict."""
    reports = sorted(reports, key=order)
    fam = family_of_key(reports[0]["match_key"])
    if next((f.place for f in rules.families if f.name == fam), "any") != "near":
        return [reports]
    parts: list[list] = []                      # [place, reports]
    for r in reports:
        p = _place(r, rules)
        for part in parts:
            if places_fit(part[0], p, rules):
                if part[0] is None:
                    part[0] = p
                part[1].append(r)
                break
        else:
            parts.append([p, [r]])
    return [rs for _, rs in parts]


def group_key(r: dict, label: dt.date | None) -> tuple:
    return (r["match_key"], label)


def cluster(reports: Iterable[dict], rules: Rules) -> list[list[dict]]:
    """All events of a complete set of reports (every report of each key involved)."""
    by_key: dict[str, list[dict]] = defaultdict(list)
    for r in reports:
        by_key[r["match_key"]].append(r)
    events = []
    for key in sorted(by_key):
        rs = by_key[key]
        lab = labels(rs, rules.window_days)
        groups: dict = defaultdict(list)
        for r in rs:
            groups[lab.get(r["report_id"])].append(r)
        for label in sorted(groups, key=lambda x: (x is None, x or _LAST)):
            events += split_by_place(groups[label], rules)
    return events


def is_copy(r: dict) -> bool:
    return r["leader"] != r["article_id"]


def event_row(reports: list[dict]) -> dict:
    """The event of a set of reports: its columns (schema.EVENT_COLUMNS) by fixed rules.

    code: the one most articles report, then most mentions, then a specific code before a
    general one (ending in 0), then the lowest; actors, names and actor places: from the first
    report (by date, report_id) with that code; date: the exact date most articles give
    (earliest on ties), else the earliest date; place: the most specific place (event phrase
    first), then the one most articles name; id: the earliest coded report's id.
    """
    rs = sorted(reports, key=order)
    coded = [r for r in rs if not is_copy(r)] or rs
    articles: dict[str, set] = defaultdict(set)
    mentions: Counter = Counter()
    for r in rs:
        articles[r["code"]].add(r["article_id"])
        mentions[r["code"]] += r.get("n_mentions") or 1
    code = min(articles, key=lambda c: (-len(articles[c]), -mentions[c], c.endswith("0"), c))
    rep = next(r for r in rs if r["code"] == code)
    row = dict(rep)
    row["event_id"] = coded[0]["report_id"]
    exact: dict[dt.date, set] = defaultdict(set)
    for r in rs:
        if r.get("date_exact") and r["date"] is not None:
            exact[r["date"]].add(r["article_id"])
    if exact:
        day = min(exact, key=lambda d: (-len(exact[d]), d))
        src = next(r for r in rs if r["date"] == day and r.get("date_exact"))
    else:
        src = rs[0]
    row["date"], row["date_precision"] = src["date"], src.get("date_precision")
    placed = [r for r in rs if r.get("action_geo_name") or r.get("action_geo_country")]
    if placed:
        named: dict = defaultdict(set)
        for r in placed:
            named[(r.get("action_geo_id"), r.get("action_geo_name"))].add(r["article_id"])
        best = min(placed, key=lambda r: (HOW_RANK.get(r.get("place_how") or "", 9),
                                          -len(named[(r.get("action_geo_id"), r.get("action_geo_name"))])))
        for k in list(row):
            if k.startswith("action_geo_"):
                row[k] = best.get(k)
        row["place_how"] = best.get("place_how")
    row["num_mentions"] = sum(r.get("n_mentions") or 1 for r in rs)
    row["num_articles"] = len({r["article_id"] for r in rs})
    row["num_sources"] = len({r.get("source_key") or "article:" + r["article_id"] for r in rs})
    # confidence: the chance that at least one source's report is right, each source counted
    # once (its best report: copies and repeats of one outlet are not independent); the reasons
    # of the most confident report
    best: dict[str, float] = {}
    for r in rs:
        if r.get("confidence") is not None:
            k = r.get("source_key") or "article:" + r["article_id"]
            best[k] = max(best.get(k, 0.0), r["confidence"])
    if best:
        row["confidence"] = round(combine(list(best.values())), 3)
        top = max((r for r in rs if r.get("confidence") is not None), key=lambda r: r["confidence"])
        row["confidence_reasons"] = top.get("confidence_reasons")
    return row
