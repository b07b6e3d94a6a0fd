"""Bodies named by their owner: "its forces", "their fighters", "Russia's navy and air force".

- A possessive pronoun says whose the body is; a place named after it says only where it is:
  "Russia said its forces in Syria ..." are Russia's, not Syria's army.
- A non-state armed group's own bodies are the group: "the militia said its fighters ...",
  "the Kurdish administration ... held by its forces" keep the group's code (XXXREB), not the
  army (XXXMIL) of the group's country.
- "its forces" taken up as a bare country named only as where a non-state group sits ("a deal with
  the Kurdish administration in north-eastern Syria ... held by its forces") are the group's.
- An apposition that calls a body rebels ("the Shield forces, a coalition of rebel militias")
  makes it a non-state group, not the army its head word ("forces") suggests.
- An envoy is his sender's, not his post's: "Chile's consul in Lima" is German
  (a named possessor country over the place the envoy serves in).
- The owner of the first of two joined bodies owns a bare second one: "its navy and air force",
  "Turkey's troops and warplanes" (conjoined.py does the same for a nationality word).

Functions of an ActorResolver (resolve.py): they read its sentence and matches.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import ActorMention, Origin
from .codes import NON_STATE, is_international

POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# prepositions that say where a body is, not whose it is ("its forces in Syria")
WHERE_PREPS = frozenset({"in", "inside", "near", "across", "around", "at", "outside"})
# bodies that stand where their owner sends them ("its troops in Syria")
MOBILE_BODIES = frozenset({"MIL", "UAF", "REB", "INS", "COP", "SPY"})
# non-state armed roles: a group so coded owns its bodies as itself
# bodies of a group that are the group itself ("its fighters", "its police", "its spokesman")
OWN_BODIES = frozenset({"MIL", "UAF", "REB", "INS", "COP", "GOV", "SPY"})


# envoys: posted abroad by their owner ("Chile's consul in Lima")
ENVOY_WORDS = frozenset({"ambassador", "envoy", "emissary", "consul", "diplomat", "affaires", "d'affaires",
                         "chargé"})


def envoy_posted(resolver, head, items, head_rel: int) -> list:
    """`items` (match, actor) without the countries named as where an envoy serves, when a
    country named as his possessor says whose he is: "Chile's consul in Lima"."""
    if head.lower_ not in ENVOY_WORDS and head.lemma_.lower() not in ENVOY_WORDS:
        return items
    owners = [c for c in head.children if c.dep_ == "poss"]
    if not owners or not any(m.start <= o.i - resolver.sent.start < m.end for o in owners for m, _ in items):
        return items
    return [it for it in items if not resolver._named_as_place(it[0], head_rel)
            or resolver.sent[it[0].start:it[0].end].root.head.lower_ not in WHERE_PREPS]


def envoy_to_body(resolver, head, strong: list, countries: list) -> list:
    """`strong` (match, actor) without the international body an envoy is posted to when a state
    named as his possessor or nationality says whose he is: "Russia's UN ambassador",
    "Pyongyang's U.N. envoy", "the Iranian U.N. envoy" are the state's, not the UN's ("the UN
    envoy" alone stays the UN's)."""
    if head.lower_ not in ENVOY_WORDS and head.lemma_.lower() not in ENVOY_WORDS:
        return strong
    base = resolver.sent.start

    def modifier(m, deps) -> bool:
        root = resolver.sent[m.start:m.end].root
        return root.head.i == head.i and root.dep_ in deps

    bodies = [it for it in strong if is_international(it[1].code) and modifier(it[0], ("compound", "nmod"))]
    states = [it for it in strong + countries if not is_international(it[1].code)
              and modifier(it[0], ("poss", "amod", "compound")) and it[0].start < head.i - base]
    if not bodies or not states:
        return strong
    return [it for it in strong if it not in bodies]


def possessive_pronoun(head):
    """The possessive pronoun ("its", "their") of the phrase headed by `head`, or None."""
    return next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)


def placed_after_owner(resolver, head, items, head_rel: int, role: str | None) -> list:
    """`items` (match, actor) without the countries named as where an armed body is, when a
    possessive pronoun says whose it is: "its troops in southern Lebanon" (not "its embassy
    in Bogota", whose place is the other party)."""
    if possessive_pronoun(head) is None or role not in MOBILE_BODIES:
        return items
    return [it for it in items if not resolver._named_as_place(it[0], head_rel)
            or resolver.sent[it[0].start:it[0].end].root.head.lower_ not in WHERE_PREPS]


def group_body(owner: ActorMention, role: str) -> bool:
    """Is the owner a non-state armed group whose body in `role` is the group itself?"""
    if role not in OWN_BODIES:
        return False
    if is_international(owner.code):
        return owner.code.startswith("IMG")         # an armed international group (al-Qaeda)
    return len(owner.code) >= 6 and owner.code[3:6] in NON_STATE


def group_at_place(resolver, pron, owned: list[ActorMention], role: str) -> list[ActorMention]:
    """ "a deal with the Kurdish administration in north-eastern Syria to free the men held by
    its forces": a country that "its" took up only as where a non-state group sits (named
    earlier in the sentence as "the group in X") stands for that group, whose bodies it owns."""
    if len(owned) != 1 or len(owned[0].code) != 3 or role not in OWN_BODIES or owned[0].how != "pronoun":
        return owned        # not a bare country taken up from memory ("Russia said its forces")
    country = owned[0].code
    for tok in reversed([t for t in resolver.sent if t.i < pron.i]):
        if tok.dep_ != "pobj" or tok.head.lower_ not in WHERE_PREPS or tok.head.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(a.code[:3] == country for a in resolver.actors(tok)):
            continue
        holders = [a for a in resolver.actors(tok.head.head) if group_body(a, role) and a.code[:3] == country]
        return holders[:1] or owned
    return owned


# a non-state armed role an apposition may give a body the head word calls a state's
REBEL_ROLES = frozenset({"REB", "INS"})


def appositive_role(resolver, head, roles, role: str | None) -> str | None:
    """ "the Shield forces – a loose coalition of rebel militias –": an apposition that calls a
    body rebels says it is no state's army, whatever its head word ("forces", "troops")."""
    if role not in ("MIL", "UAF"):
        return role
    base = resolver.sent.start
    # the apposition's head, or what it is "of" ("a coalition of rebel militias"); not a
    # possessor ("Russian troops, the rebels' main enemy")
    heads = {c.i - base for c in head.children if c.dep_ == "appos"}
    heads |= {o.i - base for c in head.children if c.dep_ == "appos" for p in c.children
              if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"}
    heads |= {c.i - base for h in heads for c in resolver.sent[h].children if c.dep_ in ("amod", "compound")}
    return next((r for m, r in roles if r in REBEL_ROLES and any(m.start <= i < m.end for i in heads)), role)


def group_role(head, roles, role_match, base: int) -> str:
    """The role of a generic head ("leader", "member") with a role of its own: "leaders of the
    opposition coalition" are the group's (another role in the phrase), not the leader's; but
    not a role inside the head's apposition: "an opposition member, former mayor X" says who the
    member is, not whose member."""
    spans = [(a.left_edge.i - base, a.right_edge.i - base) for a in head.children if a.dep_ == "appos"]

    def described(m) -> bool:
        return any(lo <= m.start and m.end - 1 <= hi for lo, hi in spans)
    # the head's own role stands outside its apposition; one read from the apposition itself
    # leaves the apposition's other roles in play, as before
    own = not described(role_match[0])
    others = [r for r in roles if r is not role_match and r[1] != role_match[1] and not (own and described(r[0]))]
    return others[0][1] if others else role_match[1]


def shared_owner(resolver, found: list[ActorMention], conj, more: list[ActorMention]) -> list[ActorMention]:
    """ "its navy and air force", "Turkey's troops and warplanes": the second body, bare (no
    article, owner or nationality of its own) and given a country only by its context, is of
    the first body's owner."""
    first = conj.head
    if len(more) != 1 or more[0].origin not in (Origin.STORY_COUNTRY, Origin.CONTEXT) or conj.dep_ != "conj":
        return more
    if not any(c.dep_ == "poss" for c in first.children):
        return more
    for c in conj.children:
        if c.i > conj.i:
            continue
        m = resolver.by_token.get(c.i - resolver.sent.start)
        if c.dep_ in ("det", "poss") or (m is not None and resolver.match_actor(m) is not None):
            return more         # "its navy and the rebels", "its navy and Syrian troops": their own
    role = more[0].code[3:]
    owners = [a for a in found if len(a.code) > 3 and not is_international(a.code)]
    if not role or len(owners) != 1 or len(found) != 1:
        return more
    owner = owners[0]
    if group_body(owner, role):
        code = owner.code
    else:
        code = owner.code[:3] + role
    return [replace(more[0], code=code, name=owner.name, how=f"role {role} + the owner of {found[0].text!r}",
                    origin=owner.origin)]
