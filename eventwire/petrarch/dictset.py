"""Dictionary sets: the project's own files, or PETRARCH 2 / TABARI dictionaries from a folder.

A folder given to ``eventwire code --dictionaries DIR`` may hold:

- PETRARCH files, recognised by name: ``*verbs*`` or ``CAMEO*`` (verb patterns and
  synsets), ``*actors*``, ``*agents*``, ``*discards*``. They are converted into the
  project's own plain files (:func:`import_dictionaries`) in a cache folder keyed by
  their content, so a second run starts at once.
- the project's own layout: ``actors/*.tsv``, ``events/*.tsv`` (verbs.tsv,
  verb_patterns.tsv, synsets.tsv and the hand files) and ``discards.tsv``, as written
  by ``eventwire dict import``.

With ``mode="replace"`` only the folder's dictionaries are used; with ``"add"`` its
entries come first and the project's fill in what it lacks.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..actors.dictionary import _ACTOR_FILES
from ..tsv import read_rows
from . import actors, importer, inflect, ontology, verbrows, verbs
from .importer import DictionaryError, classify, import_dictionaries

__all__ = ["DictionaryError", "DictionarySet", "Discards", "classify", "import_dictionaries", "prepare"]


@dataclass
class DictionarySet:
    """Where the coder reads its dictionaries from."""

    actor_dirs: list[Path] = field(default_factory=list)     # first wins
    verb_dirs: list[Path] = field(default_factory=list)      # later override earlier
    discards: list[tuple[str, str, str]] = field(default_factory=list)   # (phrase, scope, source)
    replace: bool = False
    origin: str = ""
    fingerprint: str = ""

    def version(self, own: str) -> str:
        """The dictionary version a store records: the set's content hash (with the project's
        own version when the set adds to it)."""
        return f"{self.fingerprint}" if self.replace else f"{own}+{self.fingerprint}"


class Discards:
    """Phrases that void a sentence (or, scope "story", the whole document)."""

    def __init__(self, rows):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, scope, *_ in rows:
            words = tuple(phrase.split())
            if words:
                self._by_first.setdefault(words[0], []).append((words, scope))

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, words: list[str]) -> str | None:
        """'story' or 'sentence' when the lowercase words contain a discard phrase, else None."""
        found = None
        for i, w in enumerate(words):
            for phrase, scope in self._by_first.get(w, ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    if scope == "story":
                        return scope
                    found = scope
        return found




def _has_rows(folder: Path, names) -> bool:
    """Does any of these TSV files of a folder hold a row below its header?"""
    for n in names:
        p = folder / n
        if p.exists():
            if read_rows(p):
                return True
    return False


def _is_project_layout(folder: Path) -> bool:
    return (folder / "actors").is_dir() or (folder / "events").is_dir()


def _fingerprint(files: list[Path]) -> str:
    """Content hash of the dictionary files and of the code that converts them."""
    h = hashlib.sha256()
    for p in [Path(m.__file__) for m in (actors, importer, inflect, ontology, verbrows, verbs)] + [Path(__file__)] + files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire" / "dictionaries"


def prepare(folder: str | Path, mode: str = "replace") -> DictionarySet:
    """The dictionary set a folder describes (PETRARCH files are imported once, then cached)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DictionaryError(f"{folder}: not a folder of dictionaries")
    if mode not in ("replace", "add"):
        raise DictionaryError(f"dictionary mode must be replace or add, not {mode!r}")
    if _is_project_layout(folder):
        root = folder
        fingerprint = _fingerprint([p for p in sorted(folder.rglob("*.tsv"))])
    else:
        files = [p for lst in classify(folder).values() for p in lst]
        if not files:
            raise DictionaryError(f"{folder}: no dictionaries (PETRARCH files named *verbs*, *actors*, "
                                  "*agents*, *discards*, or the folders actors/ and events/)")
        fingerprint = _fingerprint(files)
        root = cache_root() / fingerprint
        if not (root / "discards.tsv").exists():
            tmp = root.with_name(root.name + f".tmp{os.getpid()}")
            import_dictionaries(folder, tmp)
            try:
                tmp.rename(root)
            except OSError:          # another process imported it first
                import shutil
                shutil.rmtree(tmp, ignore_errors=True)
    discards = []
    if (root / "discards.tsv").exists():
        discards = [tuple(row[:3]) for row in read_rows(root / "discards.tsv")]
    actor_dirs = [root / "actors"] if (root / "actors").is_dir() else []
    verb_dirs = [root / "events"] if (root / "events").is_dir() else []
    if mode == "replace":           # never eventwire's own entries for a kind the set lacks
        if not _has_rows(root / "events", ("verbs.tsv", "verbs_hand.tsv")):
            raise DictionaryError(f"{folder}: no verbs: a replacing dictionary set needs a verb file "
                                  "(*verbs* or CAMEO*, or events/verbs.tsv); with --dictionary-mode add "
                                  "eventwire's own verbs fill in")
        if not _has_rows(root / "actors", [f for f, _kind in _ACTOR_FILES]):
            raise DictionaryError(f"{folder}: no actors: a replacing dictionary set needs an actor file "
                                  "(*actors*, or actors/*.tsv); with --dictionary-mode add eventwire's "
                                  "own actors fill in")
    return DictionarySet(actor_dirs, verb_dirs, discards, replace=(mode == "replace"), origin=str(folder),
                         fingerprint=fingerprint)
