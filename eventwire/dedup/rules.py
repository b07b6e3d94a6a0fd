"""The merge rules of data/merge.yaml: code families, date window, places, near-duplicates."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

DATA_FILE = Path(__file__).resolve().parent / "data" / "merge.yaml"
from ..actors.codes import is_international


@dataclass(frozen=True)
class Family:
    name: str
    codes: tuple[str, ...]
    symmetric: bool = False
    place: str = "any"            # "any" or "near"


@dataclass(frozen=True)
class NearDuplicates:
    shingle_words: int = 5
    containment: float = 0.75
    extra: int = 30
    extra_share: float = 0.1


@dataclass(frozen=True)
class Rules:
    window_days: int
    place_km: float
    place_how: frozenset[str]
    families: tuple[Family, ...]
    near: NearDuplicates
    version: str                  # hash of the rules file: a store re-matches when it changes

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Rules":
        return _load(str(path or DATA_FILE))

    @classmethod
    def from_dict(cls, d: dict, version: str = "custom") -> "Rules":
        fams = []
        for name, f in (d.get("families") or {}).items():
            fams.append(Family(name, tuple(str(c) for c in f["codes"]), bool(f.get("symmetric", False)),
                               str(f.get("place", "any"))))
        for f in fams:
            if f.place not in ("any", "near"):
                raise ValueError(f"merge rules: family {f.name}: place is 'any' or 'near', not {f.place!r}")
        nd = d.get("near_duplicates") or {}
        return cls(window_days=int(d.get("window_days", 2)), place_km=float(d.get("place_km", 50)),
                   place_how=frozenset(d.get("place_how") or ("event phrase", "same sentence")),
                   families=tuple(fams), near=NearDuplicates(**nd), version=version)

    # ---- families and keys ---------------------------------------------------------------

    def family(self, code: str) -> Family:
        """The family of a CAMEO code: the longest matching prefix, else its root alone."""
        return _family(self, code or "")

    def match_key(self, source: str | None, target: str | None, code: str, group: str | None = None) -> str:
        """Reports with the same key (and date label) are one event.

        group: for undated reports, the article group (its coded article), so that they
        merge only within it.
        """
        fam = self.family(code)
        s, t = actor_key(source), actor_key(target)
        if s == t:                       # domestic: the roles tell the events apart
            s, t = (source or "")[:6], (target or "")[:6]
        if fam.symmetric and t < s:
            s, t = t, s
        key = f"{fam.name}|{s}|{t}"
        return key if group is None else f"{key}|{group}"


def actor_key(code: str | None) -> str:
    """The country part of an actor code, or an international actor's first six letters."""
    code = (code or "").strip().upper()
    return code[:6] if is_international(code) else code[:3]


def source_key(outlet: str | None, url: str | None) -> str | None:
    """The outlet an article came from: its `outlet`, else its URL's host, lower case, no www."""
    name = (outlet or "").strip().lower()
    if not name and url:
        try:
            name = (urlsplit(url.strip()).hostname or "").lower()
        except ValueError:
            name = ""
    if name.startswith("www."):
        name = name[4:]
    return name or None


@lru_cache(maxsize=4)
def _load(path: str) -> Rules:
    raw = Path(path).read_bytes()
    return Rules.from_dict(yaml.safe_load(raw) or {}, version=hashlib.sha256(raw).hexdigest()[:12])


@lru_cache(maxsize=4096)
def _family(rules: Rules, code: str) -> Family:
    best, length = None, 0
    for f in rules.families:
        for prefix in f.codes:
            if code.startswith(prefix) and len(prefix) > length:
                best, length = f, len(prefix)
    return best or Family(f"root{code[:2]}", (code[:2],))
