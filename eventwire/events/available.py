"""Goods "made available" to someone: the act of providing them.

"made two planes available to the army", "has made $10 million available to Nepal", "made
available ambulances to Liberia": "make ... available" is "provide", read with provide's
patterns on the thing made available (triggers.py), and its "to"/"for" phrase, which the
parser hangs on "available", names the receiver (slots.py). The parser puts "available" as
a complement of "make" (the thing its subject) or as a modifier of the object.
"""
from __future__ import annotations

# the verb read in place of "make" when it makes a thing available
PROVIDING = "provide"
AVAILABLE_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "advmod", "amod", "dep"})
RECEIVER_PREPS = ("to", "for")


def made_available(verb):
    """The "available" of "make X available (to Y)", or None."""
    if verb.lemma_.lower() != "make":
        return None
    for c in verb.children:
        if c.lower_ == "available" and c.dep_ in AVAILABLE_DEPS:
            return c
        if c.dep_ == "dobj":
            for g in c.children:
                if g.lower_ == "available" and g.dep_ == "amod":
                    return g
    return None


def available_words(verb, available) -> list:
    """The words of the thing made available and of its receiver: "available"'s phrase and
    the verb's object, in order."""
    toks = {t.i: t for t in available.subtree}
    for c in verb.children:
        if c.dep_ == "dobj":
            toks.update({t.i: t for t in c.subtree})
    return [toks[i] for i in sorted(toks) if i > verb.i]


def available_receivers(verb, look, ok, prep_targets) -> list:
    """The receiver named on "available": "made funds available to Y", "available for Y"."""
    available = made_available(verb)
    if available is None:
        return []
    found = prep_targets(available, look, RECEIVER_PREPS)
    return found if ok(found, look) else []
