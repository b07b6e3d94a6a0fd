"""The other side of a ceasefire violation told only by the place it hit (CAMEO 196).

"X violated the ceasefire across the frontier in Y's Z district", "breached the truce along the
line in a district of Y": a truce broken on the soil of another country than the violator's is
broken against that country. The place is named in the phrase of a place preposition of the
verb or of the truce violated, or nested in it ("across the border in Z"). A place of the
violator's own country names no other side (a truce at home is with a party that must be named,
or none): no target. "A and B violated the ceasefire", a state's forces and an armed group
with no one else named, broke it against each other (mutual_violation). A named control line between two states (data/truce_lines.tsv: "along the
LoC") names the side other than the violator's. Only when the sentence names no other side itself.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..actors.codes import NON_STATE, country_part
from ..records import ActorMention, Origin
from .parse import OBJ_DEPS

CODE = "196"
# the state bodies whose truce with an armed group a violation breaks
STATE_ROLES = frozenset({"GOV", "MIL", "COP"})
VIOLATION_NOUNS = frozenset({"violation", "breach"})
# nouns of the ground a place phrase may hang on ("across the border in Y's district")
TERRAIN = frozenset({"border", "frontier", "boundary", "line", "sector", "area", "region", "district",
                     "zone", "front", "frontline", "village", "town", "city", "province", "state",
                     "territory", "valley", "coast", "island", "enclave", "post", "position"})
PLACE_PREPS = frozenset({"in", "inside", "across", "along", "at", "near", "into"})


@lru_cache(maxsize=1)
def truce_lines() -> dict[str, tuple[str, str]]:
    """{line name: (side, side)} from data/truce_lines.tsv."""
    out = {}
    rows = (Path(__file__).parent / "data" / "truce_lines.tsv").read_text(encoding="utf-8").splitlines()
    for row in rows:
        if row and not row.startswith("#") and not row.startswith("name\t"):
            name, a, b = row.split("\t")[:3]
            out[name] = (a, b)
    return out


def _line_side(obj, own: set[str], resolver) -> list:
    """The other side of a named control line ("along the Line of Control") from the violator's."""
    words = [t for t in obj.subtree if t.dep_ != "det" or t.i > obj.i]
    lower = [t.lower_.rstrip(".") for t in words]      # "the LoC." (the full stop kept on it)
    found = next(((k, v) for k, v in truce_lines().items() if lower[:len(k.split())] == k.split()), None)
    if found is None or len(own & set(found[1])) != 1:
        return []
    other = next(c for c in found[1] if c not in own)
    last = words[len(found[0].split()) - 1]
    start = words[0].idx - obj.sent.start_char
    end = last.idx + len(last.text.rstrip(".")) - obj.sent.start_char
    name = resolver.dictionary.country_name(other) or other
    return [ActorMention(obj.sent.text[start:end], start, end, other, name,
                         "the other side of the line (truce_lines.tsv)", Origin.PLACE)]


def _ground(obj) -> bool:
    """A place or a piece of ground: a name, or a noun of TERRAIN."""
    return obj.pos_ == "PROPN" or obj.lemma_.lower() in TERRAIN


def _place_objects(tok) -> list:
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
            for o in p.children if o.dep_ == "pobj"]


def violated_places(verb, resolver, sources, code: str) -> list:
    """The country whose place the violation hit, as a one-item list, else []."""
    if code != CODE or not sources:
        return []
    own = {country_part(s.code) for s in sources}
    heads = [verb] + [c for c in verb.children if c.dep_ in OBJ_DEPS]
    # "resorted to ceasefire violations along the LoC": the violation noun's own phrase
    heads += [o for p in verb.children if p.dep_ == "prep" for o in p.children
              if o.dep_ == "pobj" and o.lemma_.lower() in VIOLATION_NOUNS]
    # the place phrases, nested ones after ("across the border in Y's district")
    objs, queue = [], [o for h in heads for o in _place_objects(h)]
    while queue and len(objs) < 6:
        obj = queue.pop(0)
        objs.append(obj)
        if _ground(obj):
            queue += _place_objects(obj)    # not "at talks in Geneva"
    for obj in objs:        # a named line first: its sides are sure, a district's name may not be
        line = _line_side(obj, own, resolver)
        if line:
            return line
    for obj in objs:
        if not _ground(obj):
            continue                        # "at talks in Geneva" is no place hit
        found = [a for a in resolver.places(obj) if a is not None]
        if found:
            # the first place named is where it happened: of the violator's own country, no one
            return found[:1] if country_part(found[0].code) not in own else []
    return []


def mutual_violation(code: str, sides) -> bool:
    """Did the two sides of "A and B (were guilty of) violating the truce" break it against each
    other? Only a state body and an armed group of the same country fighting it: two states, two
    groups, or a state and a foreign group named together may be allies breaking it against a
    third ("the Syrian army and Hezbollah fighters")."""
    if code != CODE or len(sides) != 2 or country_part(sides[0].code) != country_part(sides[1].code):
        return False
    armed = [s.code[3:6] in NON_STATE for s in sides]
    state = [len(s.code) == 3 or s.code[3:6] in STATE_ROLES for s in sides]
    return (armed[0] and state[1]) or (armed[1] and state[0])
