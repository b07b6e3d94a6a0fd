"""Data frames in and out of the coder (eventwire.code_frame): pandas or polars, through Arrow.

The events table has the flat columns of the CSV and Parquet exports (export.FLAT_COLUMNS,
typed as in parquet_schema), one row per event; the article's own columns are joined to it
by doc_id. Neither pandas nor polars is imported unless a frame of that kind is given.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .errors import EventwireError
from .records import Document, Event


def kind(frame: Any) -> str:
    """'pandas' or 'polars' (by the frame's module, without importing either)."""
    module = type(frame).__module__.split(".")[0]
    if module in ("pandas", "polars"):
        return module
    raise EventwireError(f"code_frame takes a pandas or polars DataFrame (got {type(frame).__name__})")


def _column(frame: Any, name: str, what: str) -> list:
    if name not in list(frame.columns):
        raise EventwireError(f"no column {name!r} for {what} (columns: {', '.join(map(str, frame.columns))})")
    return frame[name].to_list() if hasattr(frame[name], "to_list") else list(frame[name])


def _date(value: Any) -> Any:
    """A cell of the date column as the JSONL reader takes it (dates and timestamps as ISO)."""
    if value is None or value != value:                 # None, NaN, NaT
        return None
    if isinstance(value, (dt.date, dt.datetime)):       # pandas Timestamps are datetimes
        return value.isoformat()[:10]
    return value


def event_rows(pairs: list[tuple[Document, list[Event]]], coded_at: dt.datetime) -> list[dict]:
    """The flat export row of each event (store.rows.event_columns and its first mention)."""
    from .store.rows import event_columns

    out = []
    for doc, events in pairs:
        for e in events:
            row = event_columns(e)
            m = e.mentions[0]
            row.update(doc_id=doc.doc_id, sentence_index=m.sentence_index, sentence=m.sentence,
                       trigger=m.trigger, trigger_start=m.trigger_start, trigger_end=m.trigger_end,
                       pattern_id=m.pattern_id, url=doc.url, outlet=doc.outlet, coded_at=coded_at)
            out.append(row)
    return out


def events_table(rows: list[dict]):
    """The rows as an Arrow table with the Parquet export's schema."""
    import pyarrow as pa

    from .export import FLAT_COLUMNS, parquet_schema

    schema = parquet_schema()
    return pa.table({c: [r.get(c) for r in rows] for c in FLAT_COLUMNS}, schema=schema)


def code_frame(frame: Any, text: str = "text", date: str | None = None, id: str | None = None,
               default_date: Any = None, **options: Any) -> Any:
    from . import api
    from .export import FLAT_COLUMNS

    k = kind(frame)
    texts = _column(frame, text, "text")
    n = len(texts)
    ids = [str(v) for v in _column(frame, id, "id")] if id is not None else [str(i) for i in range(n)]
    if len(set(ids)) != len(ids):
        raise EventwireError(f"column {id!r} has repeated ids: code_frame joins the articles by id")
    dates = [_date(v) for v in _column(frame, date, "date")] if date is not None else [None] * n
    # url and outlet columns are the documents' own (the events' url and outlet columns)
    cols = [str(c) for c in frame.columns]
    extra = {c: _column(frame, c, c) for c in ("url", "outlet") if c in cols and c not in (text, id, date)}
    items = []
    for i in range(n):
        t = texts[i]
        item: dict[str, Any] = {"doc_id": ids[i], "text": t if isinstance(t, str) else None}
        if dates[i] is not None:
            item["date"] = dates[i]
        for c, values in extra.items():
            if isinstance(values[i], str):
                item[c] = values[i]
        items.append(item)
    min_confidence = float(options.pop("min_confidence", 0.0) or 0.0)
    if not 0.0 <= min_confidence <= 1.0:
        raise EventwireError(f"not a confidence: {min_confidence!r} (0 to 1)")
    strict = options.pop("strict", False)
    docs = api.documents(items, api.check_date(default_date), strict=strict)
    pairs = api.code_documents(docs, **options)
    pairs = [(d, api._keep(ev, min_confidence)) for d, ev in pairs]
    table = events_table(event_rows(pairs, dt.datetime.now().replace(microsecond=0)))

    # the articles' own columns, text left out, renamed where an event column has the name
    own = [c for c in frame.columns if c not in (text, id, "doc_id") and c not in extra]
    names = {c: (f"doc_{c}" if c in FLAT_COLUMNS else c) for c in own}
    if k == "pandas":
        import pandas as pd

        events = table.to_pandas(date_as_object=False)
        articles = pd.DataFrame({"doc_id": ids})
        for c in ([id] if id not in (None, "doc_id") else []) + own:
            articles[names.get(c, c)] = frame[c].reset_index(drop=True)
        return events.merge(articles, on="doc_id", how="left")
    import polars as pl

    events = pl.from_arrow(table)
    articles = pl.DataFrame([pl.Series("doc_id", ids, dtype=pl.Utf8)]
                            + [frame[c].alias(names.get(c, c))
                               for c in ([id] if id not in (None, "doc_id") else []) + own])
    return events.join(articles, on="doc_id", how="left")


__all__ = ["code_frame", "event_rows", "events_table", "kind"]
