"""Scale: code on all cores of one machine, or on a Dask distributed cluster.

>>> from eventwire.scale import ParallelCoder
>>> with ParallelCoder(workers=0) as coder:             # one process per core  # doctest: +SKIP
...     for doc, events in coder.code(documents): ...   # (Document, its events) in input order
"""
from .parallel import ParallelCoder, ScaleError, chunked, cpu_count, resolve_workers

__all__ = ["ParallelCoder", "ScaleError", "chunked", "cpu_count", "resolve_workers"]
