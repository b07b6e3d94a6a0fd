"""Where does a group that fights in several countries fight? Isis in a story from Raqqa is a
Syrian rebel group (SYRREB), in one from Mosul an Iraqi one (IRQREB). The sentence's places and
countries decide, else the story's; only countries the group is known to fight in count, so
"Britons who joined Isis" leaves Isis where it fights, not in Britain.

data/theatres.tsv: the dictionary code and entry (the source column of its rows) of each such
group, the countries it fights in (ISO 3166 alpha-3) and where that list comes from; the
dictionary's code stays when the text does not say where."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..tsv import read_rows

DATA = Path(__file__).parent / "data" / "theatres.tsv"


@lru_cache(maxsize=1)
def theatres() -> dict[tuple[str, str], frozenset[str]]:
    """(dictionary code, entry source) -> the countries the group fights in."""
    out = {}
    for code, source, countries, *_ in read_rows(DATA):
        out[(code, source)] = frozenset(countries.split())
    return out


def countries_of(code: str, source: str) -> frozenset[str] | None:
    return theatres().get((code, source))


def fighting_country(where: frozenset[str], here: list[str], story: Counter, towns: list[str] = ()) -> str | None:
    """The one country of `where` the sentence's towns and regions lie in (`towns`), else the
    one it names at all ("drove Isis out of Abu Kamal, near the border with Iraq": Syria), else
    the one the story names most; None when that is unclear (the dictionary's code stands)."""
    local = {c for c in towns if c in where}
    if len(local) == 1:
        return local.pop()
    named = {c for c in here if c in where}
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    ranked = [(c, n) for c, n in story.most_common() if c in where and n > 0]
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None
