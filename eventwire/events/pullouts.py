"""Where forces withdraw from: "French troops pulled out of Mali", "pulled its troops out of Y",
"withdrew from Kherson". The parser hangs "of Y" under "out" (no object of its own), so the
usual target prepositions miss it; a town or region named there is its country's (a
withdrawal from Kherson is one from Ukraine). Used by pairing.py for withdrawals (0874, or an
intent to withdraw, 035/0356, of a 0874 act) with no target found otherwise.
"""
from __future__ import annotations

from ..actors.codes import country_part
from .receivers import GUESSED

WITHDRAWAL = "0874"
WITHDRAWAL_INTENTS = ("035", "0356")


def withdrawal(code: str, trigger_code: str) -> bool:
    """Is the event a withdrawal of forces, done or intended?"""
    return code.startswith(WITHDRAWAL) or (code.startswith(WITHDRAWAL_INTENTS) and trigger_code.startswith(WITHDRAWAL))


def left_country(verb, resolver, sources) -> list:
    """The actor, else the country of the place, that the forces leave: the object of "out of"
    (the particle "out" or a preposition "out" with "of" under it) or of "from" on the verb.
    Never the source's own country."""
    own = {country_part(s.code) for s in sources} - {None}
    kids = list(verb.children)
    outs = [c for c in kids if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")]
    preps = [p for o in outs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"]
    if outs:
        preps += [p for p in kids if p.dep_ == "prep" and p.lower_ == "of"]
    preps += [p for p in kids if p.dep_ == "prep" and p.lower_ == "from"]
    for p in preps:
        for obj in (o for o in p.children if o.dep_ == "pobj"):
            found = [a for a in resolver.actors(obj) if a.origin not in GUESSED]
            found = found or [a for a in resolver.places(obj) if len(a.code) == 3]
            found = [a for a in found if country_part(a.code) not in own]
            if found:
                return found
    return []
