"""An analyst's own gazetteer from GeoNames dump files.

``eventwire places import FILE...`` reads GeoNames dumps (``allCountries.zip``, a country file
such as ``BF.zip``, or their ``.txt``), tab-separated with the 19 GeoNames columns:

    geonameid name asciiname alternatenames latitude longitude feature_class feature_code
    country_code cc2 admin1 admin2 admin3 admin4 population elevation dem timezone modified

and, when given, ``admin1CodesASCII.txt`` ("BF.12<TAB>Sahel<TAB>Sahel<TAB>2597266") and
``admin2Codes.txt`` ("BF.12.2360966<TAB>Soum<TAB>Soum<TAB>2360966"). It writes a folder:

    gazetteer.json   what was read, and whether the places replace the bundled towns
    places.tsv       the places kept (populated places and administrative divisions)
    admin1.tsv       first-level divisions: code, names and, where the dump has it, a point
    index.pickle     the index the places stage reads (the bundled one's layout, built by
                     gazetteer.build_state with these tables)

The index is rebuilt from the tables when eventwire's bundled data changes. Populated places
(feature class P) become towns; ADM2 to ADM5 and ADMD features become districts (admin2); a
district that admin2Codes.txt names but the dump does not hold gets the mean point of the
places beneath it.
"""
from __future__ import annotations

import io
import json
import os
import pickle
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..tsv import read_tsv
from .gazetteer import ADMIN2, CITY, build_state, fingerprint

FORMAT = 2
# an import of at most this many countries makes them the home of texts that name no country
HOME_MAX = 5
COLUMNS = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
           "feature_code", "country_code", "cc2", "admin1", "admin2", "admin3", "admin4", "population",
           "elevation", "dem", "timezone", "modified")
PLACE_FIELDS = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_code",
                "country_code", "admin1", "admin2", "population", "kind")
DISTRICTS = frozenset({"ADM2", "ADM3", "ADM4", "ADM5", "ADMD"})


class ImportError_(ValueError):
    """A file that is not a GeoNames dump."""


# ---------------------------------------------------------------- reading dump files

def _text_files(path: Path) -> Iterator[tuple[str, Iterable[str]]]:
    """(name, lines) of a .txt file or of the .txt members of a zip (readme files left out)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                if member.lower().endswith(".txt") and "readme" not in member.lower():
                    with zf.open(member) as raw:
                        yield f"{path.name}:{member}", io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        with open(path, encoding="utf-8", newline="") as fh:
            yield path.name, fh


def read_dump(path: Path, classes: frozenset[str] = frozenset("PA"),
              countries: frozenset[str] = frozenset()) -> Iterator[dict[str, str]]:
    """The rows of a GeoNames dump file, as dicts of COLUMNS, of the given feature classes."""
    for name, lines in _text_files(path):
        for n, line in enumerate(lines, start=1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 15 or not parts[0].isdigit():
                raise ImportError_(f"{name} line {n}: not a GeoNames dump row (expected 19 tab-separated "
                                   f"fields starting with a geonameid)")
            row = dict(zip(COLUMNS, parts))
            if row["feature_class"] not in classes:
                continue
            if countries and row["country_code"] not in countries:
                continue
            try:
                float(row["latitude"]), float(row["longitude"])
            except ValueError:
                raise ImportError_(f"{name} line {n}: latitude/longitude are not numbers") from None
            yield row


def read_codes(path: Path) -> Iterator[tuple[list[str], str, str, str]]:
    """(code parts, name, ascii name, geonameid) of admin1CodesASCII.txt / admin2Codes.txt lines."""
    for name, lines in _text_files(path):
        for n, line in enumerate(lines, start=1):
            parts = line.rstrip("\r\n").split("\t")
            if not parts[0] or parts[0].startswith("#"):
                continue
            if len(parts) < 2 or "." not in parts[0]:
                raise ImportError_(f"{name} line {n}: expected CODE<TAB>name (CODE like BF.12)")
            yield (parts[0].split("."), parts[1], parts[2] if len(parts) > 2 else parts[1],
                   parts[3] if len(parts) > 3 else "")


# ---------------------------------------------------------------- writing the folder

def import_files(files: list[Path], out: Path, admin1: Path | None = None, admin2: Path | None = None,
                 replace: bool = False, countries: Iterable[str] = (),
                 classes: str = "PA") -> dict[str, Any]:
    """Read the dumps and code tables, write the folder and its index; returns the manifest."""
    want = frozenset(c.upper() for c in countries)
    places: list[dict[str, str]] = []
    a1: dict[tuple[str, str], dict[str, Any]] = {}
    seen: set[str] = set()
    for f in files:
        for row in read_dump(Path(f), frozenset(classes.upper()), want):
            if row["geonameid"] in seen:
                continue
            seen.add(row["geonameid"])
            code = row["feature_code"]
            if row["feature_class"] == "A":
                if code == "ADM1":
                    got = a1.setdefault((row["country_code"], row["admin1"]), {})
                    got.update(name=got.get("name") or row["name"], asciiname=got.get("asciiname") or row["asciiname"],
                               geonameid=row["geonameid"], lat=float(row["latitude"]), lon=float(row["longitude"]))
                    continue
                if code not in DISTRICTS:
                    continue   # countries, historical divisions, zones
                kind = "admin2"
            else:
                kind = "city"
            places.append({k: row.get(k, "") for k in PLACE_FIELDS[:-1]} | {"kind": kind})
    if admin1 is not None:
        for parts, name, ascii_, gid in read_codes(Path(admin1)):
            if len(parts) != 2 or (want and parts[0] not in want):
                continue
            got = a1.setdefault((parts[0], parts[1]), {})
            got.update(name=name, asciiname=ascii_)
            got.setdefault("geonameid", gid)
    if admin2 is not None:
        places += _districts_from_codes(Path(admin2), places, want)
    out.mkdir(parents=True, exist_ok=True)
    _write_tsv(out / "places.tsv", PLACE_FIELDS, places)
    a1_rows = [{"cc": cc, "code": code, "name": v.get("name", ""), "asciiname": v.get("asciiname", ""),
                "geonameid": v.get("geonameid", ""), "lat": v.get("lat", ""), "lon": v.get("lon", "")}
               for (cc, code), v in sorted(a1.items()) if v.get("name")]
    _write_tsv(out / "admin1.tsv", ("cc", "code", "name", "asciiname", "geonameid", "lat", "lon"), a1_rows)
    manifest = {
        "format": FORMAT, "replace": replace,
        "sources": [str(Path(f).name) for f in files] + [str(Path(p).name) for p in (admin1, admin2) if p],
        "countries": sorted(want), "feature_classes": classes.upper(),
        "places": sum(1 for p in places if p["kind"] == "city"),
        "districts": sum(1 for p in places if p["kind"] == "admin2"), "admin1": len(a1_rows),
    }
    (out / "gazetteer.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    (out / "index.pickle").unlink(missing_ok=True)
    load_folder(out)   # builds and writes the index
    return manifest


def _districts_from_codes(path: Path, places: list[dict[str, str]], want: frozenset[str]) -> list[dict]:
    """admin2Codes.txt entries the dump holds no feature for, at the mean point of their places
    (the names of those it holds become their alternate names)."""
    have = {(p["country_code"], p["admin1"], p["admin2"]): p for p in places
            if p["kind"] == "admin2" and p["feature_code"] == "ADM2"}
    points: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for p in places:
        if p["kind"] == "city" and p["admin2"]:
            points[(p["country_code"], p["admin1"], p["admin2"])].append(
                (float(p["latitude"]), float(p["longitude"]), int(p["population"] or 0)))
    out = []
    for parts, name, ascii_, gid in read_codes(path):
        if len(parts) != 3 or (want and parts[0] not in want):
            continue
        key = (parts[0], parts[1], parts[2])
        if key in have:
            p = have[key]
            alts = [a for a in p["alternatenames"].split(",") if a]
            p["alternatenames"] = ",".join(alts + [n for n in (name, ascii_) if n not in alts and n != p["name"]])
            continue
        if not points.get(key):
            continue
        pts = points[key]
        out.append({"geonameid": gid or "0", "name": name, "asciiname": ascii_, "alternatenames": "",
                    "latitude": f"{sum(p[0] for p in pts) / len(pts):.5f}",
                    "longitude": f"{sum(p[1] for p in pts) / len(pts):.5f}", "feature_code": "ADM2",
                    "country_code": parts[0], "admin1": parts[1], "admin2": parts[2],
                    "population": str(sum(p[2] for p in pts)), "kind": "admin2"})
    return out


def _write_tsv(path: Path, fields: tuple[str, ...], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(fields) + "\n")
        for r in rows:
            fh.write("\t".join(str(r.get(f, "")).replace("\t", " ").replace("\n", " ") for f in fields) + "\n")


# ---------------------------------------------------------------- reading the folder

def read_tables(folder: Path) -> dict[str, Any]:
    """The folder's tables in the shape gazetteer.build_state takes."""
    manifest = json.loads((folder / "gazetteer.json").read_text(encoding="utf-8"))
    places = []
    for r in read_tsv(folder / "places.tsv"):
        alts = [a for a in r["alternatenames"].split(",") if a]
        if r["asciiname"] and r["asciiname"] != r["name"]:
            alts.insert(0, r["asciiname"])
        places.append({"geonameid": int(r["geonameid"] or 0), "name": r["name"], "alternatenames": alts,
                       "countrycode": r["country_code"], "admin1code": r["admin1"],
                       "latitude": float(r["latitude"]), "longitude": float(r["longitude"]),
                       "population": int(r["population"] or 0), "imported": True,
                       "kind": ADMIN2 if r["kind"] == "admin2" else CITY})
    admin1 = []
    for r in read_tsv(folder / "admin1.tsv"):
        admin1.append({"cc": r["cc"], "code": r["code"], "name": r["name"], "asciiname": r["asciiname"],
                       "geonameid": r["geonameid"] or 0,
                       "lat": float(r["lat"]) if r["lat"] else None, "lon": float(r["lon"]) if r["lon"] else None})
    countries = set(manifest.get("countries") or ()) or {p["countrycode"] for p in places}
    home = sorted(countries) if len(countries) <= HOME_MAX else []
    return {"replace": bool(manifest.get("replace")), "places": places, "admin1": admin1, "home": home}


def load_folder(folder: Path) -> dict[str, Any]:
    """The index state of an imported gazetteer: read from index.pickle when it was built with
    the bundled data in use now, else built from the tables (and written back if it can be)."""
    manifest_path = folder / "gazetteer.json"
    if not manifest_path.exists():
        raise FileNotFoundError(f"{folder} is not a gazetteer folder (no gazetteer.json; "
                                f"write one with `eventwire places import`)")
    stamp = f"{FORMAT}:{fingerprint()}"
    path = folder / "index.pickle"
    try:
        with path.open("rb") as fh:
            got = pickle.load(fh)
        if got.get("stamp") == stamp:
            return got["state"]
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, AttributeError):
        pass
    state = build_state(read_tables(folder))
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".index-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump({"stamp": stamp, "state": state}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass   # a read-only folder: the index stays in memory
    return state
