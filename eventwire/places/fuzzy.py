"""Near spellings of place names ("Tarinkot" for "Tarin Kot", "Ouagadaougou"): the gazetteer's
fuzzy look-up (Gazetteer.fuzzy), over the places of the countries a text is about.

Names are compared without their spaces, by an edit distance with adjacent swaps computed only
near the diagonal; a bit set of each name's letters rules most names out before that.
"""
from __future__ import annotations

from array import array
from typing import Iterable

from .normal import name_key

# the characters of a name key (places/normal.py): one bit each in a name's letter set
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_BIT = {ch: 1 << n for n, ch in enumerate(ALPHABET)}


class NearNames:
    """The places' names without spaces, grouped by country and first letter (ids ascending
    in each group) in flat arrays, with each name's letter set: built with the index."""

    __slots__ = ("_flats", "_starts", "_lens", "_ids", "_letters", "_groups")

    def __init__(self, names: Iterable[str], countries: list[str], kinds: bytes, hidden: int,
                 country_kind: int):
        groups: dict[tuple[str, str], list[tuple[str, int]]] = {}
        for i, name in enumerate(names):
            # countries themselves are left out, and places an import hides
            if i < hidden or kinds[i] == country_kind:
                continue
            flat = name_key(name).replace(" ", "")
            if flat:
                groups.setdefault((countries[i], flat[0]), []).append((flat, i))
        flats, starts, lens, ids, letters = [], array("I", [0]), array("H"), array("i"), array("Q")
        self._groups: dict[tuple[str, str], tuple[int, int]] = {}
        for key in sorted(groups):
            first = len(ids)
            for flat, i in groups[key]:
                mask, unknown = _letters(flat)
                assert not unknown, flat        # name keys hold only ALPHABET's characters
                flats.append(flat)
                starts.append(starts[-1] + len(flat))
                lens.append(len(flat))
                ids.append(i)
                letters.append(mask)
            self._groups[key] = (first, len(ids))
        self._flats, self._starts, self._lens, self._ids, self._letters = \
            "".join(flats), starts, lens, ids, letters

    def find(self, key: str, countries: Iterable[str]) -> tuple[int, ...]:
        """Places in `countries` whose name is a near spelling of `key`: spaces ignored, one
        edit allowed from 6 letters on, two from 10. The closest ones are returned."""
        flat = key.replace(" ", "")
        if len(flat) < 5:
            return ()
        limit = 0 if len(flat) < 6 else 1 if len(flat) < 10 else 2
        letters, unknown = _letters(flat)
        # an edit changes at most two of the letters a name has (one out, one in): names whose
        # sets of letters differ in more are further than `limit` (a character of the key that
        # no name has is one of the differences)
        most = 2 * limit - unknown
        n = len(flat)
        flats, starts, lens, ids, masks = self._flats, self._starts, self._lens, self._ids, self._letters
        best, found = limit + 1, []
        for cc in countries:
            group = self._groups.get((cc, flat[0]))
            if group is None:
                continue
            for j in range(*group):
                if abs(lens[j] - n) > limit or (letters ^ masks[j]).bit_count() > most:
                    continue
                d = _distance(flat, flats[starts[j]:starts[j + 1]], limit)
                if d < best:
                    best, found = d, [ids[j]]
                elif d == best and d <= limit:
                    found.append(ids[j])
        return tuple(found)


def _letters(flat: str) -> tuple[int, int]:
    """The set of ALPHABET's characters of a name, one bit each, and how many other
    characters it has."""
    out = unknown = 0
    for ch in set(flat):
        bit = _BIT.get(ch)
        if bit is None:
            unknown += 1
        else:
            out |= bit
    return out, unknown


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
