"""CAMEO event codebook: names, Goldstein scores, quad classes, PLOVER categories.

Data: ``data/cameo_codes.tsv`` (written by ``scripts/derive_codebook.py``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..tsv import read_tsv

DATA_DIR = Path(__file__).resolve().parent / "data"
CODES_FILE = DATA_DIR / "cameo_codes.tsv"


@dataclass(frozen=True)
class CodeInfo:
    code: str
    root: str
    name: str
    goldstein: float | None
    quad_class: int
    plover: str | None


class Codebook:
    def __init__(self, codes: dict[str, CodeInfo]):
        self._codes = codes

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Codebook":
        """Load the codebook (cached for the default file)."""
        if path is None:
            return _load_default()
        return cls._read(Path(path))

    @classmethod
    def _read(cls, path: Path) -> "Codebook":
        codes: dict[str, CodeInfo] = {}
        for d in read_tsv(path):
            g = d.get("goldstein", "").strip()
            codes[d["code"]] = CodeInfo(
                code=d["code"],
                root=d["root"],
                name=d["name"],
                goldstein=float(g) if g else None,
                quad_class=int(d["quad_class"]),
                plover=d.get("plover", "").strip() or None,
            )
        return cls(codes)

    def get(self, code: str) -> CodeInfo | None:
        return self._codes.get(code)

    def __getitem__(self, code: str) -> CodeInfo:
        return self._codes[code]

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self):
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)

    def is_valid(self, code: str) -> bool:
        return code in self._codes

    def root(self, code: str) -> str | None:
        """Two-digit root of a code ("1951" -> "19"), or None if not a valid code."""
        info = self._codes.get(code)
        return info.root if info else None


@lru_cache(maxsize=1)
def _load_default() -> Codebook:
    return Codebook._read(CODES_FILE)
