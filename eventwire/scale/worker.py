"""What runs in a worker process (a local pool's or a Dask worker's): one `Coder` per
process, loaded once, coding chunks of documents."""
from __future__ import annotations

import dataclasses
import signal
import threading

from ..records import Document, Event

_coders: dict[tuple, object] = {}
_lock = threading.Lock()          # a Dask worker may run tasks in several threads
_options: tuple = (64, False, None)     # set by init() in a local pool


def coder(batch_size: int, statements: bool, dictionaries: tuple[str, str] | None = None):
    """This process's Coder for these options, built on first use (dictionaries: folder, mode)."""
    key = (batch_size, statements, dictionaries)
    with _lock:
        if key not in _coders:
            from ..pipeline import Coder

            dset = None
            if dictionaries is not None:
                from ..petrarch.dictset import prepare

                dset = prepare(*dictionaries)
            _coders[key] = Coder(batch_size=batch_size, statements=statements, dictionaries=dset)
        return _coders[key]


def init(batch_size: int, statements: bool, dictionaries: tuple[str, str] | None = None) -> None:
    """Initializer of a local pool's process: Ctrl-C is the parent's business; load now."""
    global _options
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _options = (batch_size, statements, dictionaries)
    coder(batch_size, statements, dictionaries)


def code_chunk(docs: list[Document], batch_size: int | None = None, statements: bool | None = None,
               dictionaries: tuple[str, str] | None = None) -> tuple[list[list[Event]], dict, list]:
    """Code documents: (events of each document in order, stats added, failures added)."""
    bs = _options[0] if batch_size is None else batch_size
    st = _options[1] if statements is None else statements
    c = coder(bs, st, dictionaries if batch_size is not None else _options[2])
    with _lock:
        before = dataclasses.asdict(c.stats)
        n_fail = len(c.failures)
        events = [ev for _doc, ev in c.code(docs)]
        after = dataclasses.asdict(c.stats)
        failures = c.failures[n_fail:]
        del c.failures[n_fail:]
    return events, {k: after[k] - before[k] for k in after}, failures


def code_to_shard(docs: list[Document], batch_size: int, statements: bool, dictionaries: tuple[str, str] | None,
                  path: str) -> tuple[str, int, dict, list]:
    """Code documents and write their events to a Parquet shard at path (which the client
    must be able to read): (path, number of events, stats added, failures added)."""
    from .shards import write_shard

    events, stats, failures = code_chunk(docs, batch_size, statements, dictionaries)
    n = write_shard(path, docs, events)
    return path, n, stats, failures
