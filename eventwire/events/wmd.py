"""Attacks with weapons of mass destruction: CAMEO 2041, not the 19x or 17x the verb gives.

"launched a chemical attack on X", "carried out a sarin attack", "used chemical weapons
against X", "attacked X with chlorine", "were killed in a nerve agent attack" and the noun
event "the chemical attack on X" are uses of chemical or biological weapons (2041). The
weapon must stand in the act's own phrase: its object, its event noun, a "with", "in", "by"
or "using" phrase of the verb, or the attack noun a "when ... were killed" clause hangs on.
Only acts of force (roots 17 to 20) are recoded: "condemned the chemical attack" stays a
criticism. Word lists: data/mass_weapons.tsv.
"""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "mass_weapons.tsv"
CODE = "2041"
FORCE_ROOTS = ("17", "18", "19", "20")
# where the weapon may stand in the verb's phrase
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "pobj")
MEANS_PREPS = frozenset({"with", "in", "by", "using", "via", "during"})
MODIFIER_DEPS = ("amod", "compound", "nmod")
CLAUSE_DEPS = ("relcl", "acl", "advcl")


def _load(path: Path = DATA) -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip() or line.startswith("kind\t"):
                continue
            kind, word = line.rstrip("\n").split("\t")[:2]
            kinds.setdefault(kind, set()).add(word.lower())
    return {k: frozenset(v) for k, v in kinds.items()}


_WORDS = _load()


def names_mass_weapon(noun) -> bool:
    """Is the noun a weapon of mass destruction or an attack with one: "sarin", "chemical
    weapons", "a sarin gas attack", "nerve agent"?"""
    lemma = noun.lemma_.lower()
    if lemma in _WORDS["agent"] or noun.lower_ in _WORDS["agent"]:
        return True
    if lemma not in _WORDS["weapon"]:
        return False
    mods = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
    # "sarin gas attack": the marker may modify the modifier
    mods += [g for c in mods for g in c.children if g.dep_ in MODIFIER_DEPS]
    return any(m.lemma_.lower() in _WORDS["marker"] or m.lower_ in _WORDS["marker"] for m in mods)


def _phrase_nouns(tok) -> list:
    """The nouns of the act's own phrase: the token itself (an event noun), its objects, its
    means ("with sarin", "in a chemical attack") and the coordinated nouns of these."""
    nouns = [tok]
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS:
            nouns.append(c)
        elif c.dep_ in ("prep", "agent") and c.lower_ in MEANS_PREPS | {"by"}:
            nouns += [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        elif c.dep_ == "xcomp" and c.lemma_.lower() == "use":      # "attacked them using sarin"
            nouns += [g for g in c.children if g.dep_ == "dobj"]
        elif c.dep_ == "advcl" and c.lemma_.lower() == "use" and c.tag_ == "VBG":
            nouns += [g for g in c.children if g.dep_ == "dobj"]
    if tok.dep_ in CLAUSE_DEPS and tok.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(tok.head)          # "the chemical attack on X, when 80 people were killed"
    return nouns + [c for n in nouns for c in n.conjuncts]


def mass_weapon_code(tok, code: str) -> str | None:
    """2041 when an act of force is done with a weapon of mass destruction, else None."""
    if tok is None or code[:2] not in FORCE_ROOTS or code == CODE:
        return None
    return CODE if any(names_mass_weapon(n) for n in _phrase_nouns(tok)) else None
