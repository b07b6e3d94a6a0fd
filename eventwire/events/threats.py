"""Whom a threat is aimed at when the threatener names his own side as the one who will act:
"warned that Beijing would take action against Tokyo", "threatened to kill the hostages unless
the army halted its offensive". The speaker's own side is never the target: the target is
the one the threatened act is done to (its object, its "against"/"on" phrase) or, failing
that, the one whose deed the condition names ("if Y did not", "unless Y halted"); with
neither, no target (no event rather than a threat against oneself)."""
from __future__ import annotations

from ..actors.codes import country_part

CLAUSE_DEPS = ("ccomp", "xcomp")
ACT_PREPS = frozenset({"against", "on", "upon", "at"})


# the state's own arms: "Beijing" is a Chinese minister's own side; a country's rebels are not
STATE_ROLES = frozenset({"", "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"})


def _own(actor, sources) -> bool:
    for s in sources:
        if actor.code == s.code:
            return True
        country = country_part(s.code)
        if country and country_part(actor.code) == country and \
                s.code[3:6] in STATE_ROLES and actor.code[3:6] in STATE_ROLES:
            return True
    return False


def _condition_subjects(verb, marks):
    """Subjects of the "if"/"unless" clauses hanging on a verb."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
            yield from (s for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))


def own_side_clause(verb, resolver, sources):
    """The threatened act's clause when its doer is the speaker himself ("threatened to kill",
    no subject of its own) or his own side ("warned that Beijing would ..."), else None."""
    for c in verb.children:
        if c.dep_ not in CLAUSE_DEPS or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            return c if c.dep_ == "xcomp" else None
        actors = resolver.actors(subj[0])
        if actors and all(_own(a, sources) for a in actors):
            return c
    return None


def threatened(verb, clause, resolver, sources, marks) -> list:
    """The target of a threat whose act is `clause` (see the module's doc), [] if none named."""
    found = []
    for c in clause.children:
        if c.dep_ in ("dobj", "obj"):
            found += resolver.actors(c)
        elif c.dep_ == "prep" and c.lower_ in ACT_PREPS:
            found += [a for o in c.children if o.dep_ == "pobj" for a in resolver.actors(o)]
    found = [a for a in found if not _own(a, sources)]
    if found:
        return found
    for head in (clause, verb):
        for s in _condition_subjects(head, marks):
            found = [a for a in resolver.actors(s) if not _own(a, sources)]
            if found:
                return found
    return []
