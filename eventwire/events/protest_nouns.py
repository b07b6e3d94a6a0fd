"""The nouns of popular protest, one table (data/protest_nouns.tsv) for every module that reads
them: a protest a note reports by its noun alone (held.py), one called off (dissent.py), one
only people put on and the people of a protest (held.py), a crowd's cause (police.py), the
words that make a sentence worth parsing with no dictionary actor (groups.py)."""
from __future__ import annotations

from pathlib import Path

from ..tsv import read_tsv

PATH = Path(__file__).parent / "data" / "protest_nouns.tsv"
USES = ("ended", "people", "doer", "cause")


def rows(path: Path | str = PATH) -> list[dict[str, str]]:
    return read_tsv(path)


def nouns(use: str, path: Path | str = PATH) -> frozenset[str]:
    """The nouns in one use's list (a column of USES marked "1")."""
    if use not in USES:
        raise KeyError(use)
    return frozenset(r["noun"] for r in rows(path) if r[use] == "1")


def words(path: Path | str = PATH) -> frozenset[str]:
    """The written forms of the "words" column."""
    return frozenset(w for r in rows(path) for w in r["words"].split())
