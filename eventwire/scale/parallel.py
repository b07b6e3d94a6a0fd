"""Coding on several processes: a local process pool, or a Dask distributed cluster.

The main process reads the input lazily, cuts it into chunks, and keeps a bounded number
of chunks in flight, so memory stays flat however long the input. Results come back in
input order; writing output and the store stays with the main process.
"""
from __future__ import annotations

import itertools
import os
import uuid
from collections import deque
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..pipeline import Stats
from ..records import Document, Event
from . import worker
from ..errors import EventwireError


class ScaleError(EventwireError, RuntimeError):
    """A worker or the cluster failed (not a document: those are coder failures)."""

    exit_code = 1


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:           # not Linux
        return os.cpu_count() or 1


def resolve_workers(n: int) -> int:
    """--workers: 0 (or less) means one per core."""
    return n if n > 0 else cpu_count()


AUTO_BYTES = 512 * 1024     # inputs this large pay back the start-up of a second process
AUTO_MAX = 4


def auto_workers(paths: Iterable[str]) -> int:
    """The default --workers: one per core (at most AUTO_MAX) when the input files together hold
    more than AUTO_BYTES, else one (a few articles, stdin: one process starts faster)."""
    total = 0
    for p in paths:
        path = Path(p)
        if p == "-" or not path.exists():
            return 1
        if path.is_dir():
            total += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        else:
            total += path.stat().st_size
        if total > AUTO_BYTES:
            return max(1, min(cpu_count(), AUTO_MAX))
    return 1


def chunked(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


class PoolEngine:
    """A local process pool; each process builds one Coder when it starts."""

    def __init__(self, workers: int, batch_size: int, statements: bool, dictionaries: tuple[str, str] | None = None):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        self.slots = workers
        self.pool = ProcessPoolExecutor(workers, mp_context=mp.get_context(method),
                                        initializer=worker.init, initargs=(batch_size, statements, dictionaries))

    def submit(self, docs: list[Document]):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(worker.code_chunk, docs)
        except BrokenProcessPool as exc:
            raise ScaleError(f"a worker process died: {exc}") from exc

    def result(self, handle, n_docs: int):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return handle.result()
        except BrokenProcessPool as exc:
            raise ScaleError(f"a worker process died: {exc}") from exc

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """A Dask distributed cluster: each worker process keeps one Coder (built by its first
    task); chunks go out as tasks; events come back to the client, or through Parquet
    shards written by the workers into a folder the client can read."""

    def __init__(self, address: str, batch_size: int, statements: bool, shards: str | os.PathLike | None = None,
                 timeout: float | None = None, dictionaries: tuple[str, str] | None = None):
        try:
            import dask
            from dask.utils import parse_timedelta
            from distributed import Client
        except ImportError as exc:
            raise ScaleError("--cluster needs dask[distributed]: pip install 'dask[distributed]'") from exc
        if timeout is None:          # Dask's own setting (DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT)
            timeout = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), "s")
        try:
            self.client = Client(address, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise ScaleError(f"cannot reach a Dask cluster at {address}: {exc}") from exc
        try:
            self.client.wait_for_workers(1, timeout=max(timeout, 60))
        except (OSError, TimeoutError) as exc:
            self.client.close()
            raise ScaleError(f"the Dask cluster at {address} has no workers: {exc}") from exc
        self.slots = max(1, sum(self.client.nthreads().values()))
        self.options = (batch_size, statements, dictionaries)
        self.shards = Path(shards).resolve() if shards is not None else None
        self.run = uuid.uuid4().hex[:8]
        self.seq = 0

    def submit(self, docs: list[Document]):
        self.seq += 1
        key = f"eventwire-code-{self.run}-{self.seq}"
        if self.shards is None:
            return self.client.submit(worker.code_chunk, docs, *self.options, key=key, pure=False)
        path = str(self.shards / f"part-{self.run}-{self.seq:06d}.parquet")
        return self.client.submit(worker.code_to_shard, docs, *self.options, path, key=key, pure=False)

    def result(self, handle, n_docs: int):
        try:
            out = handle.result()
        except (OSError, TimeoutError) as exc:
            raise ScaleError(f"the Dask cluster failed: {exc}") from exc
        if self.shards is None:
            return out
        from .shards import read_shard

        path, _n, stats, failures = out
        return read_shard(path, n_docs), stats, failures

    def close(self) -> None:
        self.client.close()


class ParallelCoder:
    """Like `Coder`, but codes on `workers` local processes or on a Dask cluster.

    `code(docs)` yields (document, events) in input order, like `Coder.code`;
    `code_chunks(chunks, skip)` yields (chunk, events by id of document) and leaves the
    documents that `skip` names uncoded (a resumed run's stored documents).
    """

    def __init__(self, workers: int = 0, cluster: str | None = None, shards: str | os.PathLike | None = None,
                 batch_size: int = 64, statements: bool = False, ahead: int | None = None,
                 dictionaries: tuple[str, str] | None = None):
        self.batch_size = batch_size
        self.stats = Stats()
        self.failures: list[tuple[str, str]] = []
        if cluster:
            self.engine = DaskEngine(cluster, batch_size, statements, shards, dictionaries=dictionaries)
        else:
            self.engine = PoolEngine(resolve_workers(workers), batch_size, statements, dictionaries)
        self.ahead = ahead or 2 * self.engine.slots + 1      # chunks in flight

    def __enter__(self) -> "ParallelCoder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.engine.close()

    def _collect(self, item) -> tuple[list[Document], dict[int, list[Event]]]:
        chunk, todo, handle = item
        if handle is None:
            return chunk, {}
        events, stats, failures = self.engine.result(handle, len(todo))
        for k, v in stats.items():
            setattr(self.stats, k, getattr(self.stats, k) + v)
        self.failures += [tuple(f) for f in failures]
        return chunk, {id(d): ev for d, ev in zip(todo, events)}

    def code_chunks(self, chunks: Iterable[list[Document]],
                    skip: Callable[[list[Document]], list[bool]] | None = None
                    ) -> Iterator[tuple[list[Document], dict[int, list[Event]]]]:
        inflight: deque = deque()
        for chunk in chunks:
            todo = chunk if skip is None else [d for d, known in zip(chunk, skip(chunk)) if not known]
            inflight.append((chunk, todo, self.engine.submit(todo) if todo else None))
            if len(inflight) >= self.ahead:
                yield self._collect(inflight.popleft())
        while inflight:
            yield self._collect(inflight.popleft())

    def code(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for chunk, done in self.code_chunks(chunked(docs, self.batch_size)):
            for d in chunk:
                yield d, done[id(d)]
