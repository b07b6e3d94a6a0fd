"""A speaker named after the report, read as an apposition: "Turkey has started pulling its
units out of Libya, Interior Minister Ali Demir told reporters". The parser may hang the
speaker's name on the last noun before the comma (Libya) as its apposition and leave "told"
with no subject, joined to the main verb: Libya then reads as the minister, the target as the
source's own country. When a verb of saying right after such an apposition has no subject of
its own, the apposition is its subject (task coop, session 31).
"""
from __future__ import annotations

# verbs of saying that close a report with the speaker before them
SAYING = frozenset({"say", "tell", "add", "announce", "confirm", "state", "report", "write", "claim"})


def repair_trailing_speaker(doc) -> None:
    for said in doc:
        if said.lemma_.lower() not in SAYING or said.dep_ not in ("conj", "parataxis", "ccomp") or \
                any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in said.children):
            continue
        prev = doc[said.i - 1] if said.i > 0 else None
        if prev is None:
            continue
        # the apposition whose phrase ends right before the verb, after a comma
        appos = next((t for t in (prev, prev.head) if t.dep_ == "appos" and t.head.i < t.i
                      and t.right_edge.i == said.i - 1 and t.pos_ in ("PROPN", "NOUN")), None)
        if appos is None or appos.left_edge.i == 0 or doc[appos.left_edge.i - 1].text != ",":
            continue
        if said.head.i >= appos.i or said.head.i == said.i:
            continue        # joined to a verb before the report, not inside the apposition
        try:
            appos.head = said
            appos.dep_ = "nsubj"
        except Exception:      # a tree spaCy refuses: keep the parse as it was
            continue
