"""A tiny SQL layer over DuckDB and PostgreSQL (psycopg 3).

All SQL in eventwire is written once with `?` placeholders; the PostgreSQL
backend rewrites them to `%s`. Every value goes in as a parameter.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence
from urllib.parse import urlsplit

from ..errors import EventwireError

DEFAULT_PATH = "eventwire.duckdb"


class StoreError(EventwireError, RuntimeError):
    """A store that cannot be opened or written, with a one-line reason."""


def is_postgres(target: str | Path) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def describe(target: str | Path) -> str:
    """The store's name for messages: a path, or a URL without its password."""
    t = str(target)
    if not is_postgres(t):
        return t
    u = urlsplit(t)
    host = u.hostname or "localhost"
    user = f"{u.username}@" if u.username else ""
    return f"postgresql://{user}{host}{':' + str(u.port) if u.port else ''}{u.path}"


class Backend:
    dialect = ""
    json_type = "JSON"

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    def executemany(self, sql: str, rows: list[Sequence[Any]]) -> None: ...

    def insert(self, table: str, columns: Sequence[str], rows: list[tuple], on_conflict: str | None = None,
               returning: str | None = None) -> list:
        """Insert rows; on_conflict names the key column to skip rows that exist already;
        returning names a column whose values in the inserted rows are returned."""
        if not rows:
            return []
        marks = "(" + ", ".join("?" for _ in columns) + ")"
        head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        tail = f" ON CONFLICT ({on_conflict}) DO NOTHING" if on_conflict else ""
        if not returning:
            self.executemany(head + marks + tail, rows)
            return []
        out: list = []
        step = max(1, 30_000 // len(columns))            # PostgreSQL takes at most 65,535 parameters
        for i in range(0, len(rows), step):
            chunk = rows[i:i + step]
            sql = head + ", ".join(marks for _ in chunk) + tail + f" RETURNING {returning}"
            out += [r[0] for r in self.execute(sql, [v for r in chunk for v in r]).fetchall()]
        return out

    def upsert(self, table: str, columns: Sequence[str], rows: list[tuple], key: str) -> None:
        """Insert rows, replacing the other columns of rows whose key exists."""
        if not rows:
            return
        sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
        marks = "(" + ", ".join("?" for _ in columns) + ")"
        self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES {marks}"
                         f" ON CONFLICT ({key}) DO UPDATE SET {sets}", rows)

    def scratch(self, name: str, columns: Sequence[tuple[str, str]], rows: list[tuple]) -> None:
        """A temporary table `name` (columns as (name, SQL type)) holding rows, to join with."""
        self.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({', '.join(f'{c} {t}' for c, t in columns)})")
        self.execute(f"DELETE FROM {name}")
        if rows:
            self.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' for _ in columns)})", rows)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        cur = self.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 10_000) -> Iterator[list[dict]]:
        cur = self.execute(sql, params)
        cols = [d[0] for d in cur.description]
        while True:
            chunk = cur.fetchmany(size)
            if not chunk:
                break
            yield [dict(zip(cols, r)) for r in chunk]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        yield

    def lock_migrations(self) -> None:
        """Inside a transaction: keep other processes from migrating at the same time."""

    def lock_matching(self) -> None:
        """Inside a transaction: deduplicating writers take turns (matching reads what they write)."""

    def size_bytes(self) -> int:
        return 0

    def close(self) -> None: ...


class DuckBackend(Backend):
    dialect = "duckdb"

    def __init__(self, path: str | Path, read_only: bool = False):
        import duckdb

        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc).splitlines()[0]
            if "lock" in msg.lower():
                raise StoreError(_locked(self.path, msg, read_only)) from None
            raise StoreError(f"cannot open store {self.path}: {msg}") from None
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {str(exc).splitlines()[0]}") from None
        self._depth = 0

    def execute(self, sql, params=()):
        return self.con.execute(sql, list(params))

    def executemany(self, sql, rows):
        self.con.executemany(sql, [list(r) for r in rows])

    def insert(self, table, columns, rows, on_conflict=None, returning=None):
        # through Arrow: DuckDB inserts a batch ~100x faster than row by row
        if not rows:
            return []
        import pyarrow as pa

        from .schema import arrow_schema

        schema = arrow_schema(table, columns)
        data = pa.Table.from_pylist([dict(zip(columns, r)) for r in rows], schema=schema)
        self.con.register("_ew_rows", data)
        try:
            cols = ", ".join(columns)
            sql = f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _ew_rows"
            if on_conflict:
                sql += f" ON CONFLICT ({on_conflict}) DO NOTHING"
            if returning:
                return [r[0] for r in self.con.execute(sql + f" RETURNING {returning}").fetchall()]
            self.con.execute(sql)
            return []
        finally:
            self.con.unregister("_ew_rows")

    def upsert(self, table, columns, rows, key):
        # delete, then insert: ten times faster than ON CONFLICT DO UPDATE on a large table
        if not rows:
            return
        at = list(columns).index(key)
        keys = [r[at] for r in rows]
        for i in range(0, len(keys), 1000):
            part = keys[i:i + 1000]
            self.con.execute(f"DELETE FROM {table} WHERE {key} IN ({', '.join('?' for _ in part)})", part)
        self.insert(table, columns, rows)

    def scratch(self, name, columns, rows):
        # a registered Arrow table: no writes, joins like a table
        import pyarrow as pa

        types = {"VARCHAR": pa.string(), "DATE": pa.date32(), "BIGINT": pa.int64(), "INTEGER": pa.int32(),
                 "BOOLEAN": pa.bool_()}
        schema = pa.schema([(c, types[t]) for c, t in columns])
        data = pa.Table.from_pylist([dict(zip([c for c, _ in columns], r)) for r in rows], schema=schema)
        self.con.register(name, data)

    @contextmanager
    def transaction(self):
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.con.execute("ROLLBACK")
            raise
        self._depth = 0
        self.con.execute("COMMIT")

    def size_bytes(self):
        self.con.execute("CHECKPOINT")
        p = Path(self.path)
        return p.stat().st_size if p.exists() else 0

    def close(self):
        self.con.close()


def _locked(path: str, msg: str, read_only: bool) -> str:
    """One line for a DuckDB file another process holds: who, and what to do."""
    pid = re.search(r"PID (\d+)", msg)
    who = f"PID {pid.group(1)}" if pid else "another process"
    if pid:
        try:    # name an eventwire command: `eventwire code`, `eventwire serve`
            args = Path(f"/proc/{pid.group(1)}/cmdline").read_bytes().decode("utf-8", "replace").split("\0")
            at = next(i for i, a in enumerate(args) if Path(a).name == "eventwire")
            who += f", `eventwire {args[at + 1]}`" if len(args) > at + 1 and args[at + 1] else ", eventwire"
        except (OSError, StopIteration):
            pass
    if "read-only mode" in msg:          # DuckDB says so when the holder only reads
        why = "which reads it: DuckDB cannot write a file other processes have open; stop it"
    elif read_only:
        why = "which writes it: DuckDB cannot read a file while another process writes it; wait for it to end"
    else:
        why = "which writes it: a DuckDB file takes one writer at a time; wait for it to end"
    return f"store {path} is in use by another process ({who}), {why}, or use PostgreSQL for a shared store"


class PgBackend(Backend):
    dialect = "postgresql"
    json_type = "JSONB"

    def __init__(self, url: str, read_only: bool = False):
        import psycopg

        self.url = url
        try:
            self.con = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(f"cannot connect to {describe(url)}: {first}") from None
        if read_only:
            self.con.execute("SET default_transaction_read_only = on")
        self._sql: dict[str, str] = {}

    def _pg(self, sql: str) -> str:
        out = self._sql.get(sql)
        if out is None:
            out = self._sql[sql] = sql.replace("%", "%%").replace("?", "%s")
        return out

    def execute(self, sql, params=()):
        if not params:
            return self.con.execute(sql)
        return self.con.execute(self._pg(sql), list(params))

    def executemany(self, sql, rows):
        with self.con.cursor() as cur:
            cur.executemany(self._pg(sql), rows)

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
        """Bulk load with COPY (no conflict handling: for fresh tables)."""
        with self.con.cursor() as cur:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)

    def scratch(self, name, columns, rows):
        self.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({', '.join(f'{c} {t}' for c, t in columns)})")
        self.execute(f"TRUNCATE {name}")
        if rows:
            self.copy_rows(name, [c for c, _ in columns], rows)
        self.execute(f"ANALYZE {name}")

    @contextmanager
    def transaction(self):
        with self.con.transaction():
            yield

    def lock_migrations(self):
        self.con.execute("SELECT pg_advisory_xact_lock(4242001)")

    def lock_matching(self):
        self.con.execute("SELECT pg_advisory_xact_lock(4242002)")

    def size_bytes(self):
        return int(self.scalar(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND c.relkind = 'r'") or 0)

    def close(self):
        self.con.close()


def execute_in(db: Backend, sql: str, values: Iterable, head: list | None = None, fetch: bool = True) -> list:
    """Run sql with its `IN ({})` filled by values (in slices of 1,000), after the parameters
    in head; the rows as tuples (none unless fetch)."""
    out: list = []
    values = list(values)
    for i in range(0, len(values), 1000):
        part = values[i:i + 1000]
        cur = db.execute(sql.format(", ".join("?" for _ in part)), (head or []) + part)
        if fetch:
            out += cur.fetchall()
    return out


def rows_in(db: Backend, sql: str, values: Iterable) -> list[dict]:
    """Like execute_in, the rows as dicts."""
    out: list[dict] = []
    values = list(values)
    for i in range(0, len(values), 1000):
        part = values[i:i + 1000]
        out += db.rows(sql.format(", ".join("?" for _ in part)), part)
    return out


def connect(target: str | Path | None = None, read_only: bool = False) -> Backend:
    target = DEFAULT_PATH if target is None else target
    if is_postgres(target):
        return PgBackend(str(target), read_only=read_only)
    return DuckBackend(target, read_only=read_only)
