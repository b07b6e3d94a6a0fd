"""Dependency-parse vocabulary shared by the coder's components."""
from __future__ import annotations

SUBJ_DEPS = ("nsubj", "csubj")
OBJ_DEPS = ("dobj", "dative", "obj", "oprd")
VERB_POS = ("VERB",)
# labels that start another clause: its words are not the verb's own
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "acl", "csubj"})


def clause(verb) -> list:
    """The verb's own clause: its subtree without embedded clauses of other verbs."""
    out, stack = [], [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def has_neg(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def clause_verb(tok):
    """The verb whose object (or its preposition's object) a noun is: "anything" in "do
    anything", "risk" in "put lives at risk"; the noun itself if none."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in ("dobj", "pobj", "prep") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok
