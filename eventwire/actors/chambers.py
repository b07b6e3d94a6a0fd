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


# the two parties of the US Congress: "Republicans in Congress", "Senate Democrats", "the
# Republican Senate" sit in the US chamber of that name, whatever country the story is about
US_PARTY_WORDS = frozenset({"republican", "republicans", "democrat", "democrats", "democratic", "gop"})


def chamber_country(resolver, head, toks, found):
    """`found` ((country, origin) for a role with no country of its own), kept when the role's
    chamber word (if any) is one that country has, else the one country its sentence names that
    has it, else None. A US party's name written with the chamber ("Republicans in Congress")
    makes it the US one, unless the context gives another country with such a chamber (then
    none: "Democrats in the Senate" in a story about Italy may be Italy's)."""
    table = chambers()
    word = next((t.lower_ for t in toks if t.lower_ in table), None)
    if word is None:
        return found
    allowed = table[word]
    party = _us_party(toks, allowed)
    if found is None and not party:
        return None
    if found is not None and found[0] in allowed:
        return found if found[0] == "USA" or not party else None
    named = [c for c in dict.fromkeys(resolver.named_here(head)) if c in allowed]
    if len(named) == 1 and (named[0] == "USA" or not party):
        return named[0], Origin.CONTEXT
    return ("USA", Origin.CONTEXT) if party and not named else None


def _us_party(toks, allowed) -> bool:
    return "USA" in allowed and any(t.lower_ in US_PARTY_WORDS and t.text[:1].isupper() for t in toks)


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
