"""Read queries for the web pages, the API and the plots, over a store backend.

Every user value goes in as a parameter; filters come from eventwire.query.where.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from typing import Any

from ..query import EVENT_FIELDS, GEO_FIELDS, INTERNATIONAL, PERIODS, QUADS, where
from ..tsv import read_rows, read_tsv

MENTION_FIELDS = ("doc_id", "content_hash", "sentence_index", "sentence", "trigger", "trigger_start",
                  "trigger_end", "pattern_id", "outlet", "url")
MAX_PAGE = 500


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v


def _clean(row: dict) -> dict:
    return {k: _iso(v) for k, v in row.items()}


@lru_cache(maxsize=1)
def _codebook():
    from ..events.codebook import Codebook

    return Codebook.load()


def code_name(code: str | None) -> str | None:
    info = _codebook().get(code) if code else None
    return info.name if info else None


def code_names() -> dict[str, str]:
    return {c.code: c.name for c in _codebook()}


def _partner(col: str) -> str:
    intl = ", ".join(f"'{x}'" for x in INTERNATIONAL)    # constants, not user values
    return f"CASE WHEN substr({col}, 1, 3) IN ({intl}) THEN substr({col}, 1, 6) ELSE substr({col}, 1, 3) END"


# ---- event lists -----------------------------------------------------------------------------

def _list_sql(cond: str, order: str) -> str:
    cols = ", ".join(f"e.{c}" for c in EVENT_FIELDS + GEO_FIELDS)
    direction = "DESC" if order == "desc" else "ASC"
    ev = ", ".join(f"m.{c}" for c in MENTION_FIELDS)
    return (
        f"WITH e AS (SELECT * FROM events WHERE {cond}"
        f" ORDER BY date {direction} NULLS LAST, event_id {direction} LIMIT ? OFFSET ?),"
        f" ev AS (SELECT DISTINCT ON (m.event_id) m.event_id, {ev} FROM mentions m"
        " WHERE m.event_id IN (SELECT event_id FROM e)"
        " ORDER BY m.event_id, m.date NULLS LAST, m.doc_id, m.sentence_index)"
        f" SELECT {cols}, {', '.join('f.' + c for c in MENTION_FIELDS)} FROM e"
        " LEFT JOIN ev f ON f.event_id = e.event_id"
        f" ORDER BY e.date {direction} NULLS LAST, e.event_id {direction}")


def events_page(db, limit: int = 50, offset: int = 0, order: str = "asc", **filters) -> dict:
    """One page of the events matching filters, with the total, each with its first mention."""
    limit = max(1, min(int(limit), MAX_PAGE))
    offset = max(0, int(offset))
    cond, params = where(**filters)
    total = int(db.scalar(f"SELECT count(*) FROM events WHERE {cond}", params) or 0)
    rows = db.rows(_list_sql(cond, order), params + [limit, offset])
    out = []
    for r in rows:
        r = _clean(r)
        r["code_name"] = code_name(r["code"])
        r["highlights"] = highlights(r.get("sentence"), r.get("trigger_start"), r.get("trigger_end"),
                                     r.get("source_text"), r.get("target_text"))
        out.append(r)
    return {"total": total, "limit": limit, "offset": offset, "events": out}


# ---- one event, one document -----------------------------------------------------------------

def event(db, event_id: str) -> dict | None:
    """One event with every mention of it, the evidence highlighted and the pattern explained."""
    cols = ", ".join(EVENT_FIELDS + GEO_FIELDS + ("confidence_reasons",))
    rows = db.rows(f"SELECT {cols} FROM events WHERE event_id = ?", [event_id])
    if not rows:
        return None
    e = _clean(rows[0])
    e["confidence_reasons"] = json.loads(e["confidence_reasons"]) if e.get("confidence_reasons") else []
    e["code_name"] = code_name(e["code"])
    e["root_name"] = code_name(e["root"])
    mentions = db.rows(
        "SELECT m.doc_id, m.content_hash, m.sentence_index, m.sentence, m.trigger, m.trigger_start,"
        " m.trigger_end, m.pattern_id, m.date, m.outlet, m.url, d.date AS doc_date, d.coded_at,"
        " d.coder_version, d.dictionary_version"
        " FROM mentions m LEFT JOIN documents d ON d.content_hash = m.content_hash"
        " WHERE m.event_id = ? ORDER BY m.date NULLS LAST, m.doc_id, m.sentence_index", [event_id])
    e["mentions"] = []
    for m in mentions:
        m = _clean(m)
        m["highlights"] = highlights(m["sentence"], m["trigger_start"], m["trigger_end"],
                                     e.get("source_text"), e.get("target_text"))
        m["explain"] = explain(m["pattern_id"], e["code"])
        e["mentions"].append(m)
    return e


def document(db, key: str) -> dict | None:
    """A document (by content hash or doc id) with its sentences and the events coded from it."""
    from ..language.sentences import split_sentences

    docs = db.rows("SELECT content_hash, doc_id, date, url, outlet, text, coded_at, coder_version,"
                   " dictionary_version FROM documents WHERE content_hash = ? OR doc_id = ?"
                   " ORDER BY coded_at DESC, content_hash LIMIT 1", [key, key])
    if not docs:
        return None
    doc = _clean(docs[0])
    text = doc.pop("text") or ""
    doc["text"] = text
    ecols = ", ".join("e." + c for c in EVENT_FIELDS + GEO_FIELDS if c != "date")
    rows = db.rows(
        f"SELECT {ecols}, e.date AS date, m.sentence_index, m.sentence, m.trigger, m.trigger_start,"
        " m.trigger_end, m.pattern_id FROM mentions m JOIN events e ON e.event_id = m.event_id"
        " WHERE m.content_hash = ? ORDER BY m.sentence_index, m.trigger_start, e.event_id",
        [doc["content_hash"]])
    events = []
    by_sentence: dict[int, list[dict]] = {}
    for r in rows:
        r = _clean(r)
        r["code_name"] = code_name(r["code"])
        r["highlights"] = highlights(r["sentence"], r["trigger_start"], r["trigger_end"],
                                     r.get("source_text"), r.get("target_text"))
        r["explain"] = explain(r["pattern_id"], r["code"])
        events.append(r)
        by_sentence.setdefault(r["sentence_index"], []).append(r)
    sentences = []
    for i, (start, end) in enumerate(split_sentences(text)):
        here = by_sentence.get(i, [])
        spans: list[dict] = []
        for r in here:
            spans += [dict(h, event_id=r["event_id"]) for h in r["highlights"]]
        sentences.append({"index": i, "start": start, "end": end, "text": text[start:end],
                          "event_ids": [r["event_id"] for r in here], "highlights": _merge(spans)})
    doc["sentences"] = sentences
    doc["events"] = events
    return doc


def _merge(spans: list[dict]) -> list[dict]:
    """Non-overlapping spans, the trigger first, then in order."""
    rank = {"trigger": 0, "source": 1, "target": 2}
    taken: list[dict] = []
    for s in sorted(spans, key=lambda s: (rank.get(s["kind"], 3), s["start"])):
        if all(s["end"] <= t["start"] or s["start"] >= t["end"] for t in taken):
            taken.append(s)
    return sorted(taken, key=lambda s: s["start"])


# ---- highlights and explanations -------------------------------------------------------------

def _occurrences(sentence: str, text: str) -> list[tuple[int, int]]:
    pat = r"(?<!\w)" + re.escape(text) + r"(?!\w)"
    found = [(m.start(), m.end()) for m in re.finditer(pat, sentence)]
    return found or [(m.start(), m.end()) for m in re.finditer(pat, sentence, re.IGNORECASE)]


def highlights(sentence: str | None, t_start: int | None, t_end: int | None, source_text: str | None,
               target_text: str | None) -> list[dict]:
    """Spans of the trigger and of the actors as written (the occurrence nearest the trigger;
    the source preferably before it, the target after it)."""
    if not sentence:
        return []
    spans: list[dict] = []
    trig = None
    if t_start is not None and t_end is not None and 0 <= t_start < t_end <= len(sentence):
        trig = (t_start, t_end)
        spans.append({"start": t_start, "end": t_end, "kind": "trigger"})
    pivot = trig[0] if trig else 0
    for kind, text in (("source", source_text), ("target", target_text)):
        if not text or not text.strip():
            continue
        free = [o for o in _occurrences(sentence, text.strip())
                if all(o[1] <= s["start"] or o[0] >= s["end"] for s in spans)]
        if not free:
            continue
        if kind == "source":
            best = min(free, key=lambda o: (o[0] > pivot, abs(o[0] - pivot)))
        else:
            best = min(free, key=lambda o: (o[0] < pivot, abs(o[0] - pivot)))
        spans.append({"start": best[0], "end": best[1], "kind": kind})
    return sorted(spans, key=lambda s: s["start"])


@lru_cache(maxsize=1)
def _patterns_by_id() -> dict:
    from ..events.patterns import VerbDictionary

    return {p.id: p for p in VerbDictionary.load().all_patterns()}


@lru_cache(maxsize=1)
def _noun_notes() -> dict:
    from ..events.rules import DATA

    return {r["noun"].lower(): r for r in read_tsv(DATA / "nouns.tsv")}


@lru_cache(maxsize=1)
def _rule_kinds() -> dict:
    """The coder's own rules by pattern-id kind (events/data/rule_kinds.tsv)."""
    from ..events.rules import DATA

    out = {}
    for kind, module, what, *_ in read_rows(DATA / "rule_kinds.tsv", header=False):
        out[kind] = (module, what)
    return out


DICTIONARY_KINDS = ("verb", "noun", "cameo2", "hand")


@lru_cache(maxsize=4096)
def explain(pattern_id: str | None, code: str | None) -> dict:
    """Why an event got its code: the dictionary entry or the coder's rule that fired."""
    out: dict[str, Any] = {"pattern_id": pattern_id, "code": code, "code_name": code_name(code)}
    if not pattern_id:
        out["summary"] = "No pattern was recorded for this mention."
        return out
    kind, _, key = pattern_id.partition(":")
    rules = _rule_kinds()
    rule = rules.get(pattern_id) or (rules.get(kind) if kind not in DICTIONARY_KINDS else None)
    if rule is not None:
        module, what = rule
        out.update(kind="rule", word=key, file=module)
        inner = key.partition(":")[0]
        if inner in DICTIONARY_KINDS or inner in rules:
            # "crowd:verb:storm": the rule changed what a dictionary entry (or another rule) gave
            first = _explain_entry(key, out)
            out["summary"] = f"A rule of the coder ({kind}: {what}) gave the code. It started from: {first}"
        else:
            shown = f" on the word \u201c{key}\u201d" if kind != "rule" else ""
            out["summary"] = f"A rule of the coder{shown} gave the code: {what}."
        return _modified(out, code)
    out["summary"] = _explain_entry(pattern_id, out)
    return _modified(out, code)


def _explain_entry(pattern_id: str, out: dict) -> str:
    """The sentence that explains one dictionary entry; fills out's kind, file, dictionary_code."""
    kind, _, key = pattern_id.partition(":")
    summary = None
    try:
        if kind in _rule_kinds() or pattern_id in _rule_kinds():
            return explain(pattern_id, None)["summary"]
        if kind == "verb":
            from ..events.patterns import VerbDictionary

            v = VerbDictionary.load().verb(key)
            out.setdefault("kind", "verb")
            out.setdefault("word", key)
            if v is not None:
                hand = v.source.startswith("hand")
                out.setdefault("file", "events/data/verbs_hand.tsv" if hand else "events/data/verbs.tsv")
                out.update(block=v.block, dictionary_code=v.code, source=v.source)
                summary = (f"The verb \u201c{key}\u201d is in the verb dictionary"
                           f"{' (block ' + v.block + ')' if v.block else ''} with code {v.code}"
                           f" ({code_name(v.code) or 'no event'}); no more specific pattern matched.")
        elif kind == "noun":
            row = _noun_notes().get(key.lower())
            out.setdefault("kind", "noun")
            out.setdefault("word", key)
            out.setdefault("file", "events/data/nouns.tsv")
            given = row.get("code") if row else None
            if row:
                out.update(dictionary_code=given, note=row.get("note"), preps=row.get("preps"))
            summary = (f"The event noun \u201c{key}\u201d, carried by a light verb (\u201cheld talks\u201d),"
                       f" names the event{' with code ' + given if given else ''}.")
        else:
            p = _patterns_by_id().get(pattern_id)
            out.setdefault("kind", "pattern")
            if p is not None:
                words = " ".join([*p.before, p.lemma.upper(), *p.after])
                out.setdefault("word", p.lemma)
                out.setdefault("file", "events/data/verb_patterns_hand.tsv" if kind == "hand"
                               else "events/data/verb_patterns.tsv")
                out.update(pattern=words, dictionary_code=p.code, source=p.source)
                summary = (f"The pattern {pattern_id} of the verb \u201c{p.lemma}\u201d matched: "
                           f"{words} gives code {p.code} ({code_name(p.code) or 'no event'}).")
    except Exception as exc:  # a dictionary that cannot load must not break a page
        return f"The dictionary could not be read: {exc}"
    return summary or f"Pattern {pattern_id} is not in the current dictionaries (coded with an older version?)."


def _modified(out: dict, code: str | None) -> dict:
    given = out.get("dictionary_code")
    if given and code and given != code:
        out["modified"] = (f"The dictionary gives {given}; the rule above made it {code}."
                           if out.get("kind") == "rule" else
                           f"The dictionary gives {given}; the event was coded {code}: the sentence's "
                           "modality (a threat, a promise, an intent) or its context changed the code.")
    return out


# ---- aggregates ------------------------------------------------------------------------------

def period_label(d: Any, by: str) -> str | None:
    """A period as the dyad query names it: 2022, 2022-Q1, 2022-01, or its first day."""
    if d is None:
        return None
    if isinstance(d, str):
        d = dt.date.fromisoformat(d[:10])
    if isinstance(d, dt.datetime):
        d = d.date()
    if by == "year":
        return f"{d.year}"
    if by == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if by == "month":
        return f"{d.year}-{d.month:02d}"
    return d.isoformat()


def _period(by: str) -> str:
    if by not in PERIODS:
        raise ValueError(f"by takes one of {', '.join(PERIODS)}")
    return by


def timeline(db, by: str = "month", **filters) -> list[dict]:
    """Events per period and quad class, with the mean Goldstein score."""
    by = _period(by)
    cond, params = where(**filters)
    rows = db.execute(
        "SELECT CAST(date_trunc(?, date) AS DATE) AS period, quad_class, count(*) AS n,"
        " sum(goldstein) AS g, count(goldstein) AS gn"
        f" FROM events WHERE date IS NOT NULL AND {cond} GROUP BY 1, 2 ORDER BY 1", [by] + params).fetchall()
    periods: dict = {}
    for period, quad, n, g, gn in rows:
        p = periods.setdefault(period, {"period": period_label(period, by), "events": 0,
                                        **{k: 0 for k in QUADS.values()}, "_g": 0.0, "_gn": 0})
        p["events"] += n
        if quad in QUADS:
            p[QUADS[quad]] += n
        p["_g"] += g or 0.0
        p["_gn"] += gn
    out = []
    for period in sorted(periods):
        p = periods[period]
        g, gn = p.pop("_g"), p.pop("_gn")
        p["goldstein"] = round(g / gn, 2) if gn else None
        out.append(p)
    return out


def top_dyads(db, limit: int = 10, **filters) -> list[dict]:
    """The pairs of countries (or organisations) with the most events between them, either way."""
    cond, params = where(**filters)
    sql = (f"WITH p AS (SELECT {_partner('source_code')} AS s, {_partner('target_code')} AS t,"
           f" quad_class, goldstein FROM events WHERE {cond})"
           " SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS events,"
           " count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,"
           " count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict, avg(goldstein) AS goldstein"
           " FROM p WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t"
           " GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?")
    rows = db.rows(sql, params + [max(1, min(int(limit), 100))])
    for r in rows:
        r["goldstein"] = None if r["goldstein"] is None else round(float(r["goldstein"]), 2)
    return rows


def top_codes(db, limit: int = 10, **filters) -> list[dict]:
    cond, params = where(**filters)
    rows = db.rows(f"SELECT code, count(*) AS events, avg(goldstein) AS goldstein FROM events WHERE {cond}"
                   " GROUP BY code ORDER BY events DESC, code LIMIT ?", params + [max(1, min(int(limit), 100))])
    for r in rows:
        info = _codebook().get(r["code"])
        r["name"] = info.name if info else None
        r["quad_class"] = info.quad_class if info else None
        r["goldstein"] = None if r["goldstein"] is None else round(float(r["goldstein"]), 2)
    return rows


def totals(db, **filters) -> dict:
    cond, params = where(**filters)
    row = db.rows(f"SELECT count(*) AS events, min(date) AS first, max(date) AS last,"
                  " count(DISTINCT source_code) AS sources, count(DISTINCT target_code) AS targets"
                  f" FROM events WHERE {cond}", params)[0]
    docs = db.scalar("SELECT count(DISTINCT content_hash) FROM mentions WHERE event_id IN"
                     f" (SELECT event_id FROM events WHERE {cond})", params)
    row = _clean(row)
    row["documents"] = int(docs or 0)
    return row


def places(db, limit: int = 2000, **filters) -> dict:
    """Events by place of action: where, how many, of which quad classes, mean Goldstein."""
    cond, params = where(**filters)
    quads = "".join(f" count(*) FILTER (WHERE quad_class = {q}) AS {name}," for q, name in QUADS.items())
    rows = db.rows(
        "SELECT action_geo_id AS id, action_geo_name AS name, action_geo_country AS country,"
        " action_geo_admin1 AS admin1, action_geo_feature_type AS feature_type,"
        " action_geo_lat AS lat, action_geo_lon AS lon, count(*) AS events,"
        f"{quads} avg(goldstein) AS goldstein"
        f" FROM events WHERE action_geo_lat IS NOT NULL AND action_geo_lon IS NOT NULL AND {cond}"
        " GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY events DESC, name LIMIT ?",
        params + [max(1, min(int(limit), 5000))])
    for r in rows:
        r["goldstein"] = None if r["goldstein"] is None else round(float(r["goldstein"]), 2)
        r["lat"], r["lon"] = float(r["lat"]), float(r["lon"])
    unplaced = db.scalar(f"SELECT count(*) FROM events WHERE (action_geo_lat IS NULL OR action_geo_lon IS NULL)"
                         f" AND {cond}", params)
    return {"places": rows, "unplaced": int(unplaced or 0)}
