"""Which coder and which dictionaries coded a document."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent


def coder_version() -> str:
    from .. import __version__

    return __version__


def dictionary_files(root: Path = PACKAGE) -> list[Path]:
    """Every dictionary and pattern file: eventwire/**/data/*.tsv and *.yaml, and the confidence
    model (events/data/confidence.json), except the merge rules of dedup/data (a store
    re-matches its events when they change; nothing is re-coded)."""
    files = [p for p in root.rglob("*") if p.is_file() and p.parent.name == "data"
             and p.suffix in (".tsv", ".yaml", ".yml", ".json") and p.parent.parent.name != "dedup"]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def dictionary_version(root: Path | str | None = None) -> str:
    """A short hash over the names and contents of the dictionary files.

    It changes whenever a dictionary, pattern or codebook file changes, so a
    store can tell which documents were coded with older dictionaries.
    """
    root = Path(root).resolve() if root else PACKAGE
    files = dictionary_files(root)
    # cached while no file changes (name, size, modification time)
    stamp = tuple((p.as_posix(), p.stat().st_size, p.stat().st_mtime_ns) for p in files)
    return _version(root, stamp)


@lru_cache(maxsize=8)
def _version(root: Path, stamp: tuple) -> str:
    h = hashlib.sha256()
    for p in (Path(s[0]) for s in stamp):
        h.update(p.relative_to(root).as_posix().encode() + b"\0")
        # line endings do not make another dictionary
        h.update(p.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return h.hexdigest()[:12]
