"""The means of an attack decide its code: chemical weapons (2041), bombs (183), air strikes (195).

"launched a chemical attack on X", "used chemical weapons against X", "attacked X with
chlorine", "the chemical attack on X" are uses of chemical or biological weapons (2041), not
the 19x or 17x the verb gives; "died in a truck bomb blast", "wounded two soldiers in a
bomb attack", "a suicide bombing killed ..." are non-military bombings (183), not fighting
(190). The means must stand in the act's own phrase: its object, its event noun, a "with",
"in", "by" or "using" phrase of the verb, or the attack noun a "when ... were killed" clause
hangs on (also when the parser hung that clause elsewhere: "the sarin attack on X, when ..."), or
"such an attack" after a sentence that names chemical weapons. Only acts of force are recoded ("condemned the chemical attack" stays a
criticism), and bombings only from plain assaults and fighting (air strikes and shelling are
military). A killing of civilians (202) or fighting (190) done by air strikes, told in the
act's phrase or as its subject ("air strikes by Syrian planes have killed 600 civilians"), is
the use of aerial weapons (195). Word lists: data/attack_means.tsv.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..tsv import read_rows

DATA = Path(__file__).parent / "data" / "attack_means.tsv"
# code -> the codes an act must have to take it
# (of root 17 only the use of force, 175: "used chemical weapons against X", not seizing them)
RECODED = {"2041": lambda c: (c[:2] in ("18", "19", "20") or c == "175") and c != "2041",
           "183": lambda c: c in ("18", "19") or c[:3] in ("180", "182", "190"),
           "195": lambda c: c in ("190", "202")}
ORDER = ("2041", "183", "195")
# the means a killing's subject may name: "air strikes killed 600 civilians" (195), "a sarin
# attack killed 80 people" (2041)
SUBJECT_MEANS = frozenset({"2041", "195"})
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "pobj")
MEANS_PREPS = frozenset({"with", "in", "by", "using", "via", "during"})
MODIFIER_DEPS = ("amod", "compound", "nmod")
CLAUSE_DEPS = ("relcl", "acl", "advcl")


def _load(path: Path = DATA) -> dict[tuple[str, str], frozenset[str]]:
    kinds: dict[tuple[str, str], set[str]] = {}
    for code, kind, word, *_ in read_rows(path):
        kinds.setdefault((code, kind), set()).add(word.lower())
    return {k: frozenset(v) for k, v in kinds.items()}


_WORDS = _load()


def names_means(noun, code: str) -> bool:
    """Is the noun the means of code: "sarin", "chemical weapons", "a sarin gas attack" (2041),
    "an IED", "a car bomb explosion" (183)?"""
    words = {noun.lemma_.lower(), noun.lower_}
    if words & _WORDS.get((code, "agent"), frozenset()):
        return True
    if not words & _WORDS.get((code, "weapon"), frozenset()):
        return False
    mods = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
    # "sarin gas attack", "car bomb explosion": the marker may modify the modifier
    mods += [g for c in mods for g in c.children if g.dep_ in MODIFIER_DEPS]
    markers = _WORDS.get((code, "marker"), frozenset())
    if any(m.lemma_.lower() in markers or m.lower_ in markers for m in mods):
        return True
    # "a car bomb", "a truck explosion" (not "a truck attack": a vehicle rammed into a crowd)
    vehicles = _WORDS.get((code, "vehicle"), frozenset())
    return noun.lemma_.lower() not in ("attack", "assault") and \
        any(m.lemma_.lower() in vehicles or m.lower_ in vehicles for m in mods)


def _subject_nouns(tok) -> list:
    """The subject nouns of the act and their coordinated nouns ("air strikes by X killed ...")."""
    nouns = [c for c in tok.children if c.dep_ == "nsubj"]
    return nouns + [c for n in nouns for c in n.conjuncts]


def _phrase_nouns(tok) -> list:
    """The nouns of the act's own phrase: the token itself (an event noun), its objects, its
    means ("with sarin", "in a chemical attack") and the coordinated nouns of these."""
    nouns = [tok]
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS:
            nouns.append(c)
        elif c.dep_ in ("prep", "agent") and c.lower_ in MEANS_PREPS:
            nouns += [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        elif c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "use":     # "attacked them using sarin"
            nouns += [g for g in c.children if g.dep_ == "dobj"]
    if tok.dep_ in CLAUSE_DEPS and tok.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(tok.head)          # "the chemical attack on X, when 80 people were killed"
    nouns += _when_after_comma(tok)
    return nouns + [c for n in nouns for c in n.conjuncts]


def _when_after_comma(tok) -> list:
    """The nouns of the phrase just before ", when ..." that the parser hung the clause
    elsewhere ("Since the sarin attack on X in Y province, when 80 people were killed, there
    have been ..."): the phrase ending at the comma and the nouns it hangs on."""
    if not any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < tok.i for c in tok.children):
        return []
    first = min(t.i for t in tok.subtree)
    if first < 2 or tok.doc[first - 1].text != "," or tok.doc[first].lower_ != "when":
        return []
    out, cur = [], tok.doc[first - 2]
    for _ in range(5):
        if cur.pos_ in ("NOUN", "PROPN"):
            out.append(cur)
        if cur.dep_ not in ("pobj", "prep", "compound", "amod", "poss") or cur.head.i == cur.i:
            break
        cur = cur.head
    return out


# "such an attack", "a similar attack": the kind of attack the sentence before told
KIND_WORDS = frozenset({"such", "similar"})
# the means a kind word carries over from the sentence before (chemical weapons only: a bombing
# or an air strike told before may be another attack than the kind meant)
KIND_MEANS = frozenset({"2041"})


def _kind_before(nouns, code: str, before: str) -> bool:
    """Is the act's noun "such an attack" or "a similar attack" after a sentence that names the
    means of `code` ("Any use of chemical weapons would cross a red line. Days later, X launched
    just such an attack")? Read from the words: the sentence before may be unparsed."""
    if code not in KIND_MEANS or not before or not any(
            c.lower_ in KIND_WORDS and c.dep_ in ("amod", "predet", "det") for n in nouns for c in n.children):
        return False
    words = re.findall(r"[a-z]+", before.lower())
    if set(words) & _WORDS.get((code, "agent"), frozenset()):
        return True
    markers, weapons = _WORDS.get((code, "marker"), frozenset()), _WORDS.get((code, "weapon"), frozenset())
    return any(w in markers and any(v.rstrip("s") in weapons or v in weapons for v in words[i + 1:i + 3])
               for i, w in enumerate(words))


def means_code(tok, code: str, before: str = "") -> str | None:
    """The code the act's means gives it (2041, 183), else None."""
    if tok is None:
        return None
    nouns = None
    for means in ORDER:
        if not RECODED[means](code):
            continue
        nouns = nouns if nouns is not None else _phrase_nouns(tok)
        if any(names_means(n, means) for n in nouns) or _kind_before(nouns, means, before):
            return means
        if means in SUBJECT_MEANS and any(names_means(n, means) or {n.lemma_.lower(), n.lower_} & _WORDS.get(
                (means, "doer"), frozenset()) for n in _subject_nouns(tok)):
            return means        # "air strikes killed ...", "warplanes attacked ..." (not "shot down a warplane")
    return None
