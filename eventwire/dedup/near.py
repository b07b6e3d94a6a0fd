"""Near-identical articles: word 5-gram shingles, MinHash bands to find candidates, and an
exact comparison of the shingle sets to decide.

Bands: 20 bands of 3 MinHash values each, plus one band for the whole normalised text.
Two texts whose shingle sets have a Jaccard similarity of 0.7 share a band with
probability 0.9998, at 0.5 with 0.94; every candidate is then compared exactly.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from .rules import NearDuplicates

BANDS, ROWS = 20, 3
# multiply-shift hashing: h(x) = (a*x + b) mod 2^64, top 32 bits, with odd a
_rng = np.random.default_rng(20240605)
_A = _rng.integers(0, 1 << 63, BANDS * ROWS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 1 << 63, BANDS * ROWS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Lower-case words without punctuation; accents and typographic quotes do not matter."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return _WORD.findall(text)


def _h64(data: str) -> int:
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def shingles(text: str, k: int = 5) -> frozenset[int]:
    """The text's word k-grams as 64-bit hashes (the whole text when it is shorter than k words)."""
    ws = words(text)
    if len(ws) < k:
        return frozenset({_h64(" ".join(ws))}) if ws else frozenset()
    return frozenset(_h64(" ".join(ws[i:i + k])) for i in range(len(ws) - k + 1))


def text_key(content_hash: str) -> int:
    """A document's short key in the band table (64 bits of its content hash)."""
    return _h64(content_hash)


def bands(sh: frozenset[int], text: str) -> list[int]:
    """The text's LSH band keys (signed 64-bit), the last one for the whole normalised text."""
    out = [_h64("text:" + " ".join(words(text)))]
    if not sh:
        return out
    x = np.fromiter(sh, dtype=np.int64, count=len(sh)).view(np.uint64)
    with np.errstate(over="ignore"):
        sig = ((np.outer(_A, x) + _B[:, None]) >> np.uint64(32)).min(axis=1)
    for b in range(BANDS):
        part = sig[b * ROWS:(b + 1) * ROWS].tobytes()
        out.append(int.from_bytes(hashlib.blake2b(bytes([b]) + part, digest_size=8).digest(), "big", signed=True))
    return out


@dataclass
class Fingerprint:
    content_hash: str
    shingles: frozenset[int]
    bands: list[int]

    @classmethod
    def of(cls, content_hash: str, text: str, k: int = 5) -> "Fingerprint":
        sh = shingles(text, k)
        return cls(content_hash, sh, bands(sh, text))


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared shingles over the shorter text's shingles."""
    if not a or not b:
        return 1.0 if a == b else 0.0
    return len(a & b) / min(len(a), len(b))


def near_identical(a: frozenset[int], b: frozenset[int], rules: NearDuplicates) -> bool:
    """Near-identical texts: the shorter shares most of its shingles, each adds only a little."""
    if not a or not b:
        return a == b
    shared = len(a & b)
    if shared < rules.containment * min(len(a), len(b)):
        return False
    allowed = max(rules.extra, rules.extra_share * max(len(a), len(b)))
    return max(len(a), len(b)) - shared <= allowed
