"""Stored events out to files other tools read: JSON lines, CSV, GDELT 2.0 event rows, Parquet."""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from ..query import EVENT_FIELDS, EVIDENCE_FIELDS, GEO_FIELDS
from . import gdelt

FORMATS = ("jsonl", "csv", "gdelt", "gdelt-mentions", "parquet")
# the flat columns of csv and parquet
FLAT_COLUMNS = EVENT_FIELDS + EVIDENCE_FIELDS + GEO_FIELDS


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v


def event_json(r: dict) -> dict:
    """A stored event in the shape of `eventwire code` output lines."""
    out = {
        "event_id": r["event_id"], "doc_id": r.get("doc_id"), "date": _iso(r.get("date")),
        "date_precision": r.get("date_precision"),
        "source": {"code": r.get("source_code"), "name": r.get("source_name"), "text": r.get("source_text")},
        "target": {"code": r.get("target_code"), "name": r.get("target_name"), "text": r.get("target_text")},
        "code": r.get("code"), "root": r.get("root"), "plover": r.get("plover"),
        "goldstein": r.get("goldstein"), "quad_class": r.get("quad_class"),
        "confidence": r.get("confidence"),
        "confidence_reasons": json.loads(r["confidence_reasons"]) if r.get("confidence_reasons") else [],
        "evidence": {
            "doc_id": r.get("doc_id"), "sentence_index": r.get("sentence_index"), "sentence": r.get("sentence"),
            "trigger": {"text": r.get("trigger"), "start": r.get("trigger_start"), "end": r.get("trigger_end")},
            "pattern_id": r.get("pattern_id"),
        },
        "num_mentions": r.get("num_mentions"), "num_articles": r.get("num_articles"),
        "num_sources": r.get("num_sources"), "url": r.get("url"), "outlet": r.get("outlet"),
        "coded_at": _iso(r.get("coded_at")),
    }
    for prefix in ("action_geo", "actor1_geo", "actor2_geo"):
        geo = {k[len(prefix) + 1:]: r.get(k) for k in GEO_FIELDS if k.startswith(prefix)}
        if any(v is not None for v in geo.values()):
            out[prefix] = geo
    return out


@contextmanager
def _open_text(path: str | Path) -> Iterator[IO[str]]:
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


def mention_json(m: dict) -> dict:
    out = {"doc_id": m.get("doc_id"), "date": _iso(m.get("date")), "outlet": m.get("outlet"), "url": m.get("url"),
           "confidence": m.get("confidence"),
           "sentence_index": m.get("sentence_index"), "sentence": m.get("sentence"),
           "trigger": {"text": m.get("trigger"), "start": m.get("trigger_start"), "end": m.get("trigger_end")},
           "pattern_id": m.get("pattern_id")}
    if m.get("copy_of"):
        out["copy_of"] = m["copy_of"]
    return out


def write_jsonl(chunks: Iterable[list[dict]], path: str | Path, mentions=None) -> int:
    """mentions: event ids -> their mentions (Store.mentions); each line then lists every
    mention and the ids of the documents that report the event."""
    n = 0
    with _open_text(path) as fh:
        for rows in chunks:
            every = mentions([r["event_id"] for r in rows]) if mentions else {}
            for r in rows:
                line = event_json(r)
                if mentions:
                    ms = [mention_json(m) for m in every.get(r["event_id"], [])]
                    line["doc_ids"] = list(dict.fromkeys(m["doc_id"] for m in ms))
                    line["mentions"] = ms
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                n += 1
    return n


def write_csv(chunks: Iterable[list[dict]], path: str | Path) -> int:
    n = 0
    with _open_text(path) as fh:
        w = csv.writer(fh)
        w.writerow(FLAT_COLUMNS)
        for rows in chunks:
            for r in rows:
                w.writerow(["" if r.get(c) is None else _iso(r.get(c)) for c in FLAT_COLUMNS])
                n += 1
    return n


def write_gdelt(chunks: Iterable[list[dict]], path: str | Path) -> int:
    n = 0
    with _open_text(path) as fh:
        for rows in chunks:
            for r in rows:
                fh.write("\t".join(gdelt.gdelt_row(r)) + "\n")
                n += 1
    return n


def write_gdelt_mentions(chunks: Iterable[list[dict]], path: str | Path, mentions=None) -> int:
    """GDELT 2.0 mentions rows: one per mention of each event; returns the events written."""
    n = 0
    with _open_text(path) as fh:
        for rows in chunks:
            every = mentions([r["event_id"] for r in rows])
            for r in rows:
                for m in every.get(r["event_id"], []):
                    fh.write("\t".join(gdelt.mention_row(r, m)) + "\n")
                n += 1
    return n


def parquet_schema():
    import pyarrow as pa

    ints = {"quad_class", "num_mentions", "num_articles", "num_sources", "sentence_index", "trigger_start",
            "trigger_end"}
    floats = {"goldstein", "confidence"} | {c for c in GEO_FIELDS if c.endswith(("_lat", "_lon"))}
    fields = []
    for c in FLAT_COLUMNS:
        if c == "date":
            t = pa.date32()
        elif c == "coded_at":
            t = pa.timestamp("s")
        elif c in ints:
            t = pa.int32()
        elif c in floats:
            t = pa.float64()
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields)


def write_parquet(chunks: Iterable[list[dict]], path: str | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if str(path) == "-":
        raise ValueError("parquet needs a file: give -o PATH")
    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as w:
        for rows in chunks:
            cols = {c: [r.get(c) for r in rows] for c in FLAT_COLUMNS}
            for c in ("date", "coded_at"):
                cols[c] = [v if v is None or not isinstance(v, str) else
                           (dt.date.fromisoformat(v) if c == "date" else dt.datetime.fromisoformat(v))
                           for v in cols[c]]
            w.write_table(pa.table(cols, schema=schema))
            n += len(rows)
        if n == 0:
            w.write_table(schema.empty_table())
    return n


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "gdelt": write_gdelt, "gdelt-mentions": write_gdelt_mentions,
           "parquet": write_parquet}


def export(store, fmt: str, path: str | Path, **filters) -> int:
    """Write the events matching filters to path in a format; returns how many."""
    from ..query import where

    if fmt not in WRITERS:
        raise ValueError(f"--format takes one of {', '.join(FORMATS)}")
    where(**filters)            # bad filters fail before a file is written
    if fmt in ("jsonl", "gdelt-mentions"):
        return WRITERS[fmt](store.iter_events(**filters), path, mentions=store.mentions)
    return WRITERS[fmt](store.iter_events(**filters), path)


__all__ = ["export", "FORMATS", "event_json", "gdelt"]
