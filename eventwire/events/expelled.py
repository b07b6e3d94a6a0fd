"""Who expelled, when the passive names no doer: "two diplomats were expelled from Poland",
"a journalist was deported from Turkey". The country expelled from did it: CAMEO codes an
expulsion (174, 1661-1663) as the expelling state's act on the people expelled. Only a
country named as such (or by its capital) counts: "expelled from the party", "deported from
the camp" or "expelled from the UN" name no expelling state."""
from __future__ import annotations

from dataclasses import replace

from ..actors.codes import STATE_ORGANS, is_international
from ..records import Origin

# verbs of expulsion (verbs.tsv codes them 174); "extradited from Spain to the US" is judicial
# cooperation (063) between two states and is left to its own slots
EXPEL_LEMMAS = frozenset({"expel", "deport", "evict", "banish"})
STATE_ORIGINS = (Origin.NAME, Origin.CAPITAL)


def expelling_state(verb, resolver) -> list:
    """The country a passive verb of expulsion says people were sent out of, or []."""
    if verb.lemma_.lower() not in EXPEL_LEMMAS or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            found = resolver.actors(obj)
            if found and all(a.origin in STATE_ORIGINS and len(a.code) == 3 and not is_international(a.code)
                             for a in found):
                return found[:1]
    return []


# CAMEO 174 expel or deport individuals (1661-1663, peacekeepers, inspectors, aid agencies, keep
# their guessed owner: "forced aid workers out of the provinces")
EXPULSION_CODES = ("174",)
GUESSED_HOME = (Origin.STORY_COUNTRY, Origin.CONTEXT)
# aid groups expelled (admin, s31): never the expeller's own, and their expulsion is CAMEO 1663
AID_EXPULSIONS = ("174", "166")
AID_ROLE = "NGO"
AID_CODE = "1663"
# a state's organs are its own, whatever the story ("forced the police to hand over ...")


def not_own_people(targets: list, sources: list, code: str, verb, resolver) -> list:
    """People expelled or deported are foreigners: a target whose country is only guessed from
    the story ("migrants" in a story about Italy) and is the expeller's own is no one known
    ("Italy returned 300 migrants to Libya": the migrants are not Italian civilians). People
    deported (174) "to" a country named as such are sent there: that country is the other side, also
    when the people deported name no country of their own ("deported 40 children to Georgia")."""
    own = {s.code[:3] for s in sources}
    if code.startswith(AID_EXPULSIONS):
        # "expelled foreign aid workers" in a story about Sudan: aid groups expelled are foreign
        targets = [replace(t, code=AID_ROLE, how=t.how + " (expelled: not the expeller's own)")
                   if t.origin in GUESSED_HOME and t.code[:3] in own and t.code[3:6] == AID_ROLE else t
                   for t in targets]
    if not code.startswith(EXPULSION_CODES):
        return targets
    kept = [t for t in targets if not (t.origin in GUESSED_HOME and t.code[:3] in own
                                       and t.code[3:6] not in STATE_ORGANS)]
    if kept or not (targets or any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)):
        return kept     # (no target read: "deported children to Georgia", a noun of people, sent there)
    return [replace(a, code=a.code[:3] + "CVL", how=a.how + " (the country they were sent to: its people)")
            for a in _destinations(verb, resolver) if a.code[:3] not in own]


def _destinations(verb, resolver) -> list:
    """The countries named as such after the verb's "to": "deported them to Honduras"."""
    out = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for tok in [obj] + list(obj.conjuncts):
                    out += [a for a in resolver.actors(tok) if a.origin in STATE_ORIGINS
                            and len(a.code) == 3 and not is_international(a.code)]
    return out


def aid_expulsion(code: str, target_code: str) -> str:
    """ "expelled Oxfam", "told the aid agencies to leave": expelling an NGO is CAMEO 1663 (expel
    or withdraw aid agencies), not the deportation of individuals (174)."""
    if code == "174" and (target_code.startswith(AID_ROLE) or target_code[3:6] == AID_ROLE):
        return AID_CODE
    return code


def deported_to(verb, resolver, sources, code: str) -> list:
    """The country people were deported to, when the parser hangs its "to" on a relative clause
    of the people that a comma closes: "deported the children, most of whom grew up here, to Y"
    (as "deported the children to Y" names Y). Only a country named as such, not the deporter's."""
    if not code.startswith("174") or verb.lemma_.lower() not in EXPEL_LEMMAS:
        return []
    own = {s.code[:3] for s in sources}
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for clause in (c for c in obj.children if c.dep_ == "relcl"):
            for prep in clause.children:
                if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i < 1 or prep.nbor(-1).text != ",":
                    continue
                found = [a for o in prep.children if o.dep_ == "pobj" for c in (o, *o.conjuncts)
                         for a in resolver.actors(c)]
                found = [a for a in found if a.origin in STATE_ORIGINS and a.code[:3] not in own
                         and not is_international(a.code)]
                if found:
                    return found
    return []
