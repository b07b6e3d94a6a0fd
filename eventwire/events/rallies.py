"""Opposition rallied against a side (issue 15, task vconf).

"X called on its supporters to protest against Y", "urged workers to join a march against Y",
"called for protests against Y": the caller rallies others against Y, CAMEO 113 (Rally
opposition against), X -> Y; not an appeal (02) to Y, nor to the people called on. The act asked
for is one of opposing (a verb of protest, or joining a protest noun) and its "against" phrase
names Y; with no actor there the appeal is left as it is. Word lists: data/rallies.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .yamldata import safe_load

DATA = Path(__file__).parent / "data" / "rallies.yaml"
CODE = "113"
ACT_DEPS = ("xcomp", "advcl", "ccomp")


@lru_cache(maxsize=1)
def _words(path: Path = DATA) -> dict[str, frozenset[str]]:
    with open(path, encoding="utf-8") as fh:
        w = safe_load(fh) or {}
    return {k: frozenset(str(x).lower() for x in v) for k, v in w.items() if isinstance(v, list)}


def _against(tok) -> list:
    """The objects of tok's "against" phrases."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "against"
            for o in p.children if o.dep_ == "pobj"]


def _protest_noun(noun, w) -> bool:
    """Is the noun one of protest: in rally_nouns, and for a noun that also names an armed act
    ("strike") singular with no armed modifier ("a general strike", not "air strikes")?"""
    lemma = noun.lemma_.lower()
    if lemma not in w["rally_nouns"]:
        return False
    if lemma in w["armed_nouns"]:
        return noun.tag_ == "NN" and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in w["armed_modifiers"] for c in noun.children)
    return True


def _opposed(act, w) -> list:
    """The "against" objects of an act of opposing: "protest against Y", "join a march against Y"."""
    if any(c.dep_ == "neg" for c in act.children):
        return []
    lemma = act.lemma_.lower()
    if lemma in w["rally_verbs"]:
        return _against(act)
    if lemma in w["joining_verbs"]:
        nouns = [c for c in act.children if c.dep_ == "dobj" and _protest_noun(c, w)] + \
            [o for p in act.children if p.dep_ == "prep" and p.lower_ in ("at", "in")
             for o in p.children if o.dep_ == "pobj" and _protest_noun(o, w)]
        return [o for n in nouns for o in _against(n)]
    return []


# a meeting's trigger (04: "called Putin", "invited the president") is an appeal only in the form
# "call on/upon X to ...": "called Putin to protest against Y" is a phone call to complain, not a
# rally of Putin against Y (review s32)
MEETING_ROOT = "04"
APPEAL_PREPS = frozenset({"on", "upon"})


def rallied_against(verb, resolver, code: str | None = None) -> list | None:
    """The sides an appeal rallies others against ("called on X to protest against Y": Y), or
    None when `verb` is no appeal for an act of opposing one named. `code`: the verb's trigger
    code, if any (a meeting's only in the form "call on X to")."""
    w = _words()
    if verb.lemma_.lower() not in w["appeal_verbs"] or any(c.dep_ == "neg" for c in verb.children):
        return None
    if code is not None and code.startswith(MEETING_ROOT) and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in APPEAL_PREPS for c in verb.children):
        return None
    objs = []
    for c in verb.children:
        if c.dep_ in ACT_DEPS and c.pos_ in ("VERB", "AUX") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            objs += _opposed(c, w)      # "called on X to protest against Y"
        elif c.dep_ == "prep" and c.lower_ == "for":
            objs += [o for n in c.children if n.dep_ == "pobj" and _protest_noun(n, w)
                     for o in _against(n)]      # "called for protests against Y"
    targets = [a for o in objs for a in resolver.actors(o)]
    return targets or None
