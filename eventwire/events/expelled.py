"""Who expelled, when the passive names no doer: "two diplomats were expelled from Poland",
"a journalist was deported from Turkey". The country expelled from did it: CAMEO codes an
expulsion (174, 1661-1663) as the expelling state's act on the people expelled. Only a
country named as such (or by its capital) counts: "expelled from the party", "deported from
the camp" or "expelled from the UN" name no expelling state."""
from __future__ import annotations

from ..actors.codes import is_international
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
