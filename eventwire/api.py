"""eventwire from Python: code texts and get Event records, or a data frame in and one out.

>>> import eventwire
>>> events = eventwire.code(["Russia's foreign minister met his Chinese counterpart in Beijing."],
...                         date="2024-04-09")                        # doctest: +SKIP
>>> df = eventwire.code_frame(articles, text="body", date="published")  # doctest: +SKIP

The coder is loaded on the first call and kept for the process (one per set of options), so
the next call does not load spaCy again. Inputs are read as the command line reads them
(the same text repairs, dates and skips), and the events are the ones `eventwire code`
writes: `[e.to_json() for e in events]` are its JSON lines. Errors are `EventwireError`s
with the command line's one-line messages.
"""
from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import Any, Iterable

from .errors import EventwireError
from .records import Document, Event, Skipped

_CODERS: dict[tuple, Any] = {}          # (statements, dictionaries, mode) -> Coder


# ---- the command line's checks, shared --------------------------------------------------

def check_date(date: Any, what: str = "--date") -> str | None:
    """A default publication date as YYYY-MM-DD (a date, a datetime or an ISO string)."""
    if date is None:
        return None
    if isinstance(date, (dt.date, dt.datetime)):
        return (date.date() if isinstance(date, dt.datetime) else date).isoformat()
    from .dates.resolve import parse_iso

    if parse_iso(str(date)) is None:
        raise EventwireError(f"not a date: {date!r} (use YYYY-MM-DD)")
    return str(date)


def load_dictionaries(folder: str | Path | None, mode: str = "replace"):
    """(DictionarySet, its dictionary version), or (None, None) for eventwire's own."""
    if folder is None:
        return None, None
    from .petrarch.dictset import DictionaryError, prepare
    from .store.versions import dictionary_version

    try:
        dset = prepare(Path(folder), mode)
    except DictionaryError:
        raise
    except OSError as exc:
        raise EventwireError(str(exc)) from None
    return dset, dset.version(dictionary_version())


def make_coder(statements: bool = False, dictionaries=None, batch_size: int = 64):
    """A Coder; a missing model or unreadable dictionaries become an EventwireError."""
    from .resident import long_lived

    try:
        with long_lived():      # the imports too: spaCy's and ours make a million objects
            from .pipeline import Coder

            return Coder(batch_size=batch_size, statements=statements, dictionaries=dictionaries)
    except EventwireError:
        raise
    except Exception as exc:
        raise EventwireError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc


def coder(statements: bool = False, dictionaries: str | Path | None = None, dictionary_mode: str = "replace"):
    """The process's coder for these options: loaded on first use, then kept."""
    key = (bool(statements), str(Path(dictionaries).resolve()) if dictionaries else None, dictionary_mode)
    found = _CODERS.get(key)
    if found is None:
        dset, _ = load_dictionaries(dictionaries, dictionary_mode)
        found = _CODERS[key] = make_coder(statements=statements, dictionaries=dset)
    return found


# ---- inputs -----------------------------------------------------------------------------

def document(item: Any, n: int, date: str | None) -> Document | Skipped:
    """One input (a string, a Document or a dict like a JSONL line) as the CLI reads it."""
    from .ingest.reader import _build, _record

    where = f"input {n}"
    if isinstance(item, Document):
        if item.date is None and date is not None:
            item.date = date
        return item
    if isinstance(item, str):
        if not item.strip():
            return Skipped(where, "text is empty")
        return _build(where, str(n), item, [], None, None, None, {}, date)
    if isinstance(item, dict):
        return _record(item, where, str(n), [], date, "input")
    raise EventwireError(f"{where}: not a text, a Document or a dict (got {type(item).__name__})")


def documents(texts: Iterable[Any] | str | Document | dict, date: str | None = None,
              strict: bool = False) -> list[Document]:
    """Documents from the inputs; a skipped input is a warning (an error if strict)."""
    if isinstance(texts, (str, Document, dict)):
        texts = [texts]
    out = []
    for n, item in enumerate(texts):
        doc = document(item, n, date)
        if isinstance(doc, Skipped):
            msg = f"skipped {doc.source}: {doc.reason}"
            if strict:
                raise EventwireError(msg, exit_code=1)
            warnings.warn(msg, stacklevel=3)
            continue
        out.append(doc)
    return out


# ---- coding -----------------------------------------------------------------------------

def code_documents(docs: list[Document], statements: bool = False, dictionaries: str | Path | None = None,
                   dictionary_mode: str = "replace", workers: int = 1,
                   batch_size: int = 64) -> list[tuple[Document, list[Event]]]:
    """(document, its events) for each document, in order."""
    if workers != 1:
        from .scale import ParallelCoder

        load_dictionaries(dictionaries, dictionary_mode)        # fails here, not in a worker
        spec = (str(Path(dictionaries).resolve()), dictionary_mode) if dictionaries else None
        try:
            with ParallelCoder(workers=workers, batch_size=batch_size, statements=statements,
                               dictionaries=spec) as pc:
                pairs = list(pc.code(docs))
                failures = pc.failures
        except EventwireError:
            raise
        except Exception as exc:
            raise EventwireError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    else:
        c = coder(statements, dictionaries, dictionary_mode)
        before = len(c.failures)
        c.batch_size = batch_size
        pairs = list(c.code(docs))
        failures = c.failures[before:]
    for doc_id, error in failures:
        warnings.warn(f"coding failed {doc_id}: {error}", stacklevel=3)
    return pairs


def _keep(events: list[Event], min_confidence: float) -> list[Event]:
    if not min_confidence:
        return events
    return [e for e in events if (e.confidence or 0.0) >= min_confidence]


def code(texts: Iterable[Any] | str | Document | dict, date: Any = None, *, statements: bool = False,
         dictionaries: str | Path | None = None, dictionary_mode: str = "replace",
         min_confidence: float = 0.0, workers: int = 1, db: str | Path | None = None,
         strict: bool = False, batch_size: int = 64) -> list[Event]:
    """Code texts into events: a list of Event records, in input order.

    texts: strings, Documents or dicts (doc_id, text, date, url, outlet, ... like the lines of
    a JSONL input), or one of them. date: the publication date of inputs that carry none
    (YYYY-MM-DD or a date). statements: also code CAMEO root 01. dictionaries: a folder of
    PETRARCH / TABARI files or one written by `eventwire dict import` (dictionary_mode
    'replace' or 'add'). min_confidence: keep events at least this confident. workers:
    processes that code in parallel (1: this process, with the kept coder; 0: one per core).
    db: also store the documents and their events (deduplicated) in this store.
    strict: an input that cannot be read is an error instead of a warning.

    `[e.to_json() for e in events]` are the lines `eventwire code -o` writes.
    """
    if not 0.0 <= float(min_confidence) <= 1.0:
        raise EventwireError(f"not a confidence: {min_confidence!r} (0 to 1)")
    docs = documents(texts, check_date(date), strict=strict)
    pairs = code_documents(docs, statements, dictionaries, dictionary_mode, workers, batch_size)
    if db is not None:
        from .store import Store

        _, dversion = load_dictionaries(dictionaries, dictionary_mode)
        with Store.open(db) as store:
            store.add_many(pairs, dictionary_version=dversion, dedup=True)
    return [e for _, events in pairs for e in _keep(events, float(min_confidence))]


def code_frame(frame: Any, text: str = "text", date: str | None = None, id: str | None = None,
               default_date: Any = None, **options: Any) -> Any:
    """Code a pandas or polars frame of articles: a frame of the same kind with one row per event.

    text, date, id: the columns holding each article's text, its publication date (optional)
    and its id (optional: the row's number otherwise). The events have the flat columns of
    `eventwire export --format csv`, then the article's own columns joined by doc_id (a
    column whose name an event column has is renamed doc_<name>; the text column is left
    out). default_date: the date of articles without one. options: those of code().
    """
    from .frames import code_frame as run

    return run(frame, text=text, date=date, id=id, default_date=default_date, **options)


__all__ = ["code", "code_frame", "coder", "documents", "check_date", "load_dictionaries", "make_coder"]
