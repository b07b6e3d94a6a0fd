"""The role part of actor codes, settled by the actor's place in the event.

A country named as the doer of a political act is its government.

GUIDELINES.md: heads of state, ministers and metonyms for the seat of government are the
government. A country's name or capital that accuses, recalls an ambassador, signs or
cuts ties ("Rwanda accused ...", "Morocco recalled ...") is the state acting through its
government: XXXGOV; one that shells, bombs or deploys troops acts through its armed forces:
XXXMIL. The name stays bare where it is a territory rather than a government:
the target of material force or pressure ("troops attacked X", "sent troops to X", roots
14-15 and 17-20) and a place ("operations in X", "the X frontier").

Only bare codes that came from a country's name, capital or metonym (or "it", "the kingdom"
pointing back to one, or a nationality that brokers or leads: "a Qatari-brokered deal") change;
other nationality words, peoples ("Iraqis") and gazetteer places stay as they are. The
eventwire reading only: PETRARCH's reading keeps PETRARCH's bare codes.

People named only as people ("50 people were detained", PETRARCH's PPL) are civilians, CVL, as
the gold conventions code protesters, residents and other civilians.
"""
from __future__ import annotations

from dataclasses import replace

from ..actors.codes import is_international
from ..actors.resolve import PLACE_NOUNS
from ..records import ActorMention, EventMention, Origin

# a country's name, capital or seat, and descriptions pointing back to named countries
# ("the kingdom", "the two countries")
NAMED = frozenset({Origin.NAME, Origin.CAPITAL, Origin.METONYM, Origin.DESCRIPTION})
# roots whose target is a state's government when named by its country: statements, appeals,
# intents, meetings, diplomacy, cooperation, aid, yielding, investigation, demands,
# criticism, rejection, threats and reduced relations
GOVERNMENT_TARGET_ROOTS = frozenset({f"{r:02d}" for r in range(1, 14)} | {"16"})
# a state shows and uses force through its armed forces ("North Korea shelled an island",
# "Spain deployed troops"): force posture, assault, fighting, mass violence
MILITARY_SOURCE_ROOTS = frozenset({"15", "18", "19", "20"})
# nouns of a country's territory: "Pakistan's southwest", "the Iraq border" are places
TERRITORY_NOUNS = frozenset({"border", "frontier", "soil", "territory", "airspace", "water", "coast",
                             "north", "south", "east", "west", "northeast", "northwest", "southeast",
                             "southwest", "heartland", "interior", "side", "part"})
# a country after these words is where something is, not who does it
PLACE_PREPS = frozenset({"in", "inside", "into", "at", "near", "across", "throughout", "around",
                         "outside", "within", "along", "onto", "toward", "towards", "through", "off"})
# resolution notes (resolve.py) of a name read as a place or as the country of another actor
PLACE_NOTES = ("(as a place)", "(its country)", "based there")
THING_PRONOUNS = frozenset({"it", "its", "itself"})


def settle_roles(mentions: list[EventMention], sent) -> list[EventMention]:
    """The mentions with countries acting as states coded as their governments (or armed
    forces), and people as civilians."""
    out = []
    for m in mentions:
        role = "MIL" if m.code[:2] in MILITARY_SOURCE_ROOTS else "GOV"
        source = _in_role(m.source, role) if _statelike(m.source, sent) else _civilians(m.source)
        target = _civilians(m.target)
        if m.code[:2] in GOVERNMENT_TARGET_ROOTS and _statelike(m.target, sent):
            target = _in_role(m.target, "GOV")
        if source.code == target.code:
            # "Sudan's government and Sudan": no self-loop made here; keep what the slots said
            source, target = (m.source, m.target) if m.source.code != m.target.code else (source, target)
        if source is not m.source or target is not m.target:
            m = replace(m, source=source, target=target)
        out.append(m)
    return out


def _civilians(actor: ActorMention) -> ActorMention:
    code = actor.code
    if len(code) == 6 and code.endswith("PPL") and not is_international(code):
        return replace(actor, code=code[:3] + "CVL", how=actor.how + " (people: civilians)")
    return actor


def _in_role(actor: ActorMention, role: str) -> ActorMention:
    return replace(actor, code=actor.code + role, how=actor.how + f" + acting as the state ({role})")


def _statelike(actor: ActorMention | None, sent) -> bool:
    """Is the actor a bare country named as such, in a position where it acts or is addressed?"""
    if actor is None or len(actor.code) != 3 or not actor.code.isalpha() or is_international(actor.code):
        return False
    if any(note in actor.how for note in PLACE_NOTES):
        return False
    root = _span_root(actor, sent)
    if actor.origin == Origin.PRONOUN:
        if actor.text.lower() not in THING_PRONOUNS:
            return False
    elif actor.origin == Origin.ADJECTIVE:
        # "a Qatari-brokered deal", "a Saudi-led campaign": the state that brokers or leads
        return root is not None and _hyphen_participle(root)
    elif actor.origin not in NAMED:
        return False
    if root is None:
        return True             # named in an earlier sentence ("condemned the strikes": their doer)
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return False            # "operations in Sudan", "fighting across Syria"
    if root.dep_ in ("poss", "compound", "nmod") and (root.head.lemma_.lower() in TERRITORY_NOUNS
                                                      or root.head.lemma_.lower() in PLACE_NOUNS):
        return False            # "Pakistan's restive southwest", "the Syria border"
    return True


def _hyphen_participle(tok) -> bool:
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
        and doc[tok.i + 2].tag_ == "VBN"


def _span_root(actor: ActorMention, sent):
    """The head token of the actor's words in this sentence; None if it was named elsewhere."""
    base = sent.start_char
    if sent.doc.text[base + actor.start:base + actor.end] != actor.text:
        return None
    toks = [t for t in sent if actor.start <= t.idx - base < actor.end]
    if not toks:
        return None
    ids = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0])


def addressed_government(actor: ActorMention | None, sources: list[ActorMention]) -> ActorMention | None:
    """The government of a protest's own country when the protest names no target ("workers
    went on strike"): a protest addresses the state. The bare country if the protesters are
    the government themselves."""
    if actor is None or len(actor.code) != 3 or is_international(actor.code):
        return actor
    gov = actor.code + "GOV"
    if any(s.code == gov for s in sources):
        return actor
    return replace(actor, code=gov, how=actor.how + " + its government (a protest addresses the state)")
