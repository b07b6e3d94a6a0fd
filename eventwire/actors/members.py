"""The members a group noun lists: "foreign nationals, including 14 British citizens",
"some governments, such as the US and Russia". Each named member is an actor of the phrase
(one event per member, as for "A and B"), in its own country.

A group of foreigners ("foreign nationals", "foreigners") or one pointed back at ("some
governments") gives way to its named members: the members say whose people they are. A group
named by itself ("EU states, including France") keeps its actor beside theirs. A group guessed
in the place's country ("three villagers were shot dead, among them a Belgian nurse": the
others are local) stays alone: a visitor among the victims is the story's detail, and the
gold annotators leave it out.
"""
from __future__ import annotations

from ..records import ActorMention, Origin

# prepositions that open a list of a group's members
MEMBER_PREPS = frozenset({"including", "notably", "especially"})
# actors named by the text itself, not guessed from the story
DASHES = frozenset({"–", "—", "-", ":", "--"})
GUESSED_ORIGINS = frozenset({Origin.STORY_COUNTRY, Origin.CONTEXT, Origin.UNNAMED, Origin.PLACE})
# group nouns whose people are not of the place ("foreign nationals", "expatriates")
FOREIGN_WORDS = frozenset({"foreign", "foreigner", "national", "expatriate", "expat", "overseas"})
# acts whose "including" list names those taking part, not a group the act is done to: "had
# joined the fight, including Tunisians and Moroccans" (the joiners are the Tunisians)
JOINED_ACTS = frozenset({"fight", "fighting", "battle", "war", "struggle", "conflict", "campaign",
                         "insurgency", "jihad", "offensive", "cause", "ranks"})
NAMED_ORIGINS = frozenset({Origin.NAME, Origin.ADJECTIVE, Origin.PEOPLE, Origin.CAPITAL,
                           Origin.METONYM, Origin.ORGANISATION, Origin.OFFICE})


def _listed(tok) -> bool:
    """Is the token the first of a list in apposition ("– A, B and C")?"""
    return tok.dep_ == "appos" and any(g.dep_ == "conj" for g in tok.children)


def _guessed(actor: ActorMention) -> bool:
    """Is the group's actor a guess from where it is ("nine protesters in Khartoum")?"""
    return actor.origin in GUESSED_ORIGINS or "(as a place)" in actor.how


def member_heads(head) -> list:
    """Heads of the member phrases listed on a group noun: "X, including A (and B)",
    "X such as A", and a list set beside it: "three foreigners – A, B and C", "two aid
    workers: A as well as B"."""
    out = [c for c in head.children if _listed(c)]
    for acl in (c for c in head.children if c.dep_ == "acl"):
        # "three foreigners suspected of being spies – A, B and C": the list the parser hangs on
        # the last noun of a reduced relative names the group's members, after a dash or colon
        out += [t for t in acl.subtree if _listed(t) and t.doc[t.left_edge.i - 1].text in DASHES]
    preps = list(head.children)
    if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
        # "killed 20 people, including two Britons": the list hung on the verb, after its object
        preps += [c for c in head.head.children if c.i > head.i and c.lower_ in MEMBER_PREPS]
    for prep in preps:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        if word == "as" and any(c.lower_ == "such" for c in prep.children):
            word = "such as"
        elif word == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such" \
                and prep.doc[prep.i - 1].head.i in (head.i, prep.i):
            word = "such as"
        if word in MEMBER_PREPS or word == "such as":
            out += [o for o in prep.children if o.dep_ == "pobj"]
    return out


def with_members(resolver, head, found: list[ActorMention]) -> list[ActorMention]:
    """The group's actors with its named members: members named by the text replace a
    group only guessed (role alone, story country), and join a named one."""
    if not found and head.lemma_.lower() in JOINED_ACTS:
        return found            # the act's participants, not a group of people it is done to
    members: list[ActorMention] = []
    for m in member_heads(head):
        members += [a for a in resolver.actors(m) if a.origin in NAMED_ORIGINS]
    if not members:
        return found
    foreign = head.lemma_.lower() in FOREIGN_WORDS or any(
        c.lower_ in FOREIGN_WORDS for c in head.children if c.dep_ in ("amod", "compound"))
    if not foreign and any(_guessed(a) for a in found):
        return found
    kept = [a for a in found if a.origin in NAMED_ORIGINS and not _guessed(a)]
    codes = {a.code for a in kept}
    return kept + [a for a in members if a.code not in codes and not codes.add(a.code)]
