"""Parquet shards of coded events: one file per chunk of documents, one row per event.

Flat columns for reading the shard as a table (DuckDB, pyarrow, pandas, polars), and
`record`: the whole event as JSON, from which `read_shard` rebuilds the `Event` exactly.
"""
from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from ..records import ActorMention, Document, Event, EventMention

COLUMNS = ("doc_index", "doc_id", "content_hash", "event_id", "date", "code", "root", "source_code",
           "target_code", "goldstein", "quad_class", "num_mentions", "record")


def event_dict(e: Event) -> dict:
    return dataclasses.asdict(e)


def _place(p):
    if p is None:
        return None
    from ..places.gazetteer import Place

    return Place(**p)


def _mention(d: dict) -> EventMention:
    d = dict(d)
    d["source"], d["target"] = ActorMention(**d["source"]), ActorMention(**d["target"])
    d["place"] = _place(d.get("place"))
    return EventMention(**d)


def event_from_dict(d: dict) -> Event:
    d = dict(d)
    d["source"], d["target"] = ActorMention(**d["source"]), ActorMention(**d["target"])
    d["mentions"] = [_mention(m) for m in d["mentions"]]
    for k in ("place", "actor1_geo", "actor2_geo"):
        d[k] = _place(d.get(k))
    return Event(**d)


def write_shard(path: str | os.PathLike, docs: list[Document], events: list[list[Event]]) -> int:
    """Write the events of docs (events[i] belongs to docs[i]); returns the number of rows.
    Written under a temporary name and renamed, so a shard is whole or absent."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols: dict[str, list] = {c: [] for c in COLUMNS}
    for i, (doc, evs) in enumerate(zip(docs, events)):
        for e in evs:
            row = (i, doc.doc_id, doc.content_hash, e.event_id, e.date, e.code, e.root, e.source.code,
                   e.target.code, e.goldstein, e.quad_class, len(e.mentions),
                   json.dumps(event_dict(e), ensure_ascii=False))
            for c, v in zip(COLUMNS, row):
                cols[c].append(v)
    schema = pa.schema([("doc_index", pa.int32()), ("doc_id", pa.string()), ("content_hash", pa.string()),
                        ("event_id", pa.string()), ("date", pa.string()), ("code", pa.string()),
                        ("root", pa.string()), ("source_code", pa.string()), ("target_code", pa.string()),
                        ("goldstein", pa.float64()), ("quad_class", pa.int8()), ("num_mentions", pa.int32()),
                        ("record", pa.string())])
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(pa.table(cols, schema=schema), tmp)
    os.replace(tmp, path)
    return len(cols["record"])


def read_shard(path: str | os.PathLike, n_docs: int) -> list[list[Event]]:
    """The events of each of the shard's n_docs documents, in order."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["doc_index", "record"])
    out: list[list[Event]] = [[] for _ in range(n_docs)]
    for i, rec in zip(table.column("doc_index").to_pylist(), table.column("record").to_pylist()):
        out[i].append(event_from_dict(json.loads(rec)))
    return out
