"""The patient of a passive participle clause that has no subject of its own.

"Three Britons are held in Syria, having been captured by Kurdish forces", "Ten soldiers
were killed after being ambushed by rebels", "Arrested by police on Monday, the activists
were later freed": the clause's "by" phrase names the doer, and the one it was done to is the
subject of the clause it hangs on (English participle clauses share their subject with it).
Only with a "by" doer named, never under "if"/"unless" (a condition, not an act), and never
when the main clause has no subject of its own to give.
"""
from __future__ import annotations

# "after being expelled by X", "before being handed over to Y", "on being arrested by Z"
TIME_PREPS = frozenset({"after", "before", "since", "upon", "on", "following", "despite", "without"})
MATRIX_POS = frozenset({"VERB", "AUX"})


def participle_patient(verb, hypothetical_marks=frozenset()):
    """The subject token of the clause a subjectless passive participle clause hangs on, or None."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if any(c.dep_ == "mark" and c.lower_ in hypothetical_marks for c in verb.children):
        return None
    if verb.dep_ == "advcl" and verb.head.pos_ in MATRIX_POS:
        matrix = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in TIME_PREPS \
            and verb.head.head.pos_ in MATRIX_POS:
        matrix = verb.head.head
    else:
        return None
    if matrix.i == verb.i:
        return None
    return next((c for c in matrix.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def reduced_relative(verb) -> bool:
    """Is `verb` a past participle on the noun just before it, with no "by" doer: "towns
    recaptured from Isis", "aid to villages seized from the rebels" (the parser often hangs it
    on the main verb, as a clause joined to it or an adverbial one)? Such a participle names no
    doer, and the main clause's subject is not it."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or verb.i == verb.sent.start:
        return False
    # its own subject, a "by" doer, an auxiliary, a marker ("as forces clashed", "after X
    # torched") or a direct object ("France ordered 35 to leave"): a clause of its own
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass", "expl", "mark", "dobj", "ccomp", "xcomp")
           for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head.i == before.i
    # misread: joined to the main verb with no "and" or comma between (the noun is right before)
    return verb.dep_ in ("conj", "advcl") and before.dep_ in ("pobj", "dobj", "conj") and \
        not any(c.dep_ == "cc" for c in verb.head.children if before.i < c.i < verb.i)
