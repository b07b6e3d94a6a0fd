"""Whose air defences? "Iranian state TV reported that air defences shot down three
drones": air defences no word owns, in a report by a state's own voice (its government,
army, or media the dictionary reads as its government), are that state's. Only for the hand:downed- patterns (coder.py): the
missiles' owner fired them at the side that brought them down."""
from __future__ import annotations

from dataclasses import replace

from ..records import Origin

DEFENCE_NOUNS = frozenset({"defence", "defense", "defences", "defenses"})
SAY_LEMMAS = frozenset({"say", "report", "announce", "state", "claim"})
STATE_ROLES = frozenset({"GOV", "MIL"})     # not MED: "Reuters said air defences ..." is no owner


def reporters_defences(verb, sent, resolver) -> list:
    """The reporting state (its country code alone, as "Syrian air defences" reads) when the
    verb's subject is "air defences" owned by no word ("its", "Syrian") and the verb is what a
    state's own voice said ("X said ... had downed"); else []."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].lower_ not in DEFENCE_NOUNS or resolver.actors(subj[0]):
        return []
    noun = subj[0]
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "det")]
    if [c.lower_ for c in mods if c.dep_ != "det"] != ["air"]:
        return []
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in SAY_LEMMAS:
        return []
    said_by = [a for c in head.children if c.dep_ == "nsubj" for a in resolver.actors(c)]
    states = {a.code[:3] for a in said_by if len(a.code) >= 3 and a.code[:3] != "---"
              and (a.state or a.code[3:6] in STATE_ROLES)}
    if len(said_by) != 1 or len(states) != 1:
        return []
    base = sent.start_char
    left = min(t.idx for t in noun.subtree) - base
    right = max(t.idx + len(t.text) for t in noun.subtree) - base
    return [replace(said_by[0], text=sent.text[left:right], start=left, end=right,
                    code=states.pop(), how=f"air defences in a report by {said_by[0].text}",
                    origin=Origin.CONTEXT, state=False)]
