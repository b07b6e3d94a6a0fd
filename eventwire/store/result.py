"""Query results that are lists of dicts and convert to Arrow, pandas or polars.

`Store.events()` and `Store.day()` return `Events`: a lazy sequence of dicts (the rows are
fetched and built once, on first use) whose `to_arrow()` runs the same SQL through the
database's own columnar path instead: DuckDB hands back an Arrow table, and for PostgreSQL
(psycopg 3 has no Arrow path of its own) the cursor's rows are fetched in chunks and turned
into Arrow columns one chunk at a time, without a dict per row. `Store.dyad()` and
`Store.partners()`, small aggregates made in Python, return `Rows`, a plain list with the
same conversions. pandas and polars are optional: `pip install 'eventwire[pandas]'` or
`'eventwire[polars]'`; only the conversion that needs one imports it.

The frames keep the database's types: `date` is a date column, `coded_at` a timestamp (the
dicts carry ISO strings, as the JSON output does).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Callable, Iterator

from ..errors import EventwireError

CHUNK = 65_536          # PostgreSQL rows per Arrow record batch


def _need(module: str, extra: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise EventwireError(f"{module} is not installed: pip install 'eventwire[{extra}]'") from None


class _Frames:
    def to_arrow(self):            # pragma: no cover - defined by the subclasses
        raise NotImplementedError

    def to_pandas(self):
        """A pandas DataFrame (through Arrow); needs pandas."""
        _need("pandas", "pandas")
        return self.to_arrow().to_pandas(date_as_object=False)

    def to_polars(self):
        """A polars DataFrame (through Arrow, without copying the columns); needs polars."""
        pl = _need("polars", "polars")
        return pl.from_arrow(self.to_arrow())


def _flat(value: Any) -> Any:
    from ..query import flat

    return flat(value) if isinstance(value, (list, tuple)) else value


class Rows(list, _Frames):
    """A list of dicts (a query's answer) that also converts to Arrow, pandas and polars."""

    def to_arrow(self):
        import pyarrow as pa

        # lists such as top_codes ([code, n] pairs) become '042:5 051:3', as in the CSV output
        return pa.Table.from_pylist([{k: _flat(v) for k, v in r.items()} for r in self])


class Events(Sequence, _Frames):
    """The events of a query: a sequence of dicts, fetched when first used; `to_arrow()`,
    `to_pandas()` and `to_polars()` read the same query column by column instead.

    It behaves as a list (len, index, slices, iteration, unpacking, == a list); `list(result)`
    makes a real one (for json.dumps, say). Results not used yet when their store is closed
    are fetched then (Store.close), so they work after `with Store.open(...)` too.
    """

    def __init__(self, db, sql: str, params: list, clean: Callable[[dict], dict]):
        self._db, self._sql, self._params, self._clean = db, sql, list(params), clean
        self._rows: list[dict] | None = None

    def _all(self) -> list[dict]:
        if self._rows is None:
            self._rows = [self._clean(r) for r in self._db.rows(self._sql, self._params)]
        return self._rows

    def __len__(self) -> int:
        return len(self._all())

    def __getitem__(self, i):
        return self._all()[i]

    def __iter__(self) -> Iterator[dict]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Events, list, tuple)):
            return self._all() == list(other)
        return NotImplemented

    def __add__(self, other):
        return self._all() + list(other)

    def __repr__(self) -> str:
        return f"<Events: {len(self)} rows>" if self._rows is not None else "<Events: not fetched yet>"

    def to_arrow(self):
        if self._db is None:                  # its store was closed: the rows fetched then
            return Rows(self._all()).to_arrow()
        return arrow(self._db, self._sql, self._params)

    def settle(self) -> None:
        """Its store closes: fetch the rows now, if nobody has yet (they stay usable)."""
        self._all()
        self._db = None


def arrow(db, sql: str, params: list):
    """A query's answer as an Arrow table, by the backend's columnar path."""
    if db.dialect == "duckdb":
        # a relation hands its result over as Arrow as it is (a DB-API cursor would copy it);
        # DuckDB >= 1.4 names it to_arrow_table, older releases arrow
        # (on a cursor of its own: the connection may hold an unfinished result)
        cur = db.con.cursor()
        try:
            rel = cur.sql(sql, params=list(params))
            fetch = getattr(rel, "to_arrow_table", None) or rel.arrow
            return fetch()
        finally:
            cur.close()
    return _pg_arrow(db, sql, params)


def _pg_arrow(db, sql: str, params: list):
    """PostgreSQL rows to Arrow: fetchmany in chunks, each transposed to columns (zip) and
    made into one record batch; JSON values (psycopg parses them) go back to JSON text."""
    import pyarrow as pa

    cur = db.execute(sql, params)
    names = [d[0] for d in cur.description]
    batches = []
    while True:
        chunk = cur.fetchmany(CHUNK)
        if not chunk:
            break
        cols = [list(c) for c in zip(*chunk)]
        for i, col in enumerate(cols):
            if any(isinstance(v, (dict, list)) for v in col):
                cols[i] = [None if v is None else json.dumps(v, ensure_ascii=False) for v in col]
        batches.append(pa.RecordBatch.from_arrays([pa.array(c) for c in cols], names=names))
    if not batches:
        return pa.table({n: pa.array([], pa.null()) for n in names})
    tables = [pa.Table.from_batches([b]) for b in batches]
    # a column that is all NULL in one chunk is typed null there: let the others decide
    return pa.concat_tables(tables, promote_options="permissive")


__all__ = ["Rows", "Events", "arrow"]
