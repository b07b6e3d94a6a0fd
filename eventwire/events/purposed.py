"""Forces sent for a cooperative purpose: "deployed 20 soldiers to Kenya to train Kenyan troops",
"sent instructors to Mali to train its army". The deployment alone is a show of force (154,
CAMEO.2.0.txt's DEPLOY patterns); a purpose infinitive on it that is itself material cooperation
or aid (roots 06, 07: training is military aid, 072) names the act, when the people it is done
to are of the country the forces go to. Forces sent "to fight", "to support the offensive" or to
help a third side keep their code.
"""
from __future__ import annotations

from ..actors.codes import country_part
from .parse import OBJ_DEPS

PURPOSE_ROOTS = ("06", "07")


def purpose_act(verb, mentions, choose, actors) -> str | None:
    """The purpose act's code for a deployment whose purpose is cooperation with its target's
    country, else None. choose: the trigger chooser's choose(verb); actors: resolver.actors."""
    if not mentions or not all(m.code[:2] == "15" for m in mentions):
        return None
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or c.pos_ != "VERB" or \
                not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        trig = choose(c)
        if trig is None or trig.code[:2] not in PURPOSE_ROOTS:
            continue
        # "to train Kenyan troops" for forces sent to Kenya: done to the host
        helped = {country_part(a.code) for o in c.children if o.dep_ in OBJ_DEPS for a in actors(o)}
        if helped and all(country_part(m.target.code) in helped for m in mentions):
            return trig.code
    return None
