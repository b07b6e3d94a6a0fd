"""The press spoken to is no target: "two officials confirmed the capture to Reuters" codes no
act on Reuters (as "spoke to reporters" is no meeting, coder.py). Words in data/press.yaml.
Issue 15 (non-event senses in long-form news)."""
from __future__ import annotations

from functools import lru_cache

from .yamldata import safe_load

from .rules import DATA

PHRASE_DEPS = ("compound", "amod", "flat", "nmod", "poss", "det")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    with open(DATA / "press.yaml", encoding="utf-8") as fh:
        raw = safe_load(fh) or {}
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


def press_addressee(verb, mention) -> bool:
    """Is the media actor `mention` the one a verb of telling speaks to ("confirmed the arrest
    to AFP", "told the BBC", "said in an interview with CNN")?"""
    if not mention.code.endswith("MED"):
        return False
    w = _words()
    if verb.lemma_.lower() not in w["telling_verbs"]:
        return False
    base = verb.sent.start_char         # mentions count characters from their sentence's start
    tok = next((t for t in verb.sent if t.idx - base == mention.start), None)
    if tok is None:
        return False
    while tok.dep_ in PHRASE_DEPS and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("dative", "dobj") and tok.head.i == verb.i:
        return verb.lemma_.lower() == "tell"    # "told the BBC"; "denied the Times report" is not
    if tok.dep_ != "pobj" or tok.head.lower_ not in w["addressee_preps"]:
        return False
    up = tok.head.head          # the preposition's head: the verb, its object, or "interview"
    for _ in range(3):
        if up.i == verb.i:
            return True
        if up.head.i == up.i:
            return False
        up = up.head
    return False
