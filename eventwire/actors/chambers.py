"""Legislatures that only some states call by their name: "members of Congress", "the Senate".

A role word such as "Congress" given a country only by its context (the story's, one named
nearby) is that country's legislature only when that state has a Congress: "members of
Congress accused Erdoğan" in a story about Turkey are the US Congress (the one country the
sentence names that has one), not Turkey's parliament; with no such country named, no actor.

data/chambers.tsv: the word, the states that call a national legislature or chamber so (ISO
3166-1 alpha-3, space-separated). A state missing there only loses the role (no actor), never
gains a wrong one.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..records import Origin
from ..tsv import read_rows

DATA = Path(__file__).parent / "data" / "chambers.tsv"


@lru_cache(maxsize=1)
def chambers() -> dict[str, frozenset[str]]:
    out = {}
    for word, countries, *_ in read_rows(DATA):
        out[word.strip().lower()] = frozenset(countries.split())
    return out


def chamber_country(resolver, head, toks, found):
    """`found` ((country, origin) for a role with no country of its own), kept when the role's
    chamber word (if any) is one that country has, else the one country its sentence names that
    has it, else None."""
    if found is None:
        return None
    table = chambers()
    word = next((t.lower_ for t in toks if t.lower_ in table), None)
    if word is None:
        return found
    allowed = table[word]
    if found[0] in allowed:
        return found
    named = [c for c in dict.fromkeys(resolver.named_here(head)) if c in allowed]
    return (named[0], Origin.CONTEXT) if len(named) == 1 else None


# the chamber words that also name a meeting ("a party congress"); its members' words do not
BODY_WORDS = frozenset({"congress", "congresses", "senate"})


def without_foreign_chambers(head, found: list) -> list:
    """`found` without a legislature (XXXLEG) its own phrase names by a chamber word its state
    has not: "the Syrian national dialogue congress", "a Kurdish congress" are conferences."""
    table = chambers()
    word = head.lower_
    if word not in table or word not in BODY_WORDS:
        return found        # "Congressmen" are a legislature's members wherever they sit
    return [a for a in found if not (len(a.code) == 6 and a.code[3:] == "LEG" and a.code[:3] not in table[word])]
