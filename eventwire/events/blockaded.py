"""Whom a blockade is aimed at, told by its purpose: "imposed a blockade on the ports to prevent
the rebels from getting arms", "laid siege to the coast to starve the insurgents", "imposed
blockades to limit X's merchants" (CAMEO 191). When the sentence names no one the blockade is
on, the object of its purpose infinitive (on the verb or on the blockade noun) names the side
it restricts: only a verb of stopping or cutting off, only an actor named (not guessed from the
story), and not the blockader's own country (a blockade "to protect its citizens" restricts no
one named). Sanctions likewise, imposed, lifted or refused to be lifted (163, 085): "imposed
sanctions to force Y to negotiate", "refused to lift sanctions to get Y to the table": the side
the purpose restricts or brings round.
"""
from __future__ import annotations

from ..actors.codes import country_part
from .parse import OBJ_DEPS
from .receivers import GUESSED

CODES = ("191",)
# purposes that restrict their object: "to prevent/stop/limit/starve/isolate/cut off Y"
RESTRICTING = frozenset({"prevent", "stop", "limit", "block", "deny", "starve", "isolate", "cut",
                         "choke", "strangle", "weaken", "pressure", "punish", "halt", "curb",
                         "restrict", "keep", "squeeze", "contain", "hinder", "hamper"})
# economic sanctions imposed (163) or eased (085, refused: kept), whose purpose also names the
# side by bringing it round: "to force / get / persuade Y to ..."
SANCTION_CODES = ("163", "085")
INDUCING = frozenset({"force", "get", "bring", "persuade", "push", "press", "compel", "induce",
                      "entice", "coax", "lure", "nudge", "coerce"})


def purpose_targets(verb, resolver, sources, code: str) -> list:
    """The named side a blockade's purpose restricts, else []."""
    if not sources or not code.startswith(CODES + SANCTION_CODES):
        return []
    purposes = RESTRICTING if code.startswith(CODES) else RESTRICTING | INDUCING
    own = {country_part(s.code) for s in sources}
    heads = [verb] + [c for c in verb.children if c.dep_ in OBJ_DEPS]
    for head in heads:
        for c in head.children:
            if c.dep_ not in ("advcl", "xcomp", "acl") or c.lemma_.lower() not in purposes or c.i < head.i:
                continue
            if not any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
                continue
            for obj in (o for o in c.children if o.dep_ in OBJ_DEPS):
                found = [a for a in resolver.actors(obj) if a.origin not in GUESSED
                         and country_part(a.code) not in own]
                if found:
                    return found
    return []
