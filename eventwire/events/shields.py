"""People held "to use them as a shield" (CAMEO 184).

"Militiamen locked the farmers in a mosque to use them as a human shield": the use is a
purpose clause (not itself told as done), but the holding is told, and holding people for that
purpose is the use (as "held 300 villagers as human shields", a hand pattern). The target is
the object of the holding verb, not the pronoun of the purpose clause. Only when the holding is
told as done (modality), and only for verbs that keep people where they are.
"""
from __future__ import annotations

CODE = "184"
HOLDING = frozenset({"hold", "keep", "detain", "trap", "gather", "herd", "confine"})


def held_as_shields(verb, code: str, mood_of):
    """The object of the holding verb whose purpose "to use them as a shield" this is, or
    None. mood_of(token) -> the mood word of a verb (modality)."""
    if code != CODE or verb.lemma_.lower() != "use" or verb.dep_ not in ("advcl", "xcomp"):
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() not in HOLDING or mood_of(head) not in ("fact", "described"):
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)
