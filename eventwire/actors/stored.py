"""The actor dictionary's tables, its phrase matcher's trie and the words of its persons' names
(namesakes.py), kept on disk between runs.

Building them reads some 50,000 phrases from the TSVs and splits each as the tokeniser
would: about a second of every run. The built tables are pickled under the user's cache
directory (the gazetteer's: places/gazetteer.py `cache_dir`), named by a key made of
everything they are built from: the bytes of every file read, the code that builds them
(every module of the actors stage, and tsv.py), the tokeniser's settings for the trie and
the Python and spaCy versions. Any change to one of them makes another key, so the tables are built again; a cache that cannot be read or written costs
only the time. The few newest files are kept (worktrees with other data share the folder).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable

FORMAT = 1          # bump when what is stored changes shape
KEEP = 8            # files of one kind kept in the cache folder, newest first
_HERE = Path(__file__).resolve().parent
# every module of the actors stage (and tsv.py) counts as building code: a helper a builder
# imports later can then never leave a stale table behind
_STAGE = tuple(sorted(_HERE.glob("*.py"))) + (_HERE.parent / "tsv.py",)
_CODE = {"actors": _STAGE, "trie": _STAGE, "person_words": _STAGE}


def key(kind: str, files, *parts: bytes | str) -> str:
    """The key of a table built from `files` (missing ones count as missing) by the code of
    `kind`, with other inputs `parts`."""
    h = hashlib.sha256(f"{kind} {FORMAT} {sys.version}".encode())
    for p in list(_CODE[kind]) + [Path(f) for f in files]:
        h.update(str(p).encode())
        try:
            h.update(p.read_bytes())
        except OSError:
            h.update(b"\0missing")
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
    return h.hexdigest()[:24]


def stored(kind: str, name: str, build: Callable[[], object]):
    """The pickled table `kind-name`, or `build()` written there for the next run."""
    if os.environ.get("EVENTWIRE_NO_TABLE_CACHE"):
        return build()
    from ..places.gazetteer import cache_dir

    path = cache_dir() / f"{kind}-{name}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        old = sorted(path.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for p in old[KEEP:]:
            p.unlink(missing_ok=True)
    except OSError:
        pass            # read-only home: built again next time
    return value
