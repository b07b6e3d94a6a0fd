#!/usr/bin/env python3
"""Derive eventwire/actors/data/organisations_manual.tsv from shared/reference.

Usage (from the repo root):
    python scripts/derive_manual_igos.py [--reference DIR] [--out FILE]

The CAMEO manual's table 3.4 (rows `cameo_manual_table_3.4` of
cameo_international_actors.tsv) names international bodies the Phoenix dictionaries lack
("World Trade Organization", "International Organization for Migration", "Paris Club").
Each name not already a phrase of organisations.tsv / organisations_hand.tsv becomes a row
with the manual's code (skipped when known without its hyphens: "group of
seventy seven"); an acronym in brackets ("(WTO)") becomes a second row when it is no
phrase yet.

It also writes organisations_spelling.tsv: the other spelling of each organisation phrase of
several words written with one of the British / American pairs below ("shanghai cooperation
organization" -> "shanghai cooperation organisation", "world health organization" ->
"... organisation"), with the code of the phrase it was spelled from, when no phrase of that
spelling is listed yet. Standard library only; deterministic output.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "eventwire" / "actors" / "data"
DEFAULT_REF = REPO.parent / "shared" / "reference"
PREFIXES = ("IGO", "NGO", "IMG", "MNC", "NGM")      # a malformed code ("IGNONON") is left out
# groups of states named for a condition, not bodies that act
SKIP = {"IGOHIP"}


def norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("Org. ", "Organization ")
    return " ".join(text.lower().split())


def known_phrases() -> set[str]:
    out = set()
    for name in ("organisations.tsv", "organisations_hand.tsv"):
        with open(DATA / name, encoding="utf-8") as f:
            rows = csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")
            out.update(norm(r["phrase"]) for r in rows)
    return out


def derive(ref: Path) -> list[tuple[str, str, str, str]]:
    have = known_phrases()
    out = []
    with open(ref / "cameo_international_actors.tsv", encoding="utf-8") as f:
        for line, r in enumerate(csv.DictReader(f, delimiter="\t"), start=2):
            code = r["code"]
            if r["source"] != "cameo_manual_table_3.4" or not code.startswith(PREFIXES) or code in SKIP:
                continue
            name = norm(r["name"]).replace("org.", "organization")
            acronym = re.search(r"\(([^)]+)\)", name)
            base = re.sub(r"\s*\([^)]*\)", "", name).strip()
            source = f"cameo_international_actors.tsv:line {line} (CAMEO manual table 3.4)"
            display = re.sub(r"\s*\([^)]*\)", "", r["name"]).strip().replace("Org. ", "Organization ")
            for phrase in (base, acronym.group(1) if acronym else None):
                plain = phrase.replace("-", " ") if phrase else ""      # derived phrases drop hyphens
                if phrase and not {phrase, plain, f"the {phrase}", f"the {plain}"} & have:
                    out.append((phrase, code, display, source))
                    have.add(phrase)
    return out


# whole words only: "labor" -> "labour", never "collaborazione" -> "collabourazione"
SPELLINGS = (("organization", "organisation"), ("organizations", "organisations"),
             ("defense", "defence"), ("center", "centre"), ("labor", "labour"))


def spelling_variants() -> list[tuple[str, str, str, str]]:
    rows = []
    for name in ("organisations_hand.tsv", "organisations.tsv"):
        with open(DATA / name, encoding="utf-8") as f:
            lines = [l for l in f if not l.startswith("#")]
        for line, r in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
            rows.append((norm(r["phrase"]), r["code"], r["name"], f"{name}: {r['source']}"))
    have = {p for p, *_ in rows}
    swap = {a: b for a, b in SPELLINGS} | {b: a for a, b in SPELLINGS}
    out = []
    for phrase, code, name, source in rows:
        words = phrase.split(" ")
        if len(words) < 2 or not any(w in swap for w in words):
            continue
        other = " ".join(swap.get(w, w) for w in words)
        if other not in have:
            out.append((other, code, name, f"spelling of '{phrase}' ({source})"))
            have.add(other)
    return out


def write(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("phrase\tcode\tname\tsource\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {path}: {len(rows)} rows", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REF)
    ap.add_argument("--out", type=Path, default=DATA / "organisations_manual.tsv")
    a = ap.parse_args()
    write(a.out, derive(a.reference))
    write(a.out.with_name("organisations_spelling.tsv"), spelling_variants())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
