"""Questions analysts ask of a store: a dyad over time, a country's partners, a day, a filtered list.

Each function takes a store backend (eventwire.store.sql) and returns plain dicts.
Actors match by prefix of the CAMEO actor code: VEN matches VEN, VENGOV and VENOPP.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from typing import Any, Iterable, Iterator, Sequence

# international actors: the partner is the organisation (IGOUNO), not a country
from ..actors.codes import INTERNATIONAL
from ..errors import QueryError

QUADS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
PERIODS = ("day", "week", "month", "quarter", "year")

_ACTOR = re.compile(r"^[A-Z0-9]{1,20}$")
_CODE = re.compile(r"^\d{2,4}$")

EVENT_FIELDS = ("event_id", "date", "date_precision", "source_code", "source_name", "source_text",
                "target_code", "target_name", "target_text", "code", "root", "plover", "goldstein",
                "quad_class", "num_mentions", "num_articles", "num_sources", "confidence")
GEO_FIELDS = tuple(f"{p}_{f}" for p in ("action_geo", "actor1_geo", "actor2_geo")
                   for f in ("name", "country", "admin1", "admin1_code", "lat", "lon", "feature_type", "id"))
EVIDENCE_FIELDS = ("doc_id", "sentence_index", "sentence", "trigger", "trigger_start", "trigger_end",
                   "pattern_id", "url", "outlet", "coded_at")


def _list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return [v for v in value if v is not None and v != ""]
    return [value]


def actor_code(value: str, what: str = "actor") -> str:
    code = str(value).strip().upper()
    if not _ACTOR.match(code):
        raise QueryError(f"not an actor code: {value!r} ({what} takes a CAMEO code or its prefix, e.g. VEN or VENGOV)")
    return code


def iso_date(value: Any, what: str = "date") -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise QueryError(f"not a date: {value!r} ({what} takes YYYY-MM-DD)") from None


def where(actor=None, source=None, target=None, code=None, root=None, quad=None, date_from=None,
          date_to=None, place=None, min_confidence=None, alias: str = "") -> tuple[str, list]:
    """SQL conditions (joined by AND, or TRUE) and their parameters for the common filters."""
    a = f"{alias}." if alias else ""
    conds: list[str] = []
    params: list = []
    for v in _list(actor):
        p = actor_code(v) + "%"
        conds.append(f"({a}source_code LIKE ? OR {a}target_code LIKE ?)")
        params += [p, p]
    for col, values in (("source_code", source), ("target_code", target)):
        vs = [actor_code(v, col.split("_")[0]) + "%" for v in _list(values)]
        if vs:
            conds.append("(" + " OR ".join(f"{a}{col} LIKE ?" for _ in vs) + ")")
            params += vs
    codes = [str(c).strip() for c in _list(code)]
    for c in codes:
        if not _CODE.match(c):
            raise QueryError(f"not a CAMEO event code: {c!r} (e.g. 04, 042, 1823)")
    if codes:
        conds.append("(" + " OR ".join(f"{a}code LIKE ?" for _ in codes) + ")")
        params += [c + "%" for c in codes]
    roots = [str(r).strip().zfill(2) for r in _list(root)]
    for r in roots:
        if not re.match(r"^\d{2}$", r):
            raise QueryError(f"not a CAMEO root code: {r!r} (01 to 20)")
    if roots:
        conds.append(f"{a}root IN ({', '.join('?' for _ in roots)})")
        params += roots
    quads = []
    for q in _list(quad):
        try:
            q = int(q)
        except (TypeError, ValueError):
            q = 0
        if q not in QUADS:
            raise QueryError("quad class is 1 (verbal cooperation) to 4 (material conflict)")
        quads.append(q)
    if quads:
        conds.append(f"{a}quad_class IN ({', '.join('?' for _ in quads)})")
        params += quads
    if date_from is not None:
        conds.append(f"{a}date >= CAST(? AS DATE)")
        params.append(iso_date(date_from, "--from"))
    if date_to is not None:
        conds.append(f"{a}date <= CAST(? AS DATE)")
        params.append(iso_date(date_to, "--to"))
    if min_confidence is not None:
        try:
            mc = float(min_confidence)
        except (TypeError, ValueError):
            mc = -1.0
        if not 0.0 <= mc <= 1.0:
            raise QueryError(f"not a confidence: {min_confidence!r} (0 to 1)")
        conds.append(f"{a}confidence >= ?")
        params.append(mc)
    for v in _list(place):
        v = str(v).strip().lower()
        cols = ("name", "country", "admin1", "admin1_code", "id")
        conds.append("(" + " OR ".join(f"lower({a}action_geo_{c}) = ?" for c in cols) + ")")
        params += [v] * len(cols)
    return (" AND ".join(conds) or "TRUE"), params


# ---- dyad ----------------------------------------------------------------------------------

def _period_label(d: Any, by: str) -> str | None:
    if d is None:
        return None
    if isinstance(d, dt.datetime):
        d = d.date()
    if by == "year":
        return f"{d.year}"
    if by == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if by == "month":
        return f"{d.year}-{d.month:02d}"
    return d.isoformat()


def dyad(db, a: str, b: str, by: str = "month", directed: bool = False, top: int = 3, **filters) -> list[dict]:
    if by not in PERIODS:
        raise QueryError(f"--by takes one of {', '.join(PERIODS)}")
    a, b = actor_code(a), actor_code(b)
    pa, pb = a + "%", b + "%"
    cond, params = where(**filters)
    pair = "(source_code LIKE ? AND target_code LIKE ?)"
    match = pair if directed else f"({pair} OR {pair})"
    match_params = [pa, pb] if directed else [pa, pb, pb, pa]
    sql = (f"SELECT CAST(date_trunc('{by}', date) AS DATE) AS period,"
           " CASE WHEN source_code LIKE ? AND target_code LIKE ? THEN 1 ELSE 0 END AS forward,"
           " code, quad_class, count(*) AS n, sum(goldstein) AS g, count(goldstein) AS gn"
           f" FROM events WHERE {match} AND {cond}"
           " GROUP BY 1, 2, 3, 4")
    rows = db.execute(sql, [pa, pb] + match_params + params).fetchall()
    periods: dict[Any, dict] = {}
    codes: dict[Any, Counter] = defaultdict(Counter)
    for period, forward, code, quad, n, g, gn in rows:
        p = periods.setdefault(period, {"period": _period_label(period, by), "events": 0,
                                        "a_to_b": 0, "b_to_a": 0, **{k: 0 for k in QUADS.values()},
                                        "_g": 0.0, "_gn": 0})
        p["events"] += n
        p["a_to_b" if forward else "b_to_a"] += n
        if quad in QUADS:
            p[QUADS[quad]] += n
        p["_g"] += g or 0.0
        p["_gn"] += gn
        codes[period][code] += n
    out = []
    # undated events come last, as period None
    for period in sorted(periods, key=lambda d: (d is None, d or dt.date.min)):
        p = periods[period]
        g, gn = p.pop("_g"), p.pop("_gn")
        p["goldstein"] = round(g / gn, 2) if gn else None
        p["top_codes"] = [[c, n] for c, n in sorted(codes[period].items(), key=lambda x: (-x[1], x[0]))[:top]]
        if directed:
            p.pop("b_to_a")
        out.append(p)
    return out


# ---- partners ------------------------------------------------------------------------------

def partners(db, actor: str, domestic: bool = False, limit: int | None = None, **filters) -> list[dict]:
    p = actor_code(actor) + "%"
    cond, params = where(**filters)
    partner = ("CASE WHEN substr({c}, 1, 3) IN (" + ", ".join(f"'{x}'" for x in INTERNATIONAL) + ")"
               " THEN substr({c}, 1, 6) ELSE substr({c}, 1, 3) END")
    not_self = "" if domestic else " AND NOT target_code LIKE ?"
    sql = (
        "WITH sides AS ("
        f" SELECT {partner.format(c='target_code')} AS partner, date, quad_class, goldstein FROM events"
        f" WHERE source_code LIKE ?{not_self} AND {cond}"
        " UNION ALL"
        f" SELECT {partner.format(c='source_code')} AS partner, date, quad_class, goldstein FROM events"
        f" WHERE target_code LIKE ? AND NOT source_code LIKE ? AND {cond})"
        " SELECT partner, count(*) AS events,"
        " count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,"
        " count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,"
        + "".join(f" count(*) FILTER (WHERE quad_class = {q}) AS {name}," for q, name in QUADS.items())
        + " avg(goldstein) AS goldstein, sum(goldstein) AS goldstein_total,"
        " min(date) AS first, max(date) AS last"
        " FROM sides GROUP BY partner ORDER BY events DESC, partner")
    args = [p] + ([] if domestic else [p]) + params + [p, p] + params
    if limit:
        sql += " LIMIT ?"
        args.append(int(limit))
    rows = db.rows(sql, args)
    for r in rows:
        r["goldstein"] = None if r["goldstein"] is None else round(float(r["goldstein"]), 2)
        r["goldstein_total"] = None if r["goldstein_total"] is None else round(float(r["goldstein_total"]), 1)
        r["first"] = _iso(r["first"])
        r["last"] = _iso(r["last"])
    return rows


def _iso(d: Any) -> str | None:
    return d.isoformat() if isinstance(d, (dt.date, dt.datetime)) else d


# ---- event lists ---------------------------------------------------------------------------

def _events_sql(cond: str, limit: bool) -> str:
    cols = ", ".join(f"e.{c}" for c in EVENT_FIELDS + GEO_FIELDS + ("confidence_reasons",))
    first = ", ".join(f"m.{c}" for c in EVIDENCE_FIELDS if c != "coded_at")
    return (
        f"WITH e AS (SELECT * FROM events WHERE {cond} ORDER BY date NULLS LAST, event_id"
        f"{' LIMIT ?' if limit else ''}),"
        # the first mention of each event is its evidence
        f" ev AS (SELECT DISTINCT ON (m.event_id) m.event_id, m.content_hash, {first}"
        " FROM mentions m WHERE m.event_id IN (SELECT event_id FROM e)"
        " ORDER BY m.event_id, m.date NULLS LAST, m.doc_id, m.sentence_index)"
        f" SELECT {cols}, {', '.join('f.' + c for c in EVIDENCE_FIELDS if c != 'coded_at')}, d.coded_at, d.date AS doc_date"
        " FROM e LEFT JOIN ev f ON f.event_id = e.event_id"
        " LEFT JOIN documents d ON d.content_hash = f.content_hash"
        " ORDER BY e.date NULLS LAST, e.event_id")


def clean(row: dict) -> dict:
    """An event row for JSON: its dates as ISO strings."""
    for k in ("date", "coded_at", "doc_date"):
        row[k] = _iso(row.get(k))
    return row


def events_query(limit: int | None = None, **filters) -> tuple[str, list]:
    """The SQL and parameters of events(); bad filters raise here."""
    cond, params = where(**filters)
    if limit:
        params = params + [int(limit)]
    return _events_sql(cond, bool(limit)), params


def events(db, limit: int | None = None, **filters) -> list[dict]:
    sql, params = events_query(limit, **filters)
    return [clean(r) for r in db.rows(sql, params)]


def iter_events(db, chunk: int = 10_000, **filters) -> Iterator[list[dict]]:
    cond, params = where(**filters)
    for rows in db.stream(_events_sql(cond, False), params, size=chunk):
        yield [clean(r) for r in rows]


def summary(rows: Iterable[dict]) -> dict[str, int]:
    """Counts per quad class of a list of events."""
    out = {name: 0 for name in QUADS.values()}
    for r in rows:
        if r.get("quad_class") in QUADS:
            out[QUADS[r["quad_class"]]] += 1
    return out


def flat(value: Any) -> Any:
    """A value for a CSV cell or a table: lists of [code, n] become '042:5 051:3'."""
    if isinstance(value, (list, tuple)):
        return " ".join(":".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


__all__: Sequence[str] = ("dyad", "partners", "events", "events_query", "clean", "iter_events", "where", "summary", "flat")
