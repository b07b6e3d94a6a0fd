"""Whom a deadline is set for (issue 15, task vconf).

"X set a deadline for Y to withdraw its troops", "gave a two-week deadline for Y to make
reforms": the ultimatum (139) is given to Y, the doer the "for ... to" clause names; the
deadline's own "to" infinitive with a subject of its own. None when no such clause names one.
Permission given the same way ("gave permission for Y to deliver aid to Z": 080, task
triggers2) is given to Y, not to Z: nouns=PERMISSION_NOUNS.
"""
from __future__ import annotations

from ..actors.codes import country_part
from .command import COMMANDED_ROLES

DEADLINE_NOUNS = frozenset({"deadline", "ultimatum"})
PERMISSION_NOUNS = frozenset({"permission", "clearance", "authorisation", "authorization"})


def deadline_for(verb, resolver, sources, nouns=DEADLINE_NOUNS) -> list | None:
    """The actors a deadline or ultimatum that `verb` sets is for ("set a deadline for Y to
    ..."), or None; never the setter's own forces ("set a deadline for its troops to leave")."""
    heads = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
    if not heads:
        return None
    for clause in (c for t in (*heads, verb) for c in t.children
                   if c.dep_ in ("advcl", "acl", "relcl") and c.i > heads[0].i
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        # "for Y to ...": Y is the clause's subject, or the parser's "for" object
        doers = [s for s in clause.children if s.dep_ == "nsubj"] + \
            [o for m in clause.children if m.lower_ == "for" for o in m.children if o.dep_ == "pobj"]
        if not any(m.lower_ == "for" and m.dep_ in ("mark", "prep") for m in clause.children):
            continue
        found = [a for d in doers for a in resolver.actors(d) if not any(
            country_part(s.code) == country_part(a.code) and a.code[3:] in COMMANDED_ROLES for s in sources)]
        if found:
            return found
    return None
