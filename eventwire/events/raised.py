"""The object a decree verb's misparse hides in an infinitive clause after it.

"proclaimed a curfew to start at dawn" is often parsed with "a curfew" the
subject of "to begin" (a ccomp of "declared"), so the verb has no object and its patterns
("declare state of siege") find nothing. For the verbs of raised.yaml (decrees: declaring,
imposing, ordering), with no object of their own, the subject of such an infinitive clause is
read as their object.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .yamldata import safe_load

from .parse import OBJ_DEPS

DATA = Path(__file__).resolve().parent / "data" / "raised.yaml"
# clauses inside the raised noun phrase that are not its words
OWN_CLAUSES = frozenset({"relcl", "acl", "advcl", "appos", "parataxis", "ccomp", "xcomp"})


@lru_cache(maxsize=1)
def decree_verbs() -> frozenset[str]:
    return frozenset(safe_load(DATA.read_text(encoding="utf-8"))["decree_verbs"])


def raised_object(verb):
    """The noun a decree verb with no object of its own has as the subject of its infinitive
    clause ("declared [a curfew] to start at 8pm"), or None."""
    if verb.lemma_.lower() not in decree_verbs() or any(c.dep_ in OBJ_DEPS for c in verb.children):
        return None
    for comp in verb.children:
        if comp.dep_ not in ("ccomp", "xcomp") or comp.i < verb.i or \
                not any(a.dep_ == "aux" and a.tag_ == "TO" for a in comp.children):
            continue
        subj = next((c for c in comp.children if c.dep_ == "nsubj" and c.i < comp.i), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.i > verb.i:
            return subj
    return None


def raised_words(verb, dated=frozenset()) -> list:
    """The words of that noun phrase (its own clauses and dates left out), [] without one."""
    subj = raised_object(verb)
    if subj is None:
        return []
    out, stack = [], [subj]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [c for c in tok.children if c.dep_ not in OWN_CLAUSES]
    return sorted((t for t in out if t.i not in dated and t.pos_ != "PUNCT"), key=lambda t: t.i)
