"""CAMEO actor codes: which are international, and the country part of the rest.

One table (data/international.tsv: prefix, meaning, source) says which code prefixes name
no country: an actor whose code starts with one of them is international, and its first
three letters are no country. Every stage asks here rather than keeping its own list.
"""
from __future__ import annotations

from pathlib import Path

from ..tsv import read_rows

_TABLE = Path(__file__).parent / "data" / "international.tsv"


def _prefixes() -> tuple[str, ...]:
    return tuple(row[0].strip() for row in read_rows(_TABLE))


INTERNATIONAL: tuple[str, ...] = _prefixes()

# role parts (letters 4-6 of a code) shared by several stages
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})   # organs of a state
NON_STATE = frozenset({"REB", "INS", "SEP", "UAF"})                     # armed groups outside it


def is_international(code: str) -> bool:
    """IGOUNO, NGOHRIAMN, MNCUSA...: an actor whose code does not begin with a country."""
    return code.startswith(INTERNATIONAL)


def country_part(code: str) -> str | None:
    """VENGOV -> VEN; None for international actors and codes too short to hold a country."""
    if len(code) < 3 or is_international(code):
        return None
    return code[:3]
