"""A town taken, named bare: "M23 rebels captured Goma", "troops retook Kherson".

The dictionary's patterns need the noun "town" or "city" ("captured the city of Goma": 192,
occupy territory); a place's own name as the object of a verb of taking codes nothing. It is
the same act when the object is a place's bare name (read as a place: places_taken) and the
subject names armed men ("rebels", "troops", "fighters"): "the candidate captured Georgia"
(an election) and "police seized Lagos cocaine" are not taken. Words: data/taken_towns.tsv.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..tsv import read_tsv

CODE = "192"
PATTERN = "taken-town:"
# how a target read as a place is told (unnamed.people_attacked, resolver.places)
PLACE_HOW = "people of the place attacked: place "


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in read_tsv(Path(__file__).parent / "data" / "taken_towns.tsv"):
        out.setdefault(r["kind"], set()).add(r["word"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def armed_subject(verb) -> bool:
    """Does the verb's active subject name armed men ("M23 rebels", "Russian forces")?"""
    armed = _words()["armed"]
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].lemma_.lower() in armed


def town_taken(verb) -> str | None:
    """The pattern id when the verb takes a place named bare (see the module's note), else None."""
    lemma = verb.lemma_.lower()
    if lemma not in _words()["verb"] or any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) != 1:
        return None
    obj = objs[0]
    if obj.pos_ != "PROPN" or any(c.dep_ in ("poss", "compound", "nmod", "amod", "det") for c in obj.children):
        return None         # a bare name ("Goma"); whether it is a place: places_taken
    return PATTERN + lemma if armed_subject(verb) else None


def places_taken(pairs, pattern_id: str):
    """Keep a bare-named taking only when its target was read as a place ("captured Goma":
    the people of the place; not "captured Smith", a person)."""
    if not pattern_id.startswith(PATTERN):
        return pairs
    return [(s, t) for s, t in pairs if PLACE_HOW in (t.how or "")]
