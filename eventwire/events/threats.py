"""Whom a threat is aimed at when the threatener names his own side as the one who will act:
"warned that Beijing would take action against Tokyo", "threatened to kill the hostages unless
the army halted its offensive". The speaker's own side is never the target: the target is
the one the threatened act is done to (its object, its "against"/"on" phrase) or, failing
that, the one whose deed the condition names ("if Y did not", "unless Y halted"); with
neither, no target (no event rather than a threat against oneself)."""
from __future__ import annotations

from dataclasses import replace

from ..actors.codes import country_part
from .namesakes_hit import beside_named

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
        if not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            return c if c.dep_ == "xcomp" else None
        if speakers_own_act(c, resolver, sources):
            return c
    return None


def speakers_own_act(clause, resolver, speakers) -> bool:
    """Is the act of a clause reported by a speech verb the speaker's own ("threatened to
    strike", "said it would strike": no subject, or one of the speaker's side), not one the
    speaker reports or forecasts of another ("police said the gang would attack")?"""
    subj = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return clause.dep_ == "xcomp"
    actors = resolver.actors(subj[0])
    return bool(actors) and bool(speakers) and all(_own(a, speakers) for a in actors)


def conditional(clause, verb, marks) -> bool:
    """Does an "if"/"unless" clause hang on the act or on the verb that reports it ("said
    they would hit X if talks failed")?"""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for head in (clause, verb) for c in head.children)


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


def threatened_places(clause, resolver, sources) -> list:
    """ "threatened to shell Kandahar", "vowed to strike Tel Aviv": the place the threatened force
    would hit, named as the act's object or after "on"/"against"/"at", stands for its people, as
    for the force itself ("shelled Kandahar": unnamed.people_attacked). Only a place the gazetteer
    or the country list names, never the threatener's own state; [] when none."""
    heads = [c for c in clause.children if c.dep_ in ("dobj", "obj")] + \
        [o for c in clause.children if c.dep_ == "prep" and c.lower_ in ACT_PREPS
         for o in c.children if o.dep_ == "pobj"]
    for head in heads:
        if resolver.names_actor(head):
            continue        # "threatened to attack Israel": an actor, the usual targets
        for place in [beside_named(found, resolver) for found in [resolver.places(head)] if found]:
            people = replace(place, code=place.code[:3] + "CVL", how="people of the place threatened: " + place.how)
            if not _own(people, sources) and all(country_part(s.code) != place.code[:3] or
                                                 s.code[3:6] not in STATE_ROLES for s in sources):
                return [people]
    return []


# the acts a threat joined to them by "and" is aimed like: demands, rejections, reduced
# relations, coercion and force (not "met Y and threatened ...": no one is named for the threat)
JOINED_ROOTS = frozenset({"10", "12", "16", "17", "18", "19", "20"})


def joined_act_targets(verb, threat_verbs, so_far) -> list:
    """ "froze loans to Y and threatened further penalties", "expelled Y's envoy
    and warned of further steps": a threat that names no one, joined by "and" to an act of
    conflict the sentence reports of the same doer, is aimed at that act's target (so_far:
    verb index -> the sentence's mentions so far); [] when none."""
    head = verb.head if verb.dep_ == "xcomp" else verb
    if head.lemma_.lower() not in threat_verbs or head.dep_ != "conj" or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return []           # ("..., but Y threatened ...": a doer of its own)
    found = [m.target for m in so_far.get(head.head.i) or () if m.code[:2] in JOINED_ROOTS]
    return list({t.code: t for t in found}.values())


# "warned that X risks / faces ...": the consequence threatened, still a threat
RISK_VERBS = frozenset({"risk", "face"})
# "warned that the move could create new crises": what another's act would bring about
CONSEQUENCE_VERBS = frozenset({"cause", "create", "bring", "lead", "fuel", "trigger", "spark",
                               "destabilise", "destabilize", "undermine", "harm", "damage",
                               "worsen", "inflame", "escalate", "endanger", "jeopardise",
                               "jeopardize", "threaten", "complicate", "deepen"})


def warns_of_fact(verb, warning_verbs, rules) -> bool:
    """ "warned that Iran is delivering arms", "warned that X have taken steps": the warning
    tells what is or was, not what the speaker will do (a future, a modal or an "if" would
    make it a threat: "warned that it would respond", "warned that X could face action")."""
    if verb.lemma_.lower() not in warning_verbs:
        return False
    for c in verb.children:
        if c.dep_ != "ccomp":
            continue
        kids = list(c.children)
        r = rules
        if any((k.dep_ == "aux" and k.lower_ in r.future_aux | r.speculative_aux | r.obligation_aux)
               or (k.dep_ == "mark" and k.lower_ in r.hypothetical_marks) for k in c.subtree):
            return False            # "warned that X risked war if it intervened": a threat
        if c.lemma_.lower() in RISK_VERBS:
            return False            # "warned that Y risks a confrontation": a threat
        if any(k.dep_ in ("nsubj", "nsubjpass") and (k.lemma_.lower() in r.nouns or k.lemma_.lower() in r.act_nouns)
               for k in kids):
            return False            # "warned that an operation is near": the act is the threat
        if c.tag_ == "VB" or any(k.dep_ == "aux" and k.tag_ == "TO" for k in kids):
            return False            # "warned X to stay away": a demand, left as it was
        return True
    return False

def warns_of_consequence(verb, warning_verbs, rules) -> bool:
    """ "warned that the move would cause instability", "warned that Y's decision could
    create new crises": what an act already taken would bring about, said of the act (the
    act named again or someone's named act, never "our"/"its" own) is a criticism of it;
    "warned that an operation would follow" stays a threat."""
    if verb.lemma_.lower() not in warning_verbs:
        return False
    r = rules
    for c in verb.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() not in CONSEQUENCE_VERBS:
            continue
        if any(k.dep_ == "mark" and k.lower_ in r.hypothetical_marks for k in c.subtree):
            return False            # "if it went ahead": a condition, the speaker's threat
        subj = next((k for k in c.children if k.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in r.act_nouns:
            return False
        owner = [k for k in subj.children if k.dep_ == "poss"]
        if owner:
            return all(o.pos_ != "PRON" for o in owner)     # "the US president's actions"
        return any(k.dep_ == "det" and k.lower_ in ("the", "this", "that", "such")
                   for k in subj.children)                  # "the move": one named before
    return False


def consequence_subject(verb):
    """The act whose consequence a warning names: "the move" in "warned that the move could
    create new crises" (the first such clause's subject), or None."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() in CONSEQUENCE_VERBS:
            return next((k for k in c.children if k.dep_ == "nsubj"), None)
    return None
