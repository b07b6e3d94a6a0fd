"""A cut in relations announced by its own side is done, not threatened.

Modality reads "X announced Britain would pull out of the treaty" as a future act, and a
future act of 16 (reduce relations) as a threat (132). An announcement by the side that
cuts is its decision: the act itself (16), as "the US withdrew from the deal". Only
"announce", "confirm" and "declare", not negated, with a future "will"/"would" clause whose
doer is of the announcer's own country; "said it would", "warned it would" stay threats.
"""
from __future__ import annotations

from ..actors.codes import country_part

ANNOUNCING = frozenset({"announce", "confirm", "declare"})
FUTURE = frozenset({"will", "would", "'ll", "’ll", "shall"})


def announced_cut(verb, code: str | None, trig_code: str, sources) -> bool:
    """Is the verb's threatened cut (13x from a 16 act) a cut announced by its own side?
    sources: verb -> the actors doing it."""
    if not code or not code.startswith("13") or trig_code[:2] != "16":
        return False
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in ANNOUNCING or head.i == verb.i:
        return False
    if any(c.dep_ == "neg" for c in head.children) or \
            not any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in verb.children):
        return False            # "would withdraw if Iran resumed enrichment": a threat
    own = {country_part(a.code) for a in sources(verb)}
    announcer = {country_part(a.code) for a in sources(head)}
    return bool(own) and own == announcer
