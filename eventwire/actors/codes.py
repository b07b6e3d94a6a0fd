"""CAMEO actor codes: which are international, and the country part of the rest.

One table (data/international.tsv: prefix, meaning, source) says which code prefixes name
no country: an actor whose code starts with one of them is international, and its first
three letters are no country. Every stage asks here rather than keeping its own list.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..tsv import read_rows

_TABLE = Path(__file__).parent / "data" / "international.tsv"
# the country tables (name or adjective, code, ...): a state's code, not a region's
COUNTRY_TABLES = (Path(__file__).parent / "data" / "countries.tsv",
                  Path(__file__).parent / "data" / "countries_hand.tsv")


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


@lru_cache(maxsize=1)
def country_rows() -> tuple[tuple[str, ...], ...]:
    """The rows of the country tables, read once for every stage that asks."""
    return tuple(tuple(row) for table in COUNTRY_TABLES for row in read_rows(table))


@lru_cache(maxsize=1)
def states() -> frozenset[str]:
    """The codes of the states ("SDN"), not of regions ("SEA": South-East Asia)."""
    return frozenset(row[1] for row in country_rows() if len(row) > 1)
