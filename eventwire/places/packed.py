"""The gazetteer's name index in a few flat arrays instead of a dict of some 900,000 strings.

A dict of that size holds a string object, an int object (or a tuple of them) and a hash-table
entry for every key: about 120 MB. `KeyIndex` keeps the same keys and ids in five arrays
(the keys' UTF-8 bytes end to end, where each ends, where each key's ids start, the ids, and an
open-addressing table of the keys' CRC-32 hashes): about 30 MB, read from the cache as bytes.
A look-up hashes the key, probes the table and compares the stored bytes, so it answers as the
dict did: the same ids in the same order, and the keys in the order they were added.
`PackedNames` keeps a list of strings as one UTF-8 buffer and its offsets.
"""
from __future__ import annotations

from array import array
from typing import Iterable, Iterator
from zlib import crc32


class KeyIndex:
    """Read-only map: name key -> id (an int) or several ids (a tuple), as the dict it is built from."""

    __slots__ = ("_keys", "_ends", "_starts", "_ids", "_slots", "_mask")

    def __init__(self, items: Iterable[tuple[str, int | tuple[int, ...]]]):
        keys, ends, starts, ids = bytearray(), array("I"), array("I", [0]), array("i")
        for k, v in items:
            keys += k.encode("utf-8")
            ends.append(len(keys))
            if isinstance(v, int):
                ids.append(v)
            else:
                ids.extend(v)
            starts.append(len(ids))
        size = 8
        while size < 2 * len(ends):     # half full at most: a miss probes about two slots
            size *= 2
        slots, mask = array("I", bytes(4 * size)), size - 1
        start = 0
        for n, end in enumerate(ends):
            h = crc32(keys[start:end]) & mask
            while slots[h]:
                h = (h + 1) & mask
            slots[h] = n + 1            # 0: an empty slot
            start = end
        self._keys, self._ends, self._starts, self._ids = bytes(keys), ends, starts, ids
        self._slots, self._mask = slots, mask

    def __reduce__(self):
        return _restore, (self._keys, self._ends, self._starts, self._ids, self._slots)

    def _find(self, key: str) -> int:
        """The key's position, or -1."""
        b = key.encode("utf-8")
        slots, ends, keys, mask = self._slots, self._ends, self._keys, self._mask
        h = crc32(b) & mask
        n = slots[h]
        while n:
            end = ends[n - 1]
            if end - len(b) == (ends[n - 2] if n > 1 else 0) and keys[end - len(b):end] == b:
                return n - 1
            h = (h + 1) & mask
            n = slots[h]
        return -1

    def _value(self, n: int):
        a, b = self._starts[n], self._starts[n + 1]
        return self._ids[a] if b - a == 1 else tuple(self._ids[a:b])

    def get(self, key: str, default=None):
        n = self._find(key)
        return default if n < 0 else self._value(n)

    def __getitem__(self, key: str):
        n = self._find(key)
        if n < 0:
            raise KeyError(key)
        return self._value(n)

    def __contains__(self, key: str) -> bool:
        return self._find(key) >= 0

    def __len__(self) -> int:
        return len(self._ends)

    def keys(self) -> Iterator[str]:
        start = 0
        for end in self._ends:
            yield self._keys[start:end].decode("utf-8")
            start = end

    __iter__ = keys

    def items(self) -> Iterator[tuple[str, int | tuple[int, ...]]]:
        for n, k in enumerate(self.keys()):
            yield k, self._value(n)


def _restore(keys, ends, starts, ids, slots) -> KeyIndex:
    self = KeyIndex.__new__(KeyIndex)
    self._keys, self._ends, self._starts, self._ids, self._slots = keys, ends, starts, ids, slots
    self._mask = len(slots) - 1
    return self


class PackedNames:
    """Read-only list of strings in one UTF-8 buffer."""

    __slots__ = ("_text", "_ends")

    def __init__(self, names: Iterable[str]):
        text, ends = bytearray(), array("I")
        for s in names:
            text += s.encode("utf-8")
            ends.append(len(text))
        self._text, self._ends = bytes(text), ends

    def __reduce__(self):
        return _restore_names, (self._text, self._ends)

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i: int) -> str:
        if i < 0:
            i += len(self._ends)
        return self._text[self._ends[i - 1] if i else 0:self._ends[i]].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        start = 0
        for end in self._ends:
            yield self._text[start:end].decode("utf-8")
            start = end


def _restore_names(text, ends) -> PackedNames:
    self = PackedNames.__new__(PackedNames)
    self._text, self._ends = text, ends
    return self
