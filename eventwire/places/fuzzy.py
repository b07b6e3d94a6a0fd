"""Near spellings of place names ("Tarinkot" for "Tarin Kot", "Ouagadaougou"): the gazetteer's
fuzzy look-up (Gazetteer.fuzzy), over the places of the countries a text is about.

Names are compared without their spaces, by an edit distance with adjacent swaps computed only
near the diagonal; a bit set of each name's letters rules most names out before that.
"""
from __future__ import annotations

from typing import Iterable

from .normal import name_key


class NearNames:
    """The places' names by country and first letter, built on the first look at a country."""

    def __init__(self, names: list[str], countries: list[str], kinds: bytes, hidden: int, country_kind: int):
        self._name = names              # place id -> name
        self._cc = countries            # place id -> ISO3
        self._kind = kinds              # place id -> kind (countries themselves are left out)
        self._hidden = hidden           # places below this id are not matched (an import hides them)
        self._country_kind = country_kind
        self._fuzzy: dict | None = None
        self._fuzzy_letters: dict[tuple[str, str], list[tuple[str, int, int]]] = {}

    def find(self, key: str, countries: Iterable[str]) -> tuple[int, ...]:
        """Places in `countries` whose name is a near spelling of `key`: spaces ignored, one
        edit allowed from 6 letters on, two from 10. The closest ones are returned."""
        flat = key.replace(" ", "")
        if len(flat) < 5:
            return ()
        limit = 0 if len(flat) < 6 else 1 if len(flat) < 10 else 2
        letters = _letters(flat)
        best, found = limit + 1, []
        for cc in countries:
            for flat2, i, letters2 in self._names(cc, flat[0]):
                # an edit changes at most two of the letters a name has (one out, one in): names
                # whose sets of letters differ in more are further than `limit`
                if abs(len(flat2) - len(flat)) > limit or (letters ^ letters2).bit_count() > 2 * limit:
                    continue
                d = _distance(flat, flat2, limit)
                if d < best:
                    best, found = d, [i]
                elif d == best and d <= limit:
                    found.append(i)
        return tuple(found)

    def reset(self) -> None:
        """Forget the lists built so far (they are built again on the next look)."""
        self._fuzzy, self._fuzzy_letters = None, {}

    def _names(self, cc: str, first: str) -> list[tuple[str, int, int]]:
        """(name without spaces, place, its letters) of the country's places whose name
        starts with `first`; the letters are worked out on the first look at a list."""
        key = (cc, first)
        got = self._fuzzy_letters.get(key)
        if got is None:
            got = self._fuzzy_letters[key] = [(flat, i, _letters(flat))
                                              for flat, i in self._bucket(cc).get(first, ())]
        return got

    def _bucket(self, cc: str) -> dict[str, list[tuple[str, int]]]:
        if self._fuzzy is None:
            self._fuzzy = {}
            for i, c in enumerate(self._cc):
                self._fuzzy.setdefault(c, []).append(i)
        got = self._fuzzy.get(cc)
        if isinstance(got, dict):
            return got
        bucket: dict[str, list[tuple[str, int]]] = {}
        hidden = self._hidden
        for i in got or ():
            if self._kind[i] == self._country_kind or i < hidden:
                continue
            flat = name_key(self._name[i]).replace(" ", "")
            if flat:
                bucket.setdefault(flat[0], []).append((flat, i))
        self._fuzzy[cc] = bucket
        return bucket


def _letters(flat: str) -> int:
    """The set of characters of a name, one bit each."""
    out = 0
    for ch in set(flat):
        out |= 1 << ord(ch)
    return out


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance with adjacent swaps, or limit + 1 when it is larger. Only the
    cells within `limit` of the diagonal are computed: every path through a cell further off
    costs more than `limit`."""
    if a == b:
        return 0
    if limit == 0:
        return 1
    over = limit + 1
    if abs(len(a) - len(b)) > limit:
        return over
    prev2, prev = None, list(range(len(b) + 1))
    for x in range(1, len(a) + 1):
        cur = [over] * (len(b) + 1)
        if x <= limit:
            cur[0] = x
        ax, ax1 = a[x - 1], a[x - 2] if x > 1 else None
        low = cur[0]
        for y in range(max(1, x - limit), min(len(b), x + limit) + 1):
            by = b[y - 1]
            v = min(prev[y] + 1, cur[y - 1] + 1, prev[y - 1] + (ax != by))
            if prev2 is not None and y > 1 and ax == b[y - 2] and ax1 == by:
                v = min(v, prev2[y - 2] + 1)
            cur[y] = v
            if v < low:
                low = v
        if low > limit:
            return over
        prev2, prev = prev, cur
    return prev[-1] if prev[-1] <= limit else over
