"""Role words in their sense of a thing: "a political settlement" (an agreement, not the
people of a settlement), "supplied valuable intelligence" (information, not an agency).

The words, the modifiers and the verbs that show the thing sense are data (thing_senses.tsv).
Only a bare role word is read so: "Israeli settlements", "US intelligence" name their country
and keep their actor.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..tsv import read_rows

DATA = Path(__file__).parent / "data" / "thing_senses.tsv"


@lru_cache(maxsize=1)
def _senses() -> dict[str, tuple[frozenset, frozenset]]:
    out = {}
    for word, mods, verbs, _source in read_rows(DATA):   # word, modifiers, verbs, source
        out[word] = (frozenset(mods.split(",")), frozenset(verbs.split(",")))
    return out


def thing_sense(head) -> bool:
    """Is the phrase's head a role word used as a thing: a modifier or a verb says so?"""
    sense = _senses().get(head.lower_)
    if sense is None:
        return False
    mods, verbs = sense
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in mods for c in head.children):
        return True
    return head.dep_ == "dobj" and head.head.lemma_.lower() in verbs
