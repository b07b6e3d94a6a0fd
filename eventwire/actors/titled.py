"""A role set beside a name no dictionary knows: the name is the role-holder's.

"The Polish foreign minister, Radek Sikorski, met ...", "Jan Novak, the Czech interior
minister, said ...", and the role written as the name's title: "opposition leader Lena
Marsh", "rebel spokesman Colonel Jean Mbala": the phrase is resolved by its role (TURGOV);
the name beside it lets the story go on with "Akar said" or "he" (again.py, coref.py). So
the actor is kept in the document's memory as a person, by the name written beside the role.
Only a singular role noun the dictionaries matched, and a name of two to five capitalised
words (ranks before it, "Colonel", left out) that is itself no actor and no place.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import ActorMention, Origin
from .namesakes import PARTICLES, namesake

NAME_DEPS = ("compound", "flat")
# actors that are a country, a people or a body as a whole: no person however they are written
NOT_A_ROLE = frozenset({Origin.PEOPLE, Origin.PRONOUN, Origin.UNNAMED, Origin.PLACE})


def _name(tok, resolver) -> str | None:
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    parts = [c for c in tok.children if c.dep_ in NAME_DEPS] + [tok]
    parts.sort(key=lambda p: p.i)
    # a particle inside the name: "Karim al-Jaafari", "Maria de Souza"
    if any(not (0 < k < len(parts) - 1 and p.lower_ in PARTICLES) and (
            p.pos_ != "PROPN" or not p.text[:1].isupper() or not p.is_alpha) for k, p in enumerate(parts)):
        return None
    if not 2 <= len(parts) <= 5 or parts[-1].i - parts[0].i != len(parts) - 1:
        return None
    if any((resolver.names_actor(p) and not namesake(resolver, p)) or resolver._is_place(p) for p in parts):
        return None
    return "".join(p.text + p.whitespace_ for p in parts).strip()


def _titled_name(role, resolver) -> str | None:
    """ "opposition leader Lena Marsh": the name a role noun is the title of (a compound of the
    name's last word, before its first), ranks and titles the dictionaries match left out."""
    name = role.head
    if role.dep_ != "compound" or name.pos_ != "PROPN" or name.i <= role.i:
        return None
    parts = sorted([c for c in name.children if c.dep_ in NAME_DEPS and c.i > role.i] + [name],
                   key=lambda p: p.i)
    if any(c.dep_ in NAME_DEPS and c.i < role.i and c.pos_ == "PROPN" for c in name.children):
        return None         # a name written before the role too: not a plain title
    while len(parts) > 2 and resolver.names_actor(parts[0]) and not namesake(resolver, parts[0]):
        parts = parts[1:]   # "spokesman Colonel Jean Mbala": the rank is no part of his name
    if not parts or parts[0].i != role.i + 1:
        return None
    doc = role.doc
    return _name_of(doc[parts[0].i:name.i + 1], resolver)


def _name_of(span, resolver) -> str | None:
    """The words of a span as a person's name, or None (see _name)."""
    parts = list(span)
    if any(not (0 < k < len(parts) - 1 and p.lower_ in PARTICLES) and (
            p.pos_ != "PROPN" or not p.text[:1].isupper() or not p.is_alpha) for k, p in enumerate(parts)):
        return None
    if not 2 <= len(parts) <= 5:
        return None
    if any((resolver.names_actor(p) and not namesake(resolver, p)) or resolver._is_place(p) for p in parts):
        return None
    return "".join(p.text + p.whitespace_ for p in parts).strip()


def appositive_name(head, resolver) -> str | None:
    """The name set beside a singular role noun ("the defence minister, Hulusi Akar," or "Hulusi
    Akar, the defence minister,"), or None."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    m = resolver.by_token.get(head.i - resolver.sent.start)
    if m is None or "agent" not in m.kinds:
        return None
    beside = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        beside.append(head.head)
    names = {n for n in (_name(t, resolver) for t in beside) if n}
    if not names and head.dep_ == "compound":
        titled = _titled_name(head, resolver)       # "opposition leader Lena Marsh"
        names = {titled} if titled else names
    return names.pop() if len(names) == 1 else None


def as_named_person(actors: list[ActorMention], head, resolver) -> list[ActorMention]:
    """The phrase's actor as the person the name beside its role names (or the actors as they were)."""
    if head is None or len(actors) != 1 or actors[0].origin in NOT_A_ROLE or len(actors[0].code) <= 3:
        return actors
    name = appositive_name(head, resolver)
    if name is None:
        return actors
    a = actors[0]
    return [replace(a, text=name, origin=Origin.OFFICE, how=f"{a.how} + named beside the role: {name}")]
