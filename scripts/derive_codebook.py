#!/usr/bin/env python3
"""Derive eventwire/events/data/cameo_codes.tsv from the shared reference data.

Input: <reference>/cameo_event_codes.tsv (see its README for the sources:
CAMEO Manual 1.1b3 code list, GDELT CAMEO.goldsteinscale.txt, ICEWS
cameo-codes.csv, CAMEO2PLOVER-2021).

Run from the repository root:
    python scripts/derive_codebook.py [--reference ../shared/reference] [--out PATH]
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "eventwire" / "events" / "data" / "cameo_codes.tsv"
COLUMNS = ["code", "root", "name", "goldstein", "quad_class", "plover", "source"]



def read_reference(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def parent_chain(code: str, by_code: dict[str, dict[str, str]]) -> list[str]:
    """Parents of a code, nearest first (e.g. 1951 -> 195, 19)."""
    out = []
    row = by_code.get(code)
    while row and row["parent"]:
        out.append(row["parent"])
        row = by_code.get(row["parent"])
    return out


def own_goldstein(row: dict[str, str]) -> tuple[str, str]:
    if row["goldstein"].strip():
        return row["goldstein"].strip(), "gdelt_goldstein"
    if row["goldstein_icews"].strip():
        return row["goldstein_icews"].strip(), "icews_cameo_codes"
    return "", ""


def derive(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    by_code = {r["code"]: r for r in rows}
    out = []
    for r in rows:
        code = r["code"]
        src = []
        # name
        note = r["name_note"]
        if r["name"].strip() and note.startswith("name from the CAMEO2PLOVER"):
            name = r["name"].strip()
            src.append("name=cameo2plover_2021 comment")
        elif r["name"].strip() and "cameo_manual" in r["sources"]:
            name = r["name"].strip()
            src.append("name=cameo_manual_1.1b3")
        elif r["icews_name"].strip():
            name = r["icews_name"].strip()
            src.append("name=icews_cameo_codes")
        elif r["name"].strip():
            name = r["name"].strip()
            src.append("name=reference")
        else:
            name = r["icews_name"].strip()
            src.append("name=icews_cameo_codes")
        # goldstein
        g, gsrc = own_goldstein(r)
        if g:
            src.append(f"goldstein={gsrc}")
        else:
            for p in parent_chain(code, by_code):
                g, gsrc = own_goldstein(by_code[p])
                if g:
                    src.append(f"goldstein=parent {p} ({gsrc}); no score for {code} in any source")
                    break
            else:
                src.append("goldstein=none")
        # plover
        basis = r["plover_basis"]
        plover = r["plover_category"].strip()
        if basis.startswith("dropped"):
            root_plover = by_code[r["root"]]["plover_category"].strip()
            plover = root_plover
            if plover:
                src.append(f"plover=root heading {r['root']} (01/02 dropped in PLOVER manual)")
            else:
                src.append("plover=none (01/02 dropped in PLOVER manual)")
        elif basis.startswith("explicit"):
            src.append(f"plover=cameo2plover_2021 {basis[len('explicit '):]}")
        elif plover:
            src.append(f"plover=cameo2plover_2021 root heading {r['root']} (no own line)")
        else:
            src.append("plover=none")
        out.append({
            "code": code,
            "root": r["root"],
            "name": name,
            "goldstein": g,
            "quad_class": r["quad_class"],
            "plover": plover,
            "source": "; ".join(src),
        })
    out.sort(key=lambda d: d["code"])
    return out


def write(rows: list[dict[str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for d in rows:
            vals = [d[c] for c in COLUMNS]
            assert not any(("\t" in v or "\n" in v) for v in vals), vals
            fh.write("\t".join(vals) + "\n")
    tmp.replace(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", default=str(REPO.parent / "shared" / "reference"),
                    help="reference data folder (default ../shared/reference)")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    args = ap.parse_args(argv)
    ref = Path(args.reference) / "cameo_event_codes.tsv"
    rows = derive(read_reference(ref))
    write(rows, Path(args.out))
    n_parent = sum("goldstein=parent" in d["source"] for d in rows)
    n_none = sum(not d["plover"] for d in rows)
    print(f"wrote {len(rows)} codes to {args.out} "
          f"({n_parent} Goldstein from parent, {n_none} without PLOVER)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
