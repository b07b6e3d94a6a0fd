"""A condition opener parsed inside the clause it opens.

"will respond in case those groups are targeting civilians": the parser may hang "in case" on
the verb of the condition as a prepositional phrase ("in" -> "targeting", "case" its object),
so the opener is the clause's own first words, not the words before it. modality.py asks this
besides its own test of the words before the clause.
"""
from __future__ import annotations


def opens_with_condition(tok, openers) -> bool:
    """Do the first words of `tok`'s clause, before its subject, spell a condition opener
    ("in case", "in the event", "on condition") that hangs on `tok` itself?"""
    left = tok.left_edge.i
    subjects = [c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    first = min(subjects)
    # the clause's words before its subject, as many as the longest opener has
    opening = tuple(t.lower_ for t in tok.doc[left:min(first, left + max(map(len, openers), default=0))])
    for opener in openers:
        n = len(opener)
        if n < 2 or left + n > first:
            continue        # one-word openers ("provided") are verbs of their own clauses
        if opening[:n] == opener and tok.doc[left].head.i == tok.i and \
                not any(c.dep_ == "prep" for c in tok.doc[left + n - 1].children):
            return True     # (not "in case of war, X said ...": a phrase, not a clause opened)
    return False
