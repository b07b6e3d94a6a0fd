"""The role part of actor codes, settled by the actor's place in the event.

A country that acts is the state acting (GUIDELINES: "a national government acting as the state
is XXXGOV"); its capital and seat metonyms are already its government when read (resolve.py).
Three things change here:

- a country named alone ("Ecuador broke off relations with Colombia"), "it" pointing back to
  one, or a description of one ("the kingdom", "the three countries") is its government as the
  source of an event, or its armed forces when the act is force (roots 15, 18-20); as a target
  it is its government when the act addresses a state (roots 01-14, 16, 17) and stays the bare
  country when it is attacked or threatened with force (15, 18-20: its land and people);
- a nationality that brokers or leads ("a Qatari-brokered deal", "a Saudi-led campaign") names
  the state doing so, not a place or a people: its government, or its armed forces when the
  act is force (roots 15, 18-20);
- people named only as people ("50 people were detained", PETRARCH's PPL) are civilians, CVL,
  as the gold conventions code protesters, residents and other civilians.

The eventwire reading only: PETRARCH's reading keeps PETRARCH's codes.
"""
from __future__ import annotations

from dataclasses import replace

from ..actors.codes import is_international
from ..records import ActorMention, EventMention, Origin

# roots whose target is a state's government when a brokering state is named
GOVERNMENT_TARGET_ROOTS = frozenset({f"{r:02d}" for r in range(1, 14)} | {"16"})
# roots whose target, a country named alone, is its government: all but force and its threat
STATE_TARGET_ROOTS = GOVERNMENT_TARGET_ROOTS | {"14", "17"}
# a state uses force through its armed forces: force posture, assault, fighting, mass violence
MILITARY_SOURCE_ROOTS = frozenset({"15", "18", "19", "20"})
# acts no one does as mere people of a guessed country: material cooperation ("both men supplied
# intelligence"); protests, appeals and a crowd's attacks are people's acts and stay
NO_PEOPLE_DOER_ROOTS = frozenset({"06"})
# ... nor force by one or two persons so named ("died a brave man, who ... defeated Isis")
NO_PERSON_DOER_ROOTS = frozenset({"18", "19", "20"})
PERSON_WORDS = frozenset({"man", "men", "woman", "women", "person", "boy", "girl"})
# a state's arrests and jailings (17) by its government, police or courts are at home: the people
# they hold, of no country the sentence names, are its own ("Erdogan jails tens of thousands of
# people" in a story set in Syria), not the story's country's
HOME_COERCION_ROOTS = frozenset({"17"})
HOME_COERCION_ROLES = frozenset({"GOV", "COP", "JUD"})
# countries lent to people by their surroundings, not said of them
GUESSED_ORIGINS = (Origin.STORY_COUNTRY, Origin.CONTEXT)


def settle_roles(mentions: list[EventMention], sent) -> list[EventMention]:
    """The mentions with acting, brokering or leading states as their governments (or armed
    forces), and people as civilians. A mention that would join a state to itself is dropped
    ("Putin warned Russia": no event between two actors)."""
    out = []
    for m in mentions:
        root = m.code[:2]
        if _guessed_people(m.source) and (root in NO_PEOPLE_DOER_ROOTS or (
                root in NO_PERSON_DOER_ROOTS and _person_word(m.source))):
            continue        # "both men supplied intelligence": who they are, the text does not say
        role = "MIL" if root in MILITARY_SOURCE_ROOTS else "GOV"
        source = _in_role(m.source, role) if _brokering_state(m.source, sent) or _named_state(m.source) \
            else _civilians(m.source)
        target = _civilians(m.target)
        if root in HOME_COERCION_ROOTS:
            target = _held_at_home(source, target)
        if root in GOVERNMENT_TARGET_ROOTS and _brokering_state(m.target, sent):
            target = _in_role(m.target, "GOV")
        elif root in STATE_TARGET_ROOTS and _named_state(m.target):
            target = _in_role(m.target, "GOV")
        if source.code == target.code and (_named_state(m.source) or _named_state(m.target)):
            continue
        if source.code == target.code:
            # no self-loop made here; keep what the slots said
            source, target = (m.source, m.target) if m.source.code != m.target.code else (source, target)
        if source is not m.source or target is not m.target:
            m = replace(m, source=source, target=target)
        out.append(m)
    return out


def _named_state(actor: ActorMention | None) -> bool:
    """A bare country code read from the country's name, or from words pointing back to one
    ("it", "the kingdom", "the three countries"). Nationality words and peoples ("Iraqi",
    "Palestinians") are not the state."""
    return actor is not None and actor.state and len(actor.code) == 3 and actor.code.isalpha() \
        and not is_international(actor.code)


def _guessed_people(actor: ActorMention) -> bool:
    """People named only as people ("both men", "a brave man": PETRARCH's PPL) whose country
    is only the story's or a nearby one's."""
    code = actor.code
    return len(code) == 6 and code.endswith("PPL") and not is_international(code) \
        and actor.origin in GUESSED_ORIGINS


def _held_at_home(source: ActorMention, target: ActorMention) -> ActorMention:
    """Civilians of the story's country held by another state's government, police or courts
    named as such: that state's own civilians."""
    if target.origin != Origin.STORY_COUNTRY or len(target.code) != 6 or target.code[3:] != "CVL" \
            or source.origin in GUESSED_ORIGINS or len(source.code) != 6 \
            or source.code[3:] not in HOME_COERCION_ROLES or is_international(source.code) \
            or source.code[:3] == target.code[:3]:
        return target
    return replace(target, code=source.code[:3] + "CVL", how=target.how + " (held at home by its own state)")


def _person_word(actor: ActorMention) -> bool:
    """Is the actor named as one or two persons ("a brave man", "both men"), not a crowd?"""
    return bool(PERSON_WORDS & set(actor.text.lower().replace(",", " ").split()))


def _civilians(actor: ActorMention) -> ActorMention:
    code = actor.code
    if len(code) == 6 and code.endswith("PPL") and not is_international(code):
        return replace(actor, code=code[:3] + "CVL", how=actor.how + " (people: civilians)")
    return actor


def _in_role(actor: ActorMention, role: str) -> ActorMention:
    return replace(actor, code=actor.code + role, how=actor.how + f" + the state acting ({role})")


def _brokering_state(actor: ActorMention | None, sent) -> bool:
    """A bare country from a nationality word joined to a participle: "Qatari-brokered",
    "Saudi-led". A country's name alone is never changed."""
    if actor is None or actor.origin != Origin.ADJECTIVE or len(actor.code) != 3 \
            or not actor.code.isalpha() or is_international(actor.code):
        return False
    root = _span_root(actor, sent)
    return root is not None and _hyphen_participle(root)


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
